#pragma once

#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <mutex>

namespace dd::store {

// Folds a database's WAL back into its file on a thread and a connection of its own, so that
// the commit of a bulk change (an import: a WAL of a hundred megabytes) returns without copying
// it all a second time. The commit has made the change durable already (the WAL is synced);
// this is SQLite's own checkpoint (PASSIVE: it never blocks the writer or the readers), only
// moved off the committing thread, as SQLite's documentation suggests for large writes.
//
// Requests made while one runs are folded into one more run. Destroying it waits for the run.
class BackgroundCheckpoint
{
public:
    explicit BackgroundCheckpoint(QString path);
    ~BackgroundCheckpoint();
    BackgroundCheckpoint(const BackgroundCheckpoint &) = delete;
    BackgroundCheckpoint &operator=(const BackgroundCheckpoint &) = delete;

    void request();
    // Returns when no checkpoint is running or asked for.
    void wait();
    // How many checkpoints have run to the end (each copying every frame it could).
    int completed() const;

private:
    void run();
    bool checkpointOnce();

    const QString m_path;
    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    QFuture<void> m_running; // guarded by m_mutex, as are the three below
    bool m_busy = false;     // from request() until run() has nothing more to do
    bool m_again = false;
    int m_completed = 0;
};

} // namespace dd::store
