#include "domain/RegistrationValidator.h"

#include "domain/Field.h"

#include "support/RecordChanges.h"

#include <QJsonObject>
#include <QTest>

using namespace dd::domain;
using dd::test::withChanges;
using namespace Qt::StringLiterals;

namespace {

const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));

// 王磊, a man born on 7 March 1990 in Beijing, registering with a 163.com address.
Registration validRegistration()
{
    Registration r;
    r.userName = u"wang.lei@163.com"_s;
    r.password = u"Wl19900307"_s;
    r.passwordConfirm = u"Wl19900307"_s;
    r.email = u"wang.lei@163.com"_s;
    r.emailConfirm = u"wang.lei@163.com"_s;
    r.mobile = u"13811112222"_s;
    r.name = u"王磊"_s;
    r.country = u"CN"_s;
    r.idType = u"1"_s;
    r.idNumber = u"11010519900307451X"_s;
    r.idNumberConfirm = u"11010519900307451X"_s;
    r.address = u"北京市海淀区中关村南大街5号"_s;
    r.postalCode = u"100081"_s;
    r.dayPhone = u"01062961234"_s;
    r.eveningPhone = u"13811112222"_s;
    return r;
}

} // namespace

class TestRegistrationValidator : public QObject
{
    Q_OBJECT

private slots:
    void validRegistrationHasNoErrors();
    void mistakes_data();
    void mistakes();
};

void TestRegistrationValidator::validRegistrationHasNoErrors()
{
    const Findings findings = RegistrationValidator::validate(validRegistration(), s_today);
    QCOMPARE(ruleCodes(errorsOnly(findings)), QStringList());
    QCOMPARE(ruleCodes(warningsOnly(findings)), QStringList());
    // The name is reminded to be permanent.
    QVERIFY(hasRule(findings, u"name.permanent"_s));
}

