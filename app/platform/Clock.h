#pragma once

#include <QDate>
#include <QDateTime>

namespace dd::platform {

// The time, injectable: production code asks a Clock, tests give a ManualClock
// (tests/support) so that "today", backups due "daily" and updated-at times are under control.
class Clock
{
public:
    virtual ~Clock() = default;

    // Now, in UTC.
    virtual QDateTime now() const = 0;
    // The calendar date where the user is.
    QDate today() const { return now().toLocalTime().date(); }

    // The system's clock.
    static const Clock &system();
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace dd::platform
