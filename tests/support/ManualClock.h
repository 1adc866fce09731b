#pragma once

#include "platform/Clock.h"

namespace dd::test {

// A clock that stands still until the test moves it.
class ManualClock final : public platform::Clock
{
public:
    explicit ManualClock(const QDateTime &start = QDateTime(QDate(2026, 11, 29), QTime(9, 0),
                                                            Qt::UTC))
        : m_now(start.toUTC())
    {}

    QDateTime now() const override { return m_now; }
    void set(const QDateTime &time) { m_now = time.toUTC(); }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace dd::test
