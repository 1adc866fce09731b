#pragma once

#include "domain/Dossier.h"
#include "store/Applicant.h"
#include "store/ApplyReport.h"
#include "store/Conflict.h"
#include "store/OutboxEntry.h"
#include "store/RecordMeta.h"
#include "store/RefusedChange.h"
#include "store/RemoteChange.h"
#include "store/Result.h"
#include "store/RosterEntry.h"
#include "store/RosterQuery.h"
#include "store/SyncSummary.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QUuid>

#include <functional>
#include <optional>

namespace dd::store {

class Database;

// The store's API, in app/domain's types: applicants, their records, photos, the roster and
// the outbox. No SQL leaves app/store.
//
// Every call that writes is one transaction; to make one user action out of several calls,
// wrap them in transaction(): all commit together or none does. Each write bumps the record's
// revision, stamps updated-at from the clock, queues the change in the outbox and refreshes
// the applicant's roster row, all in that same transaction.
class Store
{
    Q_DECLARE_TR_FUNCTIONS(Store)

public:
    explicit Store(Database &database);

    Database &database() { return m_db; }

    Result<void> transaction(const std::function<Result<void>()> &fn);

    // --- applicants ---
    Result<Applicant> createApplicant(const QString &label, const QUuid &uuid = {});
    Result<void> renameApplicant(const QUuid &applicant, const QString &label);
    // Deletes the applicant and all its records (kept as tombstones until sync has pushed it).
    Result<void> deleteApplicant(const QUuid &applicant);
    Result<Applicant> applicant(const QUuid &applicant);
    // How many applicants are not deleted.
    Result<qint64> applicantCount();

    // --- records ---
    // The record of a single kind (registration, basicInfo, photo, defenseRequest, thesis,
    // residencyCertificate, notificationPrefs), or nullopt when there is none yet.
    template<typename T>
    Result<std::optional<Stored<T>>> single(const QUuid &applicant);
    // The records of a list kind (degreeApplication, examRegistration, examScore), oldest first.
    template<typename T>
    Result<QList<Stored<T>>> list(const QUuid &applicant);
    template<typename T>
    Result<Stored<T>> get(const QUuid &record);
    // Saves a record. With a null `record`: a single kind replaces the applicant's record of
    // that kind (or creates it), a list kind adds a new record. With a UUID: updates that
    // record, or creates it under that UUID (as sync does with the server's records).
    template<typename T>
    Result<RecordMeta> save(const QUuid &applicant, const T &value, const QUuid &record = {});
    Result<void> removeRecord(const QUuid &record);

    // Everything of one applicant, for Progress, the summary and export.
    Result<domain::Dossier> dossier(const QUuid &applicant);

    // --- photos ---
    // Saves the processed photo and keeps the original's bytes (when given) in the folder of
    // originals beside the database, named by their SHA-256 (photo.originalSha256 is set).
    Result<RecordMeta> savePhoto(const QUuid &applicant, domain::Photo photo,
                                 const QByteArray &original = {});
    // The bytes of a kept original, by SHA-256 (checked as it is read).
    Result<QByteArray> originalPhoto(const QString &sha256);
    QString originalsFolder() const;

    // --- import ---
    struct NewApplicant
    {
        QString label;
        domain::Dossier dossier;
    };
    // Creates the applicants with all their records in ONE transaction: all or none.
    Result<QList<QUuid>> importApplicants(const QList<NewApplicant> &applicants);

    // --- roster ---
    Result<RosterPage> roster(const RosterQuery &query);
    Result<qint64> rosterCount(const RosterQuery &query);
    // Recomputes every applicant's roster row (after a day has passed: what is missing can
    // change with the date, e.g. an exam pass that expires).
    Result<void> refreshRoster();

    // --- outbox (for app/sync) ---
    // The changes to push, oldest first; held ones (in conflict, refused) are left out.
    Result<QList<OutboxEntry>> pendingChanges(int limit = 100);
    // How many changes wait to be pushed (held ones not counted).
    Result<qint64> pendingCount();
    // The server accepted `uuid` at `revision` and gave it `serverVersion`: the record (or
    // applicant) remembers the version, and the outbox entry goes unless a newer local
    // change has replaced it meanwhile.
    Result<void> markPushed(const QUuid &uuid, qint64 revision, qint64 serverVersion);

