#pragma once

#include <functional>

namespace dd::sync {

// The wait before the next attempt after a failure that may go away by itself (no connection,
// a timeout, a 5xx): exponential, capped, with jitter so that the clients of a center that
// lost its server do not all come back at the same instant. The n-th wait (n from 0) is drawn
// between half and all of min(initial × 2ⁿ, maximum). The random source is injectable (tests).
class Backoff
{
public:
    // A number in [0, 1).
    using Random = std::function<double()>;

    explicit Backoff(int initialMs = 2000, int maximumMs = 5 * 60 * 1000, Random random = {});

    // The wait before the next attempt, in milliseconds; each call counts one more failure.
    int nextDelayMs();
    // The attempt succeeded: the next failure starts from the initial wait again.
    void reset() { m_failures = 0; }
    // Failures in a row so far.
    int failures() const { return m_failures; }

    int initialMs() const { return m_initialMs; }
    int maximumMs() const { return m_maximumMs; }

private:
    int m_initialMs;
    int m_maximumMs;
    Random m_random;
    int m_failures = 0;
};

} // namespace dd::sync
