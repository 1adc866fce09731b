#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dd::server {

// One row of applicants: a person whose records a client keeps, by the client's UUID, with
// the center that looks after them and the account that owns them (either may be empty),
// its version (If-Match) and its place in the changes feed. toJson() is what the API shows.
struct ApplicantRow
{
    QString id;
    QString centerId;       // empty: none
    QString ownerAccountId; // empty: none (created by staff, or the owner's account is gone)
    QString ownerUserName;  // the owner's user name, read with the row
    QString label;
    qint64 version = 0;
    qint64 changeSeq = 0;
    bool deleted = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy; // account id

    // {"uuid", "label", "version", "center" (id or null), "owner" (user name or null),
    //  "updatedAt", "deleted"}
    QJsonObject toJson() const;
};

} // namespace dd::server