    // --- the server's changes (for app/sync; StoreSync.cpp) ---
    // Applies a page of the server's changes feed and keeps `cursor` as feedCursor(), in ONE
    // transaction: a change that cannot be applied (a body that does not read as its type, a
    // record of an applicant neither known nor earlier in the page) leaves the database and
    // the cursor as they were. Per change:
    // - not newer than the version already known (an echo of our own push): skipped;
    // - nothing of ours waiting in the outbox: written as the server has it (the server's
    //   version, body, tombstone), the roster refreshed, nothing queued;
    // - a local change waiting, based on an older version: merged three-way, key by key of the
    //   top-level JSON, against the server's value it was based on (mergeWithServer): the
    //   merge is saved and queued on the server's version. When a key changed on both sides
    //   to different values (or a delete meets an edit, or that base is not known): a
    //   conflict. The local value stays, the conflict keeps the server's, the outbox entry is
    //   held until it is resolved. (When both are the same value, e.g. our push arrived but
    //   its answer was lost, the server's version is taken and the entry goes: there is
    //   nothing left to push.)
    // A live record of a single kind whose uuid differs from the local live one of that kind
    // (both made offline) takes the local one's place: the local one is tombstoned when it has
    // no change waiting, else its row and change move to the server's uuid, in conflict.
    Result<ApplyReport> applyRemote(const QList<RemoteChange> &page, const QString &cursor);
    // Where the feed continues (the cursor of the last page applied); empty: from the start.
    Result<QString> feedCursor();

    // The server refused the push of `uuid` with 409 and sent its current value `theirs`: the
    // same as a pull meeting a local change (merged and re-queued on theirs' version, or the
    // entry held and the conflict kept), or nothing to resolve when theirs is the local value.
    // theirs.uuid may differ from `uuid` (singleKindExists): the local record then moves to the
    // server's uuid as applyRemote does.
    Result<void> recordConflict(const QUuid &uuid, const RemoteChange &theirs);
    // The conflicts waiting for the user, oldest first.
    Result<QList<Conflict>> conflicts();
    Result<Conflict> conflict(const QUuid &uuid);
    // The user's decision: `merged` (a record's JSON, or {"label": ...} for an applicant; or
    // `deleted`) becomes the local value (revision + 1) and is queued, unheld, based on the
    // server's version, so that the next push wins unless the server moved again. The
    // conflict goes. A merged value that does not read as its type is refused (InvalidData)
    // and the conflict stays.
    Result<void> resolveConflict(const QUuid &uuid, const QJsonObject &merged,
                                 bool deleted = false);
    // The user takes the server's value: it is applied as a pulled change would be, the local
    // change is dropped, the conflict goes.
    Result<void> resolveTakeTheirs(const QUuid &uuid);

    // The server refused the push of `uuid` at `revision` for good (a rule it breaks): the
    // entry stays in the outbox, held, with the server's code and message. A newer local
    // change that replaced it meanwhile is not touched.
    Result<void> markRefused(const QUuid &uuid, qint64 revision, const QString &code,
                             const QString &message);
    Result<QList<RefusedChange>> refusedChanges();
    Result<SyncSummary> syncSummary();

