#include "store/Migrations.h"

#include "store/Database.h"
#include "store/RosterIndex.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace dd::store {

namespace {

Result<void> run(Database &db, const QStringList &statements)
{
    QSqlQuery query(db.connection());
    for (const QString &sql : statements) {
        if (!query.exec(sql)) {
            return StoreError::fromSql(query.lastError(), Database::tr("update the database")
                                                              + QStringLiteral(" [") + sql.left(60)
                                                              + QLatin1Char(']'));
        }
    }
    return {};
}

// 1: the records. Every applicant and every record carries what sync needs: a stable UUID,
// the local revision, the server version it was last seen at (0: never), when it changed and
// whether it is deleted (a tombstone until the server has it). Records are the app/domain
// types' JSON; the processed photo's JPEG is kept apart from its record. The outbox lists
// what is not pushed yet, one row per changed applicant or record.
Result<void> createRecords(Database &db)
{
    return run(
        db,
        {
            QStringLiteral("PRAGMA application_id = %1").arg(Database::ApplicationId),
            QStringLiteral(R"(CREATE TABLE applicants (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            label TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
            server_version INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            touched_at TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)))
        )"),
            QStringLiteral(R"(CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            body TEXT NOT NULL CHECK (json_valid(body)),
            revision INTEGER NOT NULL DEFAULT 1 CHECK (revision > 0),
            server_version INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)))
        )"),
            QStringLiteral("CREATE INDEX records_by_applicant ON records(applicant_id, kind)"),
            // At most one live record of each single kind per applicant.
            QStringLiteral(R"(CREATE UNIQUE INDEX records_single_kind ON records(applicant_id, kind)
            WHERE deleted = 0 AND kind IN ('registration', 'basicInfo', 'photo',
                'defenseRequest', 'thesis', 'residencyCertificate', 'notificationPrefs'))"),
            QStringLiteral(R"(CREATE TABLE photo_jpegs (
            record_id INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
            jpeg BLOB NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE outbox (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            entity TEXT NOT NULL CHECK (entity IN ('applicant', 'record')),
            uuid TEXT NOT NULL UNIQUE,
            operation TEXT NOT NULL CHECK (operation IN ('upsert', 'delete')),
            revision INTEGER NOT NULL,
            base_version INTEGER NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            queued_at TEXT NOT NULL))"),
            QStringLiteral(R"(CREATE TABLE sync_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL))"),
        });
}

// 2: the roster. What staff search and sort by, kept beside each applicant and refreshed in
// the transaction of every save: the name, 姓名拼音, ID number and mobile; search keys (each a
// prefix to look up with an index: the name and its tails, the pinyin from each syllable, its
// initials, the ID number and mobile forwards and backwards, for "ends with"); and tags for
// the filters ("state:submitted", "missing:photo"). Migration 3 indexes existing applicants.
Result<void> createRoster(Database &db)
{
    return run(
        db,
        {
            QStringLiteral("ALTER TABLE applicants ADD COLUMN name TEXT NOT NULL DEFAULT ''"),
            QStringLiteral(
                "ALTER TABLE applicants ADD COLUMN name_pinyin TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE applicants ADD COLUMN id_number TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE applicants ADD COLUMN mobile TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE applicants ADD COLUMN sort_key TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX applicants_by_name ON applicants(deleted, sort_key, id)"),
            QStringLiteral(
                "CREATE INDEX applicants_by_touched ON applicants(deleted, touched_at DESC, id)"),
            QStringLiteral(R"(CREATE TABLE search_keys (
            key TEXT NOT NULL,
            applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
            PRIMARY KEY (key, applicant_id)) WITHOUT ROWID)"),
            QStringLiteral(
                "CREATE INDEX search_keys_by_applicant ON search_keys(applicant_id, key)"),
            QStringLiteral(R"(CREATE TABLE applicant_tags (
            tag TEXT NOT NULL,
            applicant_id INTEGER NOT NULL REFERENCES applicants(id) ON DELETE CASCADE,
            PRIMARY KEY (tag, applicant_id)) WITHOUT ROWID)"),
            QStringLiteral(
                "CREATE INDEX applicant_tags_by_applicant ON applicant_tags(applicant_id, tag)"),
        });
}

