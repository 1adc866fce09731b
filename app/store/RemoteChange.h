#pragma once

#include "store/OutboxEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace dd::store {

// One change of the server's feed (GET /api/v1/changes), or the server's current value that a
// refused push (409) came back with: an applicant or a record as the server has it now.
struct RemoteChange
{
    OutboxEntry::Entity entity = OutboxEntry::Entity::Record;
    QUuid uuid;
    QUuid applicant; // the record's applicant; for an applicant, its own uuid (or null)
    QString kind;    // a record's app/domain kind ("basicInfo"); empty for an applicant
    // A record's body: the app/domain type's JSON (a photo's with its JPEG in base64 under
    // "jpeg", as Store::recordJson gives it); empty for an applicant and for a tombstone.
    QJsonObject body;
    QString label;        // an applicant's label
    qint64 version = 0;   // the server's version (≥ 1)
    bool deleted = false; // a tombstone
    QDateTime updatedAt;  // UTC; the time of applying it when invalid

    friend bool operator==(const RemoteChange &, const RemoteChange &) = default;
};

} // namespace dd::store
