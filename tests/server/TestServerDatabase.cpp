#include "ServerDatabase.h"
#include "ServerMigrations.h"

#include "support/ManualClock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dd::server;

class TestServerDatabase : public QObject
{
    Q_OBJECT

private slots:
    void locations_data();
    void locations();
    void migratesAnEmptyFile();
    void reopeningChangesNothing();
    void refusesANewerSchema();
    void foreignKeysCascade();
    void timestampsSortAsText();
    void missingFolder();
    void staleMigrationLockIsTakenOver();

private:
    ServerDatabase::Location sqliteIn(const QTemporaryDir &dir) const
    {
        ServerDatabase::Location location;
        location.path = dir.filePath(QStringLiteral("server.sqlite"));
        return location;
    }
    static QStringList tables(const ServerDatabase &db)
    {
        QSqlQuery query(db.connection());
        query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        QStringList names;
        while (query.next()) {
            names.append(query.value(0).toString());
        }
        return names;
    }
    dd::test::ManualClock m_clock;
};

void TestServerDatabase::locations_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("described");
    QTest::newRow("sqlite relative")
        << QStringLiteral("sqlite:center.sqlite") << true << QStringLiteral("sqlite:center.sqlite");
    QTest::newRow("sqlite absolute") << QStringLiteral("sqlite:/srv/dd/center.sqlite") << true
                                     << QStringLiteral("sqlite:/srv/dd/center.sqlite");
    QTest::newRow("sqlite slashes") << QStringLiteral("sqlite:///srv/dd/center.sqlite") << true
                                    << QStringLiteral("sqlite:/srv/dd/center.sqlite");
    QTest::newRow("postgres") << QStringLiteral("postgresql://dd:secret@127.0.0.1:5432/center")
                              << true << QStringLiteral("postgresql://dd@127.0.0.1:5432/center");
    QTest::newRow("postgres default port") << QStringLiteral("postgres://dd@db/center") << true
                                           << QStringLiteral("postgresql://dd@db:5432/center");
    QTest::newRow("no scheme") << QStringLiteral("center.sqlite") << false << QString();
    QTest::newRow("postgres without host")
        << QStringLiteral("postgresql:///center") << false << QString();
    QTest::newRow("postgres schema path")
        << QStringLiteral("postgresql://h/a/b") << false << QString();
}

