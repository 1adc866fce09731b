#pragma once

#include "store/RemoteChange.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QUuid>

// Conflicts made the way sync makes them: a record pushed to the server (it has the server's
// version), edited here, and the server's newer version of it pulled (Store::applyRemote) or
// sent back with a refused push (Store::recordConflict).
namespace dd::test {

inline store::RemoteChange remoteRecord(const QUuid &uuid, const QUuid &applicant,
                                        const QString &kind, const QJsonObject &body,
                                        qint64 version, bool deleted = false)
{
    store::RemoteChange change;
    change.entity = store::OutboxEntry::Entity::Record;
    change.uuid = uuid;
    change.applicant = applicant;
    change.kind = kind;
    change.body = deleted ? QJsonObject() : body;
    change.version = version;
    change.deleted = deleted;
    change.updatedAt = QDateTime(QDate(2026, 11, 28), QTime(16, 31), Qt::UTC);
    return change;
}

inline store::RemoteChange remoteApplicant(const QUuid &uuid, const QString &label, qint64 version)
{
    store::RemoteChange change;
    change.entity = store::OutboxEntry::Entity::Applicant;
    change.uuid = uuid;
    change.applicant = uuid;
    change.label = label;
    change.version = version;
    change.updatedAt = QDateTime(QDate(2026, 11, 28), QTime(16, 30), Qt::UTC);
    return change;
}

// Saves `base` for `applicant` and marks it pushed (server version 2); then saves `mine` over
// it and pulls `theirs` at `theirsVersion`: a conflict on the record, whose uuid is returned
// (null when a step failed).
template<typename T>
QUuid makeConflict(store::Store &store, const QUuid &applicant, const T &base, const T &mine,
                   const T &theirs, qint64 theirsVersion = 3)
{
    const auto saved = store.save(applicant, base);
    if (!saved || !store.markPushed(saved->uuid, saved->revision, 2)) {
        return {};
    }
    if (!store.save(applicant, mine, saved->uuid)) {
        return {};
    }
    const auto report = store.applyRemote(
        {remoteRecord(saved->uuid, applicant, T::kind(), theirs.toJson(), theirsVersion)},
        QString::number(theirsVersion));
    if (!report || !report->conflicts.contains(saved->uuid)) {
        return {};
    }
    return saved->uuid;
}

// The outbox entry waiting for `uuid`, if any.
inline std::optional<store::OutboxEntry> pendingEntry(store::Store &store, const QUuid &uuid)
{
    const auto pending = store.pendingChanges(1000);
    if (!pending) {
        return std::nullopt;
    }
    for (const store::OutboxEntry &entry : pending.value()) {
        if (entry.uuid == uuid) {
            return entry;
        }
    }
    return std::nullopt;
}

} // namespace dd::test
