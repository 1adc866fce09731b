#include "store/Store.h"

#include "domain/JsonWriter.h"
#include "platform/Clock.h"
#include "store/Database.h"
#include "store/ImportPool.h"
#include "store/RecordKinds.h"
#include "store/RosterIndex.h"
#include "store/RosterSearch.h"
#include "store/SearchKeys.h"
#include "store/SqlSupport.h"
#include "store/StoreRows.h"
#include "store/TimeOrderedUuid.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <array>
#include <cstring>
#include <numeric>
#include <type_traits>

namespace dd::store {

using namespace sql;
using namespace rows;

namespace {

const QString RecordColumns = QStringLiteral(
    "r.uuid, a.uuid, r.kind, r.body, r.revision, r.server_version, r.updated_at, r.deleted, "
    "p.jpeg FROM records r JOIN applicants a ON a.id = r.applicant_id "
    "LEFT JOIN photo_jpegs p ON p.record_id = r.id ");

std::pair<RecordMeta, QJsonObject> recordFrom(const QSqlQuery &query)
{
    RecordMeta meta;
    meta.uuid = QUuid(query.value(0).toString());
    meta.applicant = QUuid(query.value(1).toString());
    meta.kind = query.value(2).toString();
    QJsonObject body = QJsonDocument::fromJson(query.value(3).toByteArray()).object();
    meta.revision = query.value(4).toLongLong();
    meta.serverVersion = query.value(5).toLongLong();
    meta.updatedAt = fromStamp(query.value(6));
    meta.deleted = query.value(7).toInt() != 0;
    if (!query.value(8).isNull()) {
        body.insert(domain::Photo::JpegKey,
                    QString::fromLatin1(query.value(8).toByteArray().toBase64()));
    }
    return {meta, body};
}

} // namespace

Store::Store(Database &database)
    : m_db(database)
{}

Result<void> Store::transaction(const std::function<Result<void>()> &fn)
{
    return m_db.transaction(fn);
}

QString Store::applicantNotFound()
{
    return tr("The applicant was not found: it may have been deleted meanwhile.");
}

QString Store::recordNotFound()
{
    return tr("The record was not found: it may have been deleted meanwhile.");
}

Result<qint64> Store::applicantId(const QUuid &applicant)
{
    QSqlQuery &query =
        m_db.prepared(QStringLiteral("SELECT id FROM applicants WHERE uuid = ? AND deleted = 0"));
    if (auto done = run(query, {uuidText(applicant)}, tr("find the applicant")); !done) {
        return done.error();
    }
    if (!query.next()) {
        return StoreError::make(StoreError::Code::NotFound, applicantNotFound());
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<void> Store::touch(qint64 applicantId)
{
    QSqlQuery &query =
        m_db.prepared(QStringLiteral("UPDATE applicants SET touched_at = ? WHERE id = ?"));
    return run(query, {stamp(m_db.clock().now()), applicantId}, tr("save the change"));
}

Result<void> Store::enqueue(OutboxEntry::Entity entity, const QUuid &uuid,
                            OutboxEntry::Operation operation, qint64 revision, qint64 baseVersion)
{
    const QString action = tr("queue the change for sync");
    // A change to something in conflict is held until the user has resolved the conflict, and
    // the conflict shows it as "mine" (see StoreSync.cpp).
    auto inConflict = hasConflict(uuid);
    if (!inConflict) {
        return inConflict.error();
    }
    if (operation == OutboxEntry::Operation::Delete && baseVersion == 0 && !*inConflict) {
        // The server never had it: there is nothing to push.
        QSqlQuery &query = m_db.prepared(QStringLiteral("DELETE FROM outbox WHERE uuid = ?"));
        return run(query, {uuidText(uuid)}, action);
    }
    // A new local change replaces the entry: a refusal of the old one no longer applies.
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "INSERT INTO outbox (entity, uuid, operation, revision, base_version, idempotency_key, "
        "queued_at, hold, held_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uuid) DO "
        "UPDATE SET operation = excluded.operation, revision = excluded.revision, "
        "base_version = excluded.base_version, idempotency_key = excluded.idempotency_key, "
        "queued_at = excluded.queued_at, hold = excluded.hold, held_at = excluded.held_at, "
        "hold_code = NULL, hold_message = NULL"));
    const QString now = stamp(m_db.clock().now());
    if (auto queued = run(query,
                          {entityName(entity), uuidText(uuid), operationName(operation), revision,
                           baseVersion, uuidText(newTimeOrderedUuid()), now,
                           *inConflict ? QVariant(HoldConflict) : QVariant(),
                           *inConflict ? QVariant(now) : QVariant()},
                          action);
        !queued) {
        return queued;
    }
    return *inConflict ? refreshConflictMine(entity, uuid) : Result<void>();
}

// --- applicants ---------------------------------------------------------------------------

Result<Applicant> Store::createApplicant(const QString &label, const QUuid &uuid)
{
    const QString trimmed = label.trimmed();
    if (!labelFits(trimmed)) {
        return StoreError::make(
            StoreError::Code::InvalidData,
            //: %1 is the longest name allowed
            tr("Applicant name: give a name of 1 to %1 characters.").arg(MaxLabelLength));
    }
    Applicant applicant;
    applicant.uuid = uuid.isNull() ? newTimeOrderedUuid() : uuid;
    applicant.label = trimmed;
    applicant.revision = 1;
    applicant.createdAt = applicant.updatedAt = applicant.touchedAt = m_db.clock().now().toUTC();
    auto done = transaction([&]() -> Result<void> {
        QSqlQuery &query = m_db.prepared(QStringLiteral(
            "INSERT INTO applicants (uuid, label, created_at, updated_at, touched_at) "
            "VALUES (?, ?, ?, ?, ?)"));
        const QString now = stamp(applicant.createdAt);
        if (auto inserted = run(query, {uuidText(applicant.uuid), trimmed, now, now, now},
                                tr("add the applicant"));
            !inserted) {
            return inserted;
        }
        const qint64 id = query.lastInsertId().toLongLong();
        if (auto queued = enqueue(OutboxEntry::Entity::Applicant, applicant.uuid,
                                  OutboxEntry::Operation::Upsert, 1, 0);
            !queued) {
            return queued;
        }
        return RosterIndex::refresh(m_db, id);
    });
    if (!done) {
        return done.error();
    }
    return applicant;
}

Result<void> Store::renameApplicant(const QUuid &uuid, const QString &label)
{
    const QString trimmed = label.trimmed();
    if (!labelFits(trimmed)) {
        return StoreError::make(
            StoreError::Code::InvalidData,
            tr("Applicant name: give a name of 1 to %1 characters.").arg(MaxLabelLength));
    }
    return transaction([&]() -> Result<void> {
        auto id = applicantId(uuid);
        if (!id) {
            return id.error();
        }
        const QString now = stamp(m_db.clock().now());
        QSqlQuery &query = m_db.prepared(
            QStringLiteral("UPDATE applicants SET label = ?, revision = revision + 1, "
                           "updated_at = ?, touched_at = ? WHERE id = ? "
                           "RETURNING revision, server_version"));
        if (auto done = run(query, {trimmed, now, now, *id}, tr("rename the applicant")); !done) {
            return done;
        }
        query.next();
        const qint64 revision = query.value(0).toLongLong();
        const qint64 serverVersion = query.value(1).toLongLong();
        query.finish();
        if (auto queued = enqueue(OutboxEntry::Entity::Applicant, uuid,
                                  OutboxEntry::Operation::Upsert, revision, serverVersion);
            !queued) {
            return queued;
        }
        return RosterIndex::refresh(m_db, *id);
    });
}

Result<void> Store::deleteApplicant(const QUuid &uuid)
{
    return transaction([&]() -> Result<void> {
        auto id = applicantId(uuid);
        if (!id) {
            return id.error();
        }
        const QString now = stamp(m_db.clock().now());
        const QString action = tr("delete the applicant");
        QSqlQuery &records =
            m_db.prepared(QStringLiteral("DELETE FROM outbox WHERE entity = 'record' AND uuid IN "
                                         "(SELECT uuid FROM records WHERE applicant_id = ?)"));
        if (auto done = run(records, {*id}, action); !done) {
            return done;
        }
        QSqlQuery &tombstones = m_db.prepared(QStringLiteral(
            "UPDATE records SET deleted = 1, revision = revision + 1, updated_at = ? "
            "WHERE applicant_id = ? AND deleted = 0"));
        if (auto done = run(tombstones, {now, *id}, action); !done) {
            return done;
        }
        QSqlQuery &query = m_db.prepared(QStringLiteral(
            "UPDATE applicants SET deleted = 1, revision = revision + 1, updated_at = ?, "
            "touched_at = ? WHERE id = ? RETURNING revision, server_version"));
        if (auto done = run(query, {now, now, *id}, action); !done) {
            return done;
        }
        query.next();
        const qint64 revision = query.value(0).toLongLong();
        const qint64 serverVersion = query.value(1).toLongLong();
        query.finish();
        // A deleted applicant has no place in the roster.
        if (auto cleared = RosterIndex::clear(m_db, *id); !cleared) {
            return cleared;
        }
        return enqueue(OutboxEntry::Entity::Applicant, uuid, OutboxEntry::Operation::Delete,
                       revision, serverVersion);
    });
}

Result<Applicant> Store::applicant(const QUuid &uuid)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT label, revision, server_version, created_at, updated_at, touched_at, deleted "
        "FROM applicants WHERE uuid = ?"));
    if (auto done = run(query, {uuidText(uuid)}, tr("find the applicant")); !done) {
        return done.error();
    }
    if (!query.next()) {
        return StoreError::make(StoreError::Code::NotFound, applicantNotFound());
    }
    Applicant result;
    result.uuid = uuid;
    result.label = query.value(0).toString();
    result.revision = query.value(1).toLongLong();
    result.serverVersion = query.value(2).toLongLong();
    result.createdAt = fromStamp(query.value(3));
    result.updatedAt = fromStamp(query.value(4));
    result.touchedAt = fromStamp(query.value(5));
    result.deleted = query.value(6).toInt() != 0;
    query.finish();
    return result;
}

