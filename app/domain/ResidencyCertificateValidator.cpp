#include "domain/ResidencyCertificateValidator.h"

#include "domain/AsciiPattern.h"
#include "domain/CatalogRule.h"
#include "domain/Catalogs.h"
#include "domain/DateRule.h"
#include "domain/Field.h"
#include "domain/TextRule.h"

namespace dd::domain {

namespace {

void checkCertificateNumber(const QString &field, const QString &value, bool required,
                            Findings &findings)
{
    if (TextRule::check(field, value, ResidencyCertificateValidator::CertificateNumberMaxLength,
                        findings, required)
        && !AsciiPattern::isLettersOrDigits(QStringView(value).trimmed())) { // ^[A-Za-z0-9]+$
        findings.append(Finding::error(
            field, QStringLiteral("certificate.number"),
            ResidencyCertificateValidator::tr("%1 has only digits and letters, as printed on the "
                                              "certificate.")
                .arg(Field::label(field))));
    }
}

} // namespace

Findings ResidencyCertificateValidator::validate(const ResidencyCertificate &c,
                                                 const ValidationContext &context)
{
    Findings findings;
    checkCertificateNumber(Field::QualificationNumber, c.qualificationNumber, true, findings);
    findings += DateRule::checkMonth(Field::QualificationMonth, c.qualificationMonth, context);
    CatalogRule::check(Field::QualificationCategory, Catalogs::PhysicianCategories,
                       c.qualificationCategory, findings);
    checkCertificateNumber(Field::PracticeNumber, c.practiceNumber, false, findings);
    const bool practising = !c.practiceNumber.trimmed().isEmpty();
    CatalogRule::check(Field::PracticeCategory, Catalogs::PhysicianCategories, c.practiceCategory,
                       findings, practising);
    TextRule::check(Field::PracticeScope, c.practiceScope, 50, findings, practising);
    TextRule::check(Field::PracticePlace, c.practicePlace, 100, findings, practising);
    const Findings registered = DateRule::checkDate(Field::PracticeFirstRegistered,
                                                    c.practiceFirstRegistered, context, practising);
    findings += registered;
    if (registered.isEmpty()) {
        findings += DateRule::checkMonthOrder(
            Field::QualificationMonth, c.qualificationMonth, Field::PracticeFirstRegistered,
            c.practiceFirstRegistered, QStringLiteral("certificate.practiceBeforeQualification"));
    }
    checkCertificateNumber(Field::ResidencyNumber, c.residencyNumber, c.residencyCompleted,
                           findings);
    TextRule::check(Field::ResidencySpecialty, c.residencySpecialty, 50, findings, true);
    TextRule::check(Field::ResidencyBase, c.residencyBase, 100, findings, true);
    const Findings start = DateRule::checkMonth(Field::ResidencyStart, c.residencyStart, context);
    const Findings end = DateRule::checkMonth(Field::ResidencyEnd, c.residencyEnd, context,
                                              c.residencyCompleted, !c.residencyCompleted);
    findings += start;
    findings += end;
    if (start.isEmpty() && end.isEmpty()) {
        findings += DateRule::checkMonthOrder(Field::ResidencyStart, c.residencyStart,
                                              Field::ResidencyEnd, c.residencyEnd,
                                              QStringLiteral("certificate.residencyOrder"), false);
    }
    return findings;
}

Findings ResidencyCertificateValidator::validate(const NotificationPrefs &p)
{
    Findings findings;
    if (p.remindDaysBefore < 0 || p.remindDaysBefore > MaxRemindDaysBefore) {
        findings.append(Finding::error(Field::RemindDaysBefore, QStringLiteral("prefs.remindDays"),
                                       tr("%1 must be between 0 and %2 days.")
                                           .arg(Field::label(Field::RemindDaysBefore))
                                           .arg(MaxRemindDaysBefore),
                                       QString::number(p.remindDaysBefore)));
    }
    return findings;
}

} // namespace dd::domain
