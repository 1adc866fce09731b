#include "domain/DateRule.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;

namespace {
const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));
}

class TestDateRule : public QObject
{
    Q_OBJECT

private slots:
    void dates_data();
    void dates();
    void months_data();
    void months();
    void optionalAndFuture();
    void monthOrder_data();
    void monthOrder();
    void monthsBetween_data();
    void monthsBetween();
    void monthText();
};

void TestDateRule::dates_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule"); // empty: valid

    QTest::newRow("portal example") << QStringLiteral("19810422") << QString();
    QTest::newRow("31 January") << QStringLiteral("19900131") << QString();
    QTest::newRow("31 April") << QStringLiteral("19900431") << QStringLiteral("date.invalid");
    QTest::newRow("30 April") << QStringLiteral("19900430") << QString();
    QTest::newRow("29 Feb leap year 2000") << QStringLiteral("20000229") << QString();
    QTest::newRow("29 Feb 1900 (not leap)")
        << QStringLiteral("19000229") << QStringLiteral("date.invalid");
    QTest::newRow("29 Feb 2024") << QStringLiteral("20240229") << QString();
    QTest::newRow("29 Feb 2023") << QStringLiteral("20230229") << QStringLiteral("date.invalid");
    QTest::newRow("31 December") << QStringLiteral("19991231") << QString();
    QTest::newRow("day 00") << QStringLiteral("19990100") << QStringLiteral("date.invalid");
    QTest::newRow("month 00") << QStringLiteral("19990010") << QStringLiteral("date.invalid");
    QTest::newRow("month 13") << QStringLiteral("19991301") << QStringLiteral("date.invalid");
    QTest::newRow("hyphens") << QStringLiteral("1981-04-22") << QStringLiteral("date.format");
    QTest::newRow("seven digits") << QStringLiteral("1981042") << QStringLiteral("date.format");
    QTest::newRow("YYYYMM given") << QStringLiteral("198104") << QStringLiteral("date.format");
    QTest::newRow("today") << QStringLiteral("20261129") << QString();
    QTest::newRow("tomorrow") << QStringLiteral("20261130") << QStringLiteral("date.future");
    QTest::newRow("before 1900") << QStringLiteral("18991231") << QStringLiteral("date.tooEarly");
    QTest::newRow("empty, required") << QString() << QStringLiteral("required");
    QTest::newRow("surrounding spaces") << QStringLiteral(" 19810422 ") << QString();
}

void TestDateRule::dates()
{
    QFETCH(QString, value);
    QFETCH(QString, rule);
    const Findings findings = DateRule::checkDate(Field::BirthDate, value, s_today);
    QCOMPARE(findings.isEmpty() ? QString() : findings.first().rule, rule);
    QVERIFY(findings.size() <= 1);
    QCOMPARE(DateRule::parseDate(value).has_value(),
             rule.isEmpty() || rule == u"date.future" || rule == u"date.tooEarly");
    for (const Finding &f : findings) {
        QCOMPARE(f.field, Field::BirthDate);
        QVERIFY(f.message.contains(Field::label(Field::BirthDate)));
    }
}

void TestDateRule::months_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule");
    QTest::newRow("portal example") << QStringLiteral("200606") << QString();
    QTest::newRow("January") << QStringLiteral("200601") << QString();
    QTest::newRow("December") << QStringLiteral("200612") << QString();
    QTest::newRow("month 00") << QStringLiteral("200600") << QStringLiteral("month.invalid");
    QTest::newRow("month 13") << QStringLiteral("200613") << QStringLiteral("month.invalid");
    QTest::newRow("with a dot") << QStringLiteral("2006.06") << QStringLiteral("month.format");
    QTest::newRow("five digits") << QStringLiteral("20066") << QStringLiteral("month.format");
    QTest::newRow("YYYYMMDD given") << QStringLiteral("20060601") << QStringLiteral("month.format");
    QTest::newRow("this month") << QStringLiteral("202611") << QString();
    QTest::newRow("next month") << QStringLiteral("202612") << QStringLiteral("month.future");
    QTest::newRow("next year") << QStringLiteral("202701") << QStringLiteral("month.future");
    QTest::newRow("year 1899") << QStringLiteral("189912") << QStringLiteral("month.tooEarly");
}

