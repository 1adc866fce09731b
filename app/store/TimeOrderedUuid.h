#pragma once

#include <QList>
#include <QUuid>

namespace dd::store {

// New identities for applicants, records and changes: UUID version 7 (RFC 9562), whose first
// 48 bits are the Unix time in milliseconds and whose next 12 bits count within the
// millisecond, so that identities made on this machine sort in the order they were made
// (their text too). The database's unique indexes on them then grow at their end instead of
// at a random place: an import of thousands of records touches a few pages, not all of them.
// The last 62 bits are random, so identities made elsewhere (another client, the server)
// never collide. Thread-safe.
QUuid newTimeOrderedUuid();

// `count` new identities at once, in the order they were made: one draw of random bits and one
// turn of the lock for all (an import makes tens of thousands).
QList<QUuid> newTimeOrderedUuids(qsizetype count);

// The same at a given time and counter: what the tests check the layout with.
QUuid timeOrderedUuid(qint64 unixMilliseconds, quint16 counter, quint64 random);

} // namespace dd::store
