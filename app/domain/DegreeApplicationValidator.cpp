#include "domain/DegreeApplicationValidator.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/AsciiPattern.h"
#include "domain/CatalogRule.h"
#include "domain/Catalogs.h"
#include "domain/DateRule.h"
#include "domain/EligibilityRule.h"
#include "domain/Field.h"
#include "domain/RequiredRule.h"
#include "domain/TextRule.h"

namespace dd::domain {

namespace {

const QString s_professional = QStringLiteral("professional");

} // namespace

bool DegreeApplicationValidator::needsResidencyCertificate(const DegreeApplication &application)
{
    if (application.degreeType != s_professional) {
        return false;
    }
    const CatalogOption *discipline =
        Catalogs::instance().get(Catalogs::Disciplines).find(application.discipline);
    return discipline && discipline->flag(QStringLiteral("openToEquivalent"))
           && discipline->attribute(QStringLiteral("kind")) == s_professional;
}

Findings DegreeApplicationValidator::validate(const DegreeApplication &a,
                                              const ValidationContext &context,
                                              const BasicInfo *basicInfo)
{
    Findings findings;
    const Catalogs &catalogs = Catalogs::instance();

    // 年度
    // ^\d{4}$
    const auto isYear = [](const QString &text) { return AsciiPattern::isDigits(text, 4); };
    if (RequiredRule::check(Field::Year, a.year, findings)) {
        const int year = a.year.trimmed().toInt();
        if (!isYear(a.year.trimmed())) {
            findings.append(Finding::error(
                Field::Year, QStringLiteral("application.year"),
                tr("%1 must be a year of 4 digits, e.g. 2023.").arg(Field::label(Field::Year))));
        } else if (context.today.isValid()
                   && (year < context.today.year() - 1 || year > context.today.year() + 1)) {
            findings.append(Finding::warning(Field::Year, QStringLiteral("application.yearRange"),
                                             tr("%1 %2 is far from this year (%3); check it.")
                                                 .arg(Field::label(Field::Year), a.year.trimmed())
                                                 .arg(context.today.year())));
        }
    }

    // 学位授予单位所在省市地区 → 学位授予单位
    const bool provinceKnown = CatalogRule::check(Field::InstitutionProvince, Catalogs::Provinces,
                                                  a.institutionProvince, findings);
    if (CatalogRule::check(Field::Institution, Catalogs::Institutions, a.institution, findings)
        && provinceKnown) {
        const CatalogOption *institution = catalogs.get(Catalogs::Institutions).find(a.institution);
        const QString province = institution->attribute(QStringLiteral("province"));
        if (province != a.institutionProvince) {
            findings.append(Finding::error(
                Field::Institution, QStringLiteral("application.institutionProvince"),
                tr("%1: %2 is in %3, not in %4. Choose the province first, then an institution "
                   "of that province.")
                    .arg(Field::label(Field::Institution), institution->label(),
                         catalogs.get(Catalogs::Provinces).labelOf(province),
                         catalogs.get(Catalogs::Provinces).labelOf(a.institutionProvince))));
        }
    }

    // 申请学位类型 → 学科门类 → 学科名称
    const bool typeKnown =
        CatalogRule::check(Field::DegreeType, Catalogs::DegreeTypes, a.degreeType, findings);
    const bool categoryKnown = CatalogRule::check(
        Field::DisciplineCategory, Catalogs::DisciplineCategories, a.disciplineCategory, findings);
    if (CatalogRule::check(Field::Discipline, Catalogs::Disciplines, a.discipline, findings)) {
        const CatalogOption *discipline = catalogs.get(Catalogs::Disciplines).find(a.discipline);
        if (categoryKnown && discipline->parent != a.disciplineCategory) {
            findings.append(Finding::error(
                Field::Discipline, QStringLiteral("application.disciplineCategory"),
                tr("%1: %2 belongs to %3, not to %4. Choose the discipline category first.")
                    .arg(Field::label(Field::Discipline), discipline->label(),
                         catalogs.get(Catalogs::DisciplineCategories).labelOf(discipline->parent),
                         catalogs.get(Catalogs::DisciplineCategories)
                             .labelOf(a.disciplineCategory))));
        }
        if (typeKnown && discipline->attribute(QStringLiteral("kind")) != a.degreeType) {
            findings.append(Finding::error(
                Field::Discipline, QStringLiteral("application.disciplineType"),
                tr("%1: %2 is not a discipline of the degree type %3.")
                    .arg(Field::label(Field::Discipline), discipline->label(),
                         catalogs.get(Catalogs::DegreeTypes).labelOf(a.degreeType))));
        } else if (!discipline->flag(QStringLiteral("openToEquivalent"))) {
            findings.append(Finding::error(
                Field::Discipline, QStringLiteral("application.disciplineClosed"),
                tr("%1: %2 does not accept applicants with equivalent education. For a "
                   "professional degree only clinical medicine, stomatology and traditional "
                   "Chinese medicine are open (since 2016).")
                    .arg(Field::label(Field::Discipline), discipline->label())));
        }
    }

    CatalogRule::check(Field::ApplicantCategory, Catalogs::ApplicantCategories, a.applicantCategory,
                       findings);

    // 网上学位申请年月: may be prepared ahead, so a future month is allowed.
    const Findings monthFindings =
        DateRule::checkMonth(Field::ApplicationMonth, a.applicationMonth, context, true, true);
    findings += monthFindings;
    if (monthFindings.isEmpty() && isYear(a.year.trimmed())
        && a.applicationMonth.trimmed().left(4) != a.year.trimmed()) {
        findings.append(Finding::warning(Field::ApplicationMonth,
                                         QStringLiteral("application.monthYear"),
                                         tr("%1 (%2) is not in the application's year (%3).")
                                             .arg(Field::label(Field::ApplicationMonth),
                                                  a.applicationMonth.trimmed(), a.year.trimmed())));
    }

    // 学号, 班级, 院系: only for those already studying at the institution, all or none.
    TextRule::check(Field::StudentNumber, a.studentNumber, StudentFieldMaxLength, findings, false);
    TextRule::check(Field::ClassName, a.className, StudentFieldMaxLength, findings, false);
    TextRule::check(Field::Department, a.department, StudentFieldMaxLength, findings, false);
    if (!a.studentNumber.trimmed().isEmpty() && a.department.trimmed().isEmpty()) {
        findings.append(Finding::warning(
            Field::Department, QStringLiteral("application.studentDepartment"),
            tr("%1: with a student number, choose the department you study in as well.")
                .arg(Field::label(Field::Department))));
    }

    // 工作单位
    CatalogRule::check(Field::EmployerProvince, Catalogs::Provinces, a.employerProvince, findings);
    TextRule::check(Field::EmployerName, a.employerName, EmployerNameMaxLength, findings);
    CatalogRule::check(Field::EmployerType, Catalogs::EmployerTypes, a.employerType, findings);
    CatalogRule::check(Field::AdminRank, Catalogs::AdminRanks, a.adminRank, findings);
    CatalogRule::check(Field::TechRank, Catalogs::TechTitleLevels, a.techRank, findings);

    if (!ApplicationStateMachine::stateFromCode(a.state)) {
        findings.append(Finding::error(Field::State, QStringLiteral("state.unknown"),
                                       tr("%1: \"%2\" is not a state of an application.")
                                           .arg(Field::label(Field::State), a.state)));
    }

    if (basicInfo) {
        findings +=
            EligibilityRule::checkYearsSinceDegree(basicInfo->priorDegreeMonth, a.applicationMonth);
    }
    return findings;
}

} // namespace dd::domain