void TestDateRule::months()
{
    QFETCH(QString, value);
    QFETCH(QString, rule);
    const Findings findings = DateRule::checkMonth(Field::WorkStartMonth, value, s_today);
    QCOMPARE(findings.isEmpty() ? QString() : findings.first().rule, rule);
    QVERIFY(findings.size() <= 1);
}

void TestDateRule::optionalAndFuture()
{
    QVERIFY(DateRule::checkMonth(Field::ResumeEnd, QString(), s_today, false).isEmpty());
    QVERIFY(DateRule::checkDate(Field::DefenseDate, QStringLiteral("20270315"), s_today, true, true)
                .isEmpty());
    QCOMPARE(
        DateRule::checkMonth(Field::ApplicationMonth, QStringLiteral("202703"), s_today, true, true)
            .size(),
        0);
}

void TestDateRule::monthOrder_data()
{
    QTest::addColumn<QString>("earlier");
    QTest::addColumn<QString>("later");
    QTest::addColumn<bool>("allowEqual");
    QTest::addColumn<bool>("refused");
    QTest::newRow("in order") << QStringLiteral("200606") << QStringLiteral("200909") << true
                              << false;
    QTest::newRow("equal allowed")
        << QStringLiteral("200606") << QStringLiteral("200606") << true << false;
    QTest::newRow("equal refused")
        << QStringLiteral("200606") << QStringLiteral("200606") << false << true;
    QTest::newRow("reversed") << QStringLiteral("200909") << QStringLiteral("200606") << true
                              << true;
    QTest::newRow("date against month")
        << QStringLiteral("19810422") << QStringLiteral("198104") << true << false;
    QTest::newRow("date after month")
        << QStringLiteral("19810522") << QStringLiteral("198104") << true << true;
    QTest::newRow("unparsable is left to format checks")
        << QStringLiteral("2006-06") << QStringLiteral("200001") << true << false;
}

void TestDateRule::monthOrder()
{
    QFETCH(QString, earlier);
    QFETCH(QString, later);
    QFETCH(bool, allowEqual);
    QFETCH(bool, refused);
    const Findings findings =
        DateRule::checkMonthOrder(Field::BirthDate, earlier, Field::WorkStartMonth, later,
                                  QStringLiteral("order.test"), allowEqual);
    QCOMPARE(!findings.isEmpty(), refused);
    if (refused) {
        QCOMPARE(findings.first().field, Field::WorkStartMonth);
        QCOMPARE(findings.first().rule, QStringLiteral("order.test"));
    }
}

void TestDateRule::monthsBetween_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("months");
    QTest::newRow("same month") << QStringLiteral("202302") << QStringLiteral("202302") << 0;
    QTest::newRow("across a year end") << QStringLiteral("202211") << QStringLiteral("202302") << 3;
    QTest::newRow("three years") << QStringLiteral("202002") << QStringLiteral("202302") << 36;
    QTest::newRow("backwards") << QStringLiteral("202302") << QStringLiteral("202211") << -3;
    QTest::newRow("from a date") << QStringLiteral("19810422") << QStringLiteral("200606") << 302;
}

void TestDateRule::monthsBetween()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, months);
    QCOMPARE(DateRule::monthsBetween(from, to), std::optional<int>(months));
}

void TestDateRule::monthText()
{
    QCOMPARE(DateRule::monthText(2023 * 12 + 1), QStringLiteral("202302"));
    QCOMPARE(DateRule::monthText(2023 * 12 + 11), QStringLiteral("202312"));
    QCOMPARE(DateRule::parseMonth(QStringLiteral("202312")), std::optional<int>(2023 * 12 + 11));
}

QTEST_GUILESS_MAIN(TestDateRule)
#include "TestDateRule.moc"
