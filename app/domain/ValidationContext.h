#pragma once

#include <QDate>

namespace dd::domain {

// What a rule needs to know about the world: today's date (rules refuse dates in the
// future and want the personal history to reach the current month). Passed in, never read
// from the system clock inside app/domain, so that tests and the server decide what "today" is.
struct ValidationContext
{
    QDate today;

    static ValidationContext at(QDate day) { return ValidationContext{day}; }
    int currentMonthIndex() const { return today.year() * 12 + today.month() - 1; }
};

} // namespace dd::domain
