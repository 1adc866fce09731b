#include "domain/BasicInfo.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

void BasicInfo::write(JsonWriter &out) const
{
    out.text(Field::Name, name);
    out.text(Field::NamePinyin, namePinyin);
    out.text(Field::Gender, gender);
    out.text(Field::Country, country);
    out.text(Field::Ethnicity, ethnicity);
    out.text(Field::BirthDate, birthDate);
    out.text(Field::IdType, idType);
    out.text(Field::IdNumber, idNumber);
    out.text(Field::IdNumberConfirm, idNumberConfirm);
    out.text(Field::PoliticalStatus, politicalStatus);
    out.text(Field::WorkStartMonth, workStartMonth);
    out.text(Field::PriorDegreeMonth, priorDegreeMonth);
    out.text(Field::PriorDegreeCategory, priorDegreeCategory);
    out.objects(Field::Resume, resume);
}

QJsonObject BasicInfo::toJson() const
{
    return JsonObjectWriter::of(*this);
}

BasicInfo BasicInfo::fromJson(const QJsonObject &json, Findings *problems)
{
    JsonReader in(json, problems);
    BasicInfo r;
    r.name = in.text(Field::Name);
    r.namePinyin = in.text(Field::NamePinyin);
    r.gender = in.text(Field::Gender);
    r.country = in.text(Field::Country);
    r.ethnicity = in.text(Field::Ethnicity);
    r.birthDate = in.text(Field::BirthDate);
    r.idType = in.text(Field::IdType);
    r.idNumber = in.text(Field::IdNumber);
    r.idNumberConfirm = in.text(Field::IdNumberConfirm);
    r.politicalStatus = in.text(Field::PoliticalStatus);
    r.workStartMonth = in.text(Field::WorkStartMonth);
    r.priorDegreeMonth = in.text(Field::PriorDegreeMonth);
    r.priorDegreeCategory = in.text(Field::PriorDegreeCategory);
    r.resume = in.rows<ResumeEntry>(Field::Resume, &ResumeEntry::fromJson);
    in.reportUnknownKeys();
    return r;
}

} // namespace dd::domain
