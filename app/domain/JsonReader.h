#pragma once

#include "domain/Field.h"
#include "domain/Finding.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace dd::domain {

// Reads one JSON object of a record strictly, for every record's fromJson(): the same code
// reads HTTP bodies on the server and files in the CLI. Each getter marks its key as known;
// a missing key or a null gives the empty value or the fallback (required fields are the
// validators' business). A value of the wrong JSON type gives a "json.wrongType" finding on
// the field (detail: the JSON type expected: "string", "boolean", "integer", "array" or
// "object") and the empty value or the fallback. reportUnknownKeys(), called last, gives a
// "json.unknownField" finding for every key nobody asked for (detail: the key as written). Rows of
// a table are read by rows(), which names their fields "resume[1].start" (Field::rowKey).
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    static inline const QString UnknownFieldRule = QStringLiteral("json.unknownField");
    static inline const QString WrongTypeRule = QStringLiteral("json.wrongType");

    enum class Type { String, Boolean, Integer, Number, Array, Object };

    // `rowKey` is the key of the row the object is ("resume[1]"), empty for a whole record.
    // `problems` may be null: the reader then only reads.
    JsonReader(const QJsonObject &object, Findings *problems, const QString &rowKey = {});

    QString text(const QString &key, const QString &fallback = {});
    bool boolean(const QString &key, bool fallback = false);
    int integer(const QString &key, int fallback = 0);
    std::optional<int> optionalInteger(const QString &key);
    // A finite number, whole or not.
    double number(const QString &key, double fallback = 0.0);
    // A nested object, returned as it is for the caller to read with a reader of its own.
    QJsonObject object(const QString &key);
    // An array of strings; a non-string element is reported on "key[i]" and skipped.
    QStringList texts(const QString &key);

    // Reads the array under `key`, calling read(const QJsonObject &row, Findings *problems,
    // const QString &rowKey) for each element. A non-object element is reported on its row
    // ("resume[1]") and gives a default row, so that the rows keep their numbers.
    template<typename Row, typename Read>
    QList<Row> rows(const QString &key, Read read);

    // Reports every key of the object that no getter asked for.
    void reportUnknownKeys();

    Findings *problems() const { return m_problems; }
    // The full key of a field of this object: "start" → "resume[1].start" in a row.
    QString keyOf(const QString &key) const;

    // The machine name of a type ("string" ...), as put into a finding's detail.
    static QString typeName(Type type);

private:
    // The value under key, or undefined when it is missing or null; marks the key as known.
    QJsonValue take(const QString &key);
    void reportWrongType(const QString &key, Type expected, const QJsonValue &found);
    static QString describeExpected(Type type);
    static QString describeFound(const QJsonValue &value, Type expected);

    QJsonObject m_object;
    Findings *m_problems = nullptr;
    QString m_rowKey;
    QSet<QString> m_known;
};

template<typename Row, typename Read>
QList<Row> JsonReader::rows(const QString &key, Read read)
{
    QList<Row> result;
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        return result;
    }
    if (!value.isArray()) {
        reportWrongType(keyOf(key), Type::Array, value);
        return result;
    }
    const QJsonArray array = value.toArray();
    result.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString rowKey = Field::rowKey(keyOf(key), i, {});
        const QJsonValue element = array.at(i);
        if (!element.isObject()) {
            reportWrongType(rowKey, Type::Object, element);
            result.append(Row{});
            continue;
        }
        result.append(read(element.toObject(), m_problems, rowKey));
    }
    return result;
}

} // namespace dd::domain
