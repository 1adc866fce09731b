#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd::domain {

class JsonWriter;

// One entry of a record's timeline: the state machine moved the record from one state to
// another by an action, at a moment (UTC), with an optional note (the institution's reason
// for a return, the applicant's own remark). States and action are the machines' stable codes
// ("submitted", "cancel"), so the same entry serves the degree application and the exam
// registration, and reads the same in JSON, in the database and on the server.
//
// JSON: {"from": "submitted", "to": "cancelled", "action": "cancel",
//        "at": "2024-03-01T08:30:00.000Z", "note": "wrong institution"}  ("note" only when set)
struct StateChange
{
    Q_DECLARE_TR_FUNCTIONS(StateChange)

public:
    static inline const QString FromKey = QStringLiteral("from");
    static inline const QString ToKey = QStringLiteral("to");
    static inline const QString ActionKey = QStringLiteral("action");
    static inline const QString AtKey = QStringLiteral("at");
    static inline const QString NoteKey = QStringLiteral("note");
    // A finding on "at" when the time is missing, not ISO 8601, or has no time zone.
    static inline const QString BadTimeRule = QStringLiteral("timeline.badTime");
    // A finding on "from", "to" or "action" when the code is missing.
    static inline const QString MissingCodeRule = QStringLiteral("timeline.missingCode");

    QString from;
    QString to;
    QString action;
    QDateTime at; // always UTC once read or written
    QString note;

    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    // Reads an entry strictly (JsonReader): wrong types, unknown keys, a missing code and a
    // time without a zone ("2024-03-01T08:30:00", which would mean "local time somewhere")
    // are reported in *problems (which may be null).
    // `rowKey` names the entry inside a list ("timeline[2]"); empty for a lone entry.
    static StateChange fromJson(const QJsonObject &json, Findings *problems,
                                const QString &rowKey = {});

    // A whole timeline read from JSON (a record's write() puts it under TimelineKey with
    // JsonWriter::objects): each element is read as above, with its findings named
    // "timeline[i].at" (Field::rowKey); a non-object element is reported on "timeline[i]" and
    // skipped.
    static inline const QString TimelineKey = QStringLiteral("timeline");
    static QList<StateChange> listFromJson(const QJsonArray &json, Findings *problems);

    friend bool operator==(const StateChange &, const StateChange &) = default;
};

} // namespace dd::domain
