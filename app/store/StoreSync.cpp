// The store's side of syncing with the server (Store.h, "the server's changes"): applying the
// changes feed, conflicts and refused pushes. Each public call is one transaction.
#include "store/Store.h"

#include "domain/DegreeApplication.h"
#include "domain/Field.h"
#include "domain/StateChange.h"
#include "platform/Clock.h"
#include "store/Database.h"
#include "store/JsonRows.h"
#include "store/RecordKinds.h"
#include "store/RosterIndex.h"
#include "store/SqlSupport.h"
#include "store/StoreRows.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <optional>
#include <tuple>

namespace dd::store {

using namespace sql;
using namespace rows;

namespace {

const QString FeedCursorKey = QStringLiteral("feedCursor");

QJsonObject labelJson(const QString &label)
{
    return QJsonObject{{Conflict::LabelKey, label}};
}

QString jsonText(const QJsonObject &json)
{
    return QString::fromUtf8(compactJson(json));
}

// The server's value as a conflict keeps it: a record's body (empty when deleted), or an
// applicant's label.
QJsonObject theirsJson(const RemoteChange &change)
{
    if (change.entity == OutboxEntry::Entity::Applicant) {
        return labelJson(change.label);
    }
    return change.deleted ? QJsonObject() : change.body;
}

const QString ConflictColumns =
    QStringLiteral("uuid, entity, applicant_uuid, kind, mine, mine_deleted, theirs, "
                   "theirs_version, theirs_deleted, detected_at FROM conflicts ");

Conflict conflictFrom(const QSqlQuery &query)
{
    Conflict conflict;
    conflict.uuid = QUuid(query.value(0).toString());
    conflict.entity = entityFrom(query.value(1));
    conflict.applicant = QUuid(query.value(2).toString());
    conflict.kind = query.value(3).toString();
    conflict.mine = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
    conflict.mineDeleted = query.value(5).toInt() != 0;
    conflict.theirs = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
    conflict.theirsVersion = query.value(7).toLongLong();
    conflict.theirsDeleted = query.value(8).toInt() != 0;
    conflict.detectedAt = fromStamp(query.value(9));
    return conflict;
}

// Whether a statement that was run has a row; the statement is finished either way.
bool hasRow(QSqlQuery &query)
{
    const bool found = query.next();
    query.finish();
    return found;
}

QString table(OutboxEntry::Entity entity)
{
    return entity == OutboxEntry::Entity::Applicant ? QStringLiteral("applicants")
                                                    : QStringLiteral("records");
}

} // namespace

// --- checks ---------------------------------------------------------------------------------

namespace {

// A change of the server that this database can take: an identity, a version, a known kind
// and (for a live record) a body that reads strictly as its type.
Result<void> checkChange(const RemoteChange &change)
{
    const bool isRecord = change.entity == OutboxEntry::Entity::Record;
    if (change.uuid.isNull() || (isRecord && change.applicant.isNull()) || change.version < 1) {
        return StoreError::make(StoreError::Code::InvalidData,
                                Store::tr("A change from the server has no identity or no "
                                          "version. Nothing was applied from the server this "
                                          "time."),
                                uuidText(change.uuid));
    }
    if (!isRecord) {
        return {};
    }
    if (!RecordKinds::isKnown(change.kind)) {
        return StoreError::make(StoreError::Code::InvalidData,
                                //: %1 a record kind
                                Store::tr("The server sent a record of unknown kind \"%1\": this "
                                          "DegreeDesk may be older than the server. Update "
                                          "DegreeDesk; nothing was applied from the server "
                                          "this time.")
                                    .arg(change.kind),
                                change.kind);
    }
    if (change.deleted) {
        return {};
    }
    domain::Dossier scratch;
    if (auto read = RecordKinds::addTo(&scratch, change.kind, change.body); !read) {
        return StoreError::make(StoreError::Code::InvalidData,
                                //: %1 a record kind, %2 the rule it breaks and the field
                                Store::tr("The server sent a %1 record that cannot be read "
                                          "(%2). Nothing was applied from the server this "
                                          "time.")
                                    .arg(change.kind, read.error().detail),
                                uuidText(change.uuid) + QLatin1Char(' ') + read.error().detail);
    }
    return {};
}

} // namespace

// --- applying the feed ----------------------------------------------------------------------

Result<ApplyReport> Store::applyRemote(const QList<RemoteChange> &page, const QString &cursor)
{
    // The page goes in runs: what each change meets here is looked up for the rest of the page
    // at once (four queries), the plain changes (new or newer, nothing of ours waiting) are
    // written in bulk, and a change that needs more (a local change waiting, a photo, another
    // live record of its single kind, ...) ends the run: it goes through applyChange alone,
    // after the run before it, and the next run looks up again. A first sync is one run.
    ApplyReport report;
    // Every change is read strictly first, on all cores (a record's body as its app/domain
    // type): a page that holds one this database cannot take is refused whole, before anything
    // is written.
    const QList<std::optional<StoreError>> problems = QtConcurrent::blockingMapped(
        page, [](const RemoteChange &change) -> std::optional<StoreError> {
            if (auto checked = checkChange(change); !checked) {
                return checked.error();
            }
            return std::nullopt;
        });
    for (const std::optional<StoreError> &problem : problems) {
        if (problem) {
            return *problem;
        }
    }
    // A page is up to some thousand rows: its WAL goes back into the file on a thread of its own.
    auto done = m_db.transaction(Database::Checkpoint::Background, [&]() -> Result<void> {
        QSet<qint64> changed;
        qsizetype next = 0;
        while (next < page.size()) {
            auto run = applyRun(page, next, &report, &changed);
            if (!run) {
                return run.error();
            }
            next = *run;
        }
        if (auto refreshed = refreshRosters(changed); !refreshed) {
            return refreshed;
        }
        QSqlQuery &query =
            m_db.prepared(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        return run(query, {FeedCursorKey, cursor.isNull() ? QStringLiteral("") : cursor},
                   tr("remember where the server's changes continue"));
    });
    if (!done) {
        return done.error();
    }
    return report;
}

namespace {

// What a run of the feed meets here, looked up for all its changes at once.
struct Known
{
    qint64 id = 0;
    qint64 serverVersion = 0;
    QString applicant; // a record's applicant (uuid)
    QString kind;      // a record's kind
};

QString pairKey(const QString &applicant, const QString &kind)
{
    return applicant + QLatin1Char('/') + kind;
}

// Runs `sql` with one JSON array bound (the ids or uuids of a run) and calls `row` per row.
template<typename Row>
Result<void> each(Database &db, const QString &sql, const JsonRows &values, const QString &action,
                  Row row)
{
    QSqlQuery &query = db.prepared(sql);
    query.addBindValue(values.text());
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError(), action);
    }
    while (query.next()) {
        row(query);
    }
    query.finish();
    return {};
}

} // namespace

