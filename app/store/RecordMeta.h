#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace dd::store {

// What the store keeps about every record besides its content: what the sync engine needs.
struct RecordMeta
{
    QUuid uuid;               // stable, chosen by whoever created the record (client or server)
    QUuid applicant;          // the applicant it belongs to
    QString kind;             // the app/domain type's kind() ("basicInfo")
    qint64 revision = 0;      // local revision: +1 at every save
    qint64 serverVersion = 0; // the server's version last seen; 0 when never pushed or pulled
    QDateTime updatedAt;      // UTC
    bool deleted = false;

    friend bool operator==(const RecordMeta &, const RecordMeta &) = default;
};

// A record of an app/domain type with its metadata.
template<typename T>
struct Stored
{
    RecordMeta meta;
    T value;
};

} // namespace dd::store
