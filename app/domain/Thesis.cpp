#include "domain/Thesis.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

void Thesis::write(JsonWriter &out) const
{
    out.text(Field::ThesisTitle, thesisTitle);
    out.text(Field::ThesisTitleEn, thesisTitleEn);
    out.text(Field::Keywords, keywords);
    out.text(Field::ThesisType, thesisType);
    out.text(Field::ThesisSource, thesisSource);
    out.text(Field::WordCount, wordCount);
    out.text(Field::ThesisStart, thesisStart);
    out.text(Field::ThesisEnd, thesisEnd);
    out.text(Field::Secrecy, secrecy);
    out.text(Field::ResearchDirection, researchDirection);
    out.text(Field::SupervisorName, supervisorName);
    out.text(Field::SupervisorTitle, supervisorTitle);
    out.text(Field::SupervisorEmployer, supervisorEmployer);
    out.text(Field::DefenseDate, defenseDate);
}

QJsonObject Thesis::toJson() const
{
    return JsonObjectWriter::of(*this);
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
