#include "sync/Backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <utility>

namespace dd::sync {

Backoff::Backoff(int initialMs, int maximumMs, Random random)
    : m_initialMs(std::max(1, initialMs))
    , m_maximumMs(std::max(m_initialMs, maximumMs))
    , m_random(std::move(random))
{
    if (!m_random) {
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
    }
}

int Backoff::nextDelayMs()
{
    // Doubling stops at the cap (and long before 2ⁿ could overflow).
    double ceiling = m_initialMs;
    for (int i = 0; i < m_failures && ceiling < m_maximumMs; ++i) {
        ceiling *= 2;
    }
    ceiling = std::min<double>(ceiling, m_maximumMs);
    ++m_failures;
    const double random = std::clamp(m_random(), 0.0, 1.0);
    const double delay = ceiling / 2 + random * ceiling / 2;
    return std::max(1, static_cast<int>(std::lround(std::min(delay, ceiling))));
}

} // namespace dd::sync
