#pragma once

// What the benchmarks share: timing, percentiles, the "name: value unit" lines, peak memory.

#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <thread>
#include <vector>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

#ifdef DD_JEMALLOC
extern "C" int mallctl(const char *name, void *oldp, std::size_t *oldlenp, void *newp,
                       std::size_t newlen);
#endif

namespace dd::bench {

// The allocator serving this program (cmake/DDAllocator.cmake), for the progress lines: the
// figures depend on it.
inline QString allocatorName()
{
#ifdef DD_JEMALLOC
    const char *version = nullptr;
    std::size_t length = sizeof(version);
    unsigned arenas = 0;
    std::size_t arenasLength = sizeof(arenas);
    if (mallctl("version", &version, &length, nullptr, 0) == 0
        && mallctl("opt.narenas", &arenas, &arenasLength, nullptr, 0) == 0) {
        return QStringLiteral("jemalloc %1, %2 arena(s)")
            .arg(QString::fromLatin1(version))
            .arg(arenas);
    }
    return QStringLiteral("jemalloc (linked, but it does not answer)");
#else
    return QStringLiteral("the C library's malloc");
#endif
}

inline double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// A fixed job on the calling thread (sorting 262,144 generated 64-bit numbers, eight times: 2 MB
// of memory, so that it leaves peak_rss alone), ms.
inline double referenceJobOnOneCore()
{
    std::vector<quint64> values(262'144);
    quint64 x = 88172645463325252ull; // xorshift64
    double sorting = 0.0;
    for (int round = 0; round < 8; ++round) {
        for (quint64 &value : values) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            value = x;
        }
        QElapsedTimer timer;
        timer.start();
        std::sort(values.begin(), values.end());
        sorting += milliseconds(timer);
    }
    return sorting;
}

// How fast this machine runs at the moment: referenceJobOnOneCore on every core at once, the
// slowest one's time, ms. On a shared machine it varies with the hour (a core the host gives
// to others shows here); printed beside a timed figure, it tells a slow run of the code from a
// slow spell of the machine.
inline double referenceJobMilliseconds()
{
    const int cores = qMax(1, QThread::idealThreadCount());
    std::vector<double> times(std::size_t(cores), 0.0);
    std::vector<std::thread> threads;
    for (int core = 0; core < cores; ++core) {
        threads.emplace_back(
            [&times, core] { times[std::size_t(core)] = referenceJobOnOneCore(); });
    }
    for (std::thread &thread : threads) {
        thread.join();
    }
    return *std::max_element(times.begin(), times.end());
}

// The p-th percentile (nearest rank) of the durations.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const qsizetype rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(qBound<qsizetype>(0, rank - 1, values.size() - 1));
}

inline void figure(const char *name, double value, const char *unit)
{
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

inline void progress(const QString &text)
{
    std::fprintf(stderr, "%s\n", text.toUtf8().constData());
}

inline double peakRssMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:")) {
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
            }
        }
    }
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
#ifdef Q_OS_MACOS
    return double(usage.ru_maxrss) / (1024.0 * 1024.0); // bytes
#else
    return double(usage.ru_maxrss) / 1024.0; // kB
#endif
#else
    return 0.0;
#endif
}

// The processor time this process has used so far, all its threads, user and system, ms
// (0 where unknown): beside a wall-clock figure, what a busy machine does not inflate.
inline double cpuMilliseconds()
{
#ifdef Q_OS_UNIX
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (double(usage.ru_utime.tv_sec) + double(usage.ru_stime.tv_sec)) * 1e3
           + (double(usage.ru_utime.tv_usec) + double(usage.ru_stime.tv_usec)) / 1e3;
#else
    return 0.0;
#endif
}

} // namespace dd::bench
