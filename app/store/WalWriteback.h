#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>
#include <QThreadPool>

#include <mutex>

namespace dd::store {

// Has the operating system start writing a database's WAL to disk while a large transaction is
// still writing it, so that the commit's sync (synchronous=FULL: fdatasync of the WAL) waits
// for the last pages only, not for the whole hundred megabytes an import writes (bench_store:
// the commit of 10,000 applicants some 40-80 ms shorter). Nothing about durability changes: a
// page written early is only written sooner, and the transaction is durable when the commit's
// sync returns, as before.
//
// Linux: sync_file_range(SYNC_FILE_RANGE_WRITE) on a thread of its own (it starts the writing
// and waits for none of it). Elsewhere there is no such call, and request() does nothing.
// Requests made while one runs are dropped (the next one, or the commit, covers them).
// Destroying it waits for the one that runs.
class WalWriteback
{
public:
    explicit WalWriteback(const QString &databasePath);
    ~WalWriteback();
    WalWriteback(const WalWriteback &) = delete;
    WalWriteback &operator=(const WalWriteback &) = delete;

    // Whether request() does anything on this system.
    static bool isSupported();

    void request();
    // Returns when none runs.
    void wait();
    // How many have started the writing (the WAL was there and the system took the request).
    int completed() const;

private:
    void run();

    const QByteArray m_walPath; // local 8-bit, for open()
    QThreadPool m_pool;
    mutable std::mutex m_mutex;
    QFuture<void> m_running; // guarded by m_mutex, as are the two below
    bool m_busy = false;
    int m_completed = 0;
};

} // namespace dd::store
