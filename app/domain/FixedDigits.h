#pragma once

#include <QDate>
#include <QStringView>

#include <optional>

namespace dd::domain {

// Readers of the portal's fixed-width digit fields (YYYYMMDD, YYYY, the digits of an ID
// number): strict, without messages and without allocating, for the rules that run on every
// record of a bulk import. Only the ASCII digits 0-9 count as digits; the rules that use these
// readers trim and check the length themselves and write the messages.
class FixedDigits
{
public:
    // The number written by `text` in ASCII digits: nullopt when `text` is empty, holds any
    // other character (a sign, a space, a full-width digit) or has more than 9 digits.
    static std::optional<int> toInt(QStringView text);

    // A date written YYYYMMDD: exactly eight ASCII digits naming a real day of the Gregorian
    // calendar (no year 0000, month 01-12, the month's days with 29 February in leap years
    // only); an invalid QDate otherwise. On eight digits it gives what
    // QDate::fromString(text, u"yyyyMMdd") gives, without its format parser.
    static QDate date(QStringView text);
};

} // namespace dd::domain
