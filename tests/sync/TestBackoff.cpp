// The waits of the sync's retries: exponential, capped, with jitter between half and all of
// the step, from an injected random number.

#include "sync/Backoff.h"

#include <QSet>
#include <QTest>

using dd::sync::Backoff;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void delays_data();
    void delays();
    void resetStartsOver();
    void systemRandomStaysInItsBand();
    void manyFailuresStayAtTheCap();
};

void TestBackoff::delays_data()
{
    QTest::addColumn<int>("failuresBefore");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expected");

    // initial 1000 ms, maximum 8000 ms: steps 1000, 2000, 4000, 8000, 8000 ...
    QTest::newRow("first failure, lowest jitter") << 0 << 0.0 << 500;
    QTest::newRow("first failure, middle jitter") << 0 << 0.5 << 750;
    QTest::newRow("first failure, highest jitter") << 0 << 0.999999 << 1000;
    QTest::newRow("second failure doubles") << 1 << 0.0 << 1000;
    QTest::newRow("third failure doubles again") << 2 << 0.5 << 3000;
    QTest::newRow("fourth failure reaches the cap") << 3 << 0.5 << 6000;
    QTest::newRow("tenth failure stays at the cap") << 9 << 0.0 << 4000;
    QTest::newRow("a random above 1 is taken as 1") << 3 << 7.0 << 8000;
    QTest::newRow("a random below 0 is taken as 0") << 0 << -3.0 << 500;
}

void TestBackoff::delays()
{
    QFETCH(int, failuresBefore);
    QFETCH(double, random);
    QFETCH(int, expected);

    double next = 0.0;
    Backoff backoff(1000, 8000, [&next] { return next; });
    for (int i = 0; i < failuresBefore; ++i) {
        backoff.nextDelayMs();
    }
    QCOMPARE(backoff.failures(), failuresBefore);
    next = random;
    QCOMPARE(backoff.nextDelayMs(), expected);
    QCOMPARE(backoff.failures(), failuresBefore + 1);
}

void TestBackoff::resetStartsOver()
{
    Backoff backoff(200, 60000, [] { return 0.0; });
    QCOMPARE(backoff.nextDelayMs(), 100);
    QCOMPARE(backoff.nextDelayMs(), 200);
    QCOMPARE(backoff.nextDelayMs(), 400);
    backoff.reset();
    QCOMPARE(backoff.failures(), 0);
    QCOMPARE(backoff.nextDelayMs(), 100);
}

void TestBackoff::systemRandomStaysInItsBand()
{
    // Without an injected random: QRandomGenerator, always within [step / 2, step], and not
    // always the same (the point of jitter: clients do not come back in step).
    Backoff backoff(4000, 4000);
    QSet<int> seen;
    for (int i = 0; i < 200; ++i) {
        const int delay = backoff.nextDelayMs();
        QVERIFY2(delay >= 2000 && delay <= 4000, qPrintable(QString::number(delay)));
        seen.insert(delay);
    }
    QVERIFY(seen.size() > 50);
}

void TestBackoff::manyFailuresStayAtTheCap()
{
    Backoff backoff(1000, 300000, [] { return 1.0; });
    int delay = 0;
    for (int i = 0; i < 1000; ++i) {
        delay = backoff.nextDelayMs();
    }
    QCOMPARE(delay, 300000);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