Result<qint64> Store::applicantCount()
{
    QSqlQuery &query =
        m_db.prepared(QStringLiteral("SELECT count(*) FROM applicants WHERE deleted = 0"));
    if (auto done = run(query, {}, tr("count the applicants")); !done) {
        return done.error();
    }
    query.next();
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

// --- records --------------------------------------------------------------------------------

Result<QList<std::pair<RecordMeta, QJsonObject>>> Store::loadKind(const QUuid &applicant,
                                                                  const QString &kind)
{
    auto id = applicantId(applicant);
    if (!id) {
        return id.error();
    }
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + RecordColumns
                                     + QStringLiteral("WHERE r.applicant_id = ? AND r.kind = ? "
                                                      "AND r.deleted = 0 ORDER BY r.id"));
    if (auto done = run(query, {*id, kind}, tr("read the records")); !done) {
        return done.error();
    }
    QList<std::pair<RecordMeta, QJsonObject>> rows;
    while (query.next()) {
        rows.append(recordFrom(query));
    }
    query.finish();
    return rows;
}

Result<std::optional<std::pair<RecordMeta, QJsonObject>>> Store::recordJson(const QUuid &record)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + RecordColumns
                                     + QStringLiteral("WHERE r.uuid = ?"));
    if (auto done = run(query, {uuidText(record)}, tr("read the record")); !done) {
        return done.error();
    }
    std::optional<std::pair<RecordMeta, QJsonObject>> row;
    if (query.next()) {
        row = recordFrom(query);
    }
    query.finish();
    return row;
}

