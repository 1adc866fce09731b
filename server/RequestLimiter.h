#pragma once

#include <QHash>
#include <QString>

namespace dd::server {

// The general request-rate limit: a token bucket per key ("address:…" for a client address,
// "account:…" for an authenticated account), holding at most `perMinute` requests and refilled
// at perMinute per minute; a request finding its bucket empty is refused with the seconds until
// the next token. Kept in memory by each server instance: behind a proxy with N instances a
// client may make up to N times the limit, an approximation documented in API.md. The time is
// passed in (monotonic milliseconds), so that tests need no waiting. Not thread-safe: the
// server calls it from its one thread.
class RequestLimiter
{
public:
    // More keys than this and the full buckets (idle ones) are forgotten.
    static constexpr int MaxKeys = 100000;

    // perMinute 0: no limit.
    explicit RequestLimiter(int perMinute = 0);

    int perMinute() const { return m_perMinute; }

    // Takes one request from `key`'s bucket at time `nowMs`: 0 when it may go on, else the
    // seconds (≥ 1) until it may try again (nothing is taken then).
    int take(const QString &key, qint64 nowMs);

    // The number of keys kept (tests).
    qsizetype keyCount() const { return m_buckets.size(); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void refill(Bucket &bucket, qint64 nowMs) const;
    void forgetIdle(qint64 nowMs);

    int m_perMinute = 0;
    QHash<QString, Bucket> m_buckets;
};

} // namespace dd::server
