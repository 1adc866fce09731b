#pragma once

#include <QFuture>
#include <QThreadPool>

#include <functional>
#include <mutex>

namespace dd::store {

// A job run on request on a thread of its own (the store's background checkpoint, the WAL's
// early writeback). Requests made while it runs are folded into one more run; wait() returns
// once none runs or is asked for; destroying it waits. The job answers whether it did its work;
// completed() counts the runs that did.
class BackgroundJob
{
public:
    explicit BackgroundJob(std::function<bool()> job);
    ~BackgroundJob();
    BackgroundJob(const BackgroundJob &) = delete;
    BackgroundJob &operator=(const BackgroundJob &) = delete;

    void request();
    void wait();
    int completed() const;

private:
    void run();

    const std::function<bool()> m_job;
    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    QFuture<void> m_running; // guarded by m_mutex, as are the three below
    bool m_busy = false;     // from request() until run() has nothing more to do
    bool m_again = false;
    int m_completed = 0;
};

} // namespace dd::store