// 3: the search in name order at 100,000 applicants (tests/bench):
// - each search key carries its applicant's sort key, so that a search's page in name order is
//   read from the keys' index alone (a common surname matches thousands: looking each one up
//   to sort them was the slow part);
// - each applicant carries its keys as search_text (" key key ..."), inside the name index, so
//   that walking the roster in order to test each row reads that index alone; it also names
//   the keys to delete when they change, so the keys need no index by applicant; and its
//   tags as tags_text, which a page shows without a lookup per row;
// - keys and tags are derived rows that RosterIndex writes and clears itself, and deleted
//   applicants keep none: they go without a foreign key, whose check on every row was a
//   fifth of an import's time.
// Every live applicant is indexed again.
Result<void> sortedSearchKeys(Database &db)
{
    auto created = run(
        db,
        {
            QStringLiteral("DROP TABLE search_keys"),
            QStringLiteral(R"(CREATE TABLE search_keys (
            key TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            applicant_id INTEGER NOT NULL,
            PRIMARY KEY (key, sort_key, applicant_id)) WITHOUT ROWID)"),
            QStringLiteral("DROP TABLE applicant_tags"),
            QStringLiteral(R"(CREATE TABLE applicant_tags (
            tag TEXT NOT NULL,
            applicant_id INTEGER NOT NULL,
            PRIMARY KEY (tag, applicant_id)) WITHOUT ROWID)"),
            QStringLiteral(
                "CREATE INDEX applicant_tags_by_applicant ON applicant_tags(applicant_id, tag)"),
            QStringLiteral(
                "ALTER TABLE applicants ADD COLUMN search_text TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE applicants ADD COLUMN tags_text TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("DROP INDEX applicants_by_name"),
            QStringLiteral("CREATE INDEX applicants_by_name ON applicants(deleted, sort_key, id, "
                           "search_text)"),
        });
    if (!created) {
        return created;
    }
    return RosterIndex::rebuildAll(db);
}

// 4: sync with the server. A conflict keeps, per applicant or record, the local value and the
// server's (its version, or its tombstone) until the user decides; meanwhile the local change
// is held in the outbox (hold 'conflict'). A change the server refused for good is held too
// (hold 'refused'), with the server's code and message, until a new local save replaces it.
// Existing entries are not held.
Result<void> syncConflicts(Database &db)
{
    return run(db, {
                       QStringLiteral(R"(CREATE TABLE conflicts (
            uuid TEXT PRIMARY KEY,
            entity TEXT NOT NULL CHECK (entity IN ('applicant', 'record')),
            applicant_uuid TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT '',
            mine TEXT NOT NULL CHECK (json_valid(mine)),
            mine_deleted INTEGER NOT NULL DEFAULT 0 CHECK (mine_deleted IN (0, 1)),
            theirs TEXT NOT NULL CHECK (json_valid(theirs)),
            theirs_version INTEGER NOT NULL CHECK (theirs_version > 0),
            theirs_deleted INTEGER NOT NULL DEFAULT 0 CHECK (theirs_deleted IN (0, 1)),
            detected_at TEXT NOT NULL))"),
                       QStringLiteral("ALTER TABLE outbox ADD COLUMN hold TEXT "
                                      "CHECK (hold IN ('conflict', 'refused'))"),
                       QStringLiteral("ALTER TABLE outbox ADD COLUMN hold_code TEXT"),
                       QStringLiteral("ALTER TABLE outbox ADD COLUMN hold_message TEXT"),
                       QStringLiteral("ALTER TABLE outbox ADD COLUMN held_at TEXT"),
                   });
}

