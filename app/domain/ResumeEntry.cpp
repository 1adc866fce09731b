#include "domain/ResumeEntry.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

void ResumeEntry::write(JsonWriter &out) const
{
    out.text(Field::ResumeStart, start);
    out.text(Field::ResumeEnd, end);
    out.text(Field::ResumeOrganization, organization);
    out.text(Field::ResumeRole, role);
}

QJsonObject ResumeEntry::toJson() const
{
    return JsonObjectWriter::of(*this);
}

ResumeEntry ResumeEntry::fromJson(const QJsonObject &json, Findings *problems,
                                  const QString &rowKey)
{
    JsonReader in(json, problems, rowKey);
    ResumeEntry r;
    r.start = in.text(Field::ResumeStart);
    r.end = in.text(Field::ResumeEnd);
    r.organization = in.text(Field::ResumeOrganization);
    r.role = in.text(Field::ResumeRole);
    in.reportUnknownKeys();
    return r;
}

} // namespace dd::domain
