#include "domain/NotificationPrefs.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"

namespace dd::domain {

QJsonObject NotificationPrefs::toJson() const
{
    return QJsonObject{
        {RemindDeadlinesKey, remindDeadlines},
        {RemindExamKey, remindExam},
        {RemindScoresKey, remindScores},
        {Field::RemindDaysBefore, remindDaysBefore},
        {IcsExportKey, icsExport},
    };
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
