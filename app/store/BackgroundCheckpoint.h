#pragma once

#include "store/BackgroundJob.h"

#include <QString>

namespace dd::store {

// Folds a database's WAL back into its file on a thread and a connection of its own, so that
// the commit of a bulk change (an import: a WAL of a hundred megabytes) returns without copying
// it all a second time. The commit has made the change durable already (the WAL is synced);
// this is SQLite's own checkpoint (PASSIVE: it never blocks the writer or the readers), only
// moved off the committing thread, as SQLite's documentation suggests for large writes.
//
// Requests made while one runs are folded into one more run (BackgroundJob); completed()
// counts the checkpoints that copied every frame they could. Destroying it waits for the run.
class BackgroundCheckpoint : public BackgroundJob
{
public:
    explicit BackgroundCheckpoint(const QString &path);

private:
    static bool checkpointOnce(const QString &path);
};

} // namespace dd::store
