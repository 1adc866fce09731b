#include "domain/BasicInfoValidator.h"

#include "domain/CatalogRule.h"
#include "domain/Catalogs.h"
#include "domain/DateRule.h"
#include "domain/EligibilityRule.h"
#include "domain/Field.h"
#include "domain/IdNumberRule.h"
#include "domain/NameRule.h"
#include "domain/ResumeRule.h"

namespace dd::domain {

Findings BasicInfoValidator::validate(const BasicInfo &b, const ValidationContext &context)
{
    Findings findings;
    if (!b.name.trimmed().isEmpty()) {
        // The name comes from the registration; only its errors matter here.
        findings += errorsOnly(NameRule::checkName(b.name));
    }
    findings += NameRule::checkPinyin(b.namePinyin, b.name);
    CatalogRule::check(Field::Gender, Catalogs::Genders, b.gender, findings);
    CatalogRule::check(Field::Country, Catalogs::Countries, b.country, findings);
    CatalogRule::check(Field::Ethnicity, Catalogs::EthnicGroups, b.ethnicity, findings);
    findings += DateRule::checkDate(Field::BirthDate, b.birthDate, context);
    findings += IdNumberRule::checkDocument(b.idType, b.idNumber, b.idNumberConfirm, context);
    findings +=
        IdNumberRule::checkConsistency(b.idType, b.idNumber, b.birthDate, b.gender, context);
    CatalogRule::check(Field::PoliticalStatus, Catalogs::PoliticalStatus, b.politicalStatus,
                       findings);
    findings += DateRule::checkMonth(Field::WorkStartMonth, b.workStartMonth, context);
    findings += DateRule::checkMonth(Field::PriorDegreeMonth, b.priorDegreeMonth, context);
    CatalogRule::check(Field::PriorDegreeCategory, Catalogs::PriorDegreeCategories,
                       b.priorDegreeCategory, findings);
    findings += EligibilityRule::checkLifeOrder(b.birthDate, b.workStartMonth, b.priorDegreeMonth);
    findings += ResumeRule::check(b.resume, context);
    return findings;
}

} // namespace dd::domain