// 5: three-way merge. Each applicant and record keeps the server's value at server_version
// (what was last pulled, or pushed and accepted): a record's body, an applicant's
// {"label": ...}; NULL when unknown (rows from before this migration, tombstones, a local
// change pushed while a newer one was made). A pull or a refused push that meets a local
// change merges key by key against it; without it, the change is a conflict.
Result<void> serverBodies(Database &db)
{
    return run(db, {
                       QStringLiteral("ALTER TABLE applicants ADD COLUMN server_body TEXT "
                                      "CHECK (server_body IS NULL OR json_valid(server_body))"),
                       QStringLiteral("ALTER TABLE records ADD COLUMN server_body TEXT "
                                      "CHECK (server_body IS NULL OR json_valid(server_body))"),
                   });
}

// 6: the filter tags without an index by applicant. An applicant's tags_text names its tags (as
// search_text names its keys), so a change deletes them by (tag, applicant_id), the primary
// key; writing the index was nearly half of an import's tag writes (tests/bench: 84 ms of
// 10,000 applicants' tags against 47 without it). tags_text names them only while no tag holds
// its separator, a space: a state is now tagged with "_" for a space, and the applicants whose
// tags hold one (states no release writes, from a damaged or foreign record) are indexed again
// first, while the index finds their rows.
Result<void> tagsByTagAlone(Database &db)
{
    QList<qint64> ids;
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral(
                "SELECT DISTINCT applicant_id FROM applicant_tags WHERE instr(tag, ' ') > 0"))) {
            return StoreError::fromSql(query.lastError(), Database::tr("update the database"));
        }
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    for (const qint64 id : std::as_const(ids)) {
        QSqlQuery query(db.connection());
        for (const QString &sql :
             {QStringLiteral("DELETE FROM applicant_tags WHERE applicant_id = ?"),
              QStringLiteral("UPDATE applicants SET tags_text = '' WHERE id = ?")}) {
            query.prepare(sql);
            query.addBindValue(id);
            if (!query.exec()) {
                return StoreError::fromSql(query.lastError(), Database::tr("update the database"));
            }
        }
        if (auto refreshed = RosterIndex::refresh(db, id); !refreshed) {
            return refreshed;
        }
    }
    return run(db, {QStringLiteral("DROP INDEX applicant_tags_by_applicant")});
}

// 7: one live record of each single kind, checked without a table made for every row. The
// index's condition listed the kinds with IN, for which SQLite builds a small table of them
// (OpenEphemeral) again for each record it writes, before it can look a kind up; equalities
// joined with OR are compared in place (the same kinds: the index holds the same rows, and a
// query naming one kind is still known to fall within it). An import of 10,000 applicants writes
// 30,000 records (90,000 rows into a copy of the table: 0.27 s against 0.18 s).
Result<void> singleKindsCompared(Database &db)
{
    return run(db, {
                       QStringLiteral("DROP INDEX records_single_kind"),
                       QStringLiteral(R"(CREATE UNIQUE INDEX records_single_kind
            ON records(applicant_id, kind)
            WHERE deleted = 0 AND (kind = 'registration' OR kind = 'basicInfo'
                OR kind = 'photo' OR kind = 'defenseRequest' OR kind = 'thesis'
                OR kind = 'residencyCertificate' OR kind = 'notificationPrefs'))"),
                   });
}

} // namespace

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations{
        {1, QStringLiteral("applicants, records, photos, outbox"), createRecords},
        {2, QStringLiteral("roster: search keys and filter tags"), createRoster},
        {3, QStringLiteral("roster: search keys in name order"), sortedSearchKeys},
        {4, QStringLiteral("sync: conflicts, held outbox entries"), syncConflicts},
        {5, QStringLiteral("sync: the server's value beside each row, for merging"), serverBodies},
        {6, QStringLiteral("roster: filter tags found by tag alone"), tagsByTagAlone},
        {7, QStringLiteral("records: single kinds checked in place"), singleKindsCompared},
    };
    return migrations;
}

int Migrations::latest()
{
    return all().constLast().version;
}

} // namespace dd::store