    // A record's metadata and JSON as stored (T::toJson(), the photo's JPEG included), for sync;
    // nullopt when there is no such record (deleted ones are returned, flagged).
    Result<std::optional<std::pair<RecordMeta, QJsonObject>>> recordJson(const QUuid &record);

private:
    Result<QList<std::pair<RecordMeta, QJsonObject>>> loadKind(const QUuid &applicant,
                                                               const QString &kind);
    Result<RecordMeta> saveJson(const QUuid &applicant, const QString &kind, QJsonObject body,
                                const QUuid &record);
    // `importing`: the record is new (a fresh UUID under a new applicant), so nothing is looked
    // up, and the applicant's roster row is written once by the import itself.
    Result<RecordMeta> saveJsonLocked(qint64 applicantId, const QUuid &applicant,
                                      const QString &kind, QJsonObject body, const QUuid &record,
                                      bool importing);
    Result<qint64> applicantId(const QUuid &applicant);
    // --- sync (StoreSync.cpp) ---
    enum class Outcome { Applied, Skipped, Conflict };
    Result<Outcome> applyChange(const RemoteChange &change, QSet<qint64> *changedApplicants);
    // Applies page[from...] up to the first change that needs applyChange (that one included)
    // or the end: the plain changes in bulk. Gives the index where the next run starts.
    Result<qsizetype> applyRun(const QList<RemoteChange> &page, qsizetype from, ApplyReport *report,
                               QSet<qint64> *changedApplicants);
    static StoreError remoteWithoutLabel(const QString &uuid);
    // Writes the server's value locally, whatever is queued: nothing is queued.
    Result<void> writeRemote(const RemoteChange &change, QSet<qint64> *changedApplicants);
    // Keeps a conflict between the local value and `theirs` and holds the outbox entry, or,
    // when both are the same value, takes the server's version and drops the entry.
    Result<Outcome> conflictOrSame(const RemoteChange &theirs);
    // Merges `theirs` into the local change key by key against the server's value it was
    // based on (server_body): when no key changed on both sides to different values, the
    // merged value is saved (revision + 1), based on theirs' version and queued to push, and
    // true is returned. False (nothing written): a conflict for the user, also when a side
    // deleted it or the base is not known.
    Result<bool> mergeWithServer(const Conflict &local, const RemoteChange &theirs);
    // Moves the local live record `local` of a single kind to the server's uuid.
    Result<void> moveToServerUuid(const QUuid &local, const QUuid &server);
    // The local side of a conflict: entity, uuid, applicant, kind, mine, mineDeleted.
    Result<Conflict> localValue(OutboxEntry::Entity entity, const QUuid &uuid);
    Result<bool> hasConflict(const QUuid &uuid);
    Result<void> refreshConflictMine(OutboxEntry::Entity entity, const QUuid &uuid);
    Result<void> refreshRosters(const QSet<qint64> &applicants);
    Result<void> takeTheirsLocked(const Conflict &conflict);
    Result<void> enqueue(OutboxEntry::Entity entity, const QUuid &uuid,
                         OutboxEntry::Operation operation, qint64 revision, qint64 baseVersion);
    Result<void> touch(qint64 applicantId);
    Result<QString> keepOriginal(const QByteArray &original);
    static QString applicantNotFound();
    static QString recordNotFound();

    Database &m_db;
};

template<typename T>
Result<std::optional<Stored<T>>> Store::single(const QUuid &applicant)
{
    auto rows = loadKind(applicant, T::kind());
    if (!rows) {
        return rows.error();
    }
    if (rows->isEmpty()) {
        return std::optional<Stored<T>>();
    }
    const auto &[meta, body] = rows->constLast();
    return std::optional<Stored<T>>(Stored<T>{meta, T::fromJson(body, nullptr)});
}

template<typename T>
Result<QList<Stored<T>>> Store::list(const QUuid &applicant)
{
    auto rows = loadKind(applicant, T::kind());
    if (!rows) {
        return rows.error();
    }
    QList<Stored<T>> result;
    result.reserve(rows->size());
    for (const auto &[meta, body] : rows.value()) {
        result.append(Stored<T>{meta, T::fromJson(body, nullptr)});
    }
    return result;
}

template<typename T>
Result<Stored<T>> Store::get(const QUuid &record)
{
    auto row = recordJson(record);
    if (!row) {
        return row.error();
    }
    if (!row->has_value() || row->value().first.kind != T::kind()) {
        return StoreError::make(StoreError::Code::NotFound, recordNotFound(), T::kind());
    }
    return Stored<T>{row->value().first, T::fromJson(row->value().second, nullptr)};
}

template<typename T>
Result<RecordMeta> Store::save(const QUuid &applicant, const T &value, const QUuid &record)
{
    return saveJson(applicant, T::kind(), value.toJson(), record);
}

} // namespace dd::store
