#include "store/Database.h"

#include "platform/Clock.h"
#include "store/BackgroundCheckpoint.h"
#include "store/Migrations.h"
#include "store/WalWriteback.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QUuid>

namespace dd::store {

Q_LOGGING_CATEGORY(lcStore, "dd.store")

namespace {

constexpr QFileDevice::Permissions OwnerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerOnlyFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QByteArray SqliteHeader("SQLite format 3\0", 16);
const QString StampFormat = QStringLiteral("yyyyMMdd-HHmmss");

// "<name>-20261129-220455-daily.sqlite" → the time in the name (UTC).
QDateTime backupTime(const QString &fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("-(\\d{8}-\\d{6})(?:-\\d+)?-[a-z0-9-]+\\.sqlite$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch()) {
        return {};
    }
    QDateTime time = QDateTime::fromString(match.captured(1), StampFormat);
    time.setTimeSpec(Qt::UTC);
    return time;
}

bool createOwnerOnlyFile(const QString &path, QString *why)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *why = file.errorString();
        return false;
    }
    file.close();
    if (!file.setPermissions(OwnerOnlyFile)) {
        *why = file.errorString();
        return false;
    }
    return true;
}

} // namespace

Database::Database(const platform::Clock &clock)
    : m_clock(clock)
{}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("degreedesk.sqlite"));
}

int Database::latestVersion()
{
    return Migrations::latest();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_shared<QSqlQuery>(connection());
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            qCWarning(lcStore) << "cannot prepare" << sql << query->lastError().text();
        }
        it = m_statements.insert(sql, query);
    } else {
        (*it)->finish();
    }
    return **it;
}

QSqlQuery &Database::preparedRows(const QString &head, const QString &tuple, qsizetype rows)
{
    const QString key =
        QString::number(rows) + QLatin1Char('\n') + tuple + QLatin1Char('\n') + head;
    auto it = m_rowStatements.find(key);
    if (it == m_rowStatements.end()) {
        const QStringList tuples(rows, tuple);
        it = m_rowStatements.insert(key, &prepared(head + tuples.join(QStringLiteral(", "))));
    } else {
        (*it)->finish();
    }
    return **it;
}

void Database::close()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    m_rowStatements.clear();
    m_statements.clear();
    m_checkpoint.reset();   // waits for a checkpoint that runs
    m_walWriteback.reset(); // and for a writeback
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0) {
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            }
            // Folds the WAL back into the file, so a closed database is one file.
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_depth = 0;
    m_failure.reset();
}

int Database::version() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
        return query.value(0).toInt();
    }
    return -1;
}

Result<void> Database::checkHeader(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return StoreError::make(StoreError::Code::CannotOpen,
                                //: %1 is a file path
                                tr("Cannot read the database file %1: %2. Check that it exists "
                                   "and that you may read it.")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()),
                                file.errorString());
    }
    if (file.size() == 0) {
        return {}; // created and never written: a new database
    }
    if (file.read(SqliteHeader.size()) != SqliteHeader) {
        return StoreError::make(StoreError::Code::NotADatabase,
                                tr("The file %1 is not a DegreeDesk database (it is not an SQLite "
                                   "database at all). It was left untouched; choose another file "
                                   "or restore a backup.")
                                    .arg(QDir::toNativeSeparators(path)),
                                QStringLiteral("no SQLite header"));
    }
    return {};
}

Result<void> Database::open(const QString &path, const Options &options)
{
    close();
    m_options = options;
    const QFileInfo info(path);
    const QString nativePath = QDir::toNativeSeparators(info.absoluteFilePath());
    bool created = false;
    if (!info.exists()) {
        if (!options.create) {
            return StoreError::make(StoreError::Code::CannotOpen,
                                    tr("The database file %1 does not exist.").arg(nativePath));
        }
        QDir folder = info.absoluteDir();
        if (!folder.exists()) {
            if (!QDir().mkpath(folder.absolutePath())) {
                return StoreError::make(
                    StoreError::Code::CannotOpen,
                    //: %1 is a folder path
                    tr("Cannot create the folder %1 for the database. Check that you may write "
                       "there, or choose another location.")
                        .arg(QDir::toNativeSeparators(folder.absolutePath())));
            }
            QFile::setPermissions(folder.absolutePath(), OwnerOnlyFolder);
        }
        QString why;
        if (!createOwnerOnlyFile(info.absoluteFilePath(), &why)) {
            return StoreError::make(StoreError::Code::CannotOpen,
                                    tr("Cannot create the database file %1: %2. Check that you "
                                       "may write there, or choose another location.")
                                        .arg(nativePath, why),
                                    why);
        }
        created = true;
    } else if (auto header = checkHeader(info.absoluteFilePath()); !header) {
        return header;
    }

    m_connectionName =
        QStringLiteral("dd-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(info.absoluteFilePath());
        db.setConnectOptions(Database::ConnectOptions);
        if (!db.open()) {
            const StoreError error = StoreError::make(
                StoreError::Code::CannotOpen,
                tr("Cannot open the database file %1: %2").arg(nativePath, db.lastError().text()),
                db.lastError().text());
            db = QSqlDatabase();
            close();
            return error;
        }
    }
    m_path = info.absoluteFilePath();
    m_checkpoint = std::make_unique<BackgroundCheckpoint>(m_path);
    if (WalWriteback::isSupported()) {
        m_walWriteback = std::make_unique<WalWriteback>(m_path);
    }

    auto fail = [this](const StoreError &error) -> Result<void> {
        close();
        m_path.clear();
        return error;
    };
    if (auto identity = checkIdentity(); !identity) {
        return fail(identity.error());
    }
    if (auto configured = configure(created); !configured) {
        return fail(configured.error());
    }
    const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
    if (auto migrated = migrate(target); !migrated) {
        return fail(migrated.error());
    }
    if (options.dailyBackup && !created) {
        if (auto backedUp = backupIfDue(); !backedUp) {
            // A missed daily backup must not keep the user from their data: logged, not fatal.
            qCWarning(lcStore) << "daily backup failed:" << backedUp.error().detail;
        }
    }
    return {};
}

