#include "domain/ExamRegistration.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

void ExamRegistration::write(JsonWriter &out) const
{
    out.text(Field::ExamYear, examYear);
    out.text(Field::ExamSubject, examSubject);
    out.text(Field::ExamLanguage, examLanguage);
    out.boolean(Field::FeePaid, feePaid);
    out.text(Field::TicketNumber, ticketNumber);
    out.text(Field::State, state);
    out.objects(StateChange::TimelineKey, timeline);
    out.text(Field::ExemptReason, exemptReason);
}

QJsonObject ExamRegistration::toJson() const
{
    return JsonObjectWriter::of(*this);
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
