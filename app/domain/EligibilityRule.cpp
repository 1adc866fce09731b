#include "domain/EligibilityRule.h"

#include "domain/DateRule.h"
#include "domain/Field.h"

namespace dd::domain {

Findings EligibilityRule::checkYearsSinceDegree(const QString &priorDegreeMonth,
                                                const QString &applicationMonth)
{
    Findings findings;
    const auto months = DateRule::monthsBetween(priorDegreeMonth, applicationMonth);
    if (!months) {
        return findings;
    }
    if (*months < 0) {
        findings.append(Finding::error(
            Field::ApplicationMonth, QStringLiteral("eligibility.degreeAfterApplication"),
            tr("%1 (%2) is before %3 (%4): the prior degree must come first.")
                .arg(Field::label(Field::ApplicationMonth), applicationMonth.trimmed(),
                     Field::label(Field::PriorDegreeMonth), priorDegreeMonth.trimmed()),
            QString::number(*months)));
    } else if (*months < MinimumMonthsAfterDegree) {
        const auto degree = DateRule::parseMonth(priorDegreeMonth);
        const QString earliest =
            degree ? DateRule::monthText(*degree + MinimumMonthsAfterDegree) : QString();
        findings.append(Finding::error(
            Field::ApplicationMonth, QStringLiteral("eligibility.yearsSinceDegree"),
            tr("Applicants need at least three years of work after the bachelor's degree: only "
               "%n month(s) separate %1 and %2. The earliest month to apply is %3.",
               nullptr, *months)
                .arg(Field::label(Field::PriorDegreeMonth), Field::label(Field::ApplicationMonth),
                     earliest),
            QString::number(*months)));
    }
    return findings;
}

Findings EligibilityRule::checkLifeOrder(const QString &birthDate, const QString &workStartMonth,
                                         const QString &priorDegreeMonth)
{
    Findings findings;
    if (const auto age = DateRule::monthsBetween(birthDate, workStartMonth)) {
        if (*age <= 0) {
            findings.append(Finding::error(
                Field::WorkStartMonth, QStringLiteral("order.workBeforeBirth"),
                tr("%1 (%2) must come after %3 (%4).")
                    .arg(Field::label(Field::WorkStartMonth), workStartMonth.trimmed(),
                         Field::label(Field::BirthDate), birthDate.trimmed())));
        } else if (*age < MinimumWorkingAge * 12) {
            findings.append(Finding::warning(
                Field::WorkStartMonth, QStringLiteral("order.workTooYoung"),
                tr("%1 (%2) would make you %3 years old when you began work; check the year.")
                    .arg(Field::label(Field::WorkStartMonth), workStartMonth.trimmed())
                    .arg(*age / 12),
                QString::number(*age / 12)));
        }
    }
    if (const auto age = DateRule::monthsBetween(birthDate, priorDegreeMonth)) {
        if (*age <= 0) {
            findings.append(Finding::error(
                Field::PriorDegreeMonth, QStringLiteral("order.degreeBeforeBirth"),
                tr("%1 (%2) must come after %3 (%4).")
                    .arg(Field::label(Field::PriorDegreeMonth), priorDegreeMonth.trimmed(),
                         Field::label(Field::BirthDate), birthDate.trimmed())));
        } else if (*age < MinimumDegreeAge * 12) {
            findings.append(Finding::warning(
                Field::PriorDegreeMonth, QStringLiteral("order.degreeTooYoung"),
                tr("%1 (%2) would make you %3 years old at your degree; check the year.")
                    .arg(Field::label(Field::PriorDegreeMonth), priorDegreeMonth.trimmed())
                    .arg(*age / 12),
                QString::number(*age / 12)));
        }
    }
    return findings;
}

} // namespace dd::domain