Result<qsizetype> Store::applyRun(const QList<RemoteChange> &page, qsizetype from,
                                  ApplyReport *report, QSet<qint64> *changed)
{
    const QString action = tr("apply the server's changes");
    const auto count = [report](const RemoteChange &change, Outcome outcome) {
        switch (outcome) {
        case Outcome::Applied:
            ++report->applied;
            break;
        case Outcome::Skipped:
            ++report->skipped;
            break;
        case Outcome::Conflict:
            if (!report->conflicts.contains(change.uuid)) {
                report->conflicts.append(change.uuid);
            }
            break;
        }
    };

    // --- look up the rest of the page ---
    JsonRows applicantUuids;
    JsonRows recordUuids;
    JsonRows allUuids;
    JsonRows singleOwners; // applicants of live records of a single kind
    for (qsizetype i = from; i < page.size(); ++i) {
        const RemoteChange &change = page.at(i);
        const QString uuid = uuidText(change.uuid);
        allUuids.row().add(uuid);
        if (change.entity == OutboxEntry::Entity::Applicant) {
            applicantUuids.row().add(uuid);
        } else {
            recordUuids.row().add(uuid);
            applicantUuids.row().add(uuidText(change.applicant));
            if (!change.deleted && RecordKinds::isSingle(change.kind)) {
                singleOwners.row().add(uuidText(change.applicant));
            }
        }
    }
    QHash<QString, Known> applicants;
    QHash<QString, Known> records;
    QHash<QString, qint64> waiting;     // uuid → the outbox entry's base version
    QHash<QString, QString> liveSingle; // applicant/kind → the live record's uuid
    const auto uuidArray = QStringLiteral("SELECT json_extract(value, '$[0]') AS uuid FROM "
                                          "json_each(CAST(? AS TEXT))");
    if (auto done = each(m_db,
                         QStringLiteral("SELECT a.uuid, a.id, a.server_version FROM (") + uuidArray
                             + QStringLiteral(") j JOIN applicants a ON a.uuid = j.uuid"),
                         applicantUuids, action,
                         [&](const QSqlQuery &q) {
                             applicants.insert(
                                 q.value(0).toString(),
                                 Known{q.value(1).toLongLong(), q.value(2).toLongLong(), {}, {}});
                         });
        !done) {
        return done.error();
    }
    if (auto done = each(m_db,
                         QStringLiteral("SELECT r.uuid, r.id, r.server_version, a.uuid, r.kind "
                                        "FROM (")
                             + uuidArray
                             + QStringLiteral(") j JOIN records r ON r.uuid = j.uuid JOIN "
                                              "applicants a ON a.id = r.applicant_id"),
                         recordUuids, action,
                         [&](const QSqlQuery &q) {
                             records.insert(q.value(0).toString(),
                                            Known{q.value(1).toLongLong(), q.value(2).toLongLong(),
                                                  q.value(3).toString(), q.value(4).toString()});
                         });
        !done) {
        return done.error();
    }
    if (auto done = each(m_db,
                         QStringLiteral("SELECT o.uuid, o.base_version FROM (") + uuidArray
                             + QStringLiteral(") j JOIN outbox o ON o.uuid = j.uuid"),
                         allUuids, action,
                         [&](const QSqlQuery &q) {
                             waiting.insert(q.value(0).toString(), q.value(1).toLongLong());
                         });
        !done) {
        return done.error();
    }
    if (!singleOwners.isEmpty()) {
        if (auto done = each(m_db,
                             QStringLiteral("SELECT a.uuid, r.kind, r.uuid FROM (") + uuidArray
                                 + QStringLiteral(") j JOIN applicants a ON a.uuid = j.uuid JOIN "
                                                  "records r ON r.applicant_id = a.id WHERE "
                                                  "r.deleted = 0"),
                             singleOwners, action,
                             [&](const QSqlQuery &q) {
                                 if (RecordKinds::isSingle(q.value(1).toString())) {
                                     liveSingle.insert(
                                         pairKey(q.value(0).toString(), q.value(1).toString()),
                                         q.value(2).toString());
                                 }
                             });
            !done) {
            return done.error();
        }
    }

    // --- the plain changes of the run, in bulk ---
    const QString now = stamp(m_db.clock().now());
    QSet<QString> inRun;       // uuids written by this run
    QSet<QString> singleInRun; // applicant/kind of live single records written by it
    QSet<QString> earlier;     // applicants earlier in this run
    JsonRows applicantRows;    // uuid, label, version, deleted, at
    JsonRows recordRows;       // uuid, applicant uuid, kind, body, version, deleted, at
    qsizetype plain = 0;
    auto flush = [&]() -> Result<void> {
        QHash<QString, qint64> ids; // applicant uuid → id
        if (!applicantRows.isEmpty()) {
            // A tombstone without a usable label keeps the label it had here.
            QSqlQuery &query = m_db.prepared(QStringLiteral(
                "INSERT INTO applicants (uuid, label, server_version, deleted, created_at, "
                "updated_at, touched_at, server_body) SELECT json_extract(value, '$[0]'), "
                "json_extract(value, '$[1]'), json_extract(value, '$[2]'), "
                "json_extract(value, '$[3]'), json_extract(value, '$[4]'), "
                "json_extract(value, '$[4]'), json_extract(value, '$[4]'), "
                "CASE WHEN json_extract(value, '$[3]') = 0 THEN json_object('label', "
                "json_extract(value, '$[1]')) END "
                "FROM json_each(CAST(? AS TEXT)) WHERE true ON CONFLICT (uuid) DO UPDATE "
                "SET label = CASE WHEN excluded.label = '' THEN applicants.label "
                "ELSE excluded.label END, revision = applicants.revision + 1, "
                "server_version = excluded.server_version, deleted = excluded.deleted, "
                "server_body = excluded.server_body, "
                "updated_at = excluded.updated_at, "
                "touched_at = max(applicants.touched_at, excluded.touched_at) RETURNING id, uuid"));
            query.addBindValue(applicantRows.text());
            if (!query.exec()) {
                return StoreError::fromSql(query.lastError(), action);
            }
            while (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                ids.insert(query.value(1).toString(), id);
                changed->insert(id);
            }
            query.finish();
        }
        if (!recordRows.isEmpty()) {
            // The owners: known before the run, or written just now.
            QSqlQuery &query = m_db.prepared(QStringLiteral(
                "INSERT INTO records (uuid, applicant_id, kind, body, server_version, deleted, "
                "updated_at, server_body) SELECT json_extract(r.value, '$[0]'), a.id, "
                "json_extract(r.value, '$[2]'), json_extract(r.value, '$[3]'), "
                "json_extract(r.value, '$[4]'), json_extract(r.value, '$[5]'), "
                "json_extract(r.value, '$[6]'), CASE WHEN json_extract(r.value, '$[5]') = 0 "
                "THEN json_extract(r.value, '$[3]') END FROM json_each(CAST(? AS TEXT)) r "
                "JOIN applicants a ON a.uuid = json_extract(r.value, '$[1]') WHERE true "
                "ON CONFLICT (uuid) DO UPDATE SET body = CASE WHEN excluded.deleted = 1 "
                "THEN records.body ELSE excluded.body END, revision = records.revision + 1, "
                "server_version = excluded.server_version, deleted = excluded.deleted, "
                "server_body = excluded.server_body, "
                "updated_at = excluded.updated_at RETURNING applicant_id, updated_at"));
            query.addBindValue(recordRows.text());
            if (!query.exec()) {
                return StoreError::fromSql(query.lastError(), action);
            }
            QHash<qint64, QString> touched; // applicant id → the latest change of its records
            qsizetype written = 0;
            while (query.next()) {
                const qint64 id = query.value(0).toLongLong();
                QString &at = touched[id];
                at = std::max(at, query.value(1).toString());
                ++written;
            }
            query.finish();
            if (written != recordRows.size()) {
                return StoreError::make(
                    StoreError::Code::Io,
                    tr("The server's changes could not all be applied. "
                       "Nothing was applied from the server this time."),
                    QStringLiteral("%1 of %2 records written").arg(written).arg(recordRows.size()));
            }
            JsonRows touchRows;
            for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
                touchRows.row().add(it.key()).add(it.value());
                changed->insert(it.key());
            }
            QSqlQuery &touch = m_db.prepared(QStringLiteral(
                "UPDATE applicants SET touched_at = max(touched_at, t.at) FROM (SELECT "
                "json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS at FROM "
                "json_each(CAST(? AS TEXT))) t WHERE applicants.id = t.id"));
            touch.addBindValue(touchRows.text());
            if (!touch.exec()) {
                return StoreError::fromSql(touch.lastError(), action);
            }
        }
        report->applied += static_cast<int>(plain);
        return {};
    };

    qsizetype i = from;
    for (; i < page.size(); ++i) {
        const RemoteChange &change = page.at(i); // checked by applyRemote
        const QString uuid = uuidText(change.uuid);
        if (inRun.contains(uuid)) {
            break; // a second change of the same one: a new run, which sees the first
        }
        const bool isApplicant = change.entity == OutboxEntry::Entity::Applicant;
        const QHash<QString, Known> &table = isApplicant ? applicants : records;
        const auto known = table.constFind(uuid);
        if (known != table.cend() && change.version <= known->serverVersion) {
            count(change, Outcome::Skipped); // an echo of our own push, or older
            continue;
        }
        bool isPlain = !waiting.contains(uuid);
        const QString owner = uuidText(change.applicant);
        if (isPlain && isApplicant) {
            isPlain = !(change.deleted && known != table.cend());
        } else if (isPlain) {
            const QString pair = pairKey(owner, change.kind);
            const bool single = !change.deleted && RecordKinds::isSingle(change.kind);
            isPlain = change.kind != domain::Photo::kind()
                      && (applicants.contains(owner) || earlier.contains(owner))
                      && (known == table.cend()
                          || (known->applicant == owner && known->kind == change.kind))
                      && (!single || liveSingle.value(pair, uuid) == uuid);
            if (isPlain && single && singleInRun.contains(pair)) {
                break;
            }
            if (isPlain && single) {
                singleInRun.insert(pair);
            }
        }
        if (!isPlain) {
            // It needs more than a plain write: after the run before it, alone.
            if (auto flushed = flush(); !flushed) {
                return flushed.error();
            }
            auto outcome = applyChange(change, changed);
            if (!outcome) {
                return outcome.error();
            }
            count(change, *outcome);
            return i + 1;
        }
        const QString at = change.updatedAt.isValid() ? stamp(change.updatedAt) : now;
        if (isApplicant) {
            const QString label = change.label.trimmed();
            if (!change.deleted && !labelFits(label)) {
                return remoteWithoutLabel(uuid);
            }
            applicantRows.row()
                .add(uuid)
                .add(labelFits(label) ? label : QStringLiteral(""))
                .add(change.version)
                .add(change.deleted ? 1 : 0)
                .add(at);
            earlier.insert(uuid);
        } else {
            recordRows.row()
                .add(uuid)
                .add(owner)
                .add(change.kind)
                .addUtf8(change.deleted ? QByteArray("{}") : compactJson(change.body))
                .add(change.version)
                .add(change.deleted ? 1 : 0)
                .add(at);
        }
        inRun.insert(uuid);
        ++plain;
    }
    if (auto flushed = flush(); !flushed) {
        return flushed.error();
    }
    return i;
}

