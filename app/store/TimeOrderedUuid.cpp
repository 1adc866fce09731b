#include "store/TimeOrderedUuid.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <mutex>

namespace dd::store {

QUuid timeOrderedUuid(qint64 unixMilliseconds, quint16 counter, quint64 random)
{
    const quint64 time = quint64(unixMilliseconds) & 0xFFFF'FFFF'FFFFull;
    QUuid uuid;
    uuid.data1 = quint32(time >> 16);
    uuid.data2 = quint16(time & 0xFFFF);
    uuid.data3 = quint16(0x7000 | (counter & 0x0FFF)); // version 7, then 12 bits of counter
    // Variant 10, then 62 random bits.
    const quint64 tail = (random & 0x3FFF'FFFF'FFFF'FFFFull) | 0x8000'0000'0000'0000ull;
    for (int i = 0; i < 8; ++i) {
        uuid.data4[i] = uchar(tail >> (56 - 8 * i));
    }
    return uuid;
}

namespace {

std::mutex clockMutex;
qint64 lastMilliseconds = 0;
quint16 counter = 0;

// The next time and counter, under clockMutex.
QUuid nextUuid(qint64 now, quint64 random)
{
    if (now > lastMilliseconds) {
        lastMilliseconds = now;
        // A random start leaves room to count on within the millisecond.
        counter = quint16(random >> 53) & 0x03FF;
    } else if (++counter > 0x0FFF) {
        // 4,096 in one millisecond, or the clock went back: borrow the next millisecond, so
        // that the order holds.
        ++lastMilliseconds;
        counter = 0;
    }
    return timeOrderedUuid(lastMilliseconds, counter, random);
}

} // namespace

QUuid newTimeOrderedUuid()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const quint64 random = QRandomGenerator::system()->generate64();
    std::lock_guard lock(clockMutex);
    return nextUuid(now, random);
}

QList<QUuid> newTimeOrderedUuids(qsizetype count)
{
    QList<QUuid> uuids;
    if (count <= 0) {
        return uuids;
    }
    QList<quint32> random(2 * count);
    QRandomGenerator::system()->generate(random.data(), random.data() + random.size());
    uuids.reserve(count);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::lock_guard lock(clockMutex);
    for (qsizetype i = 0; i < count; ++i) {
        uuids.append(nextUuid(now, (quint64(random.at(2 * i)) << 32) | random.at(2 * i + 1)));
    }
    return uuids;
}

} // namespace dd::store
