#include "ServerMigrations.h"

#include "ServerDatabase.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::server {

Q_LOGGING_CATEGORY(lcMigrations, "dd.server.database.migrations")

namespace {

// 1: accounts, their activation, sessions, captchas and the failed logins that rate-limit.
ServerMigrations::Migration accounts()
{
    return {
        1,
        QStringLiteral("centers, accounts, activation tokens, sessions, captchas, login failures"),
        {
            QStringLiteral(R"(CREATE TABLE centers (
                id TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                created_at TEXT NOT NULL))"),
            // registration: the portal's registration form as JSON, without the password.
            QStringLiteral(R"(CREATE TABLE accounts (
                id TEXT PRIMARY KEY,
                user_name TEXT NOT NULL UNIQUE,
                user_name_folded TEXT NOT NULL UNIQUE,
                password_hash TEXT NOT NULL,
                email TEXT NOT NULL,
                email_folded TEXT NOT NULL,
                mobile TEXT NOT NULL,
                name TEXT NOT NULL,
                registration TEXT NOT NULL,
                role TEXT NOT NULL CHECK (role IN ('applicant', 'staff', 'admin')),
                center_id TEXT REFERENCES centers(id),
                activated_at TEXT,
                created_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX accounts_by_email ON accounts(email_folded)"),
            QStringLiteral("CREATE INDEX accounts_by_created ON accounts(created_at)"),
            QStringLiteral(R"(CREATE TABLE activation_tokens (
                digest TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                expires_at TEXT NOT NULL,
                used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))))"),
            QStringLiteral(
                "CREATE INDEX activation_tokens_by_account ON activation_tokens(account_id)"),
            QStringLiteral(R"(CREATE TABLE sessions (
                digest TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL,
                last_seen TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX sessions_by_account ON sessions(account_id)"),
            QStringLiteral("CREATE INDEX sessions_by_expiry ON sessions(expires_at)"),
            QStringLiteral(R"(CREATE TABLE captchas (
                id TEXT PRIMARY KEY,
                answer_digest TEXT NOT NULL,
                expires_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX captchas_by_expiry ON captchas(expires_at)"),
            // failure_key: "user:" + the folded user name, or "address:" + the client address.
            QStringLiteral(R"(CREATE TABLE login_failures (
                failure_key TEXT NOT NULL,
                failed_at TEXT NOT NULL))"),
            QStringLiteral(
                "CREATE INDEX login_failures_by_key ON login_failures(failure_key, failed_at)"),
            QStringLiteral("CREATE INDEX login_failures_by_time ON login_failures(failed_at)"),
        },
    };
}

// 2: password-reset tokens (POST /password-resets). Live ones are few: one per account at
// most (a new one replaces the older), deleted when used.
ServerMigrations::Migration passwordResets()
{
    return {
        2,
        QStringLiteral("password-reset tokens"),
        {
            QStringLiteral(R"(CREATE TABLE password_reset_tokens (
                digest TEXT PRIMARY KEY,
                account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL))"),
            QStringLiteral("CREATE INDEX password_reset_tokens_by_account "
                           "ON password_reset_tokens(account_id)"),
            QStringLiteral("CREATE INDEX password_reset_tokens_by_expiry "
                           "ON password_reset_tokens(expires_at)"),
        },
    };
}

