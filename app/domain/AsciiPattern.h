#pragma once

#include <QChar>
#include <QStringView>

namespace dd::domain {

// The simple formats of the portal's fields (^\d{6}$, ^[A-Za-z0-9]+$ ...) checked character by
// character instead of with QRegularExpression, for the rules that run on every record of a
// bulk import. They answer exactly what those patterns answered: \d and the classes are ASCII
// only (QRegularExpression without UseUnicodePropertiesOption), and a pattern's $ matches at
// the end of the text and also before one final line feed ("123\n" matches ^\d+$).
class AsciiPattern
{
public:
    static constexpr bool isDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
    static constexpr bool isLetter(QChar c)
    {
        return (c.unicode() >= u'a' && c.unicode() <= u'z')
               || (c.unicode() >= u'A' && c.unicode() <= u'Z');
    }
    static constexpr bool isLetterOrDigit(QChar c) { return isLetter(c) || isDigit(c); }

    // What a pattern ^...$ has to match of `text`: the text without one final line feed, before
    // which $ matches as well as at the very end.
    static QStringView anchoredPart(QStringView text);

    // Whether every character is an ASCII digit (true for an empty text): for the parts of a
    // text whose end anchoredPart() has already dealt with.
    static bool allDigits(QStringView text);
    // ^\d+$, or ^\d{count}$ when count >= 0.
    static bool isDigits(QStringView text, qsizetype count = -1);
    // ^[A-Za-z0-9]+$, or ^[A-Za-z0-9]*$ when `allowEmpty`.
    static bool isLettersOrDigits(QStringView text, bool allowEmpty = false);
    // [A-Za-z] and [0-9] anywhere in the text (unanchored).
    static bool containsLetter(QStringView text);
    static bool containsDigit(QStringView text);
};

} // namespace dd::domain