Result<void> Database::exec(const QString &sql, const QString &action)
{
    QSqlQuery query(connection());
    if (!query.exec(sql)) {
        return StoreError::fromSql(query.lastError(), action);
    }
    return {};
}

Result<void> Database::checkIdentity()
{
    const QString nativePath = QDir::toNativeSeparators(m_path);
    QSqlQuery query(connection());
    auto readInt = [&query](const QString &sql, qint64 *out) {
        if (!query.exec(sql) || !query.next()) {
            return false;
        }
        *out = query.value(0).toLongLong();
        return true;
    };
    qint64 applicationId = 0;
    qint64 userVersion = 0;
    qint64 objects = 0;
    if (!readInt(QStringLiteral("PRAGMA application_id"), &applicationId)
        || !readInt(QStringLiteral("PRAGMA user_version"), &userVersion)
        || !readInt(QStringLiteral("SELECT count(*) FROM sqlite_schema"), &objects)) {
        const StoreError sql = StoreError::fromSql(query.lastError(), tr("open the database"));
        if (sql.code == StoreError::Code::Busy) {
            return sql;
        }
        return StoreError::make(StoreError::Code::Damaged,
                                tr("The database file %1 is damaged and cannot be read. Restore "
                                   "the newest backup.")
                                    .arg(nativePath),
                                query.lastError().text());
    }
    const bool ours = applicationId == ApplicationId;
    if (!ours && (applicationId != 0 || objects > 0 || userVersion != 0)) {
        return StoreError::make(StoreError::Code::NotADatabase,
                                tr("The file %1 is an SQLite database of another program, not a "
                                   "DegreeDesk database. It was left untouched; choose another "
                                   "file.")
                                    .arg(nativePath),
                                QStringLiteral("application_id=%1 user_version=%2")
                                    .arg(applicationId)
                                    .arg(userVersion));
    }
    if (userVersion > latestVersion()) {
        return StoreError::make(StoreError::Code::NewerSchema,
                                //: %1 a path, %2 and %3 schema version numbers
                                tr("The database %1 was written by a newer version of DegreeDesk "
                                   "(database version %2; this version reads up to %3). It was "
                                   "left untouched: update DegreeDesk to open it.")
                                    .arg(nativePath)
                                    .arg(userVersion)
                                    .arg(latestVersion()),
                                QStringLiteral("user_version=%1").arg(userVersion));
    }
    if (objects > 0) {
        auto integrity = integrityCheck(m_options.fullIntegrityCheck);
        if (!integrity) {
            return integrity.error();
        }
        if (*integrity != QLatin1String("ok")) {
            return StoreError::make(StoreError::Code::Damaged,
                                    tr("The database file %1 is damaged (its integrity check "
                                       "failed). It was left untouched; restore the newest "
                                       "backup.")
                                        .arg(nativePath),
                                    *integrity);
        }
    }
    return {};
}

Result<QString> Database::integrityCheck(bool full) const
{
    QSqlQuery query(connection());
    if (!query.exec(full ? QStringLiteral("PRAGMA integrity_check(1)")
                         : QStringLiteral("PRAGMA quick_check(1)"))
        || !query.next()) {
        const StoreError sql = StoreError::fromSql(query.lastError(), tr("check the database"));
        if (sql.code == StoreError::Code::Busy) {
            return sql;
        }
        return StoreError::make(StoreError::Code::Damaged,
                                tr("The database file %1 is damaged and cannot be read. Restore "
                                   "the newest backup.")
                                    .arg(QDir::toNativeSeparators(m_path)),
                                query.lastError().text());
    }
    return query.value(0).toString();
}

