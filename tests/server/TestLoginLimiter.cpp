#include "LoginLimiter.h"
#include "ServerDatabase.h"

#include "support/ManualClock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dd::server;

class TestLoginLimiter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void fiveFailuresPerUserName();
    void twentyFailuresPerAddress();
    void retryAfterCountsFromTheOldestThatMatters();
    void successClearsTheUserName();
    void purgeForgetsOldFailures();
    void passwordResetsCountApart();

private:
    int failures() const
    {
        auto query = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM login_failures"));
        return query.ok() && query.value().next() ? query.value().value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    dd::test::ManualClock m_clock;
    std::unique_ptr<ServerDatabase> m_db;
    const QString m_user = LoginLimiter::userKey(QStringLiteral("Wang.Lei@163.com"));
    const QString m_address = LoginLimiter::addressKey(QStringLiteral("192.0.2.7"));
};

void TestLoginLimiter::init()
{
    m_db = std::make_unique<ServerDatabase>(m_clock);
    QFile::remove(m_dir.filePath(QStringLiteral("limiter.sqlite")));
    ServerDatabase::Location location;
    location.path = m_dir.filePath(QStringLiteral("limiter.sqlite"));
    QCOMPARE(m_db->open(location), QString());
}

void TestLoginLimiter::fiveFailuresPerUserName()
{
    LoginLimiter limiter(*m_db);
    // The user name is folded: case and spaces do not give more attempts.
    QCOMPARE(LoginLimiter::userKey(QStringLiteral(" WANG.LEI@163.COM")), m_user);
    for (int i = 0; i < LoginLimiter::UserLimit; ++i) {
        QVERIFY2(limiter.check(m_user, m_address).ok(), qPrintable(QString::number(i)));
        QVERIFY(limiter.recordFailure({m_user, m_address}).ok());
        m_clock.advanceSeconds(10);
    }
    const auto refused = limiter.check(m_user, m_address);
    QVERIFY(!refused.ok());
    QCOMPARE(int(refused.error().status), 429);
    QCOMPARE(refused.error().code, QStringLiteral("tooManyAttempts"));
    // Another user name from another address is not affected.
    QVERIFY(limiter
                .check(LoginLimiter::userKey(QStringLiteral("other")),
                       LoginLimiter::addressKey(QStringLiteral("192.0.2.8")))
                .ok());
}

void TestLoginLimiter::twentyFailuresPerAddress()
{
    LoginLimiter limiter(*m_db);
    for (int i = 0; i < LoginLimiter::AddressLimit; ++i) {
        const QString user = LoginLimiter::userKey(QStringLiteral("user%1").arg(i));
        QVERIFY(limiter.check(user, m_address).ok());
        QVERIFY(limiter.recordFailure({user, m_address}).ok());
    }
    const auto refused = limiter.check(LoginLimiter::userKey(QStringLiteral("fresh")), m_address);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("tooManyAttempts"));
    QCOMPARE(refused.error().retryAfterSeconds, LoginLimiter::WindowMinutes * 60);
}

void TestLoginLimiter::retryAfterCountsFromTheOldestThatMatters()
{
    LoginLimiter limiter(*m_db);
    // Failures at 0, 60, 120, 180, 240 s; at 300 s the user name is blocked until the first
    // ages out at 900 s, i.e. for 600 s.
    for (int i = 0; i < LoginLimiter::UserLimit; ++i) {
        QVERIFY(limiter.recordFailure({m_user}).ok());
        m_clock.advanceSeconds(60);
    }
    auto refused = limiter.check(m_user, m_address);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().retryAfterSeconds, 600);
    m_clock.advanceSeconds(599);
    QCOMPARE(limiter.check(m_user, m_address).error().retryAfterSeconds, 1);
    m_clock.advanceSeconds(1);
    QVERIFY(limiter.check(m_user, m_address).ok());
}

void TestLoginLimiter::successClearsTheUserName()
{
    LoginLimiter limiter(*m_db);
    for (int i = 0; i < LoginLimiter::UserLimit; ++i) {
        QVERIFY(limiter.recordFailure({m_user, m_address}).ok());
    }
    QVERIFY(!limiter.check(m_user, m_address).ok());
    QVERIFY(limiter.clear(m_user).ok());
    QVERIFY(limiter.check(m_user, m_address).ok());
    QCOMPARE(failures(), LoginLimiter::UserLimit); // the address's stay
}

void TestLoginLimiter::purgeForgetsOldFailures()
{
    LoginLimiter limiter(*m_db);
    QVERIFY(limiter.recordFailure({m_user, m_address}).ok());
    m_clock.advanceSeconds(LoginLimiter::WindowMinutes * 60 - 1);
    QVERIFY(limiter.recordFailure({m_user}).ok());
    QCOMPARE(limiter.purge(m_clock.now()).value(), 0);
    m_clock.advanceSeconds(2);
    QCOMPARE(limiter.purge(m_clock.now()).value(), 2);
    QCOMPARE(failures(), 1);
}

void TestLoginLimiter::passwordResetsCountApart()
{
    using Action = LoginLimiter::Action;
    const QString resetUser =
        LoginLimiter::userKey(QStringLiteral("Wang.Lei@163.com"), Action::PasswordReset);
    const QString resetAddress =
        LoginLimiter::addressKey(QStringLiteral("192.0.2.7"), Action::PasswordReset);
    QCOMPARE(resetUser, QStringLiteral("reset:user:wang.lei@163.com"));
    QCOMPARE(resetAddress, QStringLiteral("reset:address:192.0.2.7"));
    QCOMPARE(LoginLimiter::userKey(QStringLiteral(" WANG.LEI@163.COM"), Action::PasswordReset),
             resetUser);

    LoginLimiter limiter(*m_db);
    for (int i = 0; i < LoginLimiter::UserLimit; ++i) {
        QVERIFY(limiter.check(resetUser, resetAddress, Action::PasswordReset).ok());
        QVERIFY(limiter.recordFailure({resetUser, resetAddress}).ok());
    }
    const auto refused = limiter.check(resetUser, resetAddress, Action::PasswordReset);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, QStringLiteral("tooManyAttempts"));
    QVERIFY(refused.error().message.contains(QStringLiteral("password reset")));
    QCOMPARE(refused.error().retryAfterSeconds, LoginLimiter::WindowMinutes * 60);
    // The same user name and address may still log in: the counts are apart.
    QVERIFY(limiter.check(m_user, m_address).ok());
    for (int i = 0; i < LoginLimiter::UserLimit; ++i) {
        QVERIFY(limiter.recordFailure({m_user}).ok());
    }
    QVERIFY(limiter.check(m_user, m_address).error().message.contains(QStringLiteral("logins")));
    // A login's success forgets only the login failures.
    QVERIFY(limiter.clear(m_user).ok());
    QVERIFY(!limiter.check(resetUser, resetAddress, Action::PasswordReset).ok());
    // The purge forgets both kinds once they are old.
    m_clock.advanceSeconds(LoginLimiter::WindowMinutes * 60 + 1);
    QCOMPARE(limiter.purge(m_clock.now()).value(), 2 * LoginLimiter::UserLimit);
    QVERIFY(limiter.check(resetUser, resetAddress, Action::PasswordReset).ok());
}

QTEST_GUILESS_MAIN(TestLoginLimiter)
#include "TestLoginLimiter.moc"
