#pragma once

#include <QDateTime>
#include <QString>

namespace dd::sync {

// What the window shows about syncing (SyncEngine::status(), statusChanged()): one state, the
// progress of a running sync, and the counts the user may have to act on.
struct SyncStatus
{
    enum class State {
        NotConnected,  // no server set up, or logged out: sync is off
        Offline,       // the server cannot be reached; retrying at nextAttempt
        Syncing,       // pushing or pulling: see done/total
        UpToDate,      // the last sync finished and nothing waits
        Conflicts,     // the last sync finished; `conflicts` records wait for the user
        LoginRequired, // the server answered 401: log in again (the outbox is kept)
        Failed,        // the server refused something for good: see `message`, `refused`
    };

    State state = State::NotConnected;
    int done = 0;          // changes pushed and pulled so far in this sync
    int total = 0;         // 0 when not known yet (pulling: the feed does not say how much is left)
    int pending = 0;       // local changes not yet pushed
    int conflicts = 0;     // records kept side by side for the user
    int refused = 0;       // local changes the server refused (a rule): to fix and save again
    QDateTime lastSynced;  // UTC; invalid: never
    QDateTime nextAttempt; // UTC; when Offline: the next retry
    QString message;       // translated; what went wrong, for Offline/LoginRequired/Failed

    friend bool operator==(const SyncStatus &, const SyncStatus &) = default;
};

} // namespace dd::sync
