#pragma once

#include <QtGlobal>

namespace dd::store {

// The outbox at a glance, for the window's sync status.
struct SyncSummary
{
    qint64 pending = 0;   // changes waiting to be pushed
    qint64 conflicts = 0; // conflicts waiting for the user
    qint64 refused = 0;   // changes the server refused, waiting for a new local save

    friend bool operator==(const SyncSummary &, const SyncSummary &) = default;
};

} // namespace dd::store