Result<void> Database::configure(bool created)
{
    QSqlQuery query(connection());
    // A new file gets pages of 16 KB (SQLite's default is 4 KB), set before WAL mode writes its
    // header: at 100,000 applicants (tests/bench, bench_store) an import of 10,000 is quicker
    // (fewer pages to split and write, in fewer system calls), the page cache's memory is less
    // wasted and the file 2 % smaller. A file made before keeps its pages.
    if (created) {
        if (auto sized = exec(QStringLiteral("PRAGMA page_size = %1").arg(PageSize),
                              tr("open the database"));
            !sized) {
            return sized;
        }
    }
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next()) {
        return StoreError::fromSql(query.lastError(), tr("open the database"));
    }
    if (query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        qCWarning(lcStore) << "journal mode stays" << query.value(0).toString();
    }
    // FULL: a commit is on the disk when it returns, even through a power cut.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON"),
          QStringLiteral("PRAGMA temp_store=MEMORY"),
          // 48 MB of page cache (the default is 2 MB): a center's roster of 100,000 applicants
          // is some 440 MB on disk. More made no import or search quicker.
          QStringLiteral("PRAGMA cache_size=-49152")}) {
        if (auto done = exec(pragma, tr("open the database")); !done) {
            return done;
        }
    }
    return {};
}

Result<void> Database::migrate(int target)
{
    const int current = version();
    if (current >= target) {
        return {};
    }
    if (current > 0) {
        auto saved = backup(QStringLiteral("before-v%1").arg(target));
        if (!saved) {
            return StoreError::make(StoreError::Code::Backup,
                                    tr("The database needs an update, but the backup that must "
                                       "come first could not be written: %1 Nothing was changed.")
                                        .arg(saved.error().message),
                                    saved.error().detail);
        }
    }
    for (const Migration &migration : Migrations::all()) {
        if (migration.version <= current || migration.version > target) {
            continue;
        }
        auto applied = transaction([&]() -> Result<void> {
            if (auto done = migration.apply(*this); !done) {
                return done;
            }
            return exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version),
                        tr("update the database"));
        });
        if (!applied) {
            return StoreError::make(applied.error().code,
                                    //: %1 a version number, %2 the reason
                                    tr("The database could not be updated to version %1: %2")
                                        .arg(migration.version)
                                        .arg(applied.error().message),
                                    applied.error().detail);
        }
        qCInfo(lcStore) << "database migrated to version" << migration.version
                        << migration.description;
    }
    return {};
}

void Database::waitForCheckpoint()
{
    if (m_checkpoint) {
        m_checkpoint->wait();
    }
}

int Database::backgroundCheckpoints() const
{
    return m_checkpoint ? m_checkpoint->completed() : 0;
}

void Database::startWalWriteback()
{
    if (m_walWriteback) {
        m_walWriteback->request();
    }
}

int Database::walWritebacks() const
{
    return m_walWriteback ? m_walWriteback->completed() : 0;
}

void Database::waitForWalWriteback()
{
    if (m_walWriteback) {
        m_walWriteback->wait();
    }
}

Result<void> Database::transaction(Checkpoint checkpoint, const std::function<Result<void>()> &fn)
{
    if (m_depth == 0) {
        m_failure.reset();
        if (auto begun = exec(QStringLiteral("BEGIN IMMEDIATE"), tr("start a change")); !begun) {
            return begun;
        }
    }
    ++m_depth;
    Result<void> result = fn();
    --m_depth;
    if (!result && !m_failure) {
        m_failure = result.error();
    }
    if (m_depth > 0) {
        return m_failure ? Result<void>(*m_failure) : result;
    }
    if (m_failure) {
        const StoreError failure = *m_failure;
        m_failure.reset();
        if (auto rolledBack = exec(QStringLiteral("ROLLBACK"), tr("undo a failed change"));
            !rolledBack) {
            qCWarning(lcStore) << "rollback failed:" << rolledBack.error().detail;
        }
        return failure;
    }
    // The setting is the connection's, read as the commit ends.
    const bool background =
        checkpoint == Checkpoint::Background && m_checkpoint
        && exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"), tr("save the change"));
    auto committed = exec(QStringLiteral("COMMIT"), tr("save the change"));
    if (!committed) {
        exec(QStringLiteral("ROLLBACK"), tr("undo a failed change"));
    }
    if (background) {
        if (auto restored =
                exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"), tr("save the change"));
            !restored) {
            qCWarning(lcStore) << "WAL checkpoints stay off:" << restored.error().detail;
        }
        if (committed) {
            m_checkpoint->request();
        }
    }
    return committed;
}