StoreError Store::remoteWithoutLabel(const QString &uuid)
{
    return StoreError::make(StoreError::Code::InvalidData,
                            //: %1 is the longest name allowed
                            tr("The server sent an applicant without a usable name (1 "
                               "to %1 characters). Nothing was applied from the server "
                               "this time.")
                                .arg(MaxLabelLength),
                            uuid);
}

Result<QString> Store::feedCursor()
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    if (auto done = run(query, {FeedCursorKey}, tr("read where the server's changes continue"));
        !done) {
        return done.error();
    }
    QString cursor = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return cursor;
}

Result<Store::Outcome> Store::applyChange(const RemoteChange &change, QSet<qint64> *changed)
{
    // `change` was checked by applyRemote (checkChange).
    const bool isApplicant = change.entity == OutboxEntry::Entity::Applicant;
    const QString action = tr("apply the server's changes");
    const QString uuid = uuidText(change.uuid);

    QSqlQuery &known = m_db.prepared(QStringLiteral("SELECT server_version FROM ")
                                     + table(change.entity) + QStringLiteral(" WHERE uuid = ?"));
    if (auto done = run(known, {uuid}, action); !done) {
        return done.error();
    }
    const bool exists = known.next();
    const qint64 serverVersion = exists ? known.value(0).toLongLong() : 0;
    known.finish();
    if (exists && change.version <= serverVersion) {
        return Outcome::Skipped; // an echo of our own push, or older than what we have
    }

    QSqlQuery &waiting =
        m_db.prepared(QStringLiteral("SELECT base_version FROM outbox WHERE uuid = ?"));
    if (auto done = run(waiting, {uuid}, action); !done) {
        return done.error();
    }
    if (waiting.next()) {
        const qint64 base = waiting.value(0).toLongLong();
        waiting.finish();
        if (base >= change.version) {
            return Outcome::Skipped; // our change is based on this version or a newer one
        }
        return conflictOrSame(change);
    }
    waiting.finish();

    if (isApplicant && change.deleted && exists) {
        // Deleting the applicant would take its records' waiting changes with it.
        QSqlQuery &records = m_db.prepared(QStringLiteral(
            "SELECT 1 FROM outbox o JOIN records r ON r.uuid = o.uuid JOIN applicants a "
            "ON a.id = r.applicant_id WHERE a.uuid = ? LIMIT 1"));
        if (auto done = run(records, {uuid}, action); !done) {
            return done.error();
        }
        if (hasRow(records)) {
            return conflictOrSame(change);
        }
    }

    if (!isApplicant && !change.deleted && RecordKinds::isSingle(change.kind)) {
        // Another live record of this single kind here (made offline on both sides): the
        // server's takes its place.
        QSqlQuery &other = m_db.prepared(QStringLiteral(
            "SELECT r.uuid, EXISTS (SELECT 1 FROM outbox o WHERE o.uuid = r.uuid) FROM records r "
            "JOIN applicants a ON a.id = r.applicant_id WHERE a.uuid = ? AND r.kind = ? AND "
            "r.deleted = 0 AND r.uuid <> ?"));
        if (auto done = run(other, {uuidText(change.applicant), change.kind, uuid}, action);
            !done) {
            return done.error();
        }
        if (other.next()) {
            const QUuid local(other.value(0).toString());
            const bool localWaits = other.value(1).toInt() != 0;
            other.finish();
            if (localWaits) {
                if (auto moved = moveToServerUuid(local, change.uuid); !moved) {
                    return moved.error();
                }
                return conflictOrSame(change);
            }
            QSqlQuery &tombstone = m_db.prepared(QStringLiteral(
                "UPDATE records SET deleted = 1, revision = revision + 1 WHERE uuid = ?"));
            if (auto done = run(tombstone, {uuidText(local)}, action); !done) {
                return done.error();
            }
        } else {
            other.finish();
        }
    }

    if (auto written = writeRemote(change, changed); !written) {
        return written.error();
    }
    return Outcome::Applied;
}

