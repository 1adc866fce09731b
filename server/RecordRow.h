#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dd::server {

// One row of records: one app/domain record (its kind and its JSON) of an applicant, by the
// client's UUID, with its version (If-Match) and its place in the changes feed. A deleted
// record stays as a tombstone so that the feed can tell clients.
struct RecordRow
{
    QString id;
    QString applicantId;
    QString kind;
    QJsonObject body;
    qint64 version = 0;
    qint64 changeSeq = 0;
    bool deleted = false;
    QDateTime updatedAt;
    QString updatedBy; // account id

    // {"uuid", "applicant", "kind", "body" (not for a tombstone), "version", "updatedAt",
    //  "deleted"}
    QJsonObject toJson() const;
};

} // namespace dd::server
