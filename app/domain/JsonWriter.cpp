#include "domain/JsonWriter.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace dd::domain {

// --- JsonObjectWriter -----------------------------------------------------------------------

void JsonObjectWriter::text(const QString &key, const QString &value)
{
    m_object.insert(key, value);
}

void JsonObjectWriter::boolean(const QString &key, bool value)
{
    m_object.insert(key, value);
}

void JsonObjectWriter::integer(const QString &key, qint64 value)
{
    m_object.insert(key, value);
}

void JsonObjectWriter::number(const QString &key, double value)
{
    m_object.insert(key, value);
}

void JsonObjectWriter::null(const QString &key)
{
    m_object.insert(key, QJsonValue(QJsonValue::Null));
}

void JsonObjectWriter::texts(const QString &key, const QStringList &values)
{
    m_object.insert(key, QJsonArray::fromStringList(values));
}

void JsonObjectWriter::object(const QString &key, const std::function<void(JsonWriter &)> &fill)
{
    JsonObjectWriter nested;
    fill(nested);
    m_object.insert(key, nested.m_object);
}

void JsonObjectWriter::array(const QString &key, qsizetype count,
                             const std::function<void(qsizetype, JsonWriter &)> &fill)
{
    QJsonArray rows;
    for (qsizetype i = 0; i < count; ++i) {
        JsonObjectWriter row;
        fill(i, row);
        rows.append(row.m_object);
    }
    m_object.insert(key, rows);
}

// --- JsonTextWriter -------------------------------------------------------------------------

namespace {

constexpr char HexDigits[] = "0123456789abcdef";

// A number as QJsonValue keeps it and QJsonDocument writes it: a whole number up to 2^53 as an
// integer, another finite one in the shortest form that reads back the same, the rest as null.
void appendNumber(QByteArray *out, double value)
{
    constexpr double LargestExactInteger = 9007199254740992.0; // 2^53
    if (!std::isfinite(value)) {
        out->append("null", 4);
    } else if (std::trunc(value) == value && std::fabs(value) <= LargestExactInteger) {
        out->append(QByteArray::number(qint64(value)));
    } else {
        out->append(QByteArray::number(value, 'g', QLocale::FloatingPointShortest));
    }
}

} // namespace

qsizetype JsonTextWriter::start(const QString &key)
{
    const qsizetype begin = m_values.size();
    appendString(&m_values, key);
    m_values.append(':');
    return begin;
}

void JsonTextWriter::add(const QString &key, qsizetype begin)
{
    m_members.push_back({key, begin, m_values.size()});
}

void JsonTextWriter::text(const QString &key, const QString &value)
{
    const qsizetype begin = start(key);
    appendString(&m_values, value);
    add(key, begin);
}

void JsonTextWriter::boolean(const QString &key, bool value)
{
    const qsizetype begin = start(key);
    m_values.append(value ? QByteArrayView("true") : QByteArrayView("false"));
    add(key, begin);
}

void JsonTextWriter::integer(const QString &key, qint64 value)
{
    const qsizetype begin = start(key);
    m_values.append(QByteArray::number(value));
    add(key, begin);
}

void JsonTextWriter::number(const QString &key, double value)
{
    const qsizetype begin = start(key);
    appendNumber(&m_values, value);
    add(key, begin);
}

void JsonTextWriter::null(const QString &key)
{
    const qsizetype begin = start(key);
    m_values.append("null", 4);
    add(key, begin);
}

void JsonTextWriter::texts(const QString &key, const QStringList &values)
{
    const qsizetype begin = start(key);
    m_values.append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) {
            m_values.append(',');
        }
        appendString(&m_values, values.at(i));
    }
    m_values.append(']');
    add(key, begin);
}

void JsonTextWriter::object(const QString &key, const std::function<void(JsonWriter &)> &fill)
{
    JsonTextWriter nested;
    fill(nested);
    const qsizetype begin = start(key);
    m_values.append(nested.take());
    add(key, begin);
}

