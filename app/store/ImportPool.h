#pragma once

class QThreadPool;

namespace dd::store {

// The threads an import prepares its rows on (their JSON, search keys, tags), while one thread
// writes them. Only the writer's work is on the import's critical path, and the preparation
// keeps ahead of it: so the pool's threads give way to it instead of taking turns with it on
// a core (measured: bench_store import_10k, five pairs alternately, 662-693 ms against
// 663-754 ms, means 676 and 711 ms).
// A pool of its own, so that the rest of the program's work on the global pool keeps its
// priority.
QThreadPool *importPool();

// Lowers the calling thread's priority once, when it is one of importPool()'s (a no-op on any
// other thread, such as the writer running a job it waits for): what every job on
// importPool() does first. Linux: a nice value of 10 for this thread alone (QThread's
// priorities do not apply to its ordinary scheduling); elsewhere nothing more, as the pool
// starts its threads at QThread::LowPriority.
void giveWayToTheWriter();

} // namespace dd::store
