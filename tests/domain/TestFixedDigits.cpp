#include "domain/FixedDigits.h"

#include <QTest>

using namespace dd::domain;

class TestFixedDigits : public QObject
{
    Q_OBJECT

private slots:
    void toInt_data();
    void toInt();
    void date_data();
    void date();
    void dateAgreesWithFromStringOverAYear();
};

void TestFixedDigits::toInt_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("value");
    QTest::newRow("year 2026") << QStringLiteral("2026") << true << 2026;
    QTest::newRow("month 02 keeps its leading zero") << QStringLiteral("02") << true << 2;
    QTest::newRow("zero") << QStringLiteral("0") << true << 0;
    QTest::newRow("all zeros 0000") << QStringLiteral("0000") << true << 0;
    QTest::newRow("nine digits") << QStringLiteral("999999999") << true << 999999999;
    QTest::newRow("ten digits refused") << QStringLiteral("1234567890") << false << 0;
    QTest::newRow("empty") << QString() << false << 0;
    QTest::newRow("sign +12") << QStringLiteral("+12") << false << 0;
    QTest::newRow("sign -12") << QStringLiteral("-12") << false << 0;
    QTest::newRow("space inside 1 2") << QStringLiteral("1 2") << false << 0;
    QTest::newRow("trailing space") << QStringLiteral("12 ") << false << 0;
    QTest::newRow("letter 12a") << QStringLiteral("12a") << false << 0;
    QTest::newRow("full-width digits １２") << QStringLiteral("１２") << false << 0;
    QTest::newRow("Arabic-Indic digits ١٢") << QStringLiteral("١٢") << false << 0;
}

void TestFixedDigits::toInt()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, value);
    const std::optional<int> result = FixedDigits::toInt(text);
    QCOMPARE(result.has_value(), valid);
    if (valid) {
        QCOMPARE(*result, value);
    }
}

void TestFixedDigits::date_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("expected"); // invalid when the text is not a date
    QTest::newRow("19900307") << QStringLiteral("19900307") << QDate(1990, 3, 7);
    QTest::newRow("first day 19000101") << QStringLiteral("19000101") << QDate(1900, 1, 1);
    QTest::newRow("last day 99991231") << QStringLiteral("99991231") << QDate(9999, 12, 31);
    QTest::newRow("year 1 00010101") << QStringLiteral("00010101") << QDate(1, 1, 1);
    QTest::newRow("no year 0: 00000101") << QStringLiteral("00000101") << QDate();
    QTest::newRow("29 Feb of leap year 2024") << QStringLiteral("20240229") << QDate(2024, 2, 29);
    QTest::newRow("29 Feb of 2000 (divisible by 400)")
        << QStringLiteral("20000229") << QDate(2000, 2, 29);
    QTest::newRow("no 29 Feb in 2023") << QStringLiteral("20230229") << QDate();
    QTest::newRow("no 29 Feb in 1900 (century)") << QStringLiteral("19000229") << QDate();
    QTest::newRow("no 30 Feb in 2024") << QStringLiteral("20240230") << QDate();
    QTest::newRow("31 Jan") << QStringLiteral("20230131") << QDate(2023, 1, 31);
    QTest::newRow("no 31 Apr") << QStringLiteral("20230431") << QDate();
    QTest::newRow("30 Apr") << QStringLiteral("20230430") << QDate(2023, 4, 30);
    QTest::newRow("day 00") << QStringLiteral("20230100") << QDate();
    QTest::newRow("day 32") << QStringLiteral("20230132") << QDate();
    QTest::newRow("month 00") << QStringLiteral("20230015") << QDate();
    QTest::newRow("month 13") << QStringLiteral("20231315") << QDate();
    QTest::newRow("month 99") << QStringLiteral("20239915") << QDate();
    QTest::newRow("seven digits") << QStringLiteral("2023011") << QDate();
    QTest::newRow("nine digits") << QStringLiteral("202301150") << QDate();
    QTest::newRow("month only 202301") << QStringLiteral("202301") << QDate();
    QTest::newRow("empty") << QString() << QDate();
    QTest::newRow("dashes 2023-1-5") << QStringLiteral("2023-1-5") << QDate();
    QTest::newRow("letter 2023O115") << QStringLiteral("2023O115") << QDate();
    QTest::newRow("leading space") << QStringLiteral(" 2023011") << QDate();
    QTest::newRow("sign +2023011") << QStringLiteral("+2023011") << QDate();
    QTest::newRow("full-width digits") << QStringLiteral("２０２３０１１５") << QDate();
}

void TestFixedDigits::date()
{
    QFETCH(QString, text);
    QFETCH(QDate, expected);
    const QDate result = FixedDigits::date(text);
    QCOMPARE(result.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(result, expected);
    }
    // The rules used QDate::fromString(text, u"yyyyMMdd") for eight digits: the same answer.
    if (text.size() == 8 && FixedDigits::toInt(text)) {
        const QDate parsed = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
        QCOMPARE(result.isValid(), parsed.isValid());
        QCOMPARE(result, parsed);
    }
}

void TestFixedDigits::dateAgreesWithFromStringOverAYear()
{
    // Every day number 00-32 of every month 00-13 of a leap year, a common year and a century
    // year that is not a leap year: the same as QDate::fromString.
    int compared = 0;
    for (const int year : {2024, 2023, 1900}) {
        for (int month = 0; month <= 13; ++month) {
            for (int day = 0; day <= 32; ++day) {
                const QString text = QStringLiteral("%1%2%3")
                                         .arg(year, 4, 10, QLatin1Char('0'))
                                         .arg(month, 2, 10, QLatin1Char('0'))
                                         .arg(day, 2, 10, QLatin1Char('0'));
                const QDate expected = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
                const QDate result = FixedDigits::date(text);
                QVERIFY2(result == expected && result.isValid() == expected.isValid(),
                         qPrintable(text));
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 3 * 14 * 33);
}

QTEST_GUILESS_MAIN(TestFixedDigits)
#include "TestFixedDigits.moc"