Result<RecordMeta> Store::saveJson(const QUuid &applicant, const QString &kind, QJsonObject body,
                                   const QUuid &record)
{
    RecordMeta meta;
    auto done = transaction([&]() -> Result<void> {
        auto id = applicantId(applicant);
        if (!id) {
            return id.error();
        }
        auto saved = saveJsonLocked(*id, applicant, kind, std::move(body), record, false);
        if (!saved) {
            return saved.error();
        }
        meta = *saved;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return meta;
}

Result<RecordMeta> Store::saveJsonLocked(qint64 applicantId, const QUuid &applicant,
                                         const QString &kind, QJsonObject body, const QUuid &record,
                                         bool importing)
{
    if (!RecordKinds::isKnown(kind)) {
        return StoreError::make(StoreError::Code::InvalidData,
                                //: %1 a record kind
                                tr("Cannot save a record of unknown kind \"%1\".").arg(kind));
    }
    const QString action = tr("save the record");
    QByteArray jpeg;
    const bool isPhoto = kind == domain::Photo::kind();
    if (isPhoto) {
        auto taken = takePhotoJpeg(&body);
        if (!taken) {
            return taken.error();
        }
        jpeg = *taken;
    }

    RecordMeta meta;
    meta.applicant = applicant;
    meta.kind = kind;
    meta.updatedAt = m_db.clock().now().toUTC();
    qint64 rowId = 0;
    bool exists = false;
    if (importing) {
        meta.uuid = record;
    } else if (!record.isNull()) {
        QSqlQuery &query = m_db.prepared(QStringLiteral(
            "SELECT id, applicant_id, kind, server_version FROM records WHERE uuid = ?"));
        if (auto done = run(query, {uuidText(record)}, action); !done) {
            return done.error();
        }
        if (query.next()) {
            exists = true;
            rowId = query.value(0).toLongLong();
            const bool same =
                query.value(1).toLongLong() == applicantId && query.value(2).toString() == kind;
            meta.serverVersion = query.value(3).toLongLong();
            query.finish();
            if (!same) {
                return StoreError::make(StoreError::Code::Constraint,
                                        tr("Cannot save the record: its identity belongs to a "
                                           "record of another applicant or of another kind. "
                                           "Nothing was changed."),
                                        uuidText(record));
            }
        }
        meta.uuid = record;
    } else if (RecordKinds::isSingle(kind)) {
        QSqlQuery &query = m_db.prepared(
            QStringLiteral("SELECT id, uuid, server_version FROM records WHERE applicant_id = ? "
                           "AND kind = ? AND deleted = 0"));
        if (auto done = run(query, {applicantId, kind}, action); !done) {
            return done.error();
        }
        if (query.next()) {
            exists = true;
            rowId = query.value(0).toLongLong();
            meta.uuid = QUuid(query.value(1).toString());
            meta.serverVersion = query.value(2).toLongLong();
        }
        query.finish();
    }
    if (meta.uuid.isNull()) {
        meta.uuid = newTimeOrderedUuid();
    }

    const QString now = stamp(meta.updatedAt);
    if (exists) {
        QSqlQuery &query = m_db.prepared(
            QStringLiteral("UPDATE records SET body = ?, revision = revision + 1, updated_at = ?, "
                           "deleted = 0 WHERE id = ? RETURNING revision"));
        if (auto done = run(query, {QString::fromUtf8(compactJson(body)), now, rowId}, action);
            !done) {
            return done.error();
        }
        query.next();
        meta.revision = query.value(0).toLongLong();
        query.finish();
    } else {
        QSqlQuery &query =
            m_db.prepared(QStringLiteral("INSERT INTO records (uuid, applicant_id, kind, body, "
                                         "updated_at) VALUES (?, ?, ?, ?, ?)"));
        if (auto done = run(
                query,
                {uuidText(meta.uuid), applicantId, kind, QString::fromUtf8(compactJson(body)), now},
                action);
            !done) {
            return done.error();
        }
        rowId = query.lastInsertId().toLongLong();
        meta.revision = 1;
    }
    if (isPhoto) {
        QSqlQuery &query = m_db.prepared(
            QStringLiteral("INSERT OR REPLACE INTO photo_jpegs (record_id, jpeg) VALUES (?, ?)"));
        if (auto done = run(query, {rowId, jpeg}, action); !done) {
            return done.error();
        }
    }
    if (auto queued = enqueue(OutboxEntry::Entity::Record, meta.uuid,
                              OutboxEntry::Operation::Upsert, meta.revision, meta.serverVersion);
        !queued) {
        return queued.error();
    }
    if (!importing) {
        if (auto touched = touch(applicantId); !touched) {
            return touched.error();
        }
        if (auto indexed = RosterIndex::refresh(m_db, applicantId); !indexed) {
            return indexed.error();
        }
    }
    return meta;
}

Result<void> Store::removeRecord(const QUuid &record)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery &query = m_db.prepared(QStringLiteral(
            "UPDATE records SET deleted = 1, revision = revision + 1, updated_at = ? "
            "WHERE uuid = ? AND deleted = 0 RETURNING applicant_id, revision, server_version"));
        if (auto done =
                run(query, {stamp(m_db.clock().now()), uuidText(record)}, tr("delete the record"));
            !done) {
            return done;
        }
        if (!query.next()) {
            return StoreError::make(StoreError::Code::NotFound, recordNotFound());
        }
        const qint64 applicantId = query.value(0).toLongLong();
        const qint64 revision = query.value(1).toLongLong();
        const qint64 serverVersion = query.value(2).toLongLong();
        query.finish();
        if (auto queued = enqueue(OutboxEntry::Entity::Record, record,
                                  OutboxEntry::Operation::Delete, revision, serverVersion);
            !queued) {
            return queued;
        }
        if (auto touched = touch(applicantId); !touched) {
            return touched;
        }
        return RosterIndex::refresh(m_db, applicantId);
    });
}

