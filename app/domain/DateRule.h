#pragma once

#include "domain/Finding.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace dd::domain {

// The portal's date fields: YYYYMMDD (出生日期, e.g. 19810422) and YYYYMM (参加工作年月,
// 获前置学位年月, 网上学位申请年月, the months of the personal history, e.g. 200606). A value
// must be a real calendar date or month, not in the future and not before 1900.
class DateRule
{
    Q_DECLARE_TR_FUNCTIONS(DateRule)

public:
    static constexpr int EarliestYear = 1900;

    // Parse without messages: nullopt unless the text is a real date / month.
    static std::optional<QDate> parseDate(const QString &value);
    // A month as an index (year * 12 + month - 1), so months compare and subtract as integers.
    static std::optional<int> parseMonth(const QString &value);
    static QString monthText(int monthIndex); // 202302 for the index of February 2023

    // Format, calendar and range checks. An empty value gives a "required" finding when
    // `required`, nothing otherwise. Future dates are refused unless `allowFuture`.
    static Findings checkDate(const QString &field, const QString &value,
                              const ValidationContext &context, bool required = true,
                              bool allowFuture = false);
    static Findings checkMonth(const QString &field, const QString &value,
                               const ValidationContext &context, bool required = true,
                               bool allowFuture = false);

    // "earlier" must come before (or, with `allowEqual`, on) "later", both months or both
    // dates in the portal's format; a finding on `laterField` with `rule` otherwise. Values that
    // do not parse are left to the format checks and give no finding here.
    static Findings checkMonthOrder(const QString &earlierField, const QString &earlier,
                                    const QString &laterField, const QString &later,
                                    const QString &rule, bool allowEqual = true);
    // The number of whole months from the month of `date` (YYYYMMDD or YYYYMM) to `month`.
    static std::optional<int> monthsBetween(const QString &from, const QString &to);
};

} // namespace dd::domain
