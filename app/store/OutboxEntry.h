#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace dd::store {

// A change not yet pushed to the server: one per changed applicant or record (a later change
// of the same one replaces it, with a new idempotency key). The server applies a key once, so
// a push whose answer was lost can be sent again safely.
struct OutboxEntry
{
    enum class Entity { Applicant, Record };
    enum class Operation { Upsert, Delete };

    qint64 sequence = 0; // push in this order
    Entity entity = Entity::Record;
    QUuid uuid;
    Operation operation = Operation::Upsert;
    qint64 revision = 0;    // the local revision this change made
    qint64 baseVersion = 0; // the server version it was based on (If-Match); 0 for new
    QUuid idempotencyKey;
    QDateTime queuedAt;

    friend bool operator==(const OutboxEntry &, const OutboxEntry &) = default;
};

} // namespace dd::store
