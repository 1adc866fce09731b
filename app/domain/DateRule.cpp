#include "domain/DateRule.h"

#include "domain/AsciiPattern.h"
#include "domain/Field.h"
#include "domain/FixedDigits.h"
#include "domain/RequiredRule.h"
#include "domain/YearMonth.h"

namespace dd::domain {

namespace {

// The value of digits already checked by AsciiPattern::allDigits().
int digitsValue(QStringView digits)
{
    return FixedDigits::toInt(digits).value_or(0);
}

// A month index from either YYYYMM or YYYYMMDD.
std::optional<int> monthOfEither(const QString &value)
{
    const QStringView text = QStringView(value).trimmed();
    if (text.size() == 8) {
        const QDate date = FixedDigits::date(text);
        if (date.isValid()) {
            return date.year() * 12 + date.month() - 1;
        }
        return std::nullopt;
    }
    const YearMonth month = YearMonth::fromString(text);
    return month.isValid() ? std::optional<int>(month.index()) : std::nullopt;
}

} // namespace

std::optional<QDate> DateRule::parseDate(const QString &value)
{
    const QDate date = FixedDigits::date(QStringView(value).trimmed());
    if (!date.isValid()) {
        return std::nullopt;
    }
    return date;
}

std::optional<int> DateRule::parseMonth(const QString &value)
{
    // Six ASCII digits, year 0001-9999, month 01-12: what YearMonth reads.
    const YearMonth month = YearMonth::fromString(QStringView(value).trimmed());
    if (!month.isValid()) {
        return std::nullopt;
    }
    return month.index();
}

QString DateRule::monthText(int monthIndex)
{
    return QStringLiteral("%1%2")
        .arg(monthIndex / 12, 4, 10, QLatin1Char('0'))
        .arg(monthIndex % 12 + 1, 2, 10, QLatin1Char('0'));
}

// The field's label is looked up only for a finding: most values are fine.
Findings DateRule::checkDate(const QString &field, const QString &value,
                             const ValidationContext &context, bool required, bool allowFuture)
{
    Findings findings;
    const QString text = value.trimmed();
    if (!RequiredRule::isPresent(field, text, required, findings)) {
        return findings;
    }
    if (text.size() != 8 || !AsciiPattern::allDigits(text)) {
        findings.append(Finding::error(
            field, QStringLiteral("date.format"),
            tr("%1 must be 8 digits in the form YYYYMMDD, e.g. 19810422; \"%2\" is not.")
                .arg(Field::label(field), text)));
        return findings;
    }
    const QStringView digits(text);
    const int year = digitsValue(digits.first(4));
    const int month = digitsValue(digits.sliced(4, 2));
    const int day = digitsValue(digits.sliced(6, 2));
    if (month < 1 || month > 12) {
        findings.append(
            Finding::error(field, QStringLiteral("date.invalid"),
                           tr("%1: %2 is not a date: the month (digits 5 and 6) must be 01 to 12.")
                               .arg(Field::label(field), text),
                           text));
        return findings;
    }
    const int daysInMonth = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > daysInMonth) {
        findings.append(Finding::error(field, QStringLiteral("date.invalid"),
                                       tr("%1: %2 is not a date: %3-%4 has %5 days.")
                                           .arg(Field::label(field), text)
                                           .arg(year, 4, 10, QLatin1Char('0'))
                                           .arg(month, 2, 10, QLatin1Char('0'))
                                           .arg(daysInMonth),
                                       text));
        return findings;
    }
    const QDate date(year, month, day);
    if (year < EarliestYear) {
        findings.append(Finding::error(field, QStringLiteral("date.tooEarly"),
                                       tr("%1: %2 is before %3; check the year.")
                                           .arg(Field::label(field), text)
                                           .arg(EarliestYear),
                                       text));
    } else if (!allowFuture && context.today.isValid() && date > context.today) {
        findings.append(Finding::error(
            field, QStringLiteral("date.future"),
            tr("%1: %2 is in the future (today is %3). Check the year, month and day.")
                .arg(Field::label(field), text, context.today.toString(QStringLiteral("yyyyMMdd"))),
            text));
    }
    return findings;
}

Findings DateRule::checkMonth(const QString &field, const QString &value,
                              const ValidationContext &context, bool required, bool allowFuture)
{
    Findings findings;
    const QString text = value.trimmed();
    if (!RequiredRule::isPresent(field, text, required, findings)) {
        return findings;
    }
    if (text.size() != 6 || !AsciiPattern::allDigits(text)) {
        findings.append(
            Finding::error(field, QStringLiteral("month.format"),
                           tr("%1 must be 6 digits in the form YYYYMM, e.g. 200606; \"%2\" is not.")
                               .arg(Field::label(field), text)));
        return findings;
    }
    const QStringView digits(text);
    const int year = digitsValue(digits.first(4));
    const int month = digitsValue(digits.sliced(4, 2));
    if (month < 1 || month > 12) {
        findings.append(Finding::error(field, QStringLiteral("month.invalid"),
                                       tr("%1: %2 is not a month: digits 5 and 6 must be 01 to 12.")
                                           .arg(Field::label(field), text),
                                       text));
        return findings;
    }
    const int index = year * 12 + month - 1;
    if (year < EarliestYear) {
        findings.append(Finding::error(field, QStringLiteral("month.tooEarly"),
                                       tr("%1: %2 is before %3; check the year.")
                                           .arg(Field::label(field), text)
                                           .arg(EarliestYear),
                                       text));
    } else if (!allowFuture && context.today.isValid() && index > context.currentMonthIndex()) {
        findings.append(Finding::error(
            field, QStringLiteral("month.future"),
            tr("%1: %2 is in the future (this month is %3). Check the year and month.")
                .arg(Field::label(field), text, monthText(context.currentMonthIndex())),
            text));
    }
    return findings;
}

Findings DateRule::checkMonthOrder(const QString &earlierField, const QString &earlier,
                                   const QString &laterField, const QString &later,
                                   const QString &rule, bool allowEqual)
{
    Findings findings;
    const std::optional<int> a = monthOfEither(earlier);
    const std::optional<int> b = monthOfEither(later);
    if (!a || !b) {
        return findings;
    }
    bool reversed = *b < *a || (!allowEqual && *b == *a);
    // Two full dates in the same month: the days decide.
    const std::optional<QDate> earlierDay = parseDate(earlier);
    const std::optional<QDate> laterDay = parseDate(later);
    if (earlierDay && laterDay && *a == *b) {
        reversed = *laterDay < *earlierDay || (!allowEqual && *laterDay == *earlierDay);
    }
    if (reversed) {
        findings.append(Finding::error(laterField, rule,
                                       tr("%1 (%2) must come after %3 (%4). Check both.")
                                           .arg(Field::label(laterField), later.trimmed(),
                                                Field::label(earlierField), earlier.trimmed()),
                                       monthText(*a)));
    }
    return findings;
}

std::optional<int> DateRule::monthsBetween(const QString &from, const QString &to)
{
    const std::optional<int> a = monthOfEither(from);
    const std::optional<int> b = monthOfEither(to);
    if (!a || !b) {
        return std::nullopt;
    }
    return *b - *a;
}

} // namespace dd::domain