Result<domain::Dossier> Store::dossier(const QUuid &applicant)
{
    auto id = applicantId(applicant);
    if (!id) {
        return id.error();
    }
    return RosterIndex::loadDossier(m_db, *id);
}

// --- photos ---------------------------------------------------------------------------------

QString Store::originalsFolder() const
{
    const QFileInfo info(m_db.path());
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-originals"));
}

Result<QString> Store::keepOriginal(const QByteArray &original)
{
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
    const QString folderPath = QDir(originalsFolder()).filePath(sha.left(2));
    const QString path = QDir(folderPath).filePath(sha);
    if (QFileInfo(path).size() == original.size()) {
        return sha; // the same bytes are already kept
    }
    constexpr auto ownerOnlyFolder =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    if (!QDir().mkpath(folderPath)) {
        return StoreError::make(StoreError::Code::CannotOpen,
                                tr("Cannot create the folder %1 for original photos.")
                                    .arg(QDir::toNativeSeparators(folderPath)));
    }
    QFile::setPermissions(originalsFolder(), ownerOnlyFolder);
    QFile::setPermissions(folderPath, ownerOnlyFolder);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(original) != original.size()
        || !file.commit()) {
        return StoreError::make(StoreError::Code::Io,
                                tr("Cannot keep the original photo in %1: %2")
                                    .arg(QDir::toNativeSeparators(folderPath), file.errorString()),
                                file.errorString());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return sha;
}

Result<RecordMeta> Store::savePhoto(const QUuid &applicant, domain::Photo photo,
                                    const QByteArray &original)
{
    if (!original.isEmpty()) {
        auto sha = keepOriginal(original);
        if (!sha) {
            return sha.error();
        }
        photo.originalSha256 = *sha;
    }
    return save(applicant, photo);
}

Result<QByteArray> Store::originalPhoto(const QString &sha256)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(sha256).hasMatch()) {
        return StoreError::make(StoreError::Code::InvalidData,
                                tr("Original photo: \"%1\" is not a SHA-256 checksum (64 "
                                   "lower-case hexadecimal digits).")
                                    .arg(sha256));
    }
    QFile file(QDir(originalsFolder()).filePath(sha256.left(2) + QLatin1Char('/') + sha256));
    if (!file.open(QIODevice::ReadOnly)) {
        return StoreError::make(StoreError::Code::NotFound,
                                tr("The original photo is no longer in %1. Open it again from "
                                   "its file to crop it anew.")
                                    .arg(QDir::toNativeSeparators(originalsFolder())),
                                file.errorString());
    }
    const QByteArray bytes = file.readAll();
    if (QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())
        != sha256) {
        return StoreError::make(StoreError::Code::Damaged,
                                tr("The kept original photo is damaged (its checksum does not "
                                   "match). Open it again from its file."),
                                sha256);
    }
    return bytes;
}

// --- import ---------------------------------------------------------------------------------

