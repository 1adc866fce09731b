#include "domain/ResidencyCertificate.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

void ResidencyCertificate::write(JsonWriter &out) const
{
    out.text(Field::QualificationNumber, qualificationNumber);
    out.text(Field::QualificationMonth, qualificationMonth);
    out.text(Field::QualificationCategory, qualificationCategory);
    out.text(Field::PracticeNumber, practiceNumber);
    out.text(Field::PracticeCategory, practiceCategory);
    out.text(Field::PracticeScope, practiceScope);
    out.text(Field::PracticePlace, practicePlace);
    out.text(Field::PracticeFirstRegistered, practiceFirstRegistered);
    out.boolean(Field::ResidencyCompleted, residencyCompleted);
    out.text(Field::ResidencyNumber, residencyNumber);
    out.text(Field::ResidencySpecialty, residencySpecialty);
    out.text(Field::ResidencyBase, residencyBase);
    out.text(Field::ResidencyStart, residencyStart);
    out.text(Field::ResidencyEnd, residencyEnd);
}

QJsonObject ResidencyCertificate::toJson() const
{
    return JsonObjectWriter::of(*this);
}

ResidencyCertificate ResidencyCertificate::fromJson(const QJsonObject &json, Findings *problems)
{
    JsonReader in(json, problems);
    ResidencyCertificate r;
    r.qualificationNumber = in.text(Field::QualificationNumber);
    r.qualificationMonth = in.text(Field::QualificationMonth);
    r.qualificationCategory = in.text(Field::QualificationCategory);
    r.practiceNumber = in.text(Field::PracticeNumber);
    r.practiceCategory = in.text(Field::PracticeCategory);
    r.practiceScope = in.text(Field::PracticeScope);
    r.practicePlace = in.text(Field::PracticePlace);
    r.practiceFirstRegistered = in.text(Field::PracticeFirstRegistered);
    r.residencyCompleted = in.boolean(Field::ResidencyCompleted);
    r.residencyNumber = in.text(Field::ResidencyNumber);
    r.residencySpecialty = in.text(Field::ResidencySpecialty);
    r.residencyBase = in.text(Field::ResidencyBase);
    r.residencyStart = in.text(Field::ResidencyStart);
    r.residencyEnd = in.text(Field::ResidencyEnd);
    in.reportUnknownKeys();
    return r;
}

} // namespace dd::domain
