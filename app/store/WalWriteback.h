#pragma once

#include "store/BackgroundJob.h"

#include <QString>

namespace dd::store {

// Has the operating system start writing a database's WAL to disk while a large transaction is
// still writing it, so that the commit's sync (synchronous=FULL: fdatasync of the WAL) waits
// for the last pages only, not for the whole hundred megabytes an import writes (bench_store:
// the commit of 10,000 applicants some 40-80 ms shorter). Nothing about durability changes: a
// page written early is only written sooner, and the transaction is durable when the commit's
// sync returns, as before.
//
// Linux: sync_file_range(SYNC_FILE_RANGE_WRITE) on a thread of its own (it starts the writing
// and waits for none of it); completed() counts the times the system took the request. Other
// systems have no such call: isSupported() is false, and a run does nothing.
class WalWriteback : public BackgroundJob
{
public:
    explicit WalWriteback(const QString &databasePath);

    static bool isSupported();

private:
    static bool startWriting(const QByteArray &walPath);
};

} // namespace dd::store
