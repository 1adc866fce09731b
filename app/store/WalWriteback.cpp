#include "store/WalWriteback.h"

#include <QFile>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace dd::store {

WalWriteback::WalWriteback(const QString &databasePath)
    : BackgroundJob([wal = QFile::encodeName(databasePath + QStringLiteral("-wal"))] {
        return startWriting(wal);
    })
{}

bool WalWriteback::isSupported()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

bool WalWriteback::startWriting([[maybe_unused]] const QByteArray &walPath)
{
#ifdef Q_OS_LINUX
    // A descriptor of its own, opened for the one call: SQLite may truncate or, at the last
    // close, delete the WAL between requests. Read-only is enough to start the writing.
    const int fd = ::open(walPath.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return false;
    }
    const bool started = ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE) == 0;
    ::close(fd);
    return started;
#else
    return false;
#endif
}

} // namespace dd::store
