#pragma once

#include "domain/JsonWriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace dd::store {

// Rows for a bulk INSERT ... SELECT ... FROM json_each(CAST(? AS TEXT)): a JSON array of
// arrays, written straight into one UTF-8 buffer, so that thousands of rows cost one statement
// instead of one each. Strings are escaped as JSON requires; SQLite's json_extract gives them
// back exactly.
class JsonRows
{
public:
    explicit JsonRows(qsizetype expectedBytes = 0)
    {
        m_text.reserve(expectedBytes);
        m_text.append('[');
    }

    // Starts the next row.
    JsonRows &row()
    {
        if (m_rows > 0) {
            m_text.append("],", 2);
        }
        m_text.append('[');
        ++m_rows;
        m_first = true;
        return *this;
    }

    JsonRows &add(qint64 number)
    {
        separate();
        m_text.append(QByteArray::number(number));
        return *this;
    }

    // Text, as a JSON string (UTF-16 in, UTF-8 out; a lone surrogate becomes U+FFFD).
    JsonRows &add(QStringView text)
    {
        separate();
        appendString(&m_text, text);
        return *this;
    }

    // Text already in UTF-8 (a record's compact JSON), as a JSON string.
    JsonRows &addUtf8(QByteArrayView text)
    {
        separate();
        appendUtf8String(&m_text, text);
        return *this;
    }

    // Values written as JSON already (appendString's, a record's compact JSON object, numbers),
    // one or several separated by commas: they go in as they are.
    JsonRows &addJson(QByteArrayView json)
    {
        separate();
        m_text.append(json.data(), json.size());
        return *this;
    }

    // UTF-8 `text` as a JSON string onto `out`, quotes included: what addUtf8() writes.
    static void appendUtf8String(QByteArray *out, QByteArrayView text)
    {
        out->append('"');
        const char *bytes = text.data();
        const qsizetype size = text.size();
        qsizetype i = 0;
        while (i < size) {
            qsizetype end = i;
            while (end < size && uchar(bytes[end]) >= 0x20 && bytes[end] != '"'
                   && bytes[end] != '\\') {
                ++end;
            }
            out->append(bytes + i, end - i);
            if (end < size) {
                appendByte(out, bytes[end]);
                ++end;
            }
            i = end;
        }
        out->append('"');
    }

    // `text` as a JSON string onto `out`, quotes included: what add() writes, for rows made
    // elsewhere (on other cores) and put in with addJson(). A lone surrogate becomes U+FFFD.
    static void appendString(QByteArray *out, QStringView text)
    {
        domain::JsonTextWriter::appendString(out, text,
                                             domain::JsonTextWriter::LoneSurrogate::Replace);
    }

    int size() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }

    // The array, closed: bind it as a BLOB and CAST it to TEXT in SQL (no conversion).
    QByteArray text() const
    {
        QByteArray closed = m_text;
        closed.append(m_rows > 0 ? QByteArrayView("]]") : QByteArrayView("]"));
        return closed;
    }

private:
    // One byte of UTF-8: escaped when JSON requires it.
    static void appendByte(QByteArray *out, char c)
    {
        switch (c) {
        case '"':
            out->append("\\\"", 2);
            return;
        case '\\':
            out->append("\\\\", 2);
            return;
        case '\n':
            out->append("\\n", 2);
            return;
        case '\r':
            out->append("\\r", 2);
            return;
        case '\t':
            out->append("\\t", 2);
            return;
        default:
            break;
        }
        if (uchar(c) < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            const char escaped[6] = {
                '\\', 'u', '0', '0', hex[(uchar(c) >> 4) & 0xF], hex[uchar(c) & 0xF]};
            out->append(escaped, 6);
            return;
        }
        out->append(c);
    }

    void separate()
    {
        if (!m_first) {
            m_text.append(',');
        }
        m_first = false;
    }

    QByteArray m_text;
    int m_rows = 0;
    bool m_first = true;
};

} // namespace dd::store