namespace {

// An imported applicant, made ready off the database (on the other cores): its label, roster
// row and records as the JSON text of the bulk statements' rows, all but the ids and identities
// the writer gives.
struct ImportedRecord
{
    QByteArray kind; // UTF-8
    QByteArray body; // compact JSON, UTF-8
    QByteArray jpeg; // a photo's, kept apart
};

struct ImportedApplicant
{
    std::array<QByteArray, 8> fields; // label, name, pinyin, ID number, mobile, sort key, search
                                      // text, tags text: UTF-8
    QList<QByteArray> keys;           // UTF-8
    QList<QByteArray> tags;           // UTF-8
    QList<ImportedRecord> records;
    std::optional<StoreError> problem;
};

// The label an applicant is imported under: the one given, else its name.
QString importLabel(const Store::NewApplicant &item)
{
    const QString label = item.label.trimmed();
    return label.isEmpty() ? RosterIndex::personOf(item.dossier, {}).name : label;
}

// What the roster sorts an imported applicant by (RosterIndex::Row::sortKey), in UTF-8: sorts
// as SQLite's BINARY collation does.
QByteArray importSortKey(const Store::NewApplicant &item)
{
    return utf8(SearchKeys::sortKey(RosterIndex::personOf(item.dossier, importLabel(item))));
}

ImportedApplicant prepareImport(const Store::NewApplicant &item,
                                const domain::ValidationContext &context)
{
    ImportedApplicant out;
    const QString label = importLabel(item);
    if (!labelFits(label)) {
        out.problem =
            StoreError::make(StoreError::Code::InvalidData,
                             Store::tr("Give a name of 1 to %1 characters.").arg(MaxLabelLength));
        return out;
    }
    // The records' JSON is written straight from their values (JsonTextWriter: the same text
    // as compactJson(toJson()) without a QJsonObject between); a photo's JPEG is kept apart.
    RecordKinds::forEachRecord(item.dossier, [&out](const auto &value) {
        if (out.problem) {
            return;
        }
        ImportedRecord record;
        record.kind = value.kind().toUtf8();
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, domain::Photo>) {
            QJsonObject body = value.toJson();
            auto jpeg = takePhotoJpeg(&body);
            if (!jpeg) {
                out.problem = jpeg.error();
                return;
            }
            record.jpeg = *jpeg;
            record.body = compactJson(body);
        } else {
            record.body = domain::JsonTextWriter::of(value);
        }
        out.records.append(record);
    });
    if (out.problem) {
        return out;
    }
    const RosterIndex::Row row = RosterIndex::rowFor(label, item.dossier, context);
    const std::initializer_list<const QString *> fields{
        &label,      &row.name,    &row.namePinyin, &row.idNumber,
        &row.mobile, &row.sortKey, &row.searchText, &row.tagsText};
    std::transform(fields.begin(), fields.end(), out.fields.begin(),
                   [](const QString *text) { return utf8(*text); });
    out.keys.reserve(row.keys.size());
    for (const QString &key : row.keys) {
        out.keys.append(utf8(key));
    }
    out.tags.reserve(row.tags.size());
    for (const QString &tag : row.tags) {
        out.tags.append(utf8(tag));
    }
    return out;
}

// Applicants per bulk statement. While one chunk is written, the next ones are made ready on
// the thread pool: three chunks of 500 keep the other cores busy (with only the next one they
// waited for the writer, some 45 ms of bench_store's import_10k) and bound the memory an
// import takes. The first chunks are smaller (125, 250), so that the writer starts sooner.
constexpr qsizetype ImportChunk = 500;
constexpr qsizetype ImportFirstChunk = 125;
constexpr qsizetype ImportChunksAhead = 3;

// Where the chunks of `count` applicants begin, and the end: 0, 125, 375, 875, 1375 ...
QList<qsizetype> importChunkBounds(qsizetype count)
{
    QList<qsizetype> bounds{0};
    for (qsizetype size = ImportFirstChunk; bounds.constLast() < count;
         size = qMin(2 * size, ImportChunk)) {
        bounds.append(qMin(count, bounds.constLast() + size));
    }
    return bounds;
}

// A search key to write, as bytes kept elsewhere, and its applicant's place in name order.
struct KeyRef
{
    const char *data;
    qsizetype length;
    qsizetype applicant;

    QByteArrayView key() const { return {data, length}; }
};

bool keyOrder(const KeyRef &a, const KeyRef &b)
{
    const int byKey = a.key().compare(b.key());
    return byKey != 0 ? byKey < 0 : a.applicant < b.applicant;
}

// A chunk's search keys packed in one buffer, and in key order, then name order: the order of
// the keys' index. `refs` point into `bytes`.
struct ChunkKeys
{
    QByteArray bytes;
    QList<KeyRef> refs;
};

// `keys`: the keys of each applicant of a chunk, the first `firstApplicant` in name order.
ChunkKeys sortedChunkKeys(const QList<QList<QByteArray>> &keys, qsizetype firstApplicant)
{
    ChunkKeys out;
    qsizetype count = 0;
    qsizetype size = 0;
    for (const QList<QByteArray> &list : keys) {
        count += list.size();
        for (const QByteArray &key : list) {
            size += key.size();
        }
    }
    out.bytes.resize(size);
    out.refs.reserve(count);
    char *write = out.bytes.data();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        for (const QByteArray &key : keys.at(i)) {
            std::memcpy(write, key.constData(), key.size());
            out.refs.append({write, key.size(), firstApplicant + i});
            write += key.size();
        }
    }
    std::sort(out.refs.begin(), out.refs.end(), keyOrder);
    return out;
}

// All the chunks' keys in one order (a merge of their sorted lists, pair by pair).
QList<KeyRef> mergedKeys(QList<QFuture<ChunkKeys>> chunks, QList<ChunkKeys> *kept)
{
    QList<QList<KeyRef>> runs;
    for (QFuture<ChunkKeys> &chunk : chunks) {
        kept->append(chunk.result());
        runs.append(kept->constLast().refs);
    }
    while (runs.size() > 1) {
        QList<QList<KeyRef>> merged;
        for (qsizetype i = 0; i + 1 < runs.size(); i += 2) {
            QList<KeyRef> both(runs.at(i).size() + runs.at(i + 1).size());
            std::merge(runs.at(i).cbegin(), runs.at(i).cend(), runs.at(i + 1).cbegin(),
                       runs.at(i + 1).cend(), both.begin(), keyOrder);
            merged.append(both);
        }
        if (runs.size() % 2 == 1) {
            merged.append(runs.constLast());
        }
        runs = merged;
    }
    return runs.isEmpty() ? QList<KeyRef>() : runs.constFirst();
}

