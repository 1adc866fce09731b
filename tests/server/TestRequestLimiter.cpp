#include "RequestLimiter.h"

#include <QTest>

using namespace dd::server;

class TestRequestLimiter : public QObject
{
    Q_OBJECT

private slots:
    void burstThenRefused();
    void refillsOverTime();
    void retryAfterCountsDown_data();
    void retryAfterCountsDown();
    void keysAreCountedApart();
    void zeroMeansNoLimit();
    void idleKeysForgottenWhenFull();
};

void TestRequestLimiter::burstThenRefused()
{
    RequestLimiter limiter(60); // one a second, 60 at once
    for (int i = 0; i < 60; ++i) {
        QCOMPARE(limiter.take(QStringLiteral("address:a"), 1000), 0);
    }
    // The 61st within the same instant waits a second for the next token.
    QCOMPARE(limiter.take(QStringLiteral("address:a"), 1000), 1);
    // A refusal takes nothing: still refused, then allowed once the token is there.
    QCOMPARE(limiter.take(QStringLiteral("address:a"), 1500), 1);
    QCOMPARE(limiter.take(QStringLiteral("address:a"), 2000), 0);
    QCOMPARE(limiter.take(QStringLiteral("address:a"), 2000), 1);
}

void TestRequestLimiter::refillsOverTime()
{
    RequestLimiter limiter(120); // two a second
    for (int i = 0; i < 120; ++i) {
        QCOMPARE(limiter.take(QStringLiteral("k"), 0), 0);
    }
    QVERIFY(limiter.take(QStringLiteral("k"), 0) > 0);
    // 10 s later: 20 tokens, not more.
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(limiter.take(QStringLiteral("k"), 10000), 0);
    }
    QVERIFY(limiter.take(QStringLiteral("k"), 10000) > 0);
    // A long pause fills the bucket to its size only.
    int allowed = 0;
    while (limiter.take(QStringLiteral("k"), 3600000) == 0) {
        ++allowed;
    }
    QCOMPARE(allowed, 120);
}

void TestRequestLimiter::retryAfterCountsDown_data()
{
    QTest::addColumn<int>("perMinute");
    QTest::addColumn<qint64>("after");
    QTest::addColumn<int>("expected");
    // Emptied at 0 ms; asked again `after` ms later.
    QTest::newRow("6/min, at once") << 6 << qint64(0) << 10;
    QTest::newRow("6/min, 4.5 s later") << 6 << qint64(4500) << 6;
    QTest::newRow("6/min, 9.9 s later") << 6 << qint64(9900) << 1;
    QTest::newRow("1/min, at once") << 1 << qint64(0) << 60;
    QTest::newRow("600/min, at once: at least 1 s") << 600 << qint64(0) << 1;
}

void TestRequestLimiter::retryAfterCountsDown()
{
    QFETCH(int, perMinute);
    QFETCH(qint64, after);
    QFETCH(int, expected);
    RequestLimiter limiter(perMinute);
    for (int i = 0; i < perMinute; ++i) {
        QCOMPARE(limiter.take(QStringLiteral("k"), 0), 0);
    }
    QCOMPARE(limiter.take(QStringLiteral("k"), after), expected);
}

void TestRequestLimiter::keysAreCountedApart()
{
    RequestLimiter limiter(2);
    QCOMPARE(limiter.take(QStringLiteral("address:192.0.2.1"), 0), 0);
    QCOMPARE(limiter.take(QStringLiteral("address:192.0.2.1"), 0), 0);
    QVERIFY(limiter.take(QStringLiteral("address:192.0.2.1"), 0) > 0);
    QCOMPARE(limiter.take(QStringLiteral("address:192.0.2.2"), 0), 0);
    QCOMPARE(limiter.take(QStringLiteral("account:192.0.2.1"), 0), 0);
    QCOMPARE(limiter.keyCount(), 3);
}

void TestRequestLimiter::zeroMeansNoLimit()
{
    RequestLimiter limiter(0);
    for (int i = 0; i < 10000; ++i) {
        QCOMPARE(limiter.take(QStringLiteral("k"), 0), 0);
    }
    QCOMPARE(limiter.keyCount(), 0);
    QCOMPARE(RequestLimiter(-5).perMinute(), 0);
}

void TestRequestLimiter::idleKeysForgottenWhenFull()
{
    RequestLimiter limiter(60);
    // A key still in its penalty: kept through the sweep.
    for (int i = 0; i < 60; ++i) {
        limiter.take(QStringLiteral("busy"), 0);
    }
    for (int i = 1; i < RequestLimiter::MaxKeys; ++i) {
        limiter.take(QString::number(i), 0);
    }
    QCOMPARE(limiter.keyCount(), RequestLimiter::MaxKeys);
    // Two seconds later every key but "busy" has refilled (one token used, one a second):
    // the next new key sweeps them away.
    limiter.take(QStringLiteral("new"), 2000);
    QCOMPARE(limiter.keyCount(), 2);
    QVERIFY(limiter.take(QStringLiteral("busy"), 2000) == 0);
    QVERIFY(limiter.take(QStringLiteral("busy"), 2000) == 0);
    QVERIFY(limiter.take(QStringLiteral("busy"), 2000) > 0);
}

QTEST_GUILESS_MAIN(TestRequestLimiter)
#include "TestRequestLimiter.moc"
