#include "domain/YearMonth.h"

#include <QTest>

using namespace dd::domain;

class TestYearMonth : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void defaultIsInvalid();
    void constructorRefusesOutOfRange_data();
    void constructorRefusesOutOfRange();
    void index();
    void fromIndexRoundTrip();
    void addMonths_data();
    void addMonths();
    void operators();
    void monthsBetween_data();
    void monthsBetween();
    void ordering();
    void dates();
};

void TestYearMonth::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::newRow("202302") << QStringLiteral("202302") << true << 2023 << 2;
    QTest::newRow("January 200606") << QStringLiteral("200601") << true << 2006 << 1;
    QTest::newRow("December 199912") << QStringLiteral("199912") << true << 1999 << 12;
    QTest::newRow("first representable 000101") << QStringLiteral("000101") << true << 1 << 1;
    QTest::newRow("month 13: 202313") << QStringLiteral("202313") << false << 0 << 0;
    QTest::newRow("month 00: 202300") << QStringLiteral("202300") << false << 0 << 0;
    QTest::newRow("five digits: 20230") << QStringLiteral("20230") << false << 0 << 0;
    QTest::newRow("seven digits: 2023021") << QStringLiteral("2023021") << false << 0 << 0;
    QTest::newRow("dash: 2023-02") << QStringLiteral("2023-02") << false << 0 << 0;
    QTest::newRow("year 0: 000001") << QStringLiteral("000001") << false << 0 << 0;
    QTest::newRow("date: 20230215") << QStringLiteral("20230215") << false << 0 << 0;
    QTest::newRow("leading space") << QStringLiteral(" 202302") << false << 0 << 0;
    QTest::newRow("trailing space") << QStringLiteral("20230 ") << false << 0 << 0;
    QTest::newRow("sign: +20302") << QStringLiteral("+20302") << false << 0 << 0;
    QTest::newRow("full-width digits") << QStringLiteral("２０２３０２") << false << 0 << 0;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٢٠٢٣٠٢") << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
}

void TestYearMonth::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, year);
    QFETCH(int, month);
    const YearMonth ym = YearMonth::fromString(text);
    QCOMPARE(ym.isValid(), valid);
    QCOMPARE(ym.year(), year);
    QCOMPARE(ym.month(), month);
    QCOMPARE(ym.toString(), valid ? text : QString());
}

void TestYearMonth::defaultIsInvalid()
{
    const YearMonth ym;
    QVERIFY(!ym.isValid());
    QCOMPARE(ym.index(), -1);
    QCOMPARE(ym.toString(), QString());
    QVERIFY(!ym.addMonths(1).isValid());
    QVERIFY(!ym.firstDay().isValid());
}

void TestYearMonth::constructorRefusesOutOfRange_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::newRow("month 0") << 2023 << 0;
    QTest::newRow("month 13") << 2023 << 13;
    QTest::newRow("year 0") << 0 << 5;
    QTest::newRow("year 10000") << 10000 << 1;
    QTest::newRow("negative year") << -1 << 5;
}

void TestYearMonth::constructorRefusesOutOfRange()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QVERIFY(!YearMonth(year, month).isValid());
}

void TestYearMonth::index()
{
    QCOMPARE(YearMonth(2023, 1).index(), 2023 * 12);
    QCOMPARE(YearMonth(2023, 2).index(), 2023 * 12 + 1);
    QCOMPARE(YearMonth(2022, 12).index() + 1, YearMonth(2023, 1).index());
}

void TestYearMonth::fromIndexRoundTrip()
{
    for (const YearMonth ym :
         {YearMonth(2022, 12), YearMonth(2023, 1), YearMonth(1, 1), YearMonth(9999, 12)}) {
        QCOMPARE(YearMonth::fromIndex(ym.index()), ym);
    }
    QVERIFY(!YearMonth::fromIndex(11).isValid());
    QVERIFY(!YearMonth::fromIndex(10000 * 12).isValid());
}

