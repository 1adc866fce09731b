#pragma once

#include "ApiResult.h"

#include "platform/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <functional>
#include <optional>
#include <type_traits>

namespace dd::server {

// The server's database: SQLite (a file, WAL, foreign keys) by default, PostgreSQL through
// QPSQL when the configuration names one; the same SQL for both (ServerMigrations). Every
// time it stores is ISO 8601 UTC text with milliseconds from the injected clock, so that
// times compare as text on both. One connection, used on the thread that opened it.
class ServerDatabase
{
public:
    enum class Driver { Sqlite, Postgres };

    // Where the database is: "sqlite:PATH" or "postgresql://user:password@host:port/dbname"
    // (libpq options such as ?sslmode=require after it).
    struct Location
    {
        Driver driver = Driver::Sqlite;
        QString path; // SQLite
        QString host;
        int port = 5432;
        QString user;
        QString password;
        QString name;
        QString options; // "key=value;key=value" for QPSQL

        // For the log: the path, or postgresql://user@host:port/dbname (never the password).
        QString describe() const;
    };
    // The location a URL names, or nothing with `error` saying what is wrong.
    static std::optional<Location> parseLocation(const QString &url, QString *error);

    explicit ServerDatabase(const platform::Clock &clock);
    ~ServerDatabase();
    ServerDatabase(const ServerDatabase &) = delete;
    ServerDatabase &operator=(const ServerDatabase &) = delete;

    // Opens the database and brings its schema up to date (under a lock: two servers starting
    // at once do not both migrate); empty on success, else why not.
    QString open(const Location &location);
    void close();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    Driver driver() const { return m_driver; }
    const platform::Clock &clock() const { return m_clock; }

    // The clock's now, and any time, as stored: "2026-11-29T09:00:00.000Z".
    QString now() const { return timestamp(m_clock.now()); }
    static QString timestamp(const QDateTime &time);
    static QDateTime parseTimestamp(const QString &text);

    // Prepares and runs one statement with named bindings (":name" → value). A failure is
    // logged (the statement, the driver's message; never the values) and answered with a 500.
    ApiResult<QSqlQuery> exec(const QString &sql, const QVariantMap &bindings = {}) const;
    // exec(), then each row the statement answers read with `read` (a callable taking the
    // const QSqlQuery on the row), in order.
    template<typename Read>
    auto rows(const QString &sql, const QVariantMap &bindings, Read read) const
        -> ApiResult<QList<std::invoke_result_t<Read, const QSqlQuery &>>>;
    // Runs `work` in a transaction: committed when it succeeds, rolled back when it fails.
    ApiResult<void> inTransaction(const std::function<ApiResult<void>()> &work) const;

    // The PostgreSQL advisory-lock key that serializes migrations ("DDMIGR").
    static constexpr qint64 MigrationLockKey = 0x4444'4D49'4752;
    static constexpr int MigrationLockWaitMs = 120000;

private:
    // ServerMigrations::apply under a lock that only one server holds at a time: PostgreSQL's
    // advisory lock; for SQLite a lock file held from the opening (WAL, pragmas) on.
    QString migratePostgresLocked();
    QString openSqliteLocked(QSqlDatabase &db, const Location &location);
    QString openSqlite(QSqlDatabase &db, const Location &location);

    const platform::Clock &m_clock;
    QString m_connectionName;
    Driver m_driver = Driver::Sqlite;
};

template<typename Read>
auto ServerDatabase::rows(const QString &sql, const QVariantMap &bindings, Read read) const
    -> ApiResult<QList<std::invoke_result_t<Read, const QSqlQuery &>>>
{
    auto query = exec(sql, bindings);
    if (!query) {
        return query.error();
    }
    QList<std::invoke_result_t<Read, const QSqlQuery &>> result;
    while (query.value().next()) {
        result.append(read(std::as_const(query.value())));
    }
    return result;
}

} // namespace dd::server
