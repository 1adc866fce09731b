#include "domain/FieldCheck.h"

#include "domain/CatalogRule.h"
#include "domain/Catalogs.h"
#include "domain/DateRule.h"
#include "domain/EmailRule.h"
#include "domain/Field.h"
#include "domain/IdNumberRule.h"
#include "domain/NameRule.h"
#include "domain/PasswordRule.h"
#include "domain/PhoneRule.h"
#include "domain/PostalCodeRule.h"
#include "domain/ThesisValidator.h"

#include <algorithm>

namespace dd::domain {

const QList<FieldCheck::Kind> &FieldCheck::kinds()
{
    static const QList<Kind> s_kinds{
        {QStringLiteral("id-number"),
         Field::IdNumber,
         {},
         QT_TR_NOOP("ID number of the chosen document type (the resident ID card unless another is "
                    "chosen)")},
        {QStringLiteral("mobile"),
         Field::Mobile,
         {},
         QT_TR_NOOP("mainland mobile number, 11 digits")},
        {QStringLiteral("landline"),
         Field::DayPhone,
         {},
         QT_TR_NOOP("contact phone: area code and number (0106296xxxx) or a mobile number")},
        {QStringLiteral("postal-code"), Field::PostalCode, {}, QT_TR_NOOP("postal code, 6 digits")},
        {QStringLiteral("email"),
         Field::Email,
         {},
         QT_TR_NOOP("e-mail address; Hotmail and Yahoo are refused by the portal")},
        {QStringLiteral("password"),
         Field::Password,
         {},
         QT_TR_NOOP("portal password: 8 to 20 characters, with both letters and digits")},
        {QStringLiteral("user-name"),
         Field::UserName,
         {},
         QT_TR_NOOP("portal user name, ideally an e-mail address")},
        {QStringLiteral("date"),
         Field::BirthDate,
         {},
         QT_TR_NOOP("date YYYYMMDD, not in the future")},
        {QStringLiteral("month"),
         Field::WorkStartMonth,
         {},
         QT_TR_NOOP("month YYYYMM, not in the future")},
        {QStringLiteral("name"),
         Field::Name,
         {},
         QT_TR_NOOP("姓名: Chinese characters (· for minority names) or Latin letters")},
        {QStringLiteral("pinyin"),
         Field::NamePinyin,
         {},
         QT_TR_NOOP(
             "name in pinyin, compared with the usual reading of the name when one is given")},
        {QStringLiteral("keywords"),
         Field::Keywords,
         {},
         QT_TR_NOOP("thesis keywords, 3 to 5, separated by commas")},
        {QStringLiteral("id-type"), Field::IdType, Catalogs::IdTypes, QT_TR_NOOP("证件类型 code")},
        {QStringLiteral("gender"), Field::Gender, Catalogs::Genders, QT_TR_NOOP("性别 code")},
        {QStringLiteral("ethnicity"), Field::Ethnicity, Catalogs::EthnicGroups,
         QT_TR_NOOP("民族 code (GB/T 3304)")},
        {QStringLiteral("political-status"), Field::PoliticalStatus, Catalogs::PoliticalStatus,
         QT_TR_NOOP("政治面貌 code (GB/T 4762)")},
        {QStringLiteral("country"), Field::Country, Catalogs::Countries,
         QT_TR_NOOP("国家或地区 code (ISO 3166 alpha-2)")},
        {QStringLiteral("province"), Field::InstitutionProvince, Catalogs::Provinces,
         QT_TR_NOOP("province code (GB/T 2260, 2 digits)")},
        {QStringLiteral("institution"), Field::Institution, Catalogs::Institutions,
         QT_TR_NOOP("学位授予单位 code")},
        {QStringLiteral("degree-type"), Field::DegreeType, Catalogs::DegreeTypes,
         QT_TR_NOOP("申请学位类型 code")},
        {QStringLiteral("discipline-category"), Field::DisciplineCategory,
         Catalogs::DisciplineCategories, QT_TR_NOOP("学科门类 code")},
        {QStringLiteral("discipline"), Field::Discipline, Catalogs::Disciplines,
         QT_TR_NOOP("学科名称 code")},
        {QStringLiteral("prior-degree-category"), Field::PriorDegreeCategory,
         Catalogs::PriorDegreeCategories, QT_TR_NOOP("前置学位类别 code")},
        {QStringLiteral("applicant-category"), Field::ApplicantCategory,
         Catalogs::ApplicantCategories, QT_TR_NOOP("申请人类别 code")},
        {QStringLiteral("employer-type"), Field::EmployerType, Catalogs::EmployerTypes,
         QT_TR_NOOP("工作单位性质 code")},
        {QStringLiteral("admin-rank"), Field::AdminRank, Catalogs::AdminRanks,
         QT_TR_NOOP("行政职务级别 code")},
        {QStringLiteral("tech-rank"), Field::TechRank, Catalogs::TechTitleLevels,
         QT_TR_NOOP("技术职务级别 code")},
        {QStringLiteral("exam-subject"), Field::ExamSubject, Catalogs::ExamSubjects,
         QT_TR_NOOP("全国统考 subject code")},
    };
    return s_kinds;
}

QStringList FieldCheck::names()
{
    QStringList result;
    for (const Kind &kind : kinds()) {
        result.append(kind.name);
    }
    return result;
}

bool FieldCheck::isKnown(const QString &name)
{
    return names().contains(name);
}

QString FieldCheck::summary(const QString &name)
{
    for (const Kind &kind : kinds()) {
        if (kind.name == name) {
            return tr(kind.summary);
        }
    }
    return {};
}

Findings FieldCheck::check(const QString &name, const QString &value,
                           const ValidationContext &context, const Options &options)
{
    const auto it = std::find_if(kinds().cbegin(), kinds().cend(),
                                 [&](const Kind &kind) { return kind.name == name; });
    if (it == kinds().cend()) {
        return {Finding::error(QStringLiteral("field"), QStringLiteral("field.unknown"),
                               tr("\"%1\" is not a kind of field. Use one of: %2.")
                                   .arg(name, names().join(QStringLiteral(", "))))};
    }
    const Kind &kind = *it;
    if (!kind.catalog.isEmpty()) {
        Findings findings;
        CatalogRule::check(kind.field, kind.catalog, value.trimmed(), findings);
        return findings;
    }
    if (name == u"id-number") {
        return IdNumberRule::check(options.idType, value, context);
    }
    if (name == u"mobile") {
        return PhoneRule::checkMobile(value);
    }
    if (name == u"landline") {
        return PhoneRule::checkContactPhone(value, kind.field);
    }
    if (name == u"postal-code") {
        return PostalCodeRule::check(value);
    }
    if (name == u"email") {
        return EmailRule::check(value);
    }
    if (name == u"password") {
        return PasswordRule::checkPassword(value);
    }
    if (name == u"user-name") {
        return PasswordRule::checkUserName(value);
    }
    if (name == u"date") {
        return DateRule::checkDate(kind.field, value, context);
    }
    if (name == u"month") {
        return DateRule::checkMonth(kind.field, value, context);
    }
    if (name == u"name") {
        return NameRule::checkName(value);
    }
    if (name == u"pinyin") {
        return NameRule::checkPinyin(value, options.name);
    }
    if (name == u"keywords") {
        Thesis thesis;
        thesis.keywords = value;
        Findings findings;
        for (const Finding &f : ThesisValidator::validate(thesis, context)) {
            if (f.field == Field::Keywords) {
                findings.append(f);
            }
        }
        return findings;
    }
    return {};
}

} // namespace dd::domain