// Inserts rows of `tuple` ("(?, ?)") each, many rows to a statement: "head (?, ?), (?, ?) ...".
// Statements take 128, 64, ... 1 rows, so that a few prepared statements serve any count.
// Bound values are cheaper for SQLite than rows of JSON taken apart with json_each and
// json_extract (bench_store --profile: the applicants' rows of an import of 10,000 took 162 ms
// that way, 76 ms bound).
Result<void> insertRows(Database &db, const QString &head, const QString &tuple,
                        QVariantList values, const QString &action)
{
    constexpr qsizetype MostRows = 128;
    const qsizetype columns = placeholderCount(tuple);
    const qsizetype fixed = placeholderCount(head);
    if (columns == 0 || values.size() % columns != 0) {
        return wrongValueCount(
            action, QStringLiteral("%1 values for rows of %2").arg(values.size()).arg(tuple));
    }
    const qsizetype rows = values.size() / columns;
    qsizetype row = 0;
    while (row < rows) {
        qsizetype count = MostRows;
        while (count > rows - row) {
            count /= 2;
        }
        // Each value is bound once: moved into its statement's values, not copied.
        QVariantList part;
        part.reserve(count * columns);
        for (qsizetype i = row * columns; i < (row + count) * columns; ++i) {
            part.append(std::move(values[i]));
        }
        if (auto done =
                run(db.preparedRows(head, tuple, count), part, action, fixed + count * columns);
            !done) {
            return done;
        }
        row += count;
    }
    return {};
}

} // namespace

