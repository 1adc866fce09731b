#include "store/WalWriteback.h"

#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace dd::store {

WalWriteback::WalWriteback(const QString &databasePath)
    : m_walPath(QFile::encodeName(databasePath + QStringLiteral("-wal")))
{
    m_pool.setMaxThreadCount(1);
}

WalWriteback::~WalWriteback()
{
    wait();
    m_pool.waitForDone();
}

bool WalWriteback::isSupported()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

void WalWriteback::request()
{
    if (!isSupported()) {
        return;
    }
    const std::lock_guard lock(m_mutex);
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_running = QtConcurrent::run(&m_pool, [this] { run(); });
}

void WalWriteback::wait()
{
    QFuture<void> running;
    {
        const std::lock_guard lock(m_mutex);
        running = m_running;
    }
    running.waitForFinished();
}

int WalWriteback::completed() const
{
    const std::lock_guard lock(m_mutex);
    return m_completed;
}

void WalWriteback::run()
{
    bool started = false;
#ifdef Q_OS_LINUX
    // A descriptor of its own, opened for the one call: SQLite may truncate or, at the last
    // close, delete the WAL between requests. Read-only is enough to start the writing.
    const int fd = ::open(m_walPath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        started = ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE) == 0;
        ::close(fd);
    }
#endif
    const std::lock_guard lock(m_mutex);
    if (started) {
        ++m_completed;
    }
    m_busy = false;
}

} // namespace dd::store
