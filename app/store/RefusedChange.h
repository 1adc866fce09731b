#pragma once

#include "store/OutboxEntry.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace dd::store {

// A local change the server refused for good (a rule it breaks: 400, 422). It stays in the
// outbox, held, until a new local save of the same applicant or record replaces it.
struct RefusedChange
{
    OutboxEntry entry;
    QUuid applicant;     // the record's applicant; for an applicant, its own uuid
    QString kind;        // a record's kind; empty for an applicant
    QString code;        // the server's error code ("invalidField", "photoRejected" ...)
    QString message;     // the server's message, to show as it is
    QDateTime refusedAt; // UTC

    friend bool operator==(const RefusedChange &, const RefusedChange &) = default;
};

} // namespace dd::store
