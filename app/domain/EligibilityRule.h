#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>

namespace dd::domain {

// Who may apply, as far as the forms' dates can tell (REFERENCE.md §1.2, §5.1):
// a bachelor's degree and at least three years of work after it at the time of the online
// application ([S]: the handbook; DegreeDesk treats it as a rule with a clear message), and
// the dates in a plausible order: born before starting work, of working age, the degree
// before the application.
class EligibilityRule
{
    Q_DECLARE_TR_FUNCTIONS(EligibilityRule)

public:
    static constexpr int MinimumMonthsAfterDegree = 36;
    static constexpr int MinimumWorkingAge = 16;
    static constexpr int MinimumDegreeAge = 18;

    // 获前置学位年月 → 网上学位申请年月: at least 36 months.
    static Findings checkYearsSinceDegree(const QString &priorDegreeMonth,
                                          const QString &applicationMonth);
    // 出生日期 (YYYYMMDD) against 参加工作年月 and 获前置学位年月 (YYYYMM).
    static Findings checkLifeOrder(const QString &birthDate, const QString &workStartMonth,
                                   const QString &priorDegreeMonth);
};

} // namespace dd::domain
