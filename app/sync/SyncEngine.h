#pragma once

#include "store/OutboxEntry.h"
#include "store/StoreError.h"
#include "sync/ApiClient.h"
#include "sync/Backoff.h"
#include "sync/SyncStatus.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace dd::platform {
class Clock;
}
namespace dd::store {
class Store;
}

namespace dd::sync {

// Syncs app/store with degreedesk-server (server/API.md "Records"): pushes the outbox in its
// order (PUT/DELETE with If-Match = the version the change was based on and the change's
// Idempotency-Key, so that a push whose answer was lost is not applied twice), then pulls the
// changes feed page by page from the store's cursor into Store::applyRemote (the next page
// is asked for before the store applies the current one, so that the server reads it
// meanwhile; the cursor kept is always that of the last page applied). Answers:
// - 409 (versionConflict, deleted, singleKindExists): the server's "current" is kept beside
//   the local change as a conflict (Store::recordConflict); the local change waits for the user;
// - other refusals (400, 403, 404, 413, 422): the change is held with the server's message
//   (Store::markRefused) until a new local save;
// - 401: LoginRequired, the sync stops, the outbox stays;
// - no connection, a timeout, a TLS failure, 5xx, 429: Offline, retried after a Backoff.
// One sync at a time: syncNow() during a sync runs another one right after it. Runs again
// every interval() after a sync that went through (start()). Everything on the thread of the
// store (the GUI thread); the network is asynchronous.
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    SyncEngine(store::Store &store, ApiClient &api, QObject *parent = nullptr);
    ~SyncEngine() override;

    // The time of lastSynced and nextAttempt (tests give a ManualClock); not owned.
    void setClock(const platform::Clock &clock) { m_clock = &clock; }
    // The waits after failures (tests give short ones and their own random numbers).
    void setBackoff(const Backoff &backoff) { m_backoff = backoff; }
    const Backoff &backoff() const { return m_backoff; }
    // The wait between two syncs that went through, in milliseconds (default 5 minutes).
    void setInterval(int milliseconds) { m_intervalMs = milliseconds; }
    int interval() const { return m_intervalMs; }
    // How many changes one page of the feed asks for (1..1000, default 1000).
    void setPageSize(int changes);

    // Syncs now, and then by itself: every interval, or after the backoff when offline.
    void start();
    // No more syncs by the timer (a running sync finishes; syncNow() still works).
    void stop();
    bool isStarted() const { return m_started; }
    // A sync now (or right after the running one).
    void syncNow();
    bool isSyncing() const { return m_phase != Phase::Idle; }

    SyncStatus status() const { return m_status; }
    // Reads the outbox's counts into status() (after a local save, a resolved conflict).
    void refreshCounts();

signals:
    void statusChanged(const dd::sync::SyncStatus &status);
    // A sync ended (its outcome is status()).
    void syncFinished();

private:
    enum class Phase { Idle, Push, Pull };
    // How a push ended: the next change, or the sync stops (the status says why).
    enum class Next { Continue, Stop };

    void begin();
    void pushNext();
    void push(const store::OutboxEntry &entry);
    void pushed(const store::OutboxEntry &entry, const ApiResponse &response,
                const ApiError *error);
    // Asks for the page of the feed after `since`; its answer goes to pulled() unless the
    // sync has ended (or another began) meanwhile.
    void pullNext(const QString &since);
    void pulled(const ApiResponse &response, const ApiError *error);

    // The sync went through: UpToDate, Conflicts or Failed (refused changes), from the store.
    void finishSynced();
    // The server cannot be reached (or failed): Offline, retried after the backoff.
    void finishOffline(const ApiError &error);
    void finishLoginRequired(const ApiError &error);
    // Something neither the network nor the server's refusal of one change: Failed.
    void finishFailed(const QString &message, const QString &detail);
    void finishStore(const store::StoreError &error);
    void ended(int nextInMs);

    bool isRetryable(const ApiError &error) const;
    bool applyCounts(SyncStatus &status);
    void setStatus(const SyncStatus &status);
    QDateTime now() const;

    store::Store &m_store;
    ApiClient &m_api;
    const platform::Clock *m_clock;
    Backoff m_backoff;
    QTimer m_timer;
    int m_intervalMs = 5 * 60 * 1000;
    int m_pageSize = 1000;
    bool m_started = false;
    bool m_again = false;
    // This sync was started to push what the previous one left pending (finishSynced()).
    bool m_followingUp = false;

    Phase m_phase = Phase::Idle;
    QList<store::OutboxEntry> m_batch;
    // (uuid, revision) of the changes pushed in this sync: none is pushed twice in one sync.
    QSet<QString> m_handled;
    QString m_cursor;
    // Counts the pulls asked for: an answer to an older one than the last is dropped.
    quint64 m_pullSerial = 0;
    SyncStatus m_status;
};

} // namespace dd::sync