Result<void> Store::writeRemote(const RemoteChange &change, QSet<qint64> *changed)
{
    const QString action = tr("apply the server's changes");
    const QString at = stamp(change.updatedAt.isValid() ? change.updatedAt : m_db.clock().now());
    const QString uuid = uuidText(change.uuid);

    if (change.entity == OutboxEntry::Entity::Applicant) {
        const QString label = change.label.trimmed();
        if (!change.deleted && !labelFits(label)) {
            return remoteWithoutLabel(uuid);
        }
        // A tombstone without a usable label keeps the label it had here.
        QSqlQuery &query = m_db.prepared(QStringLiteral(
            "INSERT INTO applicants (uuid, label, server_version, deleted, created_at, "
            "updated_at, touched_at, server_body) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (uuid) DO UPDATE "
            "SET label = CASE WHEN excluded.label = '' THEN applicants.label "
            "ELSE excluded.label END, revision = applicants.revision + 1, "
            "server_version = excluded.server_version, deleted = excluded.deleted, "
            "updated_at = excluded.updated_at, server_body = excluded.server_body, "
            "touched_at = max(applicants.touched_at, excluded.touched_at) RETURNING id"));
        if (auto done = run(query,
                            {uuid, labelFits(label) ? label : QStringLiteral(""), change.version,
                             change.deleted ? 1 : 0, at, at, at,
                             change.deleted ? QVariant() : QVariant(jsonText(labelJson(label)))},
                            action);
            !done) {
            return done;
        }
        query.next();
        changed->insert(query.value(0).toLongLong());
        query.finish();
        return {};
    }

    QSqlQuery &owner = m_db.prepared(QStringLiteral("SELECT id FROM applicants WHERE uuid = ?"));
    if (auto done = run(owner, {uuidText(change.applicant)}, action); !done) {
        return done;
    }
    if (!owner.next()) {
        owner.finish();
        return StoreError::make(StoreError::Code::NotFound,
                                tr("The server sent a record of an applicant this database "
                                   "does not have. Nothing was applied from the server this "
                                   "time; sync again from the start."),
                                uuidText(change.applicant));
    }
    const qint64 applicantId = owner.value(0).toLongLong();
    owner.finish();

    QSqlQuery &existing =
        m_db.prepared(QStringLiteral("SELECT id, applicant_id, kind FROM records WHERE uuid = ?"));
    if (auto done = run(existing, {uuid}, action); !done) {
        return done;
    }
    qint64 rowId = 0;
    if (existing.next()) {
        rowId = existing.value(0).toLongLong();
        const bool same = existing.value(1).toLongLong() == applicantId
                          && existing.value(2).toString() == change.kind;
        existing.finish();
        if (!same) {
            return StoreError::make(StoreError::Code::Constraint,
                                    tr("The server sent a record whose identity belongs here to "
                                       "a record of another applicant or of another kind. "
                                       "Nothing was applied from the server this time."),
                                    uuid);
        }
    } else {
        existing.finish();
    }

    if (change.deleted) {
        if (rowId != 0) {
            QSqlQuery &query = m_db.prepared(
                QStringLiteral("UPDATE records SET deleted = 1, revision = revision + 1, "
                               "server_version = ?, server_body = NULL, updated_at = ? "
                               "WHERE id = ?"));
            if (auto done = run(query, {change.version, at, rowId}, action); !done) {
                return done;
            }
        } else {
            // Never seen here: its tombstone remembers the version, so an echo is skipped.
            QSqlQuery &query = m_db.prepared(
                QStringLiteral("INSERT INTO records (uuid, applicant_id, kind, body, "
                               "server_version, deleted, updated_at) VALUES (?, ?, ?, '{}', ?, "
                               "1, ?)"));
            if (auto done =
                    run(query, {uuid, applicantId, change.kind, change.version, at}, action);
                !done) {
                return done;
            }
        }
    } else {
        QJsonObject body = change.body;
        QByteArray jpeg;
        const bool isPhoto = change.kind == domain::Photo::kind();
        if (isPhoto) {
            auto taken = takePhotoJpeg(&body);
            if (!taken) {
                return taken.error();
            }
            jpeg = *taken;
        }
        if (rowId != 0) {
            QSqlQuery &query = m_db.prepared(QStringLiteral(
                "UPDATE records SET body = ?, revision = revision + 1, server_version = ?, "
                "deleted = 0, updated_at = ?, server_body = ? WHERE id = ?"));
            if (auto done =
                    run(query, {jsonText(body), change.version, at, jsonText(body), rowId}, action);
                !done) {
                return done;
            }
        } else {
            QSqlQuery &query =
                m_db.prepared(QStringLiteral("INSERT INTO records (uuid, applicant_id, kind, body, "
                                             "server_version, updated_at, server_body) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
            if (auto done = run(query,
                                {uuid, applicantId, change.kind, jsonText(body), change.version, at,
                                 jsonText(body)},
                                action);
                !done) {
                return done;
            }
            rowId = query.lastInsertId().toLongLong();
        }
        if (isPhoto) {
            QSqlQuery &query = m_db.prepared(QStringLiteral(
                "INSERT OR REPLACE INTO photo_jpegs (record_id, jpeg) VALUES (?, ?)"));
            if (auto done = run(query, {rowId, jpeg}, action); !done) {
                return done;
            }
        }
    }
    QSqlQuery &touched = m_db.prepared(
        QStringLiteral("UPDATE applicants SET touched_at = max(touched_at, ?) WHERE id = ?"));
    if (auto done = run(touched, {at, applicantId}, action); !done) {
        return done;
    }
    changed->insert(applicantId);
    return {};
}

Result<void> Store::refreshRosters(const QSet<qint64> &applicants)
{
    // RosterIndex::refresh for each applicant, the reads and writes of all at once.
    if (applicants.isEmpty()) {
        return {};
    }
    const QString action = tr("update the applicant list");
    QList<qint64> ids(applicants.cbegin(), applicants.cend());
    std::sort(ids.begin(), ids.end());
    JsonRows idRows;
    for (const qint64 id : std::as_const(ids)) {
        idRows.row().add(id);
    }
    const QString idArray = QStringLiteral(
        "(SELECT json_extract(value, '$[0]') AS id FROM json_each(CAST(? AS TEXT))) j");

    // A stored record as read: its body is parsed on the cores that compute the rows.
    struct StoredRecord
    {
        QString kind;
        QByteArray body;
        QByteArray jpeg; // a photo's, from photo_jpegs
    };
    struct Current
    {
        QString label;
        QStringList keys;
        QString sortKey;
        QStringList tags;
        QList<StoredRecord> records;
    };
    QHash<qint64, Current> live;
    QList<qint64> gone;
    if (auto done =
            each(m_db,
                 QStringLiteral("SELECT a.id, a.label, a.deleted, a.search_text, "
                                "a.sort_key, a.tags_text FROM ")
                     + idArray + QStringLiteral(" JOIN applicants a ON a.id = j.id"),
                 idRows, action,
                 [&](const QSqlQuery &q) {
                     const qint64 id = q.value(0).toLongLong();
                     if (q.value(2).toInt() != 0) {
                         gone.append(id);
                         return;
                     }
                     live.insert(id, Current{q.value(1).toString(),
                                             q.value(3).toString().split(RosterIndex::KeySeparator,
                                                                         Qt::SkipEmptyParts),
                                             q.value(4).toString(),
                                             q.value(5).toString().split(RosterIndex::KeySeparator,
                                                                         Qt::SkipEmptyParts),
                                             {}});
                 });
        !done) {
        return done;
    }
    for (const qint64 id : std::as_const(gone)) {
        if (auto cleared = RosterIndex::clear(m_db, id); !cleared) {
            return cleared;
        }
    }
    if (live.isEmpty()) {
        return {};
    }
    if (auto done = each(
            m_db,
            QStringLiteral("SELECT r.applicant_id, r.kind, r.body, p.jpeg FROM ") + idArray
                + QStringLiteral(" JOIN records r ON r.applicant_id = j.id LEFT JOIN photo_jpegs "
                                 "p ON p.record_id = r.id WHERE r.deleted = 0 ORDER BY r.id"),
            idRows, action,
            [&](const QSqlQuery &q) {
                auto it = live.find(q.value(0).toLongLong());
                if (it == live.end()) {
                    return;
                }
                it->records.append(StoredRecord{q.value(1).toString(), q.value(2).toByteArray(),
                                                q.value(3).toByteArray()});
            });
        !done) {
        return done;
    }

    // The rows, as RosterIndex::write writes them: keys only where they changed.
    const auto context = domain::ValidationContext::at(m_db.clock().today());
    JsonRows oldKeys; // key, sort key, id
    JsonRows newKeys; // key, sort key, id
    JsonRows columns; // id, name, pinyin, id number, mobile, sort key, search text, tags text
    JsonRows oldTags; // tag, id
    JsonRows tags;    // tag, id
    QList<std::tuple<QString, QString, qint64>> added;
    QList<qint64> liveIds;
    for (const qint64 id : std::as_const(ids)) {
        if (live.contains(id)) {
            liveIds.append(id);
        }
    }
    // The records read and the rows computed on all cores (pinyin and search keys are most of a
    // page's time).
    struct Computed
    {
        RosterIndex::Row row;
        std::optional<StoreError> unreadable;
    };
    const QList<Computed> computed = QtConcurrent::blockingMapped(liveIds, [&live,
                                                                            &context](qint64 id) {
        const Current &current = live.find(id).value();
        Computed result;
        domain::Dossier dossier;
        for (const StoredRecord &record : current.records) {
            QJsonObject body = QJsonDocument::fromJson(record.body).object();
            if (!record.jpeg.isEmpty()) {
                body.insert(domain::Photo::JpegKey, QString::fromLatin1(record.jpeg.toBase64()));
            }
            if (auto read = RecordKinds::addTo(&dossier, record.kind, body); !read) {
                result.unreadable = read.error();
                return result;
            }
        }
        result.row = RosterIndex::rowFor(current.label, dossier, context);
        return result;
    });
    for (const Computed &item : computed) {
        if (item.unreadable) {
            return *item.unreadable;
        }
    }
    for (qsizetype n = 0; n < liveIds.size(); ++n) {
        const qint64 id = liveIds.at(n);
        const auto it = live.constFind(id);
        const RosterIndex::Row &row = computed.at(n).row;
        if (it->keys != row.keys || it->sortKey != row.sortKey) {
            for (const QString &key : it->keys) {
                oldKeys.row().add(key).add(it->sortKey).add(id);
            }
            for (const QString &key : row.keys) {
                added.append({key, row.sortKey, id});
            }
        }
        for (const QString &tag : it->tags) {
            oldTags.row().add(tag).add(id);
        }
        columns.row()
            .add(id)
            .add(row.name)
            .add(row.namePinyin)
            .add(row.idNumber)
            .add(row.mobile)
            .add(row.sortKey)
            .add(row.searchText)
            .add(row.tagsText);
        for (const QString &tag : row.tags) {
            tags.row().add(tag).add(id);
        }
    }
    std::sort(added.begin(), added.end()); // into the index in its order
    for (const auto &[key, sortKey, id] : std::as_const(added)) {
        newKeys.row().add(key).add(sortKey).add(id);
    }
    const std::pair<QString, const JsonRows *> statements[] = {
        {QStringLiteral("DELETE FROM search_keys WHERE (key, sort_key, applicant_id) IN (SELECT "
                        "json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
                        "json_extract(value, '$[2]') FROM json_each(CAST(? AS TEXT)))"),
         &oldKeys},
        {QStringLiteral(
             "UPDATE applicants SET name = c.name, name_pinyin = c.pinyin, id_number = c.idn, "
             "mobile = c.mobile, sort_key = c.sort_key, search_text = c.search_text, "
             "tags_text = c.tags_text FROM (SELECT json_extract(value, '$[0]') AS id, "
             "json_extract(value, '$[1]') AS name, json_extract(value, '$[2]') AS pinyin, "
             "json_extract(value, '$[3]') AS idn, json_extract(value, '$[4]') AS mobile, "
             "json_extract(value, '$[5]') AS sort_key, json_extract(value, '$[6]') AS "
             "search_text, json_extract(value, '$[7]') AS tags_text FROM "
             "json_each(CAST(? AS TEXT))) c WHERE applicants.id = c.id"),
         &columns},
        {QStringLiteral("INSERT OR IGNORE INTO search_keys (key, sort_key, applicant_id) SELECT "
                        "json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
                        "json_extract(value, '$[2]') FROM json_each(CAST(? AS TEXT))"),
         &newKeys},
        {QStringLiteral("DELETE FROM applicant_tags WHERE (tag, applicant_id) IN (SELECT "
                        "json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM "
                        "json_each(CAST(? AS TEXT)))"),
         &oldTags},
        {QStringLiteral("INSERT OR IGNORE INTO applicant_tags (tag, applicant_id) SELECT "
                        "json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM "
                        "json_each(CAST(? AS TEXT))"),
         &tags},
    };
    for (const auto &[sql, rows] : statements) {
        if (rows->isEmpty()) {
            continue;
        }
        QSqlQuery &query = m_db.prepared(sql);
        query.addBindValue(rows->text());
        if (!query.exec()) {
            return StoreError::fromSql(query.lastError(), action);
        }
        query.finish();
    }
    return {};
}

Result<void> Store::moveToServerUuid(const QUuid &local, const QUuid &server)
{
    const QString action = tr("apply the server's changes");
    // The server's uuid may be known here as a tombstone, with nothing waiting: it gives way.
    const QString from = uuidText(local);
    const QString to = uuidText(server);
    const std::pair<QString, QVariantList> statements[] = {
        {QStringLiteral("DELETE FROM records WHERE uuid = ?"), {to}},
        {QStringLiteral("UPDATE records SET uuid = ?, server_version = 0, server_body = NULL "
                        "WHERE uuid = ?"),
         {to, from}},
        {QStringLiteral("UPDATE outbox SET uuid = ?, base_version = 0 WHERE uuid = ?"), {to, from}},
        {QStringLiteral("DELETE FROM conflicts WHERE uuid = ?"), {from}},
    };
    for (const auto &[sql, values] : statements) {
        if (auto done = run(m_db.prepared(sql), values, action); !done) {
            return done;
        }
    }
    return {};
}

// --- conflicts ------------------------------------------------------------------------------

Result<Conflict> Store::localValue(OutboxEntry::Entity entity, const QUuid &uuid)
{
    Conflict local;
    local.entity = entity;
    local.uuid = uuid;
    if (entity == OutboxEntry::Entity::Applicant) {
        auto found = applicant(uuid);
        if (!found) {
            return found.error();
        }
        local.applicant = uuid;
        local.kind = QStringLiteral(""); // not null: the column is NOT NULL
        local.mine = labelJson(found->label);
        local.mineDeleted = found->deleted;
        return local;
    }
    auto found = recordJson(uuid);
    if (!found) {
        return found.error();
    }
    if (!found->has_value()) {
        return StoreError::make(StoreError::Code::NotFound, recordNotFound(), uuidText(uuid));
    }
    const auto &[meta, body] = found->value();
    local.applicant = meta.applicant;
    local.kind = meta.kind;
    local.mine = body;
    local.mineDeleted = meta.deleted;
    return local;
}

Result<Store::Outcome> Store::conflictOrSame(const RemoteChange &theirs)
{
    const QString action = tr("keep the conflict with the server");
    auto local = localValue(theirs.entity, theirs.uuid);
    if (!local) {
        return local.error();
    }
    const QJsonObject theirsValue = theirsJson(theirs);
    const QString uuid = uuidText(theirs.uuid);
    if (local->mineDeleted == theirs.deleted && (theirs.deleted || local->mine == theirsValue)) {
        // The server already has the local value (our push arrived, its answer did not):
        // nothing is left to push or to resolve.
        const std::pair<QString, QVariantList> statements[] = {
            {QStringLiteral("UPDATE ") + table(theirs.entity)
                 + QStringLiteral(" SET server_version = ?, server_body = ? WHERE uuid = ?"),
             {theirs.version, theirs.deleted ? QVariant() : QVariant(jsonText(theirsValue)), uuid}},
            {QStringLiteral("DELETE FROM outbox WHERE uuid = ?"), {uuid}},
            {QStringLiteral("DELETE FROM conflicts WHERE uuid = ?"), {uuid}},
        };
        for (const auto &[sql, values] : statements) {
            if (auto done = run(m_db.prepared(sql), values, action); !done) {
                return done.error();
            }
        }
        return Outcome::Applied;
    }
    auto merged = mergeWithServer(*local, theirs);
    if (!merged) {
        return merged.error();
    }
    if (*merged) {
        return Outcome::Applied;
    }
    // The first detection's time stays; a newer server version replaces an older one.
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO conflicts (uuid, entity, applicant_uuid, kind, mine, mine_deleted, theirs, "
        "theirs_version, theirs_deleted, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (uuid) DO UPDATE SET mine = excluded.mine, "
        "mine_deleted = excluded.mine_deleted, theirs = excluded.theirs, "
        "theirs_version = excluded.theirs_version, theirs_deleted = excluded.theirs_deleted "
        "WHERE excluded.theirs_version >= conflicts.theirs_version"));
    const QString now = stamp(m_db.clock().now());
    if (auto done = run(query,
                        {uuid, entityName(theirs.entity), uuidText(local->applicant), local->kind,
                         jsonText(local->mine), local->mineDeleted ? 1 : 0, jsonText(theirsValue),
                         theirs.version, theirs.deleted ? 1 : 0, now},
                        action);
        !done) {
        return done.error();
    }
    QSqlQuery &hold =
        m_db.prepared(QStringLiteral("UPDATE outbox SET hold = ?, held_at = ? WHERE uuid = ?"));
    if (auto done = run(hold, {HoldConflict, now, uuid}, action); !done) {
        return done.error();
    }
    return Outcome::Conflict;
}

namespace {

// The three-way merge of a record's JSON (or an applicant's {"label": ...}) key by key: a key
// changed on one side only takes that side's value, a key changed to the same value on both
// sides takes it; nullopt when a key changed on both sides to different values. A list (the
// resume, the timeline) is one value.
std::optional<QJsonObject> mergeKeys(const QString &kind, const QJsonObject &base,
                                     const QJsonObject &mine, const QJsonObject &theirs)
{
    QSet<QString> keys;
    for (const QJsonObject *side : {&base, &mine, &theirs}) {
        const QStringList sideKeys = side->keys();
        keys.unite(QSet<QString>(sideKeys.cbegin(), sideKeys.cend()));
    }
    if (kind == domain::DegreeApplication::kind()) {
        // Its state and timeline change together, by the state machine's rules: two
        // transitions made apart are never merged.
        const auto movedState = [&base](const QJsonObject &side) {
            return side.value(domain::Field::State) != base.value(domain::Field::State)
                   || side.value(domain::StateChange::TimelineKey)
                          != base.value(domain::StateChange::TimelineKey);
        };
        if (movedState(mine) && movedState(theirs)) {
            return std::nullopt;
        }
    }
    QJsonObject merged;
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue was = base.value(key);
        const QJsonValue ours = mine.value(key);
        const QJsonValue server = theirs.value(key);
        QJsonValue value;
        if (ours == server || ours == was) {
            value = server;
        } else if (server == was) {
            value = ours;
        } else {
            return std::nullopt;
        }
        if (!value.isUndefined()) {
            merged.insert(key, value);
        }
    }
    return merged;
}

} // namespace