// 3: applicants and their records with versions and a change sequence (the changes feed), the
// server's timeline of degree-application state changes, idempotency keys, and the join code
// of a center. A single kind has at most one live record per applicant (the partial unique
// index; RecordTypes::isSingle lists the same kinds).
ServerMigrations::Migration records()
{
    return {
        3,
        QStringLiteral("applicants, records, state changes, the changes feed, idempotency keys, "
                       "join codes"),
        {
            QStringLiteral("ALTER TABLE centers ADD COLUMN join_code TEXT"),
            QStringLiteral("CREATE UNIQUE INDEX centers_by_join_code ON centers(join_code)"),
            QStringLiteral(R"(CREATE TABLE applicants (
                id TEXT PRIMARY KEY,
                center_id TEXT REFERENCES centers(id),
                owner_account_id TEXT REFERENCES accounts(id) ON DELETE SET NULL,
                label TEXT NOT NULL,
                version BIGINT NOT NULL CHECK (version >= 1),
                change_seq BIGINT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                created_at TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                updated_by TEXT))"),
            QStringLiteral(
                "CREATE INDEX applicants_by_center ON applicants(center_id, change_seq)"),
            QStringLiteral(
                "CREATE INDEX applicants_by_owner ON applicants(owner_account_id, change_seq)"),
            QStringLiteral(R"(CREATE TABLE records (
                id TEXT PRIMARY KEY,
                applicant_id TEXT NOT NULL REFERENCES applicants(id),
                kind TEXT NOT NULL,
                body TEXT NOT NULL,
                version BIGINT NOT NULL CHECK (version >= 1),
                change_seq BIGINT NOT NULL,
                deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
                updated_at TEXT NOT NULL,
                updated_by TEXT))"),
            QStringLiteral("CREATE INDEX records_by_applicant ON records(applicant_id, kind)"),
            QStringLiteral("CREATE INDEX records_by_change ON records(change_seq)"),
            QStringLiteral(R"(CREATE UNIQUE INDEX records_single_kind ON records(applicant_id, kind)
                WHERE deleted = 0 AND kind IN ('registration', 'basicInfo', 'photo',
                    'defenseRequest', 'thesis', 'residencyCertificate', 'notificationPrefs'))"),
            QStringLiteral(R"(CREATE TABLE state_changes (
                record_id TEXT NOT NULL REFERENCES records(id),
                seq INTEGER NOT NULL,
                from_state TEXT NOT NULL,
                to_state TEXT NOT NULL,
                action TEXT NOT NULL,
                note TEXT NOT NULL,
                account_id TEXT,
                at TEXT NOT NULL,
                PRIMARY KEY (record_id, seq)))"),
            QStringLiteral(R"(CREATE TABLE feed_counter (
                name TEXT PRIMARY KEY,
                value BIGINT NOT NULL))"),
            QStringLiteral("INSERT INTO feed_counter (name, value) VALUES ('changes', 0)"),
            QStringLiteral(R"(CREATE TABLE idempotency_keys (
                account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                idempotency_key TEXT NOT NULL,
                request_digest TEXT NOT NULL,
                status INTEGER NOT NULL,
                body TEXT NOT NULL,
                created_at TEXT NOT NULL,
                PRIMARY KEY (account_id, idempotency_key)))"),
            QStringLiteral(
                "CREATE INDEX idempotency_keys_by_created ON idempotency_keys(created_at)"),
        },
    };
}

} // namespace

const QList<ServerMigrations::Migration> &ServerMigrations::all()
{
    static const QList<Migration> migrations{accounts(), passwordResets(), records()};
    return migrations;
}

int ServerMigrations::latestVersion()
{
    return all().constLast().version;
}

int ServerMigrations::currentVersion(const ServerDatabase &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next()) {
        return 0;
    }
    return query.value(0).toInt();
}

QString ServerMigrations::apply(ServerDatabase &database)
{
    QSqlDatabase db = database.connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                   "version INTEGER PRIMARY KEY, "
                                   "description TEXT NOT NULL, "
                                   "applied_at TEXT NOT NULL)"))) {
        return query.lastError().text();
    }
    const int current = currentVersion(database);
    if (current > latestVersion()) {
        return QStringLiteral("the database is at schema version %1, newer than this server's %2: "
                              "run a newer degreedesk-server")
            .arg(current)
            .arg(latestVersion());
    }
    for (const Migration &migration : all()) {
        if (migration.version <= current) {
            continue;
        }
        if (!db.transaction()) {
            return db.lastError().text();
        }
        for (const QString &sql : migration.statements) {
            if (!query.exec(sql)) {
                const QString error = QStringLiteral("migration %1 failed: %2")
                                          .arg(migration.version)
                                          .arg(query.lastError().text());
                db.rollback();
                return error;
            }
        }
        query.prepare(
            QStringLiteral("INSERT INTO schema_version (version, description, applied_at) "
                           "VALUES (:version, :description, :at)"));
        query.bindValue(QStringLiteral(":version"), migration.version);
        query.bindValue(QStringLiteral(":description"), migration.description);
        query.bindValue(QStringLiteral(":at"), database.now());
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            return error;
        }
        if (!db.commit()) {
            const QString error = db.lastError().text();
            db.rollback();
            return error;
        }
        qCInfo(lcMigrations).noquote()
            << "applied migration" << migration.version << "-" << migration.description;
    }
    return {};
}

} // namespace dd::server
