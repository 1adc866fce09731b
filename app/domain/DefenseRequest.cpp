#include "domain/DefenseRequest.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"

namespace dd::domain {

QJsonObject DefenseRequest::toJson() const
{
    return QJsonObject{
        {Field::CoursesPassedMonth, coursesPassedMonth},
        {Field::ThesisTitle, thesisTitle},
        {Field::SupervisorName, supervisorName},
        {Field::DefenseDate, defenseDate},
    };
}

DefenseRequest DefenseRequest::fromJson(const QJsonObject &json, Findings *problems)
{
    JsonReader in(json, problems);
    DefenseRequest r;
    r.coursesPassedMonth = in.text(Field::CoursesPassedMonth);
    r.thesisTitle = in.text(Field::ThesisTitle);
    r.supervisorName = in.text(Field::SupervisorName);
    r.defenseDate = in.text(Field::DefenseDate);
    in.reportUnknownKeys();
    return r;
}

} // namespace dd::domain
