// jemalloc's settings for a DegreeDesk program (cmake/DDAllocator.cmake compiles this file into
// each program that links dd_allocator). jemalloc reads them from this variable when it starts.
//
// - narenas:1: one arena for all threads (each keeps its own small cache): the import's
//   threads allocate what its writing thread frees, and memory held in several arenas raised
//   bench_store's peak from 131-137 MB (glibc) to 167-170 MB; with one, 143 MB (goal 150).
// - dirty_decay_ms:100, muzzy_decay_ms:0: freed pages go back to the system a tenth of a second
//   after their last use (jemalloc's default waits 10 s, and holds more memory at the peak);
//   at once (0) made every photo fix fault its large buffers in again, 10 % slower.
extern "C" {
// NOLINTNEXTLINE: the name and type jemalloc looks for
extern const char *malloc_conf;
const char *malloc_conf = "narenas:1,dirty_decay_ms:100,muzzy_decay_ms:0";
}