Result<bool> Store::mergeWithServer(const Conflict &local, const RemoteChange &theirs)
{
    // A delete against an edit, or a photo (its image and its measurements go together): the
    // user decides.
    const bool isApplicant = local.entity == OutboxEntry::Entity::Applicant;
    if (local.mineDeleted || theirs.deleted || local.kind == domain::Photo::kind()) {
        return false;
    }
    const QString action = tr("merge the server's change");
    const QString uuid = uuidText(theirs.uuid);
    QSqlQuery &known = m_db.prepared(QStringLiteral("SELECT server_body FROM ")
                                     + table(local.entity) + QStringLiteral(" WHERE uuid = ?"));
    if (auto done = run(known, {uuid}, action); !done) {
        return done.error();
    }
    const QVariant stored = known.next() ? known.value(0) : QVariant();
    known.finish();
    if (stored.isNull()) {
        return false; // the server's value at our base is not known
    }
    const QJsonObject base = QJsonDocument::fromJson(stored.toByteArray()).object();
    const QJsonObject theirsValue = theirsJson(theirs);
    const auto merged = mergeKeys(local.kind, base, local.mine, theirsValue);
    if (!merged) {
        return false;
    }
    if (isApplicant) {
        if (!labelFits(merged->value(Conflict::LabelKey).toString())) {
            return false;
        }
    } else {
        domain::Dossier scratch;
        if (!RecordKinds::addTo(&scratch, local.kind, *merged)) {
            return false;
        }
    }

    // The merged value is the local one, based on the server's; the conflict (an older one
    // of the same change) goes. When it is the server's value, nothing is left to push.
    const bool nothingToPush = *merged == theirsValue;
    const QString now = stamp(m_db.clock().now());
    const QString theirsText = jsonText(theirsValue);
    QSqlQuery &write = m_db.prepared(
        isApplicant
            ? QStringLiteral("UPDATE applicants SET label = ?, revision = revision + 1, "
                             "server_version = ?, server_body = ?, updated_at = ?, "
                             "touched_at = ? WHERE uuid = ? RETURNING id, revision")
            : QStringLiteral("UPDATE records SET body = ?, revision = revision + 1, "
                             "server_version = ?, server_body = ?, updated_at = ? WHERE uuid = ? "
                             "RETURNING applicant_id, revision"));
    QVariantList values{theirs.version, theirsText, now, uuid};
    if (isApplicant) {
        values.insert(3, now);
        values.prepend(merged->value(Conflict::LabelKey).toString());
    } else {
        values.prepend(jsonText(*merged));
    }
    if (auto done = run(write, values, action); !done) {
        return done.error();
    }
    if (!write.next()) {
        write.finish();
        return StoreError::make(StoreError::Code::NotFound,
                                isApplicant ? applicantNotFound() : recordNotFound(), uuid);
    }
    const qint64 applicantId = write.value(0).toLongLong();
    const qint64 revision = write.value(1).toLongLong();
    write.finish();
    QSqlQuery &drop = m_db.prepared(QStringLiteral("DELETE FROM conflicts WHERE uuid = ?"));
    if (auto done = run(drop, {uuid}, action); !done) {
        return done.error();
    }
    if (nothingToPush) {
        QSqlQuery &sent = m_db.prepared(QStringLiteral("DELETE FROM outbox WHERE uuid = ?"));
        if (auto done = run(sent, {uuid}, action); !done) {
            return done.error();
        }
    } else if (auto queued = enqueue(local.entity, theirs.uuid, OutboxEntry::Operation::Upsert,
                                     revision, theirs.version);
               !queued) {
        return queued.error();
    }
    if (!isApplicant) {
        if (auto touched = touch(applicantId); !touched) {
            return touched.error();
        }
    }
    if (auto indexed = RosterIndex::refresh(m_db, applicantId); !indexed) {
        return indexed.error();
    }
    return true;
}

