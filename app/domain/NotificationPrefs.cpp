#include "domain/NotificationPrefs.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

void NotificationPrefs::write(JsonWriter &out) const
{
    out.boolean(RemindDeadlinesKey, remindDeadlines);
    out.boolean(RemindExamKey, remindExam);
    out.boolean(RemindScoresKey, remindScores);
    out.integer(Field::RemindDaysBefore, remindDaysBefore);
    out.boolean(IcsExportKey, icsExport);
}

QJsonObject NotificationPrefs::toJson() const
{
    return JsonObjectWriter::of(*this);
}

NotificationPrefs NotificationPrefs::fromJson(const QJsonObject &json, Findings *problems)
{
    const NotificationPrefs defaults;
    JsonReader in(json, problems);
    NotificationPrefs r;
    r.remindDeadlines = in.boolean(RemindDeadlinesKey, defaults.remindDeadlines);
    r.remindExam = in.boolean(RemindExamKey, defaults.remindExam);
    r.remindScores = in.boolean(RemindScoresKey, defaults.remindScores);
    r.remindDaysBefore = in.integer(Field::RemindDaysBefore, defaults.remindDaysBefore);
    r.icsExport = in.boolean(IcsExportKey, defaults.icsExport);
    in.reportUnknownKeys();
    return r;
}

} // namespace dd::domain
