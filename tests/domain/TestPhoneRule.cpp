#include "domain/PhoneRule.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;

class TestPhoneRule : public QObject
{
    Q_OBJECT

private slots:
    void mobile_data();
    void mobile();
    void contactPhone_data();
    void contactPhone();
    void normalize_data();
    void normalize();
};

void TestPhoneRule::mobile_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule");       // first error, empty when valid
    QTest::addColumn<QString>("normalized"); // detail of the info finding, if any

    QTest::newRow("portal example") << QStringLiteral("13800000000") << QString() << QString();
    QTest::newRow("199 prefix") << QStringLiteral("19912345678") << QString() << QString();
    QTest::newRow("with +86") << QStringLiteral("+86 138 0000 0000") << QString()
                              << QStringLiteral("13800000000");
    QTest::newRow("with 0086") << QStringLiteral("0086-13800000000") << QString()
                               << QStringLiteral("13800000000");
    QTest::newRow("hyphenated") << QStringLiteral("138-0000-0000") << QString()
                                << QStringLiteral("13800000000");
    QTest::newRow("full-width digits")
        << QStringLiteral("１３８００００００００") << QString() << QStringLiteral("13800000000");
    QTest::newRow("10 digits") << QStringLiteral("1380000000") << QStringLiteral("mobile.length")
                               << QString();
    QTest::newRow("12 digits") << QStringLiteral("138000000001") << QStringLiteral("mobile.length")
                               << QString();
    QTest::newRow("prefix 12") << QStringLiteral("12800000000") << QStringLiteral("mobile.prefix")
                               << QString();
    QTest::newRow("landline") << QStringLiteral("01062960000") << QStringLiteral("mobile.prefix")
                              << QString();
    QTest::newRow("letters") << QStringLiteral("1380000abcd") << QStringLiteral("mobile.characters")
                             << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("required") << QString();
}

void TestPhoneRule::mobile()
{
    QFETCH(QString, value);
    QFETCH(QString, rule);
    QFETCH(QString, normalized);
    const Findings findings = PhoneRule::checkMobile(value);
    const Findings errors = errorsOnly(findings);
    QCOMPARE(errors.isEmpty() ? QString() : errors.first().rule, rule);
    if (!normalized.isEmpty()) {
        QVERIFY(hasRule(findings, u"phone.normalized"));
        QCOMPARE(findings.last().detail, normalized);
    } else if (rule.isEmpty()) {
        QVERIFY(findings.isEmpty());
    }
    for (const Finding &f : findings) {
        QCOMPARE(f.field, Field::Mobile);
    }
}

void TestPhoneRule::contactPhone_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule");
    QTest::newRow("portal landline form") << QStringLiteral("01062961234") << QString();
    QTest::newRow("portal mobile form") << QStringLiteral("13812345678") << QString();
    QTest::newRow("Shanghai 8-digit local") << QStringLiteral("02164881234") << QString();
    QTest::newRow("4-digit area code, 7 digits") << QStringLiteral("09412345678") << QString();
    QTest::newRow("4-digit area code, 8 digits") << QStringLiteral("075583761234") << QString();
    QTest::newRow("hyphen removed") << QStringLiteral("010-62961234") << QString();
    QTest::newRow("brackets removed") << QStringLiteral("(010)62961234") << QString();
    QTest::newRow("no area code") << QStringLiteral("62961234") << QStringLiteral("phone.areaCode");
    QTest::newRow("local number starts with 0")
        << QStringLiteral("01002961234") << QStringLiteral("phone.landlineFormat");
    QTest::newRow("3-digit area code, 7 digits")
        << QStringLiteral("0106296123") << QStringLiteral("phone.landlineFormat");
    QTest::newRow("too short") << QStringLiteral("0106296")
                               << QStringLiteral("phone.landlineFormat");
    QTest::newRow("too long") << QStringLiteral("0106296123456")
                              << QStringLiteral("phone.landlineFormat");
    QTest::newRow("extension") << QStringLiteral("010-62961234转8021")
                               << QStringLiteral("phone.extension");
    QTest::newRow("ext") << QStringLiteral("01062961234 ext 21")
                         << QStringLiteral("phone.extension");
    QTest::newRow("bad mobile") << QStringLiteral("1381234567")
                                << QStringLiteral("phone.mobileFormat");
    QTest::newRow("letters") << QStringLiteral("010abc") << QStringLiteral("phone.characters");
    QTest::newRow("empty") << QString() << QStringLiteral("required");
}

void TestPhoneRule::contactPhone()
{
    QFETCH(QString, value);
    QFETCH(QString, rule);
    const Findings errors = errorsOnly(PhoneRule::checkContactPhone(value, Field::DayPhone));
    QCOMPARE(errors.isEmpty() ? QString() : errors.first().rule, rule);
    for (const Finding &f : errors) {
        QCOMPARE(f.field, Field::DayPhone);
        QVERIFY(f.message.contains(Field::label(Field::DayPhone)));
    }
}

void TestPhoneRule::normalize_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("plain") << QStringLiteral("13800000000") << QStringLiteral("13800000000");
    QTest::newRow("+86 mobile") << QStringLiteral("+8613800000000")
                                << QStringLiteral("13800000000");
    QTest::newRow("86 mobile") << QStringLiteral("8613800000000") << QStringLiteral("13800000000");
    QTest::newRow("+86 landline") << QStringLiteral("+86 10 6296 1234")
                                  << QStringLiteral("01062961234");
    QTest::newRow("ideographic space")
        << QStringLiteral("010　62961234") << QStringLiteral("01062961234");
}

void TestPhoneRule::normalize()
{
    QFETCH(QString, value);
    QFETCH(QString, normalized);
    QCOMPARE(PhoneRule::normalize(value), normalized);
}

QTEST_GUILESS_MAIN(TestPhoneRule)
#include "TestPhoneRule.moc"
