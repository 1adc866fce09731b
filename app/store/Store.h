#pragma once

#include "domain/Dossier.h"
#include "store/Applicant.h"
#include "store/OutboxEntry.h"
#include "store/RecordMeta.h"
#include "store/Result.h"
#include "store/RosterEntry.h"
#include "store/RosterQuery.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
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
    Result<QList<OutboxEntry>> pendingChanges(int limit = 100);
    Result<qint64> pendingCount();
    // The server accepted `uuid` at `revision` and gave it `serverVersion`: the record (or
    // applicant) remembers the version, and the outbox entry goes unless a newer local
    // change has replaced it meanwhile.
    Result<void> markPushed(const QUuid &uuid, qint64 revision, qint64 serverVersion);

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
