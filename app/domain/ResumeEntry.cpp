#include "domain/ResumeEntry.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"

namespace dd::domain {

QJsonObject ResumeEntry::toJson() const
{
    return QJsonObject{
        {Field::ResumeStart, start},
        {Field::ResumeEnd, end},
        {Field::ResumeOrganization, organization},
        {Field::ResumeRole, role},
    };
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
