#include "domain/BasicInfo.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"

#include <QJsonArray>

namespace dd::domain {

QJsonObject BasicInfo::toJson() const
{
    QJsonArray rows;
    for (const ResumeEntry &entry : resume) {
        rows.append(entry.toJson());
    }
    return QJsonObject{
        {Field::Name, name},
        {Field::NamePinyin, namePinyin},
        {Field::Gender, gender},
        {Field::Country, country},
        {Field::Ethnicity, ethnicity},
        {Field::BirthDate, birthDate},
        {Field::IdType, idType},
        {Field::IdNumber, idNumber},
        {Field::IdNumberConfirm, idNumberConfirm},
        {Field::PoliticalStatus, politicalStatus},
        {Field::WorkStartMonth, workStartMonth},
        {Field::PriorDegreeMonth, priorDegreeMonth},
        {Field::PriorDegreeCategory, priorDegreeCategory},
        {Field::Resume, rows},
    };
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