void TestRegistrationValidator::mistakes_data()
{
    // Each row changes fields of the valid registration (JSON keys and values, read back by
    // Registration::fromJson) and names the errors expected, in the portal's field order.
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("warnings");

    const QStringList none;
    const QString required = u"required"_s;
    const QString mismatch = u"confirm.mismatch"_s;
    const QString unknownCode = u"catalog.unknownCode"_s;

    // Every required field missing, once.
    QTest::newRow("user name missing")
        << QJsonObject{{Field::UserName, u""_s}} << QStringList{required}
        << QStringList{Field::UserName} << none;
    // An empty original no longer matches its confirmation: both fields are reported.
    QTest::newRow("password missing")
        << QJsonObject{{Field::Password, u""_s}} << QStringList{required, mismatch}
        << QStringList{Field::Password, Field::PasswordConfirm} << none;
    QTest::newRow("password confirmation missing")
        << QJsonObject{{Field::PasswordConfirm, u""_s}} << QStringList{required}
        << QStringList{Field::PasswordConfirm} << none;
    QTest::newRow("e-mail missing")
        << QJsonObject{{Field::Email, u""_s}} << QStringList{required, mismatch}
        << QStringList{Field::Email, Field::EmailConfirm} << none;
    QTest::newRow("e-mail confirmation missing")
        << QJsonObject{{Field::EmailConfirm, u""_s}} << QStringList{required}
        << QStringList{Field::EmailConfirm} << none;
    QTest::newRow("mobile missing") << QJsonObject{{Field::Mobile, u""_s}} << QStringList{required}
                                    << QStringList{Field::Mobile} << none;
    QTest::newRow("name missing") << QJsonObject{{Field::Name, u""_s}} << QStringList{required}
                                  << QStringList{Field::Name} << none;
    QTest::newRow("country missing")
        << QJsonObject{{Field::Country, u""_s}} << QStringList{required}
        << QStringList{Field::Country} << none;
    QTest::newRow("ID type missing") << QJsonObject{{Field::IdType, u""_s}} << QStringList{required}
                                     << QStringList{Field::IdType} << none;
    QTest::newRow("ID number missing")
        << QJsonObject{{Field::IdNumber, u""_s}} << QStringList{required, mismatch}
        << QStringList{Field::IdNumber, Field::IdNumberConfirm} << none;
    QTest::newRow("ID number confirmation missing")
        << QJsonObject{{Field::IdNumberConfirm, u""_s}} << QStringList{required}
        << QStringList{Field::IdNumberConfirm} << none;
    QTest::newRow("ID type and number missing")
        << QJsonObject{{Field::IdType, u""_s},
                       {Field::IdNumber, u""_s},
                       {Field::IdNumberConfirm, u""_s}}
        << QStringList{required, required, required}
        << QStringList{Field::IdType, Field::IdNumber, Field::IdNumberConfirm} << none;
    QTest::newRow("address missing")
        << QJsonObject{{Field::Address, u"  "_s}} << QStringList{required}
        << QStringList{Field::Address} << none;
    QTest::newRow("postal code missing")
        << QJsonObject{{Field::PostalCode, u""_s}} << QStringList{required}
        << QStringList{Field::PostalCode} << none;
    QTest::newRow("day phone missing")
        << QJsonObject{{Field::DayPhone, u""_s}} << QStringList{required}
        << QStringList{Field::DayPhone} << none;
    QTest::newRow("evening phone missing")
        << QJsonObject{{Field::EveningPhone, u""_s}} << QStringList{required}
        << QStringList{Field::EveningPhone} << none;
    QTest::newRow("remarks are optional")
        << QJsonObject{{Field::Remarks, u""_s}} << none << none << none;

    // The confirmations.
    QTest::newRow("password confirmation differs")
        << QJsonObject{{Field::PasswordConfirm, u"Wl19900370"_s}} << QStringList{mismatch}
        << QStringList{Field::PasswordConfirm} << none;
    QTest::newRow("password confirmation differs in case")
        << QJsonObject{{Field::PasswordConfirm, u"wl19900307"_s}} << QStringList{mismatch}
        << QStringList{Field::PasswordConfirm} << none;
    QTest::newRow("e-mail confirmation differs")
        << QJsonObject{{Field::EmailConfirm, u"wang.lei@126.com"_s}} << QStringList{mismatch}
        << QStringList{Field::EmailConfirm} << none;
    QTest::newRow("e-mail confirmation differs only in case")
        << QJsonObject{{Field::EmailConfirm, u"Wang.Lei@163.com"_s}} << none << none << none;
    QTest::newRow("ID confirmation differs")
        << QJsonObject{{Field::IdNumberConfirm, u"110105199003074536"_s}} << QStringList{mismatch}
        << QStringList{Field::IdNumberConfirm} << none;
    QTest::newRow("ID confirmation with lower-case x and spaces")
        << QJsonObject{{Field::IdNumberConfirm, u"110105 19900307 451x"_s}} << none << none << none;

    // Other realistic mistakes.
    QTest::newRow("password without a digit")
        << QJsonObject{{Field::Password, u"WangLeiPass"_s},
                       {Field::PasswordConfirm, u"WangLeiPass"_s}}
        << QStringList{u"password.needsDigit"_s} << QStringList{Field::Password} << none;
    QTest::newRow("Hotmail address")
        << QJsonObject{{Field::Email, u"wang.lei@hotmail.com"_s},
                       {Field::EmailConfirm, u"wang.lei@hotmail.com"_s}}
        << QStringList{u"email.refusedProvider"_s} << QStringList{Field::Email} << none;
    QTest::newRow("Outlook address is a warning")
        << QJsonObject{{Field::Email, u"wang.lei@outlook.com"_s},
                       {Field::EmailConfirm, u"wang.lei@outlook.com"_s}}
        << none << none << QStringList{u"email.doubtfulProvider"_s};
    QTest::newRow("mobile one digit short")
        << QJsonObject{{Field::Mobile, u"1381111222"_s}} << QStringList{u"mobile.length"_s}
        << QStringList{Field::Mobile} << none;
    QTest::newRow("name typed with a space")
        << QJsonObject{{Field::Name, u"王 磊"_s}} << none << none << none;
    QTest::newRow("name with a digit")
        << QJsonObject{{Field::Name, u"王磊2"_s}} << QStringList{u"name.characters"_s}
        << QStringList{Field::Name} << none;
    QTest::newRow("name in Chinese and pinyin")
        << QJsonObject{{Field::Name, u"王磊Wang Lei"_s}} << QStringList{u"name.characters"_s}
        << QStringList{Field::Name} << none;
    QTest::newRow("country as display text")
        << QJsonObject{{Field::Country, u"中国"_s}} << QStringList{unknownCode}
        << QStringList{Field::Country} << none;
    QTest::newRow("unknown ID type")
        << QJsonObject{{Field::IdType, u"B"_s}} << QStringList{unknownCode}
        << QStringList{Field::IdType} << none;
    QTest::newRow("wrong check digit, typed twice")
        << QJsonObject{{Field::IdNumber, u"110105199003074510"_s},
                       {Field::IdNumberConfirm, u"110105199003074510"_s}}
        << QStringList{u"id.checkDigit"_s} << QStringList{Field::IdNumber} << none;
    QTest::newRow("old 15-digit ID number")
        << QJsonObject{{Field::IdNumber, u"110105900307451"_s},
                       {Field::IdNumberConfirm, u"110105900307451"_s}}
        << QStringList{u"id.legacy15"_s} << QStringList{Field::IdNumber} << none;
    QTest::newRow("passport holder") << QJsonObject{{Field::Country, u"US"_s},
                                                    {Field::Name, u"John Smith"_s},
                                                    {Field::IdType, u"A"_s},
                                                    {Field::IdNumber, u"E12345678"_s},
                                                    {Field::IdNumberConfirm, u"E12345678"_s}}
                                     << none << none << none;
    QTest::newRow("resident ID chosen for a passport number")
        << QJsonObject{{Field::IdNumber, u"E12345678"_s}, {Field::IdNumberConfirm, u"E12345678"_s}}
        << QStringList{u"id.length"_s} << QStringList{Field::IdNumber} << none;
    QTest::newRow("address of 101 characters")
        << QJsonObject{{Field::Address, QString(101, u'路')}} << QStringList{u"text.tooLong"_s}
        << QStringList{Field::Address} << none;
    QTest::newRow("postal code of 5 digits")
        << QJsonObject{{Field::PostalCode, u"10008"_s}} << QStringList{u"postalCode.format"_s}
        << QStringList{Field::PostalCode} << none;
    QTest::newRow("day phone without area code")
        << QJsonObject{{Field::DayPhone, u"62961234"_s}} << QStringList{u"phone.areaCode"_s}
        << QStringList{Field::DayPhone} << none;
    QTest::newRow("evening phone with an extension")
        << QJsonObject{{Field::EveningPhone, u"010-62961234转8001"_s}}
        << QStringList{u"phone.extension"_s} << QStringList{Field::EveningPhone} << none;
    QTest::newRow("remarks of 201 characters")
        << QJsonObject{{Field::Remarks, QString(201, u'备')}} << QStringList{u"text.tooLong"_s}
        << QStringList{Field::Remarks} << none;
}

void TestRegistrationValidator::mistakes()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, warnings);

    QString problem;
    const Registration registration = withChanges(validRegistration(), changes, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Findings findings = RegistrationValidator::validate(registration, s_today);
    const Findings errorFindings = errorsOnly(findings);
    QCOMPARE(ruleCodes(errorFindings), errors);
    QCOMPARE(fieldKeys(errorFindings), fields);
    QCOMPARE(ruleCodes(warningsOnly(findings)), warnings);
    for (const Finding &f : errorFindings) {
        QVERIFY(f.message.contains(Field::label(f.field)));
    }
}

QTEST_GUILESS_MAIN(TestRegistrationValidator)
#include "TestRegistrationValidator.moc"