void TestServerDatabase::locations()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    QFETCH(QString, described);
    QString error;
    const auto location = ServerDatabase::parseLocation(url, &error);
    QCOMPARE(location.has_value(), valid);
    if (valid) {
        QCOMPARE(location->describe(), described);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestServerDatabase::migratesAnEmptyFile()
{
    QTemporaryDir dir;
    ServerDatabase db(m_clock);
    QCOMPARE(db.open(sqliteIn(dir)), QString());
    QCOMPARE(ServerMigrations::currentVersion(db), ServerMigrations::latestVersion());
    const QStringList names = tables(db);
    for (const char *table : {"accounts", "activation_tokens", "captchas", "centers",
                              "login_failures", "schema_version", "sessions"}) {
        QVERIFY2(names.contains(QLatin1String(table)), table);
    }
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.exec(QStringLiteral("SELECT applied_at FROM schema_version")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("2026-11-29T09:00:00.000Z"));
}

void TestServerDatabase::reopeningChangesNothing()
{
    QTemporaryDir dir;
    {
        ServerDatabase db(m_clock);
        QCOMPARE(db.open(sqliteIn(dir)), QString());
        QVERIFY(db.exec(QStringLiteral("INSERT INTO centers (id, name, created_at) "
                                       "VALUES ('c1', 'Center', :at)"),
                        {{QStringLiteral("at"), db.now()}})
                    .ok());
    }
    ServerDatabase again(m_clock);
    QCOMPARE(again.open(sqliteIn(dir)), QString());
    auto rows = again.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version"));
    QVERIFY(rows.ok() && rows.value().next());
    QCOMPARE(rows.value().value(0).toInt(), ServerMigrations::all().size());
    auto centers = again.exec(QStringLiteral("SELECT name FROM centers"));
    QVERIFY(centers.ok() && centers.value().next());
    QCOMPARE(centers.value().value(0).toString(), QStringLiteral("Center"));
}

void TestServerDatabase::refusesANewerSchema()
{
    QTemporaryDir dir;
    {
        ServerDatabase db(m_clock);
        QCOMPARE(db.open(sqliteIn(dir)), QString());
        QVERIFY(
            db.exec(QStringLiteral("INSERT INTO schema_version VALUES (999, 'future', 'x')")).ok());
    }
    ServerDatabase db(m_clock);
    const QString error = db.open(sqliteIn(dir));
    QVERIFY2(error.contains(QStringLiteral("999")), qPrintable(error));
    QVERIFY(!db.connection().isOpen());
}

void TestServerDatabase::foreignKeysCascade()
{
    QTemporaryDir dir;
    ServerDatabase db(m_clock);
    QCOMPARE(db.open(sqliteIn(dir)), QString());
    QVERIFY(db.exec(QStringLiteral(
                        "INSERT INTO accounts (id, user_name, user_name_folded, password_hash, "
                        "email, email_folded, mobile, name, registration, role, created_at) "
                        "VALUES ('a1', 'u', 'u', 'h', 'e', 'e', 'm', 'n', '{}', 'applicant', 't')"))
                .ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO sessions VALUES ('d', 'a1', 't', 't', 't')")).ok());
    // A session of no account, and a role outside the three, are refused.
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO sessions VALUES ('e', 'nobody', 't', 't', 't')"))
                 .ok());
    QVERIFY(!db.exec(QStringLiteral("UPDATE accounts SET role = 'root'")).ok());
    QVERIFY(db.exec(QStringLiteral("DELETE FROM accounts")).ok());
    auto left = db.exec(QStringLiteral("SELECT COUNT(*) FROM sessions"));
    QVERIFY(left.ok() && left.value().next());
    QCOMPARE(left.value().value(0).toInt(), 0);
}

void TestServerDatabase::timestampsSortAsText()
{
    const QDateTime a(QDate(2026, 1, 9), QTime(23, 59, 59, 999), Qt::UTC);
    const QDateTime b(QDate(2026, 1, 10), QTime(0, 0), Qt::UTC);
    QCOMPARE(ServerDatabase::timestamp(a), QStringLiteral("2026-01-09T23:59:59.999Z"));
    QVERIFY(ServerDatabase::timestamp(a) < ServerDatabase::timestamp(b));
    // A local time is stored as UTC.
    const QDateTime beijing(QDate(2026, 1, 10), QTime(8, 0), QTimeZone(8 * 3600));
    QCOMPARE(ServerDatabase::timestamp(beijing), QStringLiteral("2026-01-10T00:00:00.000Z"));
    QCOMPARE(ServerDatabase::parseTimestamp(ServerDatabase::timestamp(a)), a);
}

void TestServerDatabase::missingFolder()
{
    QTemporaryDir dir;
    ServerDatabase::Location location;
    location.path = dir.filePath(QStringLiteral("no/such/folder/server.sqlite"));
    ServerDatabase db(m_clock);
    const QString error = db.open(location);
    QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
}

void TestServerDatabase::staleMigrationLockIsTakenOver()
{
    // The lock file of a server that died while migrating (its process is gone): the next
    // server takes it over instead of waiting, and leaves no lock file behind.
    QTemporaryDir dir;
    const ServerDatabase::Location location = sqliteIn(dir);
    const QString lockPath = location.path + QStringLiteral(".migration-lock");
    QFile lock(lockPath);
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("2147480000\ndegreedesk-server\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    lock.close();
    ServerDatabase db(m_clock);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(db.open(location), QString());
    QVERIFY(timer.elapsed() < 10000);
    QCOMPARE(ServerMigrations::currentVersion(db), ServerMigrations::latestVersion());
    QVERIFY(!QFile::exists(lockPath));
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "TestServerDatabase.moc"