Result<QList<QUuid>> Store::importApplicants(const QList<NewApplicant> &applicants)
{
    if (applicants.isEmpty()) {
        return QList<QUuid>(); // no transaction, no checkpoint
    }
    const domain::ValidationContext context = domain::ValidationContext::at(m_db.clock().today());
    // The applicants go in in name order: their ids, rows and records are given in that order,
    // so that every table and index but the search keys' takes them at its end, or (the names')
    // page after page. Sorting takes their sort keys first, on all cores.
    const QList<QByteArray> sortKeys =
        QtConcurrent::blockingMapped(importPool(), applicants, [](const NewApplicant &item) {
            giveWayToTheWriter();
            return importSortKey(item);
        });
    QList<qsizetype> byName(applicants.size());
    std::iota(byName.begin(), byName.end(), 0);
    std::stable_sort(byName.begin(), byName.end(),
                     [&](qsizetype a, qsizetype b) { return sortKeys.at(a) < sortKeys.at(b); });
    const QList<qsizetype> bounds = importChunkBounds(byName.size());
    const qsizetype chunks = bounds.size() - 1;
    auto prepareChunk = [&](qsizetype chunk) {
        return QtConcurrent::mapped(importPool(), byName.cbegin() + bounds.at(chunk),
                                    byName.cbegin() + bounds.at(chunk + 1),
                                    [&applicants, context](qsizetype index) {
                                        giveWayToTheWriter();
                                        return prepareImport(applicants.at(index), context);
                                    });
    };
    const QString action = tr("import the applicants");
    // A bad applicant stops the import. The chunks come in name order, so the one met may not
    // be the batch's first bad one: those before it in the batch are checked again.
    auto refusal = [&](qsizetype found, StoreError problem) {
        for (qsizetype index = 0; index < found; ++index) {
            if (auto earlier = prepareImport(applicants.at(index), context).problem) {
                problem = *earlier;
                found = index;
                break;
            }
        }
        //: %1 the applicant's number in the import, %2 what is wrong (a sentence)
        problem.message = tr("Applicant %1: %2 None of the applicants was imported.")
                              .arg(found + 1)
                              .arg(problem.message);
        return problem;
    };

    QList<QUuid> created(applicants.size());
    // Chunks in the making: the one the writer waits for and those behind it, so that the
    // other cores never wait for the writer.
    QList<QFuture<ImportedApplicant>> coming;
    for (qsizetype chunk = 0; chunk < chunks && chunk < ImportChunksAhead; ++chunk) {
        coming.append(prepareChunk(chunk));
    }
    // The search keys go in once at the end, in key order: each chunk's are sorted on the pool
    // when the writer has taken the chunk, and all merged there while it writes the last one.
    QList<QFuture<ChunkKeys>> chunkKeys;
    QList<ChunkKeys> keptKeys; // what the merged keys point into
    QFuture<QList<KeyRef>> keysInOrder;
    QList<KeyRef> sorted;
    constexpr qsizetype KeySlice = 8'192; // keys to a slice of bound values
    QList<QFuture<QVariantList>> keySlices;
    // The import's WAL (some hundred megabytes at 10,000 applicants) goes back into the file
    // after the commit, on a thread of its own.
    auto done = m_db.transaction(Database::Checkpoint::Background, [&]() -> Result<void> {
        // Inside this write transaction no one else adds rows: the next ids are ours to give.
        auto nextId = [&](const QString &table) -> Result<qint64> {
            QSqlQuery query(m_db.connection());
            if (!query.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM ") + table)) {
                return StoreError::fromSql(query.lastError(), action);
            }
            query.next();
            return query.value(0).toLongLong();
        };
        const auto firstApplicantId = nextId(QStringLiteral("applicants"));
        const auto firstRecordId = nextId(QStringLiteral("records"));
        if (!firstApplicantId || !firstRecordId) {
            return firstApplicantId ? firstRecordId.error() : firstApplicantId.error();
        }
        qint64 recordId = *firstRecordId;
        const QString now = stamp(m_db.clock().now());
        // The applicants, their records, changes and tags go in chunk by chunk, while the next
        // chunks are made ready; the search keys once at the end, in key order, so that their
        // index takes them page after page instead of all over. A chunk's applicants go in
        // before their records, whose references are checked as they go in. (Not deferred to
        // the commit: PRAGMA defer_foreign_keys, like every flag pragma, expires all prepared
        // statements, and each import then compiled its statements of 128 rows again.)
        for (qsizetype chunk = 0; chunk < chunks; ++chunk) {
            const qsizetype first = bounds.at(chunk);
            QList<ImportedApplicant> ready = coming.takeFirst().results();
            if (const qsizetype later = chunk + ImportChunksAhead; later < chunks) {
                coming.append(prepareChunk(later));
            }
            qsizetype identities = 0;
            for (qsizetype i = 0; i < ready.size(); ++i) {
                if (const auto &problem = ready.at(i).problem) {
                    return refusal(byName.at(first + i), *problem);
                }
                identities += 2 + 2 * ready.at(i).records.size();
            }
            const QList<QUuid> uuids = newTimeOrderedUuids(identities);
            qsizetype nextUuid = 0;
            QVariantList applicantValues;
            applicantValues.reserve(ready.size() * 13);
            QVariantList recordValues;
            recordValues.reserve(ready.size() * 3 * 6);
            QVariantList outboxValues;
            outboxValues.reserve(ready.size() * 4 * 4);
            QVariantList tagValues;
            tagValues.reserve(ready.size() * 16);
            QList<std::pair<qint64, QByteArray>> photos;
            const QVariant applicantEntity = QByteArrayLiteral("applicant");
            const QVariant recordEntity = QByteArrayLiteral("record");
            const QVariant stamped = now.toUtf8(); // every row's time
            QList<QList<QByteArray>> keyLists;
            keyLists.reserve(ready.size());
            for (qsizetype i = 0; i < ready.size(); ++i) {
                ImportedApplicant &item = ready[i];
                const qint64 id = *firstApplicantId + first + i;
                const QUuid uuid = uuids.at(nextUuid++);
                const QByteArray uuidText = uuid.toByteArray(QUuid::WithoutBraces);
                applicantValues << id << uuidText;
                for (const QByteArray &field : item.fields) {
                    applicantValues << field;
                }
                applicantValues << stamped << stamped << stamped;
                outboxValues << applicantEntity << uuidText
                             << uuids.at(nextUuid++).toByteArray(QUuid::WithoutBraces) << stamped;
                for (const ImportedRecord &record : item.records) {
                    const qint64 rowId = recordId++;
                    const QByteArray recordUuid =
                        uuids.at(nextUuid++).toByteArray(QUuid::WithoutBraces);
                    recordValues << rowId << recordUuid << id << record.kind << record.body
                                 << stamped;
                    outboxValues << recordEntity << recordUuid
                                 << uuids.at(nextUuid++).toByteArray(QUuid::WithoutBraces)
                                 << stamped;
                    if (!record.jpeg.isEmpty()) {
                        photos.append({rowId, record.jpeg});
                    }
                }
                keyLists.append(std::move(item.keys));
                for (const QByteArray &tag : item.tags) {
                    tagValues << tag << id;
                }
                created[byName.at(first + i)] = uuid;
            }
            chunkKeys.append(QtConcurrent::run(
                importPool(),
                [first](const QList<QList<QByteArray>> &lists) {
                    giveWayToTheWriter();
                    return sortedChunkKeys(lists, first);
                },
                std::move(keyLists)));
            if (chunk == chunks - 1) {
                keysInOrder = QtConcurrent::run(importPool(), [chunkKeys, &keptKeys] {
                    giveWayToTheWriter();
                    return mergedKeys(chunkKeys, &keptKeys);
                });
            }
            // Text bound as UTF-8 (BLOBs, cast to text: no conversion).
            if (auto inserted = insertRows(
                    m_db,
                    QStringLiteral("INSERT INTO applicants (id, uuid, label, name, name_pinyin, "
                                   "id_number, mobile, sort_key, search_text, tags_text, "
                                   "created_at, updated_at, touched_at) VALUES "),
                    QStringLiteral("(?, CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                   "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                   "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                   "CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))"),
                    std::move(applicantValues), action);
                !inserted) {
                return inserted;
            }
            if (auto inserted = insertRows(
                    m_db,
                    QStringLiteral("INSERT INTO records (id, uuid, applicant_id, kind, body, "
                                   "updated_at) VALUES "),
                    QStringLiteral("(?, CAST(? AS TEXT), ?, CAST(? AS TEXT), CAST(? AS TEXT), "
                                   "CAST(? AS TEXT))"),
                    std::move(recordValues), action);
                !inserted) {
                return inserted;
            }
            if (auto inserted = insertRows(
                    m_db,
                    QStringLiteral("INSERT INTO outbox (entity, uuid, idempotency_key, queued_at, "
                                   "operation, revision, base_version) VALUES "),
                    QStringLiteral("(CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT), "
                                   "CAST(? AS TEXT), 'upsert', 1, 0)"),
                    std::move(outboxValues), action);
                !inserted) {
                return inserted;
            }
            // Tags bound as UTF-8 (BLOBs, cast to text: no conversion).
            if (auto inserted = insertRows(
                    m_db,
                    QStringLiteral(
                        "INSERT OR IGNORE INTO applicant_tags (tag, applicant_id) VALUES "),
                    QStringLiteral("(CAST(? AS TEXT), ?)"), std::move(tagValues), action);
                !inserted) {
                return inserted;
            }
            for (const auto &[rowId, jpeg] : std::as_const(photos)) {
                QSqlQuery &query = m_db.prepared(
                    QStringLiteral("INSERT INTO photo_jpegs (record_id, jpeg) VALUES (?, ?)"));
                if (auto inserted = run(query, {rowId, jpeg}, action); !inserted) {
                    return inserted;
                }
            }
            // What SQLite has written of the WAL so far goes to disk meanwhile.
            m_db.startWalWriteback();
        }

        // The keys in key order, then name order (the order of the ids), bound as UTF-8 (BLOBs,
        // cast to text: no conversion), their values made on the pool while those before them
        // are written. keptKeys outlives the statements: a key is bound without a copy.
        if (chunks > 0) {
            sorted = keysInOrder.result();
        }
        auto keySlice = [&, firstId = *firstApplicantId](qsizetype first) {
            return QtConcurrent::run(importPool(), [&sorted, &sortKeys, &byName, firstId, first] {
                giveWayToTheWriter();
                const qsizetype last = qMin(sorted.size(), first + KeySlice);
                QVariantList values;
                values.reserve((last - first) * 3);
                for (qsizetype i = first; i < last; ++i) {
                    const KeyRef &ref = sorted.at(i);
                    values << QByteArray::fromRawData(ref.data, ref.length)
                           << sortKeys.at(byName.at(ref.applicant)) << firstId + ref.applicant;
                }
                return values;
            });
        };
        for (qsizetype first = 0; first < sorted.size() && keySlices.size() < ImportChunksAhead;
             first += KeySlice) {
            keySlices.append(keySlice(first));
        }
        for (qsizetype first = 0; first < sorted.size(); first += KeySlice) {
            QVariantList values = keySlices.takeFirst().result();
            if (const qsizetype later = first + ImportChunksAhead * KeySlice;
                later < sorted.size()) {
                keySlices.append(keySlice(later));
            }
            if (auto inserted = insertRows(m_db,
                                           QStringLiteral("INSERT OR IGNORE INTO search_keys "
                                                          "(key, sort_key, applicant_id) VALUES "),
                                           QStringLiteral("(CAST(? AS TEXT), CAST(? AS TEXT), ?)"),
                                           std::move(values), action);
                !inserted) {
                return inserted;
            }
            m_db.startWalWriteback();
        }
        return {};
    });
    // A failure leaves work in the making: let it finish before its input goes away.
    for (QFuture<ImportedApplicant> &chunk : coming) {
        chunk.waitForFinished();
    }
    keysInOrder.waitForFinished();
    for (QFuture<ChunkKeys> &chunk : chunkKeys) {
        chunk.waitForFinished();
    }
    for (QFuture<QVariantList> &slice : keySlices) {
        slice.waitForFinished();
    }
    if (!done) {
        return done.error();
    }
    return created;
}

