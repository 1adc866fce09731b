#pragma once

#include "domain/Finding.h"

#include <QJsonObject>
#include <QString>

namespace dd::domain {

class JsonWriter;

// 短信定制, as the desktop does it: which reminders to show, how many days ahead, and whether
// deadlines are exported as an .ics calendar.
struct NotificationPrefs
{
    // JSON keys of the switches (Field.h has no keys for them).
    static inline const QString RemindDeadlinesKey = QStringLiteral("remindDeadlines");
    static inline const QString RemindExamKey = QStringLiteral("remindExam");
    static inline const QString RemindScoresKey = QStringLiteral("remindScores");
    static inline const QString IcsExportKey = QStringLiteral("icsExport");

    static constexpr int DefaultRemindDaysBefore = 7;

    bool remindDeadlines = true; // registration, application and payment deadlines
    bool remindExam = true;      // admission ticket and exam day
    bool remindScores = true;    // score release
    int remindDaysBefore = DefaultRemindDaysBefore;
    bool icsExport = false;

    static QString kind() { return QStringLiteral("notificationPrefs"); }
    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static NotificationPrefs fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const NotificationPrefs &, const NotificationPrefs &) = default;
};

} // namespace dd::domain