Result<bool> Store::hasConflict(const QUuid &uuid)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT 1 FROM conflicts WHERE uuid = ?"));
    if (auto done = run(query, {uuidText(uuid)}, tr("read the conflicts")); !done) {
        return done.error();
    }
    return hasRow(query);
}

Result<void> Store::refreshConflictMine(OutboxEntry::Entity entity, const QUuid &uuid)
{
    auto local = localValue(entity, uuid);
    if (!local) {
        return local.error();
    }
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("UPDATE conflicts SET mine = ?, mine_deleted = ? WHERE uuid = ?"));
    return run(query, {jsonText(local->mine), local->mineDeleted ? 1 : 0, uuidText(uuid)},
               tr("keep the conflict with the server"));
}

Result<void> Store::recordConflict(const QUuid &uuid, const RemoteChange &theirs)
{
    return transaction([&]() -> Result<void> {
        if (auto checked = checkChange(theirs); !checked) {
            return checked;
        }
        if (theirs.uuid != uuid) {
            // singleKindExists: the server has another live record of this single kind.
            auto local = localValue(OutboxEntry::Entity::Record, uuid);
            if (!local) {
                return local.error();
            }
            if (theirs.entity != OutboxEntry::Entity::Record || !RecordKinds::isSingle(theirs.kind)
                || local->kind != theirs.kind || local->applicant != theirs.applicant) {
                return StoreError::make(StoreError::Code::InvalidData,
                                        tr("The server answered with another record than the "
                                           "one sent. Nothing was changed."),
                                        uuidText(uuid) + QLatin1Char(' ') + uuidText(theirs.uuid));
            }
            if (auto moved = moveToServerUuid(uuid, theirs.uuid); !moved) {
                return moved;
            }
        }
        auto outcome = conflictOrSame(theirs);
        if (!outcome) {
            return outcome.error();
        }
        return {};
    });
}

