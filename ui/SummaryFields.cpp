#include "SummaryFields.h"

#include "domain/Catalogs.h"
#include "domain/Field.h"

namespace dd::ui {

using domain::Catalogs;
using domain::Field;

QList<SummaryFields::Spec> SummaryFields::registration()
{
    return {
        {Field::UserName},
        {Field::Password, Shown::Secret},
        {Field::PasswordConfirm, Shown::Secret},
        {Field::Email},
        {Field::EmailConfirm},
        {Field::Mobile},
        {Field::Name},
        {Field::Country, Shown::Option, Catalogs::Countries},
        {Field::IdType, Shown::Option, Catalogs::IdTypes},
        {Field::IdNumber},
        {Field::IdNumberConfirm},
        {Field::Address},
        {Field::PostalCode},
        {Field::DayPhone},
        {Field::EveningPhone},
        {Field::Remarks},
    };
}

QList<SummaryFields::Spec> SummaryFields::basicInfo()
{
    return {
        {Field::NamePinyin},
        {Field::Gender, Shown::Option, Catalogs::Genders},
        {Field::Country, Shown::Option, Catalogs::Countries},
        {Field::Ethnicity, Shown::Option, Catalogs::EthnicGroups},
        {Field::BirthDate},
        {Field::IdType, Shown::Option, Catalogs::IdTypes},
        {Field::IdNumber},
        {Field::IdNumberConfirm},
        {Field::PoliticalStatus, Shown::Option, Catalogs::PoliticalStatus},
        {Field::WorkStartMonth},
        {Field::PriorDegreeMonth},
        {Field::PriorDegreeCategory, Shown::Option, Catalogs::PriorDegreeCategories},
    };
}

QList<SummaryFields::Spec> SummaryFields::resume()
{
    return {
        {Field::ResumeStart}, {Field::ResumeEnd}, {Field::ResumeOrganization}, {Field::ResumeRole}};
}

QList<SummaryFields::Spec> SummaryFields::application()
{
    return {
        {Field::Year},
        {Field::InstitutionProvince, Shown::Option, Catalogs::Provinces},
        {Field::Institution, Shown::Option, Catalogs::Institutions},
        {Field::DegreeType, Shown::Option, Catalogs::DegreeTypes},
        {Field::DisciplineCategory, Shown::Option, Catalogs::DisciplineCategories},
        {Field::Discipline, Shown::Option, Catalogs::Disciplines},
        {Field::ApplicantCategory, Shown::Option, Catalogs::ApplicantCategories},
        {Field::ApplicationMonth},
        {Field::StudentNumber},
        {Field::ClassName},
        {Field::Department},
        {Field::EmployerProvince, Shown::Option, Catalogs::Provinces},
        {Field::EmployerName},
        {Field::EmployerType, Shown::Option, Catalogs::EmployerTypes},
        {Field::AdminRank, Shown::Option, Catalogs::AdminRanks},
        {Field::TechRank, Shown::Option, Catalogs::TechTitleLevels},
        {Field::State, Shown::AppState},
    };
}

QList<SummaryFields::Spec> SummaryFields::examRegistration(bool withExemption)
{
    QList<Spec> fields{
        {Field::ExamYear},
        {Field::ExamSubject, Shown::Option, Catalogs::ExamSubjects},
        {Field::ExamLanguage, Shown::Option, Catalogs::ExamSubjects},
        {Field::TicketNumber},
        {Field::FeePaid, Shown::YesNo},
        {Field::State, Shown::ExamState},
    };
    if (withExemption) {
        fields.append({Field::ExemptReason});
    }
    return fields;
}

QList<SummaryFields::Spec> SummaryFields::defenseRequest()
{
    return {{Field::CoursesPassedMonth},
            {Field::ThesisTitle},
            {Field::SupervisorName},
            {Field::DefenseDate}};
}

QList<SummaryFields::Spec> SummaryFields::thesis()
{
    return {
        {Field::ThesisTitle},
        {Field::ThesisTitleEn},
        {Field::Keywords},
        {Field::ThesisType, Shown::Option, Catalogs::ThesisTypes},
        {Field::ThesisSource, Shown::Option, Catalogs::ThesisSources},
        {Field::WordCount},
        {Field::ThesisStart},
        {Field::ThesisEnd},
        {Field::Secrecy, Shown::Option, Catalogs::ThesisSecrecy},
        {Field::ResearchDirection},
        {Field::SupervisorName},
        {Field::SupervisorTitle},
        {Field::SupervisorEmployer},
        {Field::DefenseDate},
    };
}

QList<SummaryFields::Spec> SummaryFields::residency()
{
    return {
        {Field::QualificationNumber},
        {Field::QualificationMonth},
        {Field::QualificationCategory, Shown::Option, Catalogs::PhysicianCategories},
        {Field::PracticeNumber},
        {Field::PracticeCategory, Shown::Option, Catalogs::PhysicianCategories},
        {Field::PracticeScope},
        {Field::PracticePlace},
        {Field::PracticeFirstRegistered},
        {Field::ResidencyCompleted, Shown::YesNo},
        {Field::ResidencyNumber},
        {Field::ResidencySpecialty},
        {Field::ResidencyBase},
        {Field::ResidencyStart},
        {Field::ResidencyEnd},
    };
}

QList<SummaryFields::Spec> SummaryFields::examScore()
{
    return {{Field::ExamYear}, {Field::ExamSubject, Shown::Option, Catalogs::ExamSubjects}};
}

} // namespace dd::ui
