#include "Accounts.h"
#include "Housekeeping.h"
#include "PasswordResets.h"
#include "ServerDatabase.h"
#include "Sessions.h"
#include "Tokens.h"

#include "support/ManualClock.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dd::server;

// PasswordResets against a real SQLite database (and Sessions::removeAllOf, which a reset and
// a password change use): one live token per account, one hour, used once, and the password
// and the sessions changed in the same step.
class TestPasswordResets : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aNewTokenReplacesTheOlder();
    void validForAnHour();
    void redeemSetsThePasswordAndEndsEverySession();
    void unknownAndExpiredTokensWriteNothing();
    void revokeAll();
    void removeAllOfKeepsTheGivenSession();
    void purgedADayAfterExpiry();
    void deletedWithTheirAccount();

private:
    Account makeAccount(const QString &userName, bool activated = true)
    {
        Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.userName = userName;
        account.passwordHash = "$argon2id$old";
        account.email = userName + QStringLiteral("@example.org");
        account.createdAt = m_clock.now().addDays(-1);
        if (activated) {
            account.activatedAt = account.createdAt.addSecs(60);
        }
        return account;
    }
    QByteArray hashOf(const QString &id) const
    {
        const auto found = Accounts(*m_db).findById(id);
        return found.ok() && found.value() ? found.value()->passwordHash : QByteArray();
    }
    int count(const QString &table) const
    {
        auto query = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return query.ok() && query.value().next() ? query.value().value(0).toInt() : -1;
    }
    PasswordResets::State stateOf(const QByteArray &digest) const
    {
        const auto found = PasswordResets(*m_db).find(digest);
        return found.ok() ? found->state : PasswordResets::State::Unknown;
    }

    QTemporaryDir m_dir;
    dd::test::ManualClock m_clock;
    std::unique_ptr<ServerDatabase> m_db;
    Account m_account;
};

void TestPasswordResets::init()
{
    m_db = std::make_unique<ServerDatabase>(m_clock);
    QFile::remove(m_dir.filePath(QStringLiteral("resets.sqlite")));
    ServerDatabase::Location location;
    location.path = m_dir.filePath(QStringLiteral("resets.sqlite"));
    QCOMPARE(m_db->open(location), QString());
    m_account = makeAccount(QStringLiteral("wang.lei"));
    QVERIFY(Accounts(*m_db).create(m_account, "activation", m_clock.now()).ok());
}

void TestPasswordResets::aNewTokenReplacesTheOlder()
{
    PasswordResets resets(*m_db);
    const QByteArray first = Tokens::digest(Tokens::generate());
    const QByteArray second = Tokens::digest(Tokens::generate());
    QVERIFY(resets.issue(m_account.id, first).ok());
    QCOMPARE(stateOf(first), PasswordResets::State::Valid);
    QVERIFY(resets.issue(m_account.id, second).ok());
    QCOMPARE(stateOf(first), PasswordResets::State::Unknown);
    QCOMPARE(stateOf(second), PasswordResets::State::Valid);
    QCOMPARE(resets.find(second)->accountId, m_account.id);

    // Another account's token is not touched.
    const Account other = makeAccount(QStringLiteral("li.si"));
    QVERIFY(Accounts(*m_db).create(other, "activation2", m_clock.now()).ok());
    QVERIFY(resets.issue(other.id, Tokens::digest(QStringLiteral("other"))).ok());
    QCOMPARE(stateOf(second), PasswordResets::State::Valid);
    QCOMPARE(count(QStringLiteral("password_reset_tokens")), 2);
}

void TestPasswordResets::validForAnHour()
{
    PasswordResets resets(*m_db);
    const QByteArray digest = Tokens::digest(Tokens::generate());
    const auto expiresAt = resets.issue(m_account.id, digest);
    QVERIFY(expiresAt.ok());
    QCOMPARE(expiresAt.value(), m_clock.now().addSecs(PasswordResets::LifetimeMinutes * 60));
    QCOMPARE(PasswordResets::LifetimeMinutes, 60);
    QCOMPARE(resets.find(digest)->expiresAt, expiresAt.value());
    m_clock.advanceSeconds(3599);
    QCOMPARE(stateOf(digest), PasswordResets::State::Valid);
    m_clock.advanceSeconds(1);
    QCOMPARE(stateOf(digest), PasswordResets::State::Expired);
    QCOMPARE(resets.find(digest)->accountId, m_account.id);
}

