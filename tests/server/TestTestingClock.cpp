#include "TestingClock.h"

#include <QTest>

using namespace dd::server;

class TestTestingClock : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { qunsetenv("DD_SERVER_TESTING_NOW"); }
    void parse_data();
    void parse();
    void systemTimeByDefault();
    void environmentSetsTheTime();
    void overrideWinsUntilCleared();
};

void TestTestingClock::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("time");
    const QDateTime nine(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    QTest::newRow("UTC") << QStringLiteral("2026-11-29T09:00:00Z") << nine;
    QTest::newRow("milliseconds") << QStringLiteral("2026-11-29T09:00:00.000Z") << nine;
    QTest::newRow("offset") << QStringLiteral("2026-11-29T17:00:00+08:00") << nine;
    QTest::newRow("no zone") << QStringLiteral("2026-11-29T09:00:00") << QDateTime();
    QTest::newRow("date only") << QStringLiteral("2026-11-29") << QDateTime();
    QTest::newRow("words") << QStringLiteral("yesterday") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
}

void TestTestingClock::parse()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, time);
    const QDateTime parsed = TestingClock::parse(text);
    QCOMPARE(parsed.isValid(), time.isValid());
    if (time.isValid()) {
        QCOMPARE(parsed, time);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
}

void TestTestingClock::systemTimeByDefault()
{
    const TestingClock clock;
    QVERIFY(qAbs(clock.now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

void TestTestingClock::environmentSetsTheTime()
{
    const TestingClock clock;
    qputenv("DD_SERVER_TESTING_NOW", "2030-01-02T03:04:05Z");
    QCOMPARE(clock.now(), QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC));
    // Read at every call, not once.
    qputenv("DD_SERVER_TESTING_NOW", "2031-01-02T03:04:05Z");
    QCOMPARE(clock.now().date().year(), 2031);
    // A value that is no time is no time: the system's clock.
    qputenv("DD_SERVER_TESTING_NOW", "soon");
    QVERIFY(qAbs(clock.now().secsTo(QDateTime::currentDateTimeUtc())) < 5);
}

void TestTestingClock::overrideWinsUntilCleared()
{
    TestingClock clock;
    qputenv("DD_SERVER_TESTING_NOW", "2030-01-02T03:04:05Z");
    const QDateTime request(QDate(2040, 5, 6), QTime(7, 8), Qt::UTC);
    clock.setOverride(request);
    QCOMPARE(clock.now(), request);
    clock.clearOverride();
    QCOMPARE(clock.now().date().year(), 2030);
}

QTEST_GUILESS_MAIN(TestTestingClock)
#include "TestTestingClock.moc"