QString Database::backupFolder(const QString &path)
{
    return QFileInfo(path).absoluteDir().filePath(QStringLiteral("backups"));
}

QStringList Database::backups(const QString &path)
{
    const QFileInfo info(path);
    const QDir folder(backupFolder(path));
    QStringList found;
    const QStringList names =
        folder.entryList({info.completeBaseName() + QStringLiteral("-*.sqlite")}, QDir::Files);
    for (const QString &name : names) {
        if (backupTime(name).isValid()) {
            found.append(folder.filePath(name));
        }
    }
    std::sort(found.begin(), found.end(), [](const QString &a, const QString &b) {
        const QDateTime ta = backupTime(a);
        const QDateTime tb = backupTime(b);
        return ta != tb ? ta > tb : a > b;
    });
    return found;
}

Result<QString> Database::backup(const QString &reason)
{
    if (inTransaction()) {
        return StoreError::make(StoreError::Code::Backup,
                                tr("A backup cannot be made in the middle of a change."));
    }
    const QString folderPath = backupFolder(m_path);
    if (!QDir().mkpath(folderPath)) {
        return StoreError::make(
            StoreError::Code::Backup,
            tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folderPath)));
    }
    QFile::setPermissions(folderPath, OwnerOnlyFolder);
    const QDir folder(folderPath);
    const QString stem = QFileInfo(m_path).completeBaseName() + QLatin1Char('-')
                         + m_clock.now().toUTC().toString(StampFormat);
    QString target = folder.filePath(stem + QLatin1Char('-') + reason + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(target); ++n) {
        target = folder.filePath(stem + QLatin1Char('-') + QString::number(n) + QLatin1Char('-')
                                 + reason + QStringLiteral(".sqlite"));
    }
    QString why;
    if (!createOwnerOnlyFile(target, &why)) {
        return StoreError::make(
            StoreError::Code::Backup,
            tr("Cannot write the backup %1: %2").arg(QDir::toNativeSeparators(target), why), why);
    }
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (!query.exec()) {
        QFile::remove(target);
        const StoreError sql = StoreError::fromSql(query.lastError(), tr("write a backup"));
        return StoreError::make(StoreError::Code::Backup, sql.message, sql.detail);
    }
    qCInfo(lcStore) << "backup written:" << QFileInfo(target).fileName();
    pruneBackups();
    return target;
}

Result<bool> Database::backupIfDue()
{
    const QStringList existing = backups(m_path);
    if (!existing.isEmpty()) {
        const QDateTime newest = backupTime(existing.first());
        if (newest.isValid() && newest.secsTo(m_clock.now()) < 24 * 60 * 60) {
            return false;
        }
    }
    auto made = backup(QStringLiteral("daily"));
    if (!made) {
        return made.error();
    }
    return true;
}

void Database::pruneBackups()
{
    const QStringList existing = backups(m_path);
    for (qsizetype i = qMax(1, m_options.keepBackups); i < existing.size(); ++i) {
        QFile::remove(existing.at(i));
    }
}

Result<QString> Database::restore(const QString &path, const QString &backupPath,
                                  const platform::Clock &clock)
{
    const QString nativePath = QDir::toNativeSeparators(path);
    QFile backupFile(backupPath);
    if (!backupFile.open(QIODevice::ReadOnly)
        || backupFile.read(SqliteHeader.size()) != SqliteHeader) {
        return StoreError::make(StoreError::Code::Backup,
                                tr("The backup %1 cannot be read or is not a database; nothing "
                                   "was restored.")
                                    .arg(QDir::toNativeSeparators(backupPath)));
    }
    backupFile.close();
    QString aside;
    if (QFileInfo::exists(path)) {
        aside = path + QStringLiteral(".damaged-") + clock.now().toUTC().toString(StampFormat);
        for (int n = 2; QFileInfo::exists(aside); ++n) {
            aside = path + QStringLiteral(".damaged-") + clock.now().toUTC().toString(StampFormat)
                    + QLatin1Char('-') + QString::number(n);
        }
        if (!QFile::rename(path, aside)) {
            return StoreError::make(StoreError::Code::Backup,
                                    tr("Cannot move the damaged database %1 aside; nothing was "
                                       "restored. Close any program that has it open.")
                                        .arg(nativePath));
        }
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(path + suffix)) {
                QFile::rename(path + suffix, aside + suffix);
            }
        }
    }
    const QString temporary = path + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backupPath, temporary)) {
        return StoreError::make(
            StoreError::Code::Backup,
            tr("Cannot copy the backup to %1; nothing was restored.").arg(nativePath));
    }
    QFile::setPermissions(temporary, OwnerOnlyFile);
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return StoreError::make(
            StoreError::Code::Backup,
            tr("Cannot put the backup in place of %1; nothing was restored.").arg(nativePath));
    }
    return aside;
}

} // namespace dd::store
