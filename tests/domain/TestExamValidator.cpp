#include "domain/ExamValidator.h"

#include "domain/Field.h"

#include "support/RecordChanges.h"

#include <QJsonObject>
#include <QTest>

using namespace dd::domain;
using dd::test::withChanges;
using namespace Qt::StringLiterals;

namespace {

const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));

// The 学科综合水平 paper of computer science in May 2026, paid, with its admission ticket.
ExamRegistration validRegistration()
{
    ExamRegistration r;
    r.examYear = u"2026"_s;
    r.examSubject = u"0812"_s;
    r.feePaid = true;
    r.ticketNumber = u"261101081200123"_s;
    r.state = u"paid"_s;
    return r;
}

// The English paper of 2025, passed with 72.
ExamScore validScore()
{
    ExamScore s;
    s.examYear = u"2025"_s;
    s.examSubject = u"en"_s;
    s.score = 72;
    return s;
}

} // namespace

class TestExamValidator : public QObject
{
    Q_OBJECT

private slots:
    void validRecordsHaveNoFindings();
    void registrationMistakes_data();
    void registrationMistakes();
    void scoreMistakes_data();
    void scoreMistakes();
};

void TestExamValidator::validRecordsHaveNoFindings()
{
    QCOMPARE(ruleCodes(ExamValidator::validate(validRegistration(), s_today)), QStringList());
    QCOMPARE(ruleCodes(ExamValidator::validate(validScore(), s_today)), QStringList());
}

void TestExamValidator::registrationMistakes_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("fields");

    const QStringList none;
    const QString required = u"required"_s;
    const QString unknownCode = u"catalog.unknownCode"_s;

    QTest::newRow("exam year missing") << QJsonObject{{Field::ExamYear, u""_s}}
                                       << QStringList{required} << QStringList{Field::ExamYear};
    QTest::newRow("subject missing") << QJsonObject{{Field::ExamSubject, u""_s}}
                                     << QStringList{required} << QStringList{Field::ExamSubject};
    QTest::newRow("exempt: no subject needed")
        << QJsonObject{{Field::ExamSubject, u""_s},
                       {Field::ExemptReason, u"已通过2024年学科综合水平考试"_s}}
        << none << none;
    QTest::newRow("English paper with its language")
        << QJsonObject{{Field::ExamSubject, u"en"_s}, {Field::ExamLanguage, u"en"_s}} << none
        << none;
    QTest::newRow("Japanese as the foreign language")
        << QJsonObject{{Field::ExamLanguage, u"ja"_s}} << none << none;
    QTest::newRow("registered, not yet paid, no ticket")
        << QJsonObject{{Field::FeePaid, false},
                       {Field::TicketNumber, u""_s},
                       {Field::State, u"registered"_s}}
        << none << none;

    QTest::newRow("year of two digits")
        << QJsonObject{{Field::ExamYear, u"26"_s}} << QStringList{u"exam.year"_s}
        << QStringList{Field::ExamYear};
    QTest::newRow("year before the exam existed")
        << QJsonObject{{Field::ExamYear, u"1989"_s}} << QStringList{u"exam.year"_s}
        << QStringList{Field::ExamYear};
    QTest::newRow("next year's exam") << QJsonObject{{Field::ExamYear, u"2027"_s}} << none << none;
    QTest::newRow("two years ahead")
        << QJsonObject{{Field::ExamYear, u"2028"_s}} << QStringList{u"exam.yearFuture"_s}
        << QStringList{Field::ExamYear};
    QTest::newRow("subject by name") << QJsonObject{{Field::ExamSubject, u"英语"_s}}
                                     << QStringList{unknownCode} << QStringList{Field::ExamSubject};
    QTest::newRow("unknown language code")
        << QJsonObject{{Field::ExamLanguage, u"es"_s}} << QStringList{unknownCode}
        << QStringList{Field::ExamLanguage};
    QTest::newRow("a comprehensive paper as the language")
        << QJsonObject{{Field::ExamLanguage, u"0812"_s}} << QStringList{u"exam.notALanguage"_s}
        << QStringList{Field::ExamLanguage};
    QTest::newRow("ticket number with dashes")
        << QJsonObject{{Field::TicketNumber, u"2611-0108-1200123"_s}}
        << QStringList{u"exam.ticket"_s} << QStringList{Field::TicketNumber};
    QTest::newRow("ticket number of 31 characters")
        << QJsonObject{{Field::TicketNumber, QString(31, u'1')}} << QStringList{u"text.tooLong"_s}
        << QStringList{Field::TicketNumber};
    QTest::newRow("reason for exemption of 201 characters")
        << QJsonObject{{Field::ExemptReason, QString(201, u'免')}} << QStringList{u"text.tooLong"_s}
        << QStringList{Field::ExemptReason};
    QTest::newRow("unknown state") << QJsonObject{{Field::State, u"submitted"_s}}
                                   << QStringList{u"state.unknown"_s} << QStringList{Field::State};
}