void TestYearMonth::addMonths_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("result");
    QTest::newRow("within the year") << QStringLiteral("202302") << 3 << QStringLiteral("202305");
    QTest::newRow("December + 1 crosses the year")
        << QStringLiteral("202212") << 1 << QStringLiteral("202301");
    QTest::newRow("January - 1 crosses back")
        << QStringLiteral("202301") << -1 << QStringLiteral("202212");
    QTest::newRow("November + 14") << QStringLiteral("202011") << 14 << QStringLiteral("202201");
    QTest::newRow("36 months of eligibility")
        << QStringLiteral("202006") << 36 << QStringLiteral("202306");
    QTest::newRow("minus 25 from March")
        << QStringLiteral("202303") << -25 << QStringLiteral("202102");
    QTest::newRow("zero") << QStringLiteral("202307") << 0 << QStringLiteral("202307");
    QTest::newRow("past 9999 is invalid") << QStringLiteral("999912") << 1 << QString();
    QTest::newRow("before year 1 is invalid") << QStringLiteral("000101") << -1 << QString();
}

void TestYearMonth::addMonths()
{
    QFETCH(QString, start);
    QFETCH(int, months);
    QFETCH(QString, result);
    QCOMPARE(YearMonth::fromString(start).addMonths(months).toString(), result);
}

void TestYearMonth::operators()
{
    YearMonth ym(2023, 11);
    ym += 2;
    QCOMPARE(ym, YearMonth(2024, 1));
    ym -= 13;
    QCOMPARE(ym, YearMonth(2022, 12));
    QCOMPARE(ym + 1, YearMonth(2023, 1));
    QCOMPARE(YearMonth(2023, 1) - 1, YearMonth(2022, 12));
    QCOMPARE(YearMonth(2019, 5).addYears(4), YearMonth(2023, 5));
    QCOMPARE(YearMonth(2024, 2).addYears(-1), YearMonth(2023, 2));
}

void TestYearMonth::monthsBetween_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("months");
    QTest::newRow("same month") << QStringLiteral("202302") << QStringLiteral("202302") << 0;
    QTest::newRow("across a year end") << QStringLiteral("202212") << QStringLiteral("202301") << 1;
    QTest::newRow("three years") << QStringLiteral("202006") << QStringLiteral("202306") << 36;
    QTest::newRow("one short of three years")
        << QStringLiteral("202007") << QStringLiteral("202306") << 35;
    QTest::newRow("backwards is negative")
        << QStringLiteral("202301") << QStringLiteral("202211") << -2;
    QTest::newRow("invalid end gives 0")
        << QStringLiteral("202301") << QStringLiteral("202313") << 0;
}

void TestYearMonth::monthsBetween()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(int, months);
    QCOMPARE(YearMonth::monthsBetween(YearMonth::fromString(from), YearMonth::fromString(to)),
             months);
}

void TestYearMonth::ordering()
{
    QVERIFY(YearMonth(2022, 12) < YearMonth(2023, 1));
    QVERIFY(YearMonth(2023, 2) > YearMonth(2023, 1));
    QVERIFY(YearMonth(2023, 2) <= YearMonth(2023, 2));
    QVERIFY(YearMonth(2023, 2) != YearMonth(2024, 2));
    QVERIFY(YearMonth() < YearMonth(1, 1));
    QCOMPARE(YearMonth(), YearMonth(2023, 13));
}

void TestYearMonth::dates()
{
    QCOMPARE(YearMonth::fromDate(QDate(2024, 2, 29)), YearMonth(2024, 2));
    QVERIFY(!YearMonth::fromDate(QDate()).isValid());
    QCOMPARE(YearMonth(2024, 2).firstDay(), QDate(2024, 2, 1));
    QCOMPARE(YearMonth(2024, 2).lastDay(), QDate(2024, 2, 29));
    QCOMPARE(YearMonth(2023, 2).lastDay(), QDate(2023, 2, 28));
    QCOMPARE(YearMonth(2023, 12).lastDay(), QDate(2023, 12, 31));
}

QTEST_GUILESS_MAIN(TestYearMonth)
#include "TestYearMonth.moc"
