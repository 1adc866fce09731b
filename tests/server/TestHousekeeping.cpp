#include "Accounts.h"
#include "Captchas.h"
#include "Housekeeping.h"
#include "ServerDatabase.h"
#include "Sessions.h"
#include "Tokens.h"

#include "support/ManualClock.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace dd::server;

class TestHousekeeping : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void purgesAccountsNotActivatedInSevenDays();
    void purgesExpiredSessionsAndCaptchas();

private:
    Account makeAccount(const QString &userName, int ageDays, bool activated)
    {
        Account account;
        account.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        account.userName = userName;
        account.passwordHash = "$argon2id$placeholder";
        account.email = userName + QStringLiteral("@example.org");
        account.createdAt = m_clock.now().addDays(-ageDays);
        if (activated) {
            account.activatedAt = account.createdAt.addSecs(60);
        }
        return account;
    }
    bool exists(const QString &userName) const
    {
        const auto found = Accounts(*m_db).findByUserName(userName);
        return found.ok() && found.value().has_value();
    }
    int count(const QString &table) const
    {
        auto query = m_db->exec(QStringLiteral("SELECT COUNT(*) FROM ") + table);
        return query.ok() && query.value().next() ? query.value().value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    dd::test::ManualClock m_clock;
    std::unique_ptr<ServerDatabase> m_db;
};

void TestHousekeeping::init()
{
    m_db = std::make_unique<ServerDatabase>(m_clock);
    QFile::remove(m_dir.filePath(QStringLiteral("purge.sqlite")));
    ServerDatabase::Location location;
    location.path = m_dir.filePath(QStringLiteral("purge.sqlite"));
    QCOMPARE(m_db->open(location), QString());
}

void TestHousekeeping::purgesAccountsNotActivatedInSevenDays()
{
    Accounts accounts(*m_db);
    const QDateTime tokenExpiry = m_clock.now();
    QVERIFY(accounts.create(makeAccount(QStringLiteral("eight.days"), 8, false), "d1", tokenExpiry)
                .ok());
    QVERIFY(
        accounts.create(makeAccount(QStringLiteral("six.days"), 6, false), "d2", tokenExpiry).ok());
    QVERIFY(accounts.create(makeAccount(QStringLiteral("old.active"), 30, true), "d3", tokenExpiry)
                .ok());
    const auto counts = Housekeeping(*m_db).run();
    QVERIFY(counts.ok());
    QCOMPARE(counts->accounts, 1);
    QVERIFY(!exists(QStringLiteral("eight.days")));
    QVERIFY(exists(QStringLiteral("six.days")));
    QVERIFY(exists(QStringLiteral("old.active")));
    QCOMPARE(count(QStringLiteral("activation_tokens")), 2); // the purged account's went with it

    // A day and a bit later the six-day-old account is past seven days too.
    m_clock.advanceDays(1);
    m_clock.advanceSeconds(1);
    QCOMPARE(Housekeeping(*m_db).run()->accounts, 1);
    QVERIFY(!exists(QStringLiteral("six.days")));
    QVERIFY(exists(QStringLiteral("old.active")));
}

void TestHousekeeping::purgesExpiredSessionsAndCaptchas()
{
    Accounts accounts(*m_db);
    const Account account = makeAccount(QStringLiteral("active"), 1, true);
    QVERIFY(accounts.create(account, "d", m_clock.now()).ok());
    Sessions sessions(*m_db);
    const auto first = sessions.create(account.id);
    QVERIFY(first.ok());
    QVERIFY(Captchas(*m_db).issue(1).ok());
    m_clock.advanceSeconds(Captchas::LifetimeSeconds + 1);
    const auto second = sessions.create(account.id);
    QVERIFY(second.ok());
    QCOMPARE(Housekeeping(*m_db).run()->captchas, 1);

    // The first session expires 12 hours after it was last used; the second, used later, lives.
    m_clock.advanceSeconds(qint64(Sessions::LifetimeHours) * 3600 - Captchas::LifetimeSeconds);
    QVERIFY(sessions.authenticate(second->token).ok());
    const auto counts = Housekeeping(*m_db).run();
    QCOMPARE(counts->sessions, 1);
    QCOMPARE(count(QStringLiteral("sessions")), 1);
    QCOMPARE(sessions.authenticate(first->token).error().code, QStringLiteral("unauthenticated"));
    QVERIFY(sessions.authenticate(second->token).ok());
}

QTEST_GUILESS_MAIN(TestHousekeeping)
#include "TestHousekeeping.moc"
