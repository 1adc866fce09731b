#include "RequestLimiter.h"

#include <algorithm>
#include <cmath>

namespace dd::server {

RequestLimiter::RequestLimiter(int perMinute)
    : m_perMinute(std::max(perMinute, 0))
{}

void RequestLimiter::refill(Bucket &bucket, qint64 nowMs) const
{
    const qint64 elapsed = std::max<qint64>(nowMs - bucket.updatedMs, 0);
    const double added = static_cast<double>(elapsed) * m_perMinute / 60000.0;
    bucket.tokens = std::min<double>(bucket.tokens + added, m_perMinute);
    bucket.updatedMs = std::max(nowMs, bucket.updatedMs);
}

void RequestLimiter::forgetIdle(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        refill(it.value(), nowMs);
        if (it.value().tokens >= m_perMinute) {
            it = m_buckets.erase(it);
        } else {
            ++it;
        }
    }
}

int RequestLimiter::take(const QString &key, qint64 nowMs)
{
    if (m_perMinute <= 0) {
        return 0;
    }
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= MaxKeys) {
            forgetIdle(nowMs);
            if (m_buckets.size() >= MaxKeys) {
                // Too many clients at once (a flood of addresses): start over rather than grow.
                m_buckets.clear();
            }
        }
        it = m_buckets.insert(key, Bucket{static_cast<double>(m_perMinute), nowMs});
    }
    Bucket &bucket = it.value();
    refill(bucket, nowMs);
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    const double missingMs = (1.0 - bucket.tokens) * 60000.0 / m_perMinute;
    return std::max(1, static_cast<int>(std::ceil(missingMs / 1000.0)));
}

} // namespace dd::server
