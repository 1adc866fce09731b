#include "domain/DegreeApplication.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"

namespace dd::domain {

QJsonObject DegreeApplication::toJson() const
{
    return QJsonObject{
        {Field::Year, year},
        {Field::InstitutionProvince, institutionProvince},
        {Field::Institution, institution},
        {Field::DegreeType, degreeType},
        {Field::DisciplineCategory, disciplineCategory},
        {Field::Discipline, discipline},
        {Field::ApplicantCategory, applicantCategory},
        {Field::ApplicationMonth, applicationMonth},
        {Field::StudentNumber, studentNumber},
        {Field::ClassName, className},
        {Field::Department, department},
        {Field::EmployerProvince, employerProvince},
        {Field::EmployerName, employerName},
        {Field::EmployerType, employerType},
        {Field::AdminRank, adminRank},
        {Field::TechRank, techRank},
        {Field::State, state},
        {StateChange::TimelineKey, StateChange::listToJson(timeline)},
    };
}

DegreeApplication DegreeApplication::fromJson(const QJsonObject &json, Findings *problems)
{
    JsonReader in(json, problems);
    DegreeApplication r;
    r.year = in.text(Field::Year);
    r.institutionProvince = in.text(Field::InstitutionProvince);
    r.institution = in.text(Field::Institution);
    r.degreeType = in.text(Field::DegreeType);
    r.disciplineCategory = in.text(Field::DisciplineCategory);
    r.discipline = in.text(Field::Discipline);
    r.applicantCategory = in.text(Field::ApplicantCategory);
    r.applicationMonth = in.text(Field::ApplicationMonth);
    r.studentNumber = in.text(Field::StudentNumber);
    r.className = in.text(Field::ClassName);
    r.department = in.text(Field::Department);
    r.employerProvince = in.text(Field::EmployerProvince);
    r.employerName = in.text(Field::EmployerName);
    r.employerType = in.text(Field::EmployerType);
    r.adminRank = in.text(Field::AdminRank);
    r.techRank = in.text(Field::TechRank);
    r.state = in.text(Field::State, r.state); // missing: the initial state
    r.timeline = in.rows<StateChange>(StateChange::TimelineKey, &StateChange::fromJson);
    in.reportUnknownKeys();
    return r;
}

} // namespace dd::domain