Result<QList<Conflict>> Store::conflicts()
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + ConflictColumns
                                     + QStringLiteral("ORDER BY detected_at, uuid"));
    if (auto done = run(query, {}, tr("read the conflicts")); !done) {
        return done.error();
    }
    QList<Conflict> found;
    while (query.next()) {
        found.append(conflictFrom(query));
    }
    query.finish();
    return found;
}

Result<Conflict> Store::conflict(const QUuid &uuid)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + ConflictColumns
                                     + QStringLiteral("WHERE uuid = ?"));
    if (auto done = run(query, {uuidText(uuid)}, tr("read the conflicts")); !done) {
        return done.error();
    }
    if (!query.next()) {
        query.finish();
        return StoreError::make(StoreError::Code::NotFound,
                                tr("The conflict was not found: it may have been resolved "
                                   "meanwhile."),
                                uuidText(uuid));
    }
    Conflict found = conflictFrom(query);
    query.finish();
    return found;
}

Result<void> Store::resolveConflict(const QUuid &uuid, const QJsonObject &merged, bool deleted)
{
    return transaction([&]() -> Result<void> {
        auto found = conflict(uuid);
        if (!found) {
            return found.error();
        }
        const Conflict &c = *found;
        if (deleted && c.theirsDeleted) {
            return takeTheirsLocked(c); // both want it gone: the server already has that
        }
        const QString action = tr("save the resolved conflict");
        const QString id = uuidText(uuid);
        const QString now = stamp(m_db.clock().now());
        QSqlQuery &drop = m_db.prepared(QStringLiteral("DELETE FROM conflicts WHERE uuid = ?"));
        if (auto done = run(drop, {id}, action); !done) {
            return done;
        }
        const auto operation =
            deleted ? OutboxEntry::Operation::Delete : OutboxEntry::Operation::Upsert;
        const QVariant theirsBody = c.theirsDeleted ? QVariant() : QVariant(jsonText(c.theirs));
        qint64 applicantId = 0;
        qint64 revision = 0;

        if (c.entity == OutboxEntry::Entity::Record) {
            QJsonObject body = merged;
            QByteArray jpeg;
            if (!deleted) {
                domain::Dossier scratch;
                if (auto read = RecordKinds::addTo(&scratch, c.kind, merged); !read) {
                    return StoreError::make(StoreError::Code::InvalidData,
                                            //: %1 the rule it breaks and the field
                                            tr("The merged record cannot be saved (%1). Correct "
                                               "it and resolve the conflict again.")
                                                .arg(read.error().detail),
                                            read.error().detail);
                }
                if (c.kind == domain::Photo::kind()) {
                    auto taken = takePhotoJpeg(&body);
                    if (!taken) {
                        return taken.error();
                    }
                    jpeg = *taken;
                }
            }
            QSqlQuery &query = m_db.prepared(
                deleted ? QStringLiteral("UPDATE records SET deleted = 1, revision = revision + 1, "
                                         "server_version = ?, server_body = ?, updated_at = ? "
                                         "WHERE uuid = ? RETURNING id, applicant_id, revision")
                        : QStringLiteral("UPDATE records SET body = ?, deleted = 0, "
                                         "revision = revision + 1, server_version = ?, "
                                         "server_body = ?, updated_at = ? WHERE uuid = ? "
                                         "RETURNING id, applicant_id, revision"));
            // The merge is based on the server's value: that is the base of the next merge.
            QVariantList values{c.theirsVersion, theirsBody, now, id};
            if (!deleted) {
                values.prepend(jsonText(body));
            }
            if (auto done = run(query, values, action); !done) {
                return done;
            }
            if (!query.next()) {
                query.finish();
                return StoreError::make(StoreError::Code::NotFound, recordNotFound(), id);
            }
            const qint64 rowId = query.value(0).toLongLong();
            applicantId = query.value(1).toLongLong();
            revision = query.value(2).toLongLong();
            query.finish();
            if (!jpeg.isEmpty()) {
                QSqlQuery &photo = m_db.prepared(QStringLiteral(
                    "INSERT OR REPLACE INTO photo_jpegs (record_id, jpeg) VALUES (?, ?)"));
                if (auto done = run(photo, {rowId, jpeg}, action); !done) {
                    return done;
                }
            }
            if (auto queued = enqueue(c.entity, uuid, operation, revision, c.theirsVersion);
                !queued) {
                return queued;
            }
            if (auto touched = touch(applicantId); !touched) {
                return touched;
            }
        } else {
            const QString label = merged.value(Conflict::LabelKey).toString().trimmed();
            if (!deleted && !labelFits(label)) {
                return StoreError::make(
                    StoreError::Code::InvalidData,
                    tr("Applicant name: give a name of 1 to %1 characters.").arg(MaxLabelLength));
            }
            QSqlQuery &find =
                m_db.prepared(QStringLiteral("SELECT id FROM applicants WHERE uuid = ?"));
            if (auto done = run(find, {id}, action); !done) {
                return done;
            }
            if (!find.next()) {
                find.finish();
                return StoreError::make(StoreError::Code::NotFound, applicantNotFound(), id);
            }
            applicantId = find.value(0).toLongLong();
            find.finish();
            if (deleted) {
                // As deleteApplicant: its records go with it, their waiting changes too.
                for (const QString &sql :
                     {QStringLiteral("DELETE FROM conflicts WHERE uuid IN "
                                     "(SELECT uuid FROM records WHERE applicant_id = ?)"),
                      QStringLiteral("DELETE FROM outbox WHERE entity = 'record' AND uuid IN "
                                     "(SELECT uuid FROM records WHERE applicant_id = ?)")}) {
                    if (auto done = run(m_db.prepared(sql), {applicantId}, action); !done) {
                        return done;
                    }
                }
                QSqlQuery &records = m_db.prepared(QStringLiteral(
                    "UPDATE records SET deleted = 1, revision = revision + 1, updated_at = ? "
                    "WHERE applicant_id = ? AND deleted = 0"));
                if (auto done = run(records, {now, applicantId}, action); !done) {
                    return done;
                }
            }
            QSqlQuery &query = m_db.prepared(QStringLiteral(
                "UPDATE applicants SET label = CASE WHEN ? = '' THEN label ELSE ? END, "
                "deleted = ?, revision = revision + 1, server_version = ?, server_body = ?, "
                "updated_at = ?, touched_at = ? WHERE id = ? RETURNING revision"));
            const QString kept = deleted ? QStringLiteral("") : label;
            if (auto done = run(query,
                                {kept, kept, deleted ? 1 : 0, c.theirsVersion, theirsBody, now, now,
                                 applicantId},
                                action);
                !done) {
                return done;
            }
            query.next();
            revision = query.value(0).toLongLong();
            query.finish();
            if (auto queued = enqueue(c.entity, uuid, operation, revision, c.theirsVersion);
                !queued) {
                return queued;
            }
        }
        return RosterIndex::refresh(m_db, applicantId);
    });
}

