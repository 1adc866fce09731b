#include "domain/JsonReader.h"

#include <cmath>
#include <limits>

namespace dd::domain {

JsonReader::JsonReader(const QJsonObject &object, Findings *problems, const QString &rowKey)
    : m_object(object)
    , m_problems(problems)
    , m_rowKey(rowKey)
{}

QString JsonReader::keyOf(const QString &key) const
{
    return m_rowKey.isEmpty() ? key : m_rowKey + QLatin1Char('.') + key;
}

QJsonValue JsonReader::take(const QString &key)
{
    m_known.insert(key);
    const QJsonValue value = m_object.value(key);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

QString JsonReader::text(const QString &key, const QString &fallback)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isString()) {
        reportWrongType(keyOf(key), Type::String, value);
        return fallback;
    }
    return value.toString();
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isBool()) {
        reportWrongType(keyOf(key), Type::Boolean, value);
        return fallback;
    }
    return value.toBool();
}

int JsonReader::integer(const QString &key, int fallback)
{
    return optionalInteger(key).value_or(fallback);
}

std::optional<int> JsonReader::optionalInteger(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        return std::nullopt;
    }
    const double number = value.toDouble();
    const bool whole = value.isDouble() && std::isfinite(number) && std::trunc(number) == number
                       && number >= std::numeric_limits<int>::min()
                       && number <= std::numeric_limits<int>::max();
    if (!whole) {
        reportWrongType(keyOf(key), Type::Integer, value);
        return std::nullopt;
    }
    return static_cast<int>(number);
}

double JsonReader::number(const QString &key, double fallback)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        reportWrongType(keyOf(key), Type::Number, value);
        return fallback;
    }
    return value.toDouble();
}

QJsonObject JsonReader::object(const QString &key)
{
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isObject()) {
        reportWrongType(keyOf(key), Type::Object, value);
        return {};
    }
    return value.toObject();
}

QStringList JsonReader::texts(const QString &key)
{
    QStringList result;
    const QJsonValue value = take(key);
    if (value.isUndefined()) {
        return result;
    }
    if (!value.isArray()) {
        reportWrongType(keyOf(key), Type::Array, value);
        return result;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString()) {
            reportWrongType(Field::rowKey(keyOf(key), i, {}), Type::String, element);
            continue;
        }
        result.append(element.toString());
    }
    return result;
}

void JsonReader::reportUnknownKeys()
{
    if (!m_problems) {
        return;
    }
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_known.contains(it.key())) {
            continue;
        }
        const QString field = keyOf(it.key());
        m_problems->append(Finding::error(
            field, UnknownFieldRule,
            //: %1 is a field key or label that the program does not know
            tr("%1: this form has no such field. Remove it or correct the spelling of its name.")
                .arg(Field::label(field)),
            it.key()));
    }
}

void JsonReader::reportWrongType(const QString &key, Type expected, const QJsonValue &found)
{
    if (!m_problems) {
        return;
    }
    m_problems->append(Finding::error(
        key, WrongTypeRule,
        //: %1 is a field label, %2 the kind of value expected ("text"), %3 the kind found
        tr("%1 must be %2, not %3. Correct the value and try again.")
            .arg(Field::label(key), describeExpected(expected), describeFound(found, expected)),
        typeName(expected)));
}

QString JsonReader::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("string");
    case Type::Boolean:
        return QStringLiteral("boolean");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Number:
        return QStringLiteral("number");
    case Type::Array:
        return QStringLiteral("array");
    case Type::Object:
        return QStringLiteral("object");
    }
    return QStringLiteral("string");
}

QString JsonReader::describeExpected(Type type)
{
    switch (type) {
    case Type::String:
        return tr("text");
    case Type::Boolean:
        return tr("true or false");
    case Type::Integer:
        return tr("a whole number");
    case Type::Number:
        return tr("a number");
    case Type::Array:
        return tr("a list");
    case Type::Object:
        return tr("an object with named fields");
    }
    return tr("text");
}

QString JsonReader::describeFound(const QJsonValue &value, Type expected)
{
    switch (value.type()) {
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Double: {
        if (expected != Type::Integer) {
            return tr("a number");
        }
        const double number = value.toDouble();
        return std::trunc(number) == number ? tr("a number out of range")
                                            : tr("a number with a fraction");
    }
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

} // namespace dd::domain
