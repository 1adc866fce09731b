#include "domain/AsciiPattern.h"

#include <algorithm>

namespace dd::domain {

QStringView AsciiPattern::anchoredPart(QStringView text)
{
    return text.endsWith(u'\n') ? text.chopped(1) : text;
}

bool AsciiPattern::allDigits(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), isDigit);
}

bool AsciiPattern::isDigits(QStringView text, qsizetype count)
{
    const QStringView part = anchoredPart(text);
    if (count >= 0 ? part.size() != count : part.isEmpty()) {
        return false;
    }
    return allDigits(part);
}

bool AsciiPattern::isLettersOrDigits(QStringView text, bool allowEmpty)
{
    const QStringView part = anchoredPart(text);
    if (part.isEmpty()) {
        return allowEmpty;
    }
    return std::all_of(part.cbegin(), part.cend(), isLetterOrDigit);
}

bool AsciiPattern::containsLetter(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), isLetter);
}

bool AsciiPattern::containsDigit(QStringView text)
{
    return std::any_of(text.cbegin(), text.cend(), isDigit);
}

} // namespace dd::domain
