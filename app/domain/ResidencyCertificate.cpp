#include "domain/ResidencyCertificate.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"

namespace dd::domain {

QJsonObject ResidencyCertificate::toJson() const
{
    return QJsonObject{
        {Field::QualificationNumber, qualificationNumber},
        {Field::QualificationMonth, qualificationMonth},
        {Field::QualificationCategory, qualificationCategory},
        {Field::PracticeNumber, practiceNumber},
        {Field::PracticeCategory, practiceCategory},
        {Field::PracticeScope, practiceScope},
        {Field::PracticePlace, practicePlace},
        {Field::PracticeFirstRegistered, practiceFirstRegistered},
        {Field::ResidencyCompleted, residencyCompleted},
        {Field::ResidencyNumber, residencyNumber},
        {Field::ResidencySpecialty, residencySpecialty},
        {Field::ResidencyBase, residencyBase},
        {Field::ResidencyStart, residencyStart},
        {Field::ResidencyEnd, residencyEnd},
    };
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
