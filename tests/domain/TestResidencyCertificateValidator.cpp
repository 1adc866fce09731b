#include "domain/ResidencyCertificateValidator.h"

#include "domain/Field.h"

#include "support/RecordChanges.h"

#include <QJsonObject>
#include <QTest>

using namespace dd::domain;
using dd::test::withChanges;
using namespace Qt::StringLiterals;

namespace {

const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));

// A physician of internal medicine: qualified in December 2015, registered to practise in
// March 2016, residency training at 北京大学第一医院 from September 2015 to August 2018.
ResidencyCertificate validCertificate()
{
    ResidencyCertificate c;
    c.qualificationNumber = u"201511110110105199003074"_s;
    c.qualificationMonth = u"201512"_s;
    c.qualificationCategory = u"1"_s;
    c.practiceNumber = u"110110105003421"_s;
    c.practiceCategory = u"1"_s;
    c.practiceScope = u"内科专业"_s;
    c.practicePlace = u"北京大学第一医院"_s;
    c.practiceFirstRegistered = u"20160315"_s;
    c.residencyCompleted = true;
    c.residencyNumber = u"110120180823001"_s;
    c.residencySpecialty = u"内科"_s;
    c.residencyBase = u"北京大学第一医院"_s;
    c.residencyStart = u"201509"_s;
    c.residencyEnd = u"201808"_s;
    return c;
}

} // namespace

class TestResidencyCertificateValidator : public QObject
{
    Q_OBJECT

private slots:
    void validCertificateHasNoFindings();
    void mistakes_data();
    void mistakes();
    void notificationPrefs_data();
    void notificationPrefs();
};

void TestResidencyCertificateValidator::validCertificateHasNoFindings()
{
    QCOMPARE(ruleCodes(ResidencyCertificateValidator::validate(validCertificate(), s_today)),
             QStringList());
}

void TestResidencyCertificateValidator::mistakes_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("fields");

    const QStringList none;
    const QString required = u"required"_s;

    // Always required.
    QTest::newRow("qualification number missing")
        << QJsonObject{{Field::QualificationNumber, u""_s}} << QStringList{required}
        << QStringList{Field::QualificationNumber};
    QTest::newRow("qualification month missing")
        << QJsonObject{{Field::QualificationMonth, u""_s}} << QStringList{required}
        << QStringList{Field::QualificationMonth};
    QTest::newRow("qualification category missing")
        << QJsonObject{{Field::QualificationCategory, u""_s}} << QStringList{required}
        << QStringList{Field::QualificationCategory};
    QTest::newRow("residency specialty missing")
        << QJsonObject{{Field::ResidencySpecialty, u""_s}} << QStringList{required}
        << QStringList{Field::ResidencySpecialty};
    QTest::newRow("residency base missing")
        << QJsonObject{{Field::ResidencyBase, u""_s}} << QStringList{required}
        << QStringList{Field::ResidencyBase};
    QTest::newRow("residency start missing")
        << QJsonObject{{Field::ResidencyStart, u""_s}} << QStringList{required}
        << QStringList{Field::ResidencyStart};

    // Required with a practising certificate number.
    QTest::newRow("practice category missing")
        << QJsonObject{{Field::PracticeCategory, u""_s}} << QStringList{required}
        << QStringList{Field::PracticeCategory};
    QTest::newRow("scope of practice missing")
        << QJsonObject{{Field::PracticeScope, u""_s}} << QStringList{required}
        << QStringList{Field::PracticeScope};
    QTest::newRow("place of practice missing")
        << QJsonObject{{Field::PracticePlace, u""_s}} << QStringList{required}
        << QStringList{Field::PracticePlace};
    QTest::newRow("date first registered missing")
        << QJsonObject{{Field::PracticeFirstRegistered, u""_s}} << QStringList{required}
        << QStringList{Field::PracticeFirstRegistered};
    QTest::newRow("not yet practising: no practice fields")
        << QJsonObject{{Field::PracticeNumber, u""_s},
                       {Field::PracticeCategory, u""_s},
                       {Field::PracticeScope, u""_s},
                       {Field::PracticePlace, u""_s},
                       {Field::PracticeFirstRegistered, u""_s}}
        << none << none;
    QTest::newRow("no practice number, but the other practice fields given")
        << QJsonObject{{Field::PracticeNumber, u""_s}} << none << none;

    // Required with the residency certificate obtained.
    QTest::newRow("residency certificate number missing")
        << QJsonObject{{Field::ResidencyNumber, u""_s}} << QStringList{required}
        << QStringList{Field::ResidencyNumber};
    QTest::newRow("residency end missing")
        << QJsonObject{{Field::ResidencyEnd, u""_s}} << QStringList{required}
        << QStringList{Field::ResidencyEnd};
    QTest::newRow("still in residency: no number, no end")
        << QJsonObject{{Field::ResidencyCompleted, false},
                       {Field::ResidencyNumber, u""_s},
                       {Field::ResidencyEnd, u""_s},
                       {Field::ResidencyStart, u"202409"_s}}
        << none << none;
    QTest::newRow("still in residency: planned end in the future")
        << QJsonObject{{Field::ResidencyCompleted, false},
                       {Field::ResidencyNumber, u""_s},
                       {Field::ResidencyStart, u"202409"_s},
                       {Field::ResidencyEnd, u"202708"_s}}
        << none << none;
    QTest::newRow("certificate obtained with an end in the future")
        << QJsonObject{{Field::ResidencyStart, u"202409"_s}, {Field::ResidencyEnd, u"202708"_s}}
        << QStringList{u"month.future"_s} << QStringList{Field::ResidencyEnd};

    // Formats and order.
    QTest::newRow("qualification number with dashes")
        << QJsonObject{{Field::QualificationNumber, u"2015-1111-0110"_s}}
        << QStringList{u"certificate.number"_s} << QStringList{Field::QualificationNumber};
    QTest::newRow("qualification number of 31 characters")
        << QJsonObject{{Field::QualificationNumber, QString(31, u'1')}}
        << QStringList{u"text.tooLong"_s} << QStringList{Field::QualificationNumber};
    QTest::newRow("practice number with a Chinese character")
        << QJsonObject{{Field::PracticeNumber, u"京110110105003421"_s}}
        << QStringList{u"certificate.number"_s} << QStringList{Field::PracticeNumber};
    QTest::newRow("residency number with spaces")
        << QJsonObject{{Field::ResidencyNumber, u"1101 2018 0823 001"_s}}
        << QStringList{u"certificate.number"_s} << QStringList{Field::ResidencyNumber};
    QTest::newRow("unknown qualification category")
        << QJsonObject{{Field::QualificationCategory, u"临床"_s}}
        << QStringList{u"catalog.unknownCode"_s} << QStringList{Field::QualificationCategory};
    QTest::newRow("registered before qualifying")
        << QJsonObject{{Field::PracticeFirstRegistered, u"20150820"_s}}
        << QStringList{u"certificate.practiceBeforeQualification"_s}
        << QStringList{Field::PracticeFirstRegistered};
    QTest::newRow("registered in the month of qualifying")
        << QJsonObject{{Field::PracticeFirstRegistered, u"20151228"_s}} << none << none;
    QTest::newRow("registration date in the future")
        << QJsonObject{{Field::PracticeFirstRegistered, u"20261201"_s}}
        << QStringList{u"date.future"_s} << QStringList{Field::PracticeFirstRegistered};
    // The order is still compared with the month as typed.
    QTest::newRow("qualification month in the future")
        << QJsonObject{{Field::QualificationMonth, u"202612"_s}}
        << QStringList{u"month.future"_s, u"certificate.practiceBeforeQualification"_s}
        << QStringList{Field::QualificationMonth, Field::PracticeFirstRegistered};
    QTest::newRow("residency ends before it starts")
        << QJsonObject{{Field::ResidencyEnd, u"201508"_s}}
        << QStringList{u"certificate.residencyOrder"_s} << QStringList{Field::ResidencyEnd};
    QTest::newRow("residency ends in the month it starts")
        << QJsonObject{{Field::ResidencyEnd, u"201509"_s}}
        << QStringList{u"certificate.residencyOrder"_s} << QStringList{Field::ResidencyEnd};
}

