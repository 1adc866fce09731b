#include "domain/DefenseRequest.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

void DefenseRequest::write(JsonWriter &out) const
{
    out.text(Field::CoursesPassedMonth, coursesPassedMonth);
    out.text(Field::ThesisTitle, thesisTitle);
    out.text(Field::SupervisorName, supervisorName);
    out.text(Field::DefenseDate, defenseDate);
}

QJsonObject DefenseRequest::toJson() const
{
    return JsonObjectWriter::of(*this);
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
