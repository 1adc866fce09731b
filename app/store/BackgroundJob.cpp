#include "store/BackgroundJob.h"

#include <QtConcurrent/QtConcurrentRun>

namespace dd::store {

BackgroundJob::BackgroundJob(std::function<bool()> job)
    : m_job(std::move(job))
{
    m_pool.setMaxThreadCount(1);
}

BackgroundJob::~BackgroundJob()
{
    wait();
    m_pool.waitForDone();
}

void BackgroundJob::request()
{
    const std::lock_guard lock(m_mutex);
    if (m_busy) {
        m_again = true; // run() takes it before it ends
        return;
    }
    m_busy = true;
    m_running = QtConcurrent::run(&m_pool, [this] { run(); });
}

void BackgroundJob::wait()
{
    for (;;) {
        QFuture<void> running;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_busy) {
                return;
            }
            running = m_running;
        }
        running.waitForFinished();
    }
}

int BackgroundJob::completed() const
{
    const std::lock_guard lock(m_mutex);
    return m_completed;
}

void BackgroundJob::run()
{
    for (;;) {
        const bool done = m_job();
        const std::lock_guard lock(m_mutex);
        if (done) {
            ++m_completed;
        }
        if (!m_again) {
            m_busy = false;
            return;
        }
        m_again = false;
    }
}

} // namespace dd::store