void TestResidencyCertificateValidator::mistakes()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, fields);

    QString problem;
    const ResidencyCertificate certificate = withChanges(validCertificate(), changes, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Findings findings = ResidencyCertificateValidator::validate(certificate, s_today);
    const Findings errorFindings = errorsOnly(findings);
    QCOMPARE(ruleCodes(errorFindings), errors);
    QCOMPARE(fieldKeys(errorFindings), fields);
    QCOMPARE(findings.size(), errorFindings.size());
    for (const Finding &f : findings) {
        QVERIFY(f.message.contains(Field::label(f.field)));
    }
}

void TestResidencyCertificateValidator::notificationPrefs_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<QStringList>("errors");

    QTest::newRow("default week") << NotificationPrefs::DefaultRemindDaysBefore << QStringList();
    QTest::newRow("on the day") << 0 << QStringList();
    QTest::newRow("sixty days") << 60 << QStringList();
    QTest::newRow("sixty-one days") << 61 << QStringList{u"prefs.remindDays"_s};
    QTest::newRow("a year") << 365 << QStringList{u"prefs.remindDays"_s};
    QTest::newRow("negative") << -1 << QStringList{u"prefs.remindDays"_s};
}

void TestResidencyCertificateValidator::notificationPrefs()
{
    QFETCH(int, days);
    QFETCH(QStringList, errors);

    NotificationPrefs prefs;
    prefs.remindExam = false;
    prefs.icsExport = true;
    prefs.remindDaysBefore = days;
    const Findings findings = ResidencyCertificateValidator::validate(prefs);
    QCOMPARE(ruleCodes(findings), errors);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, Field::RemindDaysBefore);
        QCOMPARE(f.severity, Severity::Error);
        QCOMPARE(f.detail, QString::number(days));
        QVERIFY(f.message.contains(
            QString::number(ResidencyCertificateValidator::MaxRemindDaysBefore)));
    }
}

QTEST_GUILESS_MAIN(TestResidencyCertificateValidator)
#include "TestResidencyCertificateValidator.moc"
