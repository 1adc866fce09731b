#include "domain/DegreeApplication.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

void DegreeApplication::write(JsonWriter &out) const
{
    out.text(Field::Year, year);
    out.text(Field::InstitutionProvince, institutionProvince);
    out.text(Field::Institution, institution);
    out.text(Field::DegreeType, degreeType);
    out.text(Field::DisciplineCategory, disciplineCategory);
    out.text(Field::Discipline, discipline);
    out.text(Field::ApplicantCategory, applicantCategory);
    out.text(Field::ApplicationMonth, applicationMonth);
    out.text(Field::StudentNumber, studentNumber);
    out.text(Field::ClassName, className);
    out.text(Field::Department, department);
    out.text(Field::EmployerProvince, employerProvince);
    out.text(Field::EmployerName, employerName);
    out.text(Field::EmployerType, employerType);
    out.text(Field::AdminRank, adminRank);
    out.text(Field::TechRank, techRank);
    out.text(Field::State, state);
    out.objects(StateChange::TimelineKey, timeline);
}

QJsonObject DegreeApplication::toJson() const
{
    return JsonObjectWriter::of(*this);
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
