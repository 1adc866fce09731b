#include "domain/StateChange.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

namespace {

// True when the key holds a value of another type than a string: JsonReader reports that
// already, so no second finding is added for the same value.
bool hasWrongType(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    return !value.isUndefined() && !value.isNull() && !value.isString();
}

} // namespace

void StateChange::write(JsonWriter &out) const
{
    out.text(FromKey, from);
    out.text(ToKey, to);
    out.text(ActionKey, action);
    out.text(AtKey, at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString());
    if (!note.isEmpty()) {
        out.text(NoteKey, note);
    }
}

QJsonObject StateChange::toJson() const
{
    return JsonObjectWriter::of(*this);
}

StateChange StateChange::fromJson(const QJsonObject &json, Findings *problems,
                                  const QString &rowKey)
{
    JsonReader in(json, problems, rowKey);
    StateChange change;
    for (const auto &[key, target] :
         {std::pair{&FromKey, &change.from}, std::pair{&ToKey, &change.to},
          std::pair{&ActionKey, &change.action}}) {
        *target = in.text(*key);
        if (target->isEmpty() && !hasWrongType(json, *key) && problems) {
            problems->append(Finding::error(
                in.keyOf(*key), MissingCodeRule,
                //: %1 is "from", "to" or "action" of a timeline entry
                tr("%1: the code is missing. Each entry of a timeline needs the states it "
                   "moved between and the action that moved it.")
                    .arg(in.keyOf(*key))));
        }
    }

    const QString atText = in.text(AtKey);
    const QDateTime parsed = QDateTime::fromString(atText, Qt::ISODateWithMs);
    if (parsed.isValid() && parsed.timeSpec() != Qt::LocalTime) {
        change.at = parsed.toUTC();
    } else if (!hasWrongType(json, AtKey) && problems) {
        problems->append(
            Finding::error(in.keyOf(AtKey), BadTimeRule,
                           //: %1 is the key "at", %2 the text found
                           tr("%1: \"%2\" is not a time in ISO 8601 with a time zone, such as "
                              "2024-03-01T08:30:00Z. Write the time in UTC with a final Z.")
                               .arg(in.keyOf(AtKey), atText),
                           atText));
    }
    change.note = in.text(NoteKey);
    in.reportUnknownKeys();
    return change;
}

QList<StateChange> StateChange::listFromJson(const QJsonArray &json, Findings *problems)
{
    QList<StateChange> timeline;
    timeline.reserve(json.size());
    for (qsizetype i = 0; i < json.size(); ++i) {
        const QString rowKey = Field::rowKey(TimelineKey, i, {});
        const QJsonValue element = json.at(i);
        if (!element.isObject()) {
            if (problems) {
                problems->append(Finding::error(
                    rowKey, JsonReader::WrongTypeRule,
                    //: %1 is the position of an entry in a timeline, e.g. "timeline[2]"
                    tr("%1 must be an object with \"from\", \"to\", \"action\" and \"at\". "
                       "Correct the entry or remove it.")
                        .arg(rowKey),
                    JsonReader::typeName(JsonReader::Type::Object)));
            }
            continue;
        }
        timeline.append(fromJson(element.toObject(), problems, rowKey));
    }
    return timeline;
}

} // namespace dd::domain