Result<void> Store::resolveTakeTheirs(const QUuid &uuid)
{
    return transaction([&]() -> Result<void> {
        auto found = conflict(uuid);
        if (!found) {
            return found.error();
        }
        return takeTheirsLocked(*found);
    });
}

Result<void> Store::takeTheirsLocked(const Conflict &c)
{
    const QString action = tr("take the server's version");
    const QString id = uuidText(c.uuid);
    for (const QString &sql : {QStringLiteral("DELETE FROM conflicts WHERE uuid = ?"),
                               QStringLiteral("DELETE FROM outbox WHERE uuid = ?")}) {
        if (auto done = run(m_db.prepared(sql), {id}, action); !done) {
            return done;
        }
    }
    if (c.entity == OutboxEntry::Entity::Applicant && c.theirsDeleted) {
        // The applicant is gone on the server: its records' local changes go with it.
        const QString now = stamp(m_db.clock().now());
        for (const QString &sql :
             {QStringLiteral("DELETE FROM conflicts WHERE uuid IN (SELECT r.uuid FROM records r "
                             "JOIN applicants a ON a.id = r.applicant_id WHERE a.uuid = ?)"),
              QStringLiteral("DELETE FROM outbox WHERE uuid IN (SELECT r.uuid FROM records r "
                             "JOIN applicants a ON a.id = r.applicant_id WHERE a.uuid = ?)")}) {
            if (auto done = run(m_db.prepared(sql), {id}, action); !done) {
                return done;
            }
        }
        QSqlQuery &records = m_db.prepared(QStringLiteral(
            "UPDATE records SET deleted = 1, revision = revision + 1, updated_at = ? WHERE "
            "deleted = 0 AND applicant_id = (SELECT id FROM applicants WHERE uuid = ?)"));
        if (auto done = run(records, {now, id}, action); !done) {
            return done;
        }
    }
    RemoteChange theirs;
    theirs.entity = c.entity;
    theirs.uuid = c.uuid;
    theirs.applicant = c.applicant;
    theirs.kind = c.kind;
    theirs.version = c.theirsVersion;
    theirs.deleted = c.theirsDeleted;
    if (c.entity == OutboxEntry::Entity::Applicant) {
        theirs.label = c.theirs.value(Conflict::LabelKey).toString();
    } else {
        theirs.body = c.theirs;
    }
    QSet<qint64> changed;
    if (auto written = writeRemote(theirs, &changed); !written) {
        return written;
    }
    return refreshRosters(changed);
}

// --- refused pushes and the summary ---------------------------------------------------------

Result<void> Store::markRefused(const QUuid &uuid, qint64 revision, const QString &code,
                                const QString &message)
{
    return transaction([&]() -> Result<void> {
        // A conflict's hold stays: the conflict is resolved first.
        QSqlQuery &query = m_db.prepared(QStringLiteral(
            "UPDATE outbox SET hold = ?, hold_code = ?, hold_message = ?, held_at = ? "
            "WHERE uuid = ? AND revision = ? AND (hold IS NULL OR hold = ?)"));
        return run(query,
                   {HoldRefused, code, message, stamp(m_db.clock().now()), uuidText(uuid), revision,
                    HoldRefused},
                   tr("keep the change the server refused"));
    });
}

Result<QList<RefusedChange>> Store::refusedChanges()
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT ") + OutboxColumns
        + QStringLiteral(", o.hold_code, o.hold_message, o.held_at, "
                         "coalesce(a.uuid, ra.uuid), coalesce(r.kind, '') FROM outbox o "
                         "LEFT JOIN applicants a ON o.entity = 'applicant' AND a.uuid = o.uuid "
                         "LEFT JOIN records r ON o.entity = 'record' AND r.uuid = o.uuid "
                         "LEFT JOIN applicants ra ON ra.id = r.applicant_id "
                         "WHERE o.hold = ? ORDER BY o.seq"));
    if (auto done = run(query, {HoldRefused}, tr("read the changes the server refused")); !done) {
        return done.error();
    }
    QList<RefusedChange> refused;
    while (query.next()) {
        RefusedChange change;
        change.entry = outboxEntryFrom(query);
        change.code = query.value(OutboxColumnCount).toString();
        change.message = query.value(OutboxColumnCount + 1).toString();
        change.refusedAt = fromStamp(query.value(OutboxColumnCount + 2));
        change.applicant = QUuid(query.value(OutboxColumnCount + 3).toString());
        change.kind = query.value(OutboxColumnCount + 4).toString();
        refused.append(change);
    }
    query.finish();
    return refused;
}

Result<SyncSummary> Store::syncSummary()
{
    QSqlQuery &query =
        m_db.prepared(QStringLiteral("SELECT (SELECT count(*) FROM outbox WHERE hold IS NULL), "
                                     "(SELECT count(*) FROM conflicts), "
                                     "(SELECT count(*) FROM outbox WHERE hold = ?)"));
    if (auto done = run(query, {HoldRefused}, tr("count the changes to send")); !done) {
        return done.error();
    }
    query.next();
    SyncSummary summary;
    summary.pending = query.value(0).toLongLong();
    summary.conflicts = query.value(1).toLongLong();
    summary.refused = query.value(2).toLongLong();
    query.finish();
    return summary;
}

} // namespace dd::store
