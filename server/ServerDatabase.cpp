#include "ServerDatabase.h"

#include "ServerMigrations.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

namespace dd::server {

Q_LOGGING_CATEGORY(lcDatabase, "dd.server.database")

QString ServerDatabase::Location::describe() const
{
    if (driver == Driver::Sqlite) {
        return QStringLiteral("sqlite:") + path;
    }
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        text += user + QLatin1Char('@');
    }
    return text + host + QLatin1Char(':') + QString::number(port) + QLatin1Char('/') + name;
}

std::optional<ServerDatabase::Location> ServerDatabase::parseLocation(const QString &url,
                                                                      QString *error)
{
    const QString text = url.trimmed();
    Location location;
    if (text.startsWith(QLatin1String("sqlite:"))) {
        location.driver = Driver::Sqlite;
        location.path = text.mid(7);
        if (location.path.startsWith(QLatin1String("//"))) {
            location.path = location.path.mid(2);
        }
        if (location.path.isEmpty()) {
            *error = QStringLiteral("sqlite: needs a file path, as in sqlite:center.sqlite");
            return std::nullopt;
        }
        return location;
    }
    if (text.startsWith(QLatin1String("postgresql://"))
        || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid()) {
            *error = QStringLiteral("not a valid URL: ") + parsed.errorString();
            return std::nullopt;
        }
        location.driver = Driver::Postgres;
        location.host = parsed.host();
        location.port = parsed.port(5432);
        location.user = parsed.userName(QUrl::FullyDecoded);
        location.password = parsed.password(QUrl::FullyDecoded);
        location.name = parsed.path(QUrl::FullyDecoded).mid(1);
        if (location.host.isEmpty() || location.name.isEmpty() || location.name.contains(u'/')) {
            *error = QStringLiteral("a PostgreSQL URL needs a host and a database name, as in "
                                    "postgresql://user:password@127.0.0.1:5432/degreedesk");
            return std::nullopt;
        }
        QStringList options;
        const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
        for (const auto &[key, value] : items) {
            options.append(key + QLatin1Char('=') + value);
        }
        location.options = options.join(QLatin1Char(';'));
        return location;
    }
    *error = QStringLiteral("use sqlite:PATH or postgresql://user:password@host:port/dbname");
    return std::nullopt;
}

ServerDatabase::ServerDatabase(const platform::Clock &clock)
    : m_clock(clock)
    , m_connectionName(QStringLiteral("dd.server.%1").arg(reinterpret_cast<quintptr>(this)))
{}

ServerDatabase::~ServerDatabase()
{
    close();
}

void ServerDatabase::close()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString ServerDatabase::open(const Location &location)
{
    close();
    m_driver = location.driver;
    const QString driverName =
        location.driver == Driver::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driverName)) {
        return QStringLiteral("the Qt SQL driver %1 is not installed (Debian: %2)")
            .arg(driverName, location.driver == Driver::Sqlite ? QStringLiteral("libqt6sql6-sqlite")
                                                               : QStringLiteral("libqt6sql6-psql"));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName, m_connectionName);
    QString error;
    if (location.driver == Driver::Sqlite) {
        error = openSqliteLocked(db, location);
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(location.password);
        db.setDatabaseName(location.name);
        db.setConnectOptions(location.options);
        if (!db.open()) {
            error = db.lastError().text();
        }
        if (error.isEmpty()) {
            error = migratePostgresLocked();
        }
    }
    if (!error.isEmpty()) {
        db = QSqlDatabase();
        close();
        return QStringLiteral("cannot open the database %1: %2").arg(location.describe(), error);
    }
    qCInfo(lcDatabase).noquote() << "database" << location.describe() << "at schema version"
                                 << ServerMigrations::latestVersion();
    return {};
}

QString ServerDatabase::migratePostgresLocked()
{
    // Two servers starting at once on one database must not both migrate: the second waits
    // until the first is done, then finds nothing left to do. A session-level advisory lock
    // (released by the unlock, or when the connection ends).
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("SELECT pg_advisory_lock(%1)").arg(MigrationLockKey))) {
        return QStringLiteral("cannot take the migration lock: ") + query.lastError().text();
    }
    const QString error = ServerMigrations::apply(*this);
    if (!query.exec(QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(MigrationLockKey))) {
        qCWarning(lcDatabase).noquote()
            << "cannot release the migration lock:" << query.lastError().text();
    }
    return error;
}

QString ServerDatabase::openSqliteLocked(QSqlDatabase &db, const Location &location)
{
    // A lock file beside the database (every server of one SQLite file runs on one machine);
    // a stale one, of a process that died, is taken over. It covers the setting up as well as
    // the migrations: two servers turning a new file to WAL at once meet in SQLite's own locks,
    // where the second gets "database is locked" at once instead of waiting.
    const QFileInfo file(location.path);
    if (!file.absoluteDir().exists()) {
        return QStringLiteral("the folder %1 does not exist").arg(file.absolutePath());
    }
    const QString lockPath = location.path + QStringLiteral(".migration-lock");
    QLockFile lock(lockPath);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(MigrationLockWaitMs)) {
        if (lock.error() != QLockFile::LockFailedError) {
            return QStringLiteral("cannot create the lock file %1 (may this user write in its "
                                  "folder?)")
                .arg(lockPath);
        }
        return QStringLiteral("another server has been migrating this database for over %1 s "
                              "(lock file %2)")
            .arg(MigrationLockWaitMs / 1000)
            .arg(lockPath);
    }
    const QString error = openSqlite(db, location);
    return error.isEmpty() ? ServerMigrations::apply(*this) : error;
}

QString ServerDatabase::openSqlite(QSqlDatabase &db, const Location &location)
{
    db.setDatabaseName(location.path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        return db.lastError().text();
    }
    QSqlQuery query(db);
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            return query.lastError().text();
        }
    }
    return {};
}

QString ServerDatabase::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime ServerDatabase::parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

ApiResult<QSqlQuery> ServerDatabase::exec(const QString &sql, const QVariantMap &bindings) const
{
    QSqlQuery query(connection());
    if (!query.prepare(sql)) {
        qCCritical(lcDatabase).noquote()
            << "cannot prepare" << sql.simplified().left(80) << ":" << query.lastError().text();
        return ApiError::internal();
    }
    for (auto it = bindings.constBegin(); it != bindings.constEnd(); ++it) {
        query.bindValue(QLatin1Char(':') + it.key(), it.value());
    }
    if (!query.exec()) {
        qCCritical(lcDatabase).noquote()
            << "cannot run" << sql.simplified().left(80) << ":" << query.lastError().text();
        return ApiError::internal();
    }
    return query;
}

ApiResult<void> ServerDatabase::inTransaction(const std::function<ApiResult<void>()> &work) const
{
    QSqlDatabase db = connection();
    if (!db.transaction()) {
        qCCritical(lcDatabase).noquote() << "cannot begin a transaction:" << db.lastError().text();
        return ApiError::internal();
    }
    ApiResult<void> result = work();
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        qCCritical(lcDatabase).noquote() << "cannot commit:" << db.lastError().text();
        db.rollback();
        return ApiError::internal();
    }
    return {};
}

} // namespace dd::server
