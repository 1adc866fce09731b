#include "domain/YearMonth.h"

namespace dd::domain {

namespace {

constexpr int s_firstIndex = 1 * 12;        // 000101
constexpr int s_lastIndex = 9999 * 12 + 11; // 999912

} // namespace

YearMonth YearMonth::fromString(QStringView text)
{
    if (text.size() != 6) {
        return {};
    }
    int digits[6] = {};
    for (qsizetype i = 0; i < 6; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9') {
            return {};
        }
        digits[i] = c - u'0';
    }
    const int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
    const int month = digits[4] * 10 + digits[5];
    return YearMonth(year, month);
}

YearMonth YearMonth::fromIndex(int index)
{
    if (index < s_firstIndex || index > s_lastIndex) {
        return {};
    }
    return YearMonth(index / 12, index % 12 + 1);
}

YearMonth YearMonth::fromDate(QDate date)
{
    if (!date.isValid()) {
        return {};
    }
    return YearMonth(date.year(), date.month());
}

QString YearMonth::toString() const
{
    if (!isValid()) {
        return {};
    }
    return QStringLiteral("%1%2")
        .arg(m_year, 4, 10, QLatin1Char('0'))
        .arg(m_month, 2, 10, QLatin1Char('0'));
}

QDate YearMonth::firstDay() const
{
    return isValid() ? QDate(m_year, m_month, 1) : QDate();
}

QDate YearMonth::lastDay() const
{
    const QDate first = firstDay();
    return first.isValid() ? QDate(m_year, m_month, first.daysInMonth()) : QDate();
}

YearMonth YearMonth::addMonths(int months) const
{
    if (!isValid()) {
        return {};
    }
    const qint64 target = static_cast<qint64>(index()) + months;
    if (target < s_firstIndex || target > s_lastIndex) {
        return {};
    }
    return fromIndex(static_cast<int>(target));
}

int YearMonth::monthsBetween(YearMonth from, YearMonth to)
{
    if (!from.isValid() || !to.isValid()) {
        return 0;
    }
    return to.index() - from.index();
}

} // namespace dd::domain
