#pragma once

#include "store/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace dd::platform {
class Clock;
}

namespace dd::store {

class BackgroundCheckpoint;
class WalWriteback;

// The DegreeDesk database file: opening it safely, its schema, its backups.
//
// open() refuses, and leaves untouched, a file that is not ours (no SQLite header, or another
// program's application id), one that fails the integrity check, and one written by a newer
// DegreeDesk (user_version above ours). It then turns on WAL and foreign keys, backs the file
// up (VACUUM INTO) before any migration, applies the numbered migrations in order (each in
// its own transaction, with user_version set inside it), and makes the daily backup when the
// newest is a day old. A new file and its folder are created owner-only (0600 / 0700): the
// database holds ID numbers and phone numbers.
//
// The connection belongs to the thread that opened it (a QSqlDatabase must not cross threads);
// the checkpoint after a bulk change has a thread and a connection of its own.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // "DDB1": PRAGMA application_id of a DegreeDesk database.
    static constexpr int ApplicationId = 0x44444231;
    // The page size of a file the store creates (one made before keeps its own).
    static constexpr int PageSize = 16'384;
    // How every connection to the file is opened (the store's and its background checkpoint's):
    // a statement that meets another connection's lock waits up to 5 s before it fails.
    static inline const QString ConnectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");

    struct Options
    {
        bool create = true;              // create the file when it does not exist
        bool dailyBackup = true;         // make the daily backup at open when one is due
        int keepBackups = 5;             // how many backups to keep (the oldest are deleted)
        int targetVersion = -1;          // migrate up to this version only (tests); -1: the newest
        bool fullIntegrityCheck = false; // integrity_check instead of quick_check at open
    };

    explicit Database(const platform::Clock &clock);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The default file: <AppDataLocation>/degreedesk.sqlite.
    static QString defaultPath();
    // The newest schema this build writes.
    static int latestVersion();

    Result<void> open(const QString &path, const Options &options);
    Result<void> open(const QString &path) { return open(path, Options{}); }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int version() const;

    // Where the WAL a commit leaves is folded back into the file (a checkpoint). Inline:
    // SQLite's own, in the commit, once the WAL passes 1,000 pages. Background: for a bulk
    // change (an import writes some hundred megabytes of WAL, and copying them again took a
    // quarter of its time), the commit returns as soon as the change is durable and a thread of
    // its own makes the checkpoint on its own connection.
    enum class Checkpoint { Inline, Background };

    // Runs fn in one transaction: everything it writes is committed together, or, when it
    // returns an error (or a statement fails), nothing is. Nested calls join the outer
    // transaction (and its checkpoint); an error anywhere rolls back the whole outer one.
    Result<void> transaction(Checkpoint checkpoint, const std::function<Result<void>()> &fn);
    Result<void> transaction(const std::function<Result<void>()> &fn)
    {
        return transaction(Checkpoint::Inline, fn);
    }
    bool inTransaction() const { return m_depth > 0; }
    // Returns once no background checkpoint runs (close() waits for it too). How many have run
    // to the end since open.
    void waitForCheckpoint();
    int backgroundCheckpoints() const;
    // For a bulk change, now and then while it writes: has the system start writing the WAL to
    // disk on a thread of its own, so that the commit's sync waits for less (WalWriteback; on
    // Linux only). How many have started since open, and a wait for the one that runs.
    void startWalWriteback();
    int walWritebacks() const;
    void waitForWalWriteback();

    // --- backups: <folder of the file>/backups/<name>-<yyyyMMdd-HHmmss>-<reason>.sqlite ---
    // A consistent copy of the open database (VACUUM INTO), owner-only; keeps the newest
    // `keepBackups` and deletes older ones. Returns the new file's path.
    Result<QString> backup(const QString &reason);
    // Makes a backup when the newest is older than a day (by the clock). Returns whether one
    // was made.
    Result<bool> backupIfDue();
    // The backups of the database at `path`, newest first.
    static QStringList backups(const QString &path);
    static QString backupFolder(const QString &path);
    // Puts `backupPath` in place of the (closed) database at `path`. The file it replaces is
    // never deleted: it is renamed to <path>.damaged-<yyyyMMdd-HHmmss> (with its -wal and -shm),
    // and that name is returned so the user can be told where it went.
    static Result<QString> restore(const QString &path, const QString &backupPath,
                                   const platform::Clock &clock);

    // For the store's classes only (app/store): the connection, and a statement prepared once
    // and kept for the life of the connection (bind and exec it; it is reset before reuse).
    QSqlDatabase connection() const;
    QSqlQuery &prepared(const QString &sql);
    // The same for a statement of `rows` rows: `head` then `rows` times `tuple`, comma-separated
    // ("INSERT INTO t (a, b) VALUES " and "(?, ?)"), found by its parts rather than its text,
    // which runs to many kilobytes (hashed and compared at every use, it cost an import of
    // 10,000 applicants some 20 ms).
    QSqlQuery &preparedRows(const QString &head, const QString &tuple, qsizetype rows);
    const platform::Clock &clock() const { return m_clock; }

    // The integrity of the open file: "ok", or SQLite's first complaint.
    Result<QString> integrityCheck(bool full = true) const;

private:
    Result<void> checkHeader(const QString &path) const;
    Result<void> configure(bool created);
    Result<void> checkIdentity();
    Result<void> migrate(int target);
    Result<void> exec(const QString &sql, const QString &action);
    void pruneBackups();

    const platform::Clock &m_clock;
    QString m_connectionName;
    QString m_path;
    Options m_options;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements; // stable addresses
    QHash<QString, QSqlQuery *> m_rowStatements;             // into m_statements
    std::unique_ptr<BackgroundCheckpoint> m_checkpoint;
    std::unique_ptr<WalWriteback> m_walWriteback;
    int m_depth = 0;
    std::optional<StoreError> m_failure; // the first error inside the open transaction
};

} // namespace dd::store
