#include "domain/ExamRegistration.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"

namespace dd::domain {

QJsonObject ExamRegistration::toJson() const
{
    return QJsonObject{
        {Field::ExamYear, examYear},
        {Field::ExamSubject, examSubject},
        {Field::ExamLanguage, examLanguage},
        {Field::FeePaid, feePaid},
        {Field::TicketNumber, ticketNumber},
        {Field::State, state},
        {StateChange::TimelineKey, StateChange::listToJson(timeline)},
        {Field::ExemptReason, exemptReason},
    };
}

ExamRegistration ExamRegistration::fromJson(const QJsonObject &json, Findings *problems)
{
    JsonReader in(json, problems);
    ExamRegistration r;
    r.examYear = in.text(Field::ExamYear);
    r.examSubject = in.text(Field::ExamSubject);
    r.examLanguage = in.text(Field::ExamLanguage);
    r.feePaid = in.boolean(Field::FeePaid);
    r.ticketNumber = in.text(Field::TicketNumber);
    r.state = in.text(Field::State, r.state); // missing: the initial state
    r.timeline = in.rows<StateChange>(StateChange::TimelineKey, &StateChange::fromJson);
    r.exemptReason = in.text(Field::ExemptReason);
    in.reportUnknownKeys();
    return r;
}

} // namespace dd::domain
