#include "store/ImportPool.h"

#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace dd::store {

namespace {
// What giveWayToTheWriter() sets on Linux: a nice-0 writer then gets some nine tenths of a
// core it shares with one of these threads.
constexpr int ImportNice = 10;
} // namespace

QThreadPool *importPool()
{
    static QThreadPool *pool = [] {
        auto *created = new QThreadPool; // lives as long as the program: no exit-time join
        created->setThreadPriority(QThread::LowPriority);
        return created;
    }();
    return pool;
}

void giveWayToTheWriter()
{
    // A job may run on the thread that waits for it (QtConcurrent's blocking calls, and a
    // wait that takes a job not yet started): that thread, the writer, is left as it is. Each
    // thread asks once.
    thread_local bool asked = false;
    if (asked) {
        return;
    }
    asked = true;
    if (!importPool()->contains(QThread::currentThread())) {
        return;
    }
#ifdef Q_OS_LINUX
    // A thread is a task of its own on Linux: PRIO_PROCESS with its id sets its nice value
    // alone. Never lowered below where it is (a program started niced stays so).
    const auto self = static_cast<id_t>(gettid());
    errno = 0;
    const int now = getpriority(PRIO_PROCESS, self);
    if (errno == 0 && now < ImportNice) {
        setpriority(PRIO_PROCESS, self, ImportNice);
    }
#endif
    // Elsewhere the pool starts its threads at QThread::LowPriority (importPool()).
}

} // namespace dd::store
