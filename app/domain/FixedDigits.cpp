#include "domain/FixedDigits.h"

#include "domain/AsciiPattern.h"

namespace dd::domain {

std::optional<int> FixedDigits::toInt(QStringView text)
{
    if (text.isEmpty() || text.size() > 9) {
        return std::nullopt;
    }
    int value = 0;
    for (const QChar c : text) {
        if (!AsciiPattern::isDigit(c)) {
            return std::nullopt;
        }
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QDate FixedDigits::date(QStringView text)
{
    if (text.size() != 8) {
        return {};
    }
    const std::optional<int> year = toInt(text.first(4));
    const std::optional<int> month = toInt(text.sliced(4, 2));
    const std::optional<int> day = toInt(text.sliced(6, 2));
    if (!year || !month || !day) {
        return {};
    }
    // QDate's constructor refuses year 0, a month outside 1-12 and a day the month does not
    // have, so the result is valid exactly when the digits name a real date.
    return QDate(*year, *month, *day);
}

} // namespace dd::domain