// --- roster ---------------------------------------------------------------------------------

Result<RosterPage> Store::roster(const RosterQuery &query)
{
    return RosterSearch(m_db).page(query);
}

Result<qint64> Store::rosterCount(const RosterQuery &query)
{
    return RosterSearch(m_db).count(query);
}

Result<void> Store::refreshRoster()
{
    return RosterIndex::rebuildAll(m_db);
}

// --- outbox ---------------------------------------------------------------------------------

Result<QList<OutboxEntry>> Store::pendingChanges(int limit)
{
    // Held entries (a conflict to resolve, a change the server refused) wait for the user.
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT ") + OutboxColumns
                                     + QStringLiteral(" FROM outbox o WHERE o.hold IS NULL "
                                                      "ORDER BY o.seq LIMIT ?"));
    if (auto done = run(query, {qMax(1, limit)}, tr("read the changes to send")); !done) {
        return done.error();
    }
    QList<OutboxEntry> entries;
    while (query.next()) {
        entries.append(outboxEntryFrom(query));
    }
    query.finish();
    return entries;
}

Result<qint64> Store::pendingCount()
{
    QSqlQuery &query =
        m_db.prepared(QStringLiteral("SELECT count(*) FROM outbox WHERE hold IS NULL"));
    if (auto done = run(query, {}, tr("count the changes to send")); !done) {
        return done.error();
    }
    query.next();
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

Result<void> Store::markPushed(const QUuid &uuid, qint64 revision, qint64 serverVersion)
{
    const QString action = tr("record what the server accepted");
    return transaction([&]() -> Result<void> {
        // The server now has the value pushed at `revision`: the local one, unless a newer
        // local change replaced it meanwhile (then the server's value is not known here).
        const std::pair<QString, QVariantList> statements[] = {
            {QStringLiteral("UPDATE records SET server_version = ?, server_body = CASE WHEN "
                            "deleted = 0 AND revision = ? THEN body END WHERE uuid = ?"),
             {serverVersion, revision, uuidText(uuid)}},
            {QStringLiteral("UPDATE applicants SET server_version = ?, server_body = CASE WHEN "
                            "deleted = 0 AND revision = ? THEN json_object('label', label) END "
                            "WHERE uuid = ?"),
             {serverVersion, revision, uuidText(uuid)}},
            {QStringLiteral("UPDATE outbox SET base_version = ? WHERE uuid = ?"),
             {serverVersion, uuidText(uuid)}},
        };
        for (const auto &[sql, values] : statements) {
            if (auto done = run(m_db.prepared(sql), values, action); !done) {
                return done;
            }
        }
        QSqlQuery &query =
            m_db.prepared(QStringLiteral("DELETE FROM outbox WHERE uuid = ? AND revision = ?"));
        return run(query, {uuidText(uuid), revision}, action);
    });
}

} // namespace dd::store