void JsonTextWriter::array(const QString &key, qsizetype count,
                           const std::function<void(qsizetype, JsonWriter &)> &fill)
{
    const qsizetype begin = start(key);
    m_values.append('[');
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0) {
            m_values.append(',');
        }
        JsonTextWriter row;
        fill(i, row);
        m_values.append(row.take());
    }
    m_values.append(']');
    add(key, begin);
}

QByteArray JsonTextWriter::take() const
{
    // QJsonObject keeps its keys sorted (by UTF-16 code units, as QString compares). Each
    // member's text ("key":value) lies whole in m_values: they are copied in that order.
    std::vector<const Member *> sorted;
    sorted.reserve(m_members.size());
    qsizetype size = 2 + qMax(qsizetype(0), qsizetype(m_members.size()) - 1);
    for (const Member &m : m_members) {
        sorted.push_back(&m);
        size += m.end - m.begin;
    }
    std::sort(sorted.begin(), sorted.end(), [](const Member *a, const Member *b) {
        return std::lexicographical_compare(a->key.cbegin(), a->key.cend(), b->key.cbegin(),
                                            b->key.cend());
    });
    QByteArray text(size, Qt::Uninitialized);
    char *write = text.data();
    *write++ = '{';
    for (const Member *m : sorted) {
        if (m != sorted.front()) {
            *write++ = ',';
        }
        std::memcpy(write, m_values.constData() + m->begin, m->end - m->begin);
        write += m->end - m->begin;
    }
    *write = '}';
    return text;
}

void JsonTextWriter::appendString(QByteArray *out, QStringView text, LoneSurrogate lone)
{
    // Written through a pointer into room for the longest escape of every unit (\u0000, six
    // bytes), then cut to what was written.
    const qsizetype at = out->size();
    out->resize(at + 6 * text.size() + 2);
    char *write = out->data() + at;
    auto escape = [&write](char16_t unit) {
        *write++ = '\\';
        *write++ = 'u';
        *write++ = HexDigits[(unit >> 12) & 0xF];
        *write++ = HexDigits[(unit >> 8) & 0xF];
        *write++ = HexDigits[(unit >> 4) & 0xF];
        *write++ = HexDigits[unit & 0xF];
    };
    *write++ = '"';
    const char16_t *chars = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size) {
        const char16_t c = chars[i++];
        if (c < 0x80) {
            if (c >= 0x20 && c != u'"' && c != u'\\') {
                *write++ = char(c);
                continue;
            }
            *write++ = '\\';
            switch (c) {
            case u'"':
                *write++ = '"';
                break;
            case u'\\':
                *write++ = '\\';
                break;
            case u'\b':
                *write++ = 'b';
                break;
            case u'\f':
                *write++ = 'f';
                break;
            case u'\n':
                *write++ = 'n';
                break;
            case u'\r':
                *write++ = 'r';
                break;
            case u'\t':
                *write++ = 't';
                break;
            default:
                --write;
                escape(c);
                break;
            }
        } else if (c < 0x800) {
            *write++ = char(0xC0 | (c >> 6));
            *write++ = char(0x80 | (c & 0x3F));
        } else if (!QChar::isSurrogate(c)) {
            *write++ = char(0xE0 | (c >> 12));
            *write++ = char(0x80 | ((c >> 6) & 0x3F));
            *write++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && i < size && QChar::isLowSurrogate(chars[i])) {
            const char32_t full = QChar::surrogateToUcs4(c, chars[i++]);
            *write++ = char(0xF0 | (full >> 18));
            *write++ = char(0x80 | ((full >> 12) & 0x3F));
            *write++ = char(0x80 | ((full >> 6) & 0x3F));
            *write++ = char(0x80 | (full & 0x3F));
        } else if (lone == LoneSurrogate::Escape) {
            // A lone surrogate: not UTF-8, so Qt writes it escaped.
            escape(c);
        } else {
            *write++ = char(0xEF); // U+FFFD
            *write++ = char(0xBF);
            *write++ = char(0xBD);
        }
    }
    *write++ = '"';
    out->resize(write - out->constData());
}

} // namespace dd::domain