void TestExamValidator::registrationMistakes()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, fields);

    QString problem;
    const ExamRegistration registration = withChanges(validRegistration(), changes, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Findings findings = ExamValidator::validate(registration, s_today);
    const Findings errorFindings = errorsOnly(findings);
    QCOMPARE(ruleCodes(errorFindings), errors);
    QCOMPARE(fieldKeys(errorFindings), fields);
    QCOMPARE(findings.size(), errorFindings.size()); // the exam rules give no warnings
    for (const Finding &f : findings) {
        QVERIFY(f.message.contains(Field::label(f.field)));
    }
}

void TestExamValidator::scoreMistakes_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("detail");

    const QStringList none;
    QTest::newRow("score not yet published")
        << QJsonObject{{Field::Score, QJsonValue::Null}} << none << none << QString();
    QTest::newRow("failed with 59") << QJsonObject{{Field::Score, 59}} << none << none << QString();
    QTest::newRow("full marks") << QJsonObject{{Field::Score, 100}} << none << none << QString();
    QTest::newRow("zero") << QJsonObject{{Field::Score, 0}} << none << none << QString();
    QTest::newRow("year missing") << QJsonObject{{Field::ExamYear, u""_s}}
                                  << QStringList{u"required"_s} << QStringList{Field::ExamYear}
                                  << QString();
    QTest::newRow("subject missing")
        << QJsonObject{{Field::ExamSubject, u""_s}} << QStringList{u"required"_s}
        << QStringList{Field::ExamSubject} << QString();
    QTest::newRow("unknown subject")
        << QJsonObject{{Field::ExamSubject, u"english"_s}} << QStringList{u"catalog.unknownCode"_s}
        << QStringList{Field::ExamSubject} << u"english"_s;
    QTest::newRow("score of 101") << QJsonObject{{Field::Score, 101}}
                                  << QStringList{u"exam.score"_s} << QStringList{Field::Score}
                                  << QString();
    QTest::newRow("negative score")
        << QJsonObject{{Field::Score, -1}} << QStringList{u"exam.score"_s}
        << QStringList{Field::Score} << QString();
    QTest::newRow("score year in the far future")
        << QJsonObject{{Field::ExamYear, u"2030"_s}} << QStringList{u"exam.yearFuture"_s}
        << QStringList{Field::ExamYear} << QString();
}

void TestExamValidator::scoreMistakes()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, fields);
    QFETCH(QString, detail);

    QString problem;
    const ExamScore score = withChanges(validScore(), changes, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Findings findings = ExamValidator::validate(score, s_today);
    QCOMPARE(ruleCodes(findings), errors);
    QCOMPARE(fieldKeys(findings), fields);
    for (const Finding &f : findings) {
        QCOMPARE(f.severity, Severity::Error);
        QCOMPARE(f.detail, detail);
        QVERIFY(f.message.contains(Field::label(f.field)));
    }
}

QTEST_GUILESS_MAIN(TestExamValidator)
#include "TestExamValidator.moc"
