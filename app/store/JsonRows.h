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
        m_text.append('"');
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char32_t c = text.at(i).unicode();
            if (c < 0x80) {
                ascii(char(c));
            } else if (c < 0x800) {
                m_text.append(char(0xC0 | (c >> 6)));
                m_text.append(char(0x80 | (c & 0x3F)));
            } else if (QChar::isHighSurrogate(c) && i + 1 < text.size()
                       && text.at(i + 1).isLowSurrogate()) {
                const char32_t full = QChar::surrogateToUcs4(char16_t(c), text.at(i + 1).unicode());
                ++i;
                m_text.append(char(0xF0 | (full >> 18)));
                m_text.append(char(0x80 | ((full >> 12) & 0x3F)));
                m_text.append(char(0x80 | ((full >> 6) & 0x3F)));
                m_text.append(char(0x80 | (full & 0x3F)));
            } else {
                const char32_t bmp = QChar::isSurrogate(c) ? char32_t(0xFFFD) : c;
                m_text.append(char(0xE0 | (bmp >> 12)));
                m_text.append(char(0x80 | ((bmp >> 6) & 0x3F)));
                m_text.append(char(0x80 | (bmp & 0x3F)));
            }
        }
        m_text.append('"');
        return *this;
    }

    // Text already in UTF-8 (a record's compact JSON), as a JSON string.
    JsonRows &addUtf8(QByteArrayView text)
    {
        separate();
        m_text.append('"');
        for (const char c : text) {
            ascii(c);
        }
        m_text.append('"');
        return *this;
    }

    int size() const { return m_rows; }
    bool isEmpty() const { return m_rows == 0; }

    // The array, closed: bind it as a BLOB and CAST it to TEXT in SQL (no conversion).
    QByteArray text() const { return m_text + (m_rows > 0 ? "]]" : "]"); }

private:
    // One byte of UTF-8: escaped when JSON requires it.
    void ascii(char c)
    {
        switch (c) {
        case '"':
            m_text.append("\\\"", 2);
            return;
        case '\\':
            m_text.append("\\\\", 2);
            return;
        case '\n':
            m_text.append("\\n", 2);
            return;
        case '\r':
            m_text.append("\\r", 2);
            return;
        case '\t':
            m_text.append("\\t", 2);
            return;
        default:
            break;
        }
        if (uchar(c) < 0x20) {
            static constexpr char hex[] = "0123456789abcdef";
            const char escaped[6] = {
                '\\', 'u', '0', '0', hex[(uchar(c) >> 4) & 0xF], hex[uchar(c) & 0xF]};
            m_text.append(escaped, 6);
            return;
        }
        m_text.append(c);
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