void TestPasswordResets::redeemSetsThePasswordAndEndsEverySession()
{
    Sessions sessions(*m_db);
    const auto first = sessions.create(m_account.id);
    const auto second = sessions.create(m_account.id);
    const Account other = makeAccount(QStringLiteral("li.si"));
    QVERIFY(Accounts(*m_db).create(other, "activation2", m_clock.now()).ok());
    const auto othersSession = sessions.create(other.id);
    QVERIFY(first.ok() && second.ok() && othersSession.ok());

    PasswordResets resets(*m_db);
    const QByteArray digest = Tokens::digest(Tokens::generate());
    QVERIFY(resets.issue(m_account.id, digest).ok());
    const auto redeemed = resets.redeem(digest, "$argon2id$new");
    QVERIFY(redeemed.ok());
    QCOMPARE(redeemed->state, PasswordResets::State::Valid);
    QCOMPARE(redeemed->accountId, m_account.id);
    QCOMPARE(hashOf(m_account.id), QByteArray("$argon2id$new"));
    QCOMPARE(sessions.authenticate(first->token).error().code, QStringLiteral("unauthenticated"));
    QCOMPARE(sessions.authenticate(second->token).error().code, QStringLiteral("unauthenticated"));
    QVERIFY(sessions.authenticate(othersSession->token).ok());
    QCOMPARE(hashOf(other.id), QByteArray("$argon2id$old"));

    // Used: unknown from now on, and a second use changes nothing.
    QCOMPARE(stateOf(digest), PasswordResets::State::Unknown);
    const auto again = resets.redeem(digest, "$argon2id$third");
    QVERIFY(again.ok());
    QCOMPARE(again->state, PasswordResets::State::Unknown);
    QCOMPARE(hashOf(m_account.id), QByteArray("$argon2id$new"));
}

void TestPasswordResets::unknownAndExpiredTokensWriteNothing()
{
    Sessions sessions(*m_db);
    const auto session = sessions.create(m_account.id);
    PasswordResets resets(*m_db);
    const auto unknown = resets.redeem(Tokens::digest(QStringLiteral("never issued")), "$x");
    QVERIFY(unknown.ok());
    QCOMPARE(unknown->state, PasswordResets::State::Unknown);
    QVERIFY(unknown->accountId.isEmpty());

    const QByteArray digest = Tokens::digest(Tokens::generate());
    QVERIFY(resets.issue(m_account.id, digest).ok());
    m_clock.advanceSeconds(PasswordResets::LifetimeMinutes * 60 + 1);
    QVERIFY(sessions.authenticate(session->token).ok()); // keeps the session alive
    const auto expired = resets.redeem(digest, "$x");
    QVERIFY(expired.ok());
    QCOMPARE(expired->state, PasswordResets::State::Expired);
    QCOMPARE(hashOf(m_account.id), QByteArray("$argon2id$old"));
    QVERIFY(sessions.authenticate(session->token).ok());
    QCOMPARE(stateOf(digest), PasswordResets::State::Expired); // still says so
}

void TestPasswordResets::revokeAll()
{
    PasswordResets resets(*m_db);
    const QByteArray digest = Tokens::digest(Tokens::generate());
    QVERIFY(resets.issue(m_account.id, digest).ok());
    QCOMPARE(resets.revokeAll(m_account.id).value(), 1);
    QCOMPARE(stateOf(digest), PasswordResets::State::Unknown);
    QCOMPARE(resets.revokeAll(m_account.id).value(), 0);
}

void TestPasswordResets::removeAllOfKeepsTheGivenSession()
{
    Sessions sessions(*m_db);
    const auto a = sessions.create(m_account.id);
    const auto b = sessions.create(m_account.id);
    const auto c = sessions.create(m_account.id);
    QCOMPARE(sessions.removeAllOf(m_account.id, b->token).value(), 2);
    QVERIFY(!sessions.authenticate(a->token).ok());
    QVERIFY(sessions.authenticate(b->token).ok());
    QVERIFY(!sessions.authenticate(c->token).ok());
    // A token of no session of the account keeps nothing.
    QCOMPARE(sessions.removeAllOf(m_account.id, QStringLiteral("not a session")).value(), 1);
    QVERIFY(!sessions.authenticate(b->token).ok());
    QCOMPARE(sessions.removeAllOf(m_account.id).value(), 0);
}

void TestPasswordResets::purgedADayAfterExpiry()
{
    PasswordResets resets(*m_db);
    const QByteArray digest = Tokens::digest(Tokens::generate());
    QVERIFY(resets.issue(m_account.id, digest).ok());
    m_clock.advanceSeconds(qint64(PasswordResets::LifetimeMinutes) * 60
                           + qint64(PasswordResets::ExpiredKeptHours) * 3600 - 1);
    QCOMPARE(Housekeeping(*m_db).run()->resetTokens, 0);
    QCOMPARE(stateOf(digest), PasswordResets::State::Expired);
    m_clock.advanceSeconds(2);
    QCOMPARE(Housekeeping(*m_db).run()->resetTokens, 1);
    QCOMPARE(stateOf(digest), PasswordResets::State::Unknown);
}

void TestPasswordResets::deletedWithTheirAccount()
{
    // An account that is purged (never activated, 8 days old) takes its tokens with it.
    Account stale = makeAccount(QStringLiteral("stale"), false);
    stale.createdAt = m_clock.now().addDays(-8);
    QVERIFY(Accounts(*m_db).create(stale, "activation3", m_clock.now()).ok());
    QVERIFY(PasswordResets(*m_db).issue(stale.id, "stale-digest").ok());
    QVERIFY(PasswordResets(*m_db).issue(m_account.id, "live-digest").ok());
    QCOMPARE(Housekeeping(*m_db).run()->accounts, 1);
    QCOMPARE(count(QStringLiteral("password_reset_tokens")), 1);
    QCOMPARE(stateOf("live-digest"), PasswordResets::State::Valid);
}

QTEST_GUILESS_MAIN(TestPasswordResets)
#include "TestPasswordResets.moc"
