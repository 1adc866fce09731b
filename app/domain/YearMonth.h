#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

#include <compare>

namespace dd::domain {

// A calendar month as the portal types it: "YYYYMM" (参加工作年月, 获前置学位年月, 个人经历 ...).
// A default-constructed YearMonth is invalid; it sorts before every valid month and stays
// invalid under arithmetic. Parsing is strict and says nothing about why a text is refused:
// the rules that use this type write the messages.
class YearMonth
{
public:
    constexpr YearMonth() = default;
    // Invalid unless 1 <= year <= 9999 and 1 <= month <= 12.
    constexpr YearMonth(int year, int month)
    {
        if (year >= 1 && year <= 9999 && month >= 1 && month <= 12) {
            m_year = year;
            m_month = month;
        }
    }

    // Exactly six ASCII digits, year 0001-9999, month 01-12: "202302". Anything else
    // ("202313", "20230", "2023-02", " 202302", "000001") gives an invalid YearMonth.
    static YearMonth fromString(QStringView text);
    // The month with index() == index; invalid when out of range.
    static YearMonth fromIndex(int index);
    // The month a date falls in (invalid for an invalid date).
    static YearMonth fromDate(QDate date);

    constexpr bool isValid() const { return m_month != 0; }
    constexpr int year() const { return m_year; }
    constexpr int month() const { return m_month; }
    // year * 12 + month - 1: consecutive months have consecutive indexes. -1 when invalid.
    constexpr int index() const { return isValid() ? m_year * 12 + m_month - 1 : -1; }

    // "YYYYMM", or an empty string when invalid.
    QString toString() const;
    // The first and the last day of the month (invalid dates when the month is invalid).
    QDate firstDay() const;
    QDate lastDay() const;

    // Invalid stays invalid; a result outside years 1-9999 is invalid.
    YearMonth addMonths(int months) const;
    YearMonth addYears(int years) const { return addMonths(years * 12); }
    YearMonth &operator+=(int months) { return *this = addMonths(months); }
    YearMonth &operator-=(int months) { return *this = addMonths(-months); }
    friend YearMonth operator+(YearMonth month, int months) { return month.addMonths(months); }
    friend YearMonth operator-(YearMonth month, int months) { return month.addMonths(-months); }

    // How many months `to` lies after `from` (negative when it lies before):
    // monthsBetween(202212, 202301) == 1. Meaningful only when both are valid (0 otherwise).
    static int monthsBetween(YearMonth from, YearMonth to);

    friend constexpr bool operator==(YearMonth, YearMonth) = default;
    friend constexpr std::strong_ordering operator<=>(YearMonth a, YearMonth b)
    {
        return a.index() <=> b.index();
    }

private:
    int m_year = 0;
    int m_month = 0;
};

} // namespace dd::domain
