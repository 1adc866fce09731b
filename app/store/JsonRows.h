#pragma once

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
    // elsewhere (on other cores) and put in with addJson().
    static void appendString(QByteArray *out, QStringView text)
    {
        out->append('"');
        const char16_t *chars = text.utf16();
        const qsizetype size = text.size();
        qsizetype i = 0;
        while (i < size) {
            // A run of plain ASCII goes in at once.
            qsizetype end = i;
            while (end < size && chars[end] < 0x80 && chars[end] >= 0x20 && chars[end] != u'"'
                   && chars[end] != u'\\') {
                ++end;
            }
            if (end > i) {
                const qsizetype at = out->size();
                out->resize(at + (end - i));
                char *write = out->data() + at;
                for (qsizetype k = i; k < end; ++k) {
                    *write++ = char(chars[k]);
                }
                i = end;
                continue;
            }
            const char32_t c = chars[i];
            if (c < 0x80) {
                appendByte(out, char(c));
            } else if (c < 0x800) {
                out->append(char(0xC0 | (c >> 6)));
                out->append(char(0x80 | (c & 0x3F)));
            } else if (QChar::isHighSurrogate(c) && i + 1 < size
                       && QChar::isLowSurrogate(chars[i + 1])) {
                const char32_t full = QChar::surrogateToUcs4(char16_t(c), chars[i + 1]);
                ++i;
                out->append(char(0xF0 | (full >> 18)));
                out->append(char(0x80 | ((full >> 12) & 0x3F)));
                out->append(char(0x80 | ((full >> 6) & 0x3F)));
                out->append(char(0x80 | (full & 0x3F)));
            } else {
                const char32_t bmp = QChar::isSurrogate(c) ? char32_t(0xFFFD) : c;
                out->append(char(0xE0 | (bmp >> 12)));
                out->append(char(0x80 | ((bmp >> 6) & 0x3F)));
                out->append(char(0x80 | (bmp & 0x3F)));
            }
            ++i;
        }
        out->append('"');
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
