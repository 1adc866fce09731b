#include "domain/Thesis.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"

namespace dd::domain {

QJsonObject Thesis::toJson() const
{
    return QJsonObject{
        {Field::ThesisTitle, thesisTitle},
        {Field::ThesisTitleEn, thesisTitleEn},
        {Field::Keywords, keywords},
        {Field::ThesisType, thesisType},
        {Field::ThesisSource, thesisSource},
        {Field::WordCount, wordCount},
        {Field::ThesisStart, thesisStart},
        {Field::ThesisEnd, thesisEnd},
        {Field::Secrecy, secrecy},
        {Field::ResearchDirection, researchDirection},
        {Field::SupervisorName, supervisorName},
        {Field::SupervisorTitle, supervisorTitle},
        {Field::SupervisorEmployer, supervisorEmployer},
        {Field::DefenseDate, defenseDate},
    };
}

Thesis Thesis::fromJson(const QJsonObject &json, Findings *problems)
{
    JsonReader in(json, problems);
    Thesis r;
    r.thesisTitle = in.text(Field::ThesisTitle);
    r.thesisTitleEn = in.text(Field::ThesisTitleEn);
    r.keywords = in.text(Field::Keywords);
    r.thesisType = in.text(Field::ThesisType);
    r.thesisSource = in.text(Field::ThesisSource);
    r.wordCount = in.text(Field::WordCount);
    r.thesisStart = in.text(Field::ThesisStart);
    r.thesisEnd = in.text(Field::ThesisEnd);
    r.secrecy = in.text(Field::Secrecy);
    r.researchDirection = in.text(Field::ResearchDirection);
    r.supervisorName = in.text(Field::SupervisorName);
    r.supervisorTitle = in.text(Field::SupervisorTitle);
    r.supervisorEmployer = in.text(Field::SupervisorEmployer);
    r.defenseDate = in.text(Field::DefenseDate);
    in.reportUnknownKeys();
    return r;
}

} // namespace dd::domain
