#include "domain/NameRule.h"

#include "domain/AsciiPattern.h"
#include "domain/Field.h"
#include "domain/Pinyin.h"
#include "domain/RequiredRule.h"

#include <QRegularExpression>

namespace dd::domain {

namespace {

constexpr char16_t s_middleDot = 0x00B7;

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)
           || (c >= 0x20000 && c <= 0x323AF) || (c >= 0xF900 && c <= 0xFAFF) || c == 0x3007;
}

bool isDotLookAlike(char16_t c)
{
    return c == 0x2022 || c == 0x30FB || c == 0xFF0E || c == 0x2027 || c == 0xFE52 || c == 0x2219
           || c == 0x22C5 || c == 0xFF65;
}

// ^[A-Za-z]+(?:[ '][A-Za-z]+)*$: words of ASCII letters, each after the first preceded by one
// space or apostrophe.
bool isPinyinText(QStringView text)
{
    bool afterLetter = false;
    for (const QChar c : AsciiPattern::anchoredPart(text)) {
        if (AsciiPattern::isLetter(c)) {
            afterLetter = true;
        } else if (afterLetter && (c == u' ' || c == u'\'')) {
            afterLetter = false;
        } else {
            return false;
        }
    }
    return afterLetter;
}

// Letters only, case and spaces ignored: "Zhang San'feng" -> "zhangsanfeng".
QString lettersOnly(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (c.isLetter()) {
            result.append(c.toLower());
        }
    }
    return result;
}

} // namespace

QString NameRule::normalize(const QString &value)
{
    const QString text = value.trimmed();
    const QList<uint> codes = text.toUcs4();
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const char32_t c = codes.at(i);
        const bool hanBefore = i > 0 && isHan(codes.at(i - 1));
        const bool hanAfter = i + 1 < codes.size() && isHan(codes.at(i + 1));
        if (c < 0x10000 && isDotLookAlike(char16_t(c))) {
            result.append(QChar(s_middleDot));
        } else if (c == u'.' && hanBefore && hanAfter) {
            result.append(QChar(s_middleDot));
        } else if ((c == u' ' || c == 0x3000) && (hanBefore || hanAfter)) {
            continue; // "张 三" -> "张三"
        } else if (QChar::requiresSurrogates(c)) {
            // What QString::fromUcs4() writes for it, without a string per character.
            result.append(QChar(QChar::highSurrogate(c)));
            result.append(QChar(QChar::lowSurrogate(c)));
        } else {
            result.append(QChar(char16_t(c)));
        }
    }
    return result;
}

bool NameRule::isChineseName(const QString &normalized)
{
    const QList<uint> codes = normalized.toUcs4();
    if (codes.isEmpty() || codes.first() == s_middleDot || codes.last() == s_middleDot) {
        return false;
    }
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const char32_t c = codes.at(i);
        if (c == s_middleDot) {
            if (codes.at(i - 1) == s_middleDot) {
                return false;
            }
            continue;
        }
        if (!isHan(c)) {
            return false;
        }
    }
    return true;
}

bool NameRule::isLatinName(const QString &normalized)
{
    // Letters of the Latin script (with diacritics), separated by single spaces, hyphens,
    // apostrophes or a dot after an initial.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\p{Latin}+(?:(?:[ '\-]|\. ?)\p{Latin}+)*\.?$)"));
    return pattern.match(normalized).hasMatch();
}

Findings NameRule::checkName(const QString &value, const QString &fieldKey)
{
    const QString field = fieldKey.isEmpty() ? Field::Name : fieldKey;
    Findings findings;
    if (!RequiredRule::check(field, value, findings)) {
        return findings;
    }
    const QString name = normalize(value);
    const qsizetype length = name.toUcs4().size();
    if (length > MaxLength) {
        findings.append(Finding::error(
            field, QStringLiteral("name.length"),
            tr("%1 can have at most %2 characters.").arg(Field::label(field)).arg(MaxLength)));
        return findings;
    }
    if (isChineseName(name)) {
        if (length < 2) {
            findings.append(Finding::error(
                field, QStringLiteral("name.tooShort"),
                tr("%1 needs both the family name and the given name, as on the ID card.")
                    .arg(Field::label(field))));
        }
    } else if (isLatinName(name)) {
        // A foreign applicant's name as in the passport.
    } else if (name.contains(QChar(s_middleDot)) && !isChineseName(name) && !isLatinName(name)) {
        findings.append(Finding::error(
            field, QStringLiteral("name.dot"),
            tr("%1: the middle dot · may stand only between two parts of a name written in "
               "Chinese characters, e.g. 阿沛·阿旺晋美.")
                .arg(Field::label(field))));
    } else {
        findings.append(Finding::error(
            field, QStringLiteral("name.characters"),
            tr("%1 must be written either in Chinese characters (with · between the parts of a "
               "minority name) or, for foreign applicants, in Latin letters as in the passport; "
               "digits, symbols and mixed scripts are not accepted.")
                .arg(Field::label(field))));
    }
    if (!hasErrors(findings) && name != value) {
        findings.append(
            Finding::info(field, QStringLiteral("name.normalized"),
                          tr("%1 will be entered as %2.").arg(Field::label(field), name), name));
    }
    if (!hasErrors(findings)) {
        findings.append(Finding::info(
            field, QStringLiteral("name.permanent"),
            tr("%1 can never be changed after registration: it must match the ID document "
               "exactly.")
                .arg(Field::label(field))));
    }
    return findings;
}

Findings NameRule::checkPinyin(const QString &value, const QString &name, const QString &fieldKey)
{
    const QString field = fieldKey.isEmpty() ? Field::NamePinyin : fieldKey;
    Findings findings;
    if (!RequiredRule::check(field, value, findings)) {
        return findings;
    }
    const QString text = value.simplified();
    if (text.size() > 100) {
        findings.append(
            Finding::error(field, QStringLiteral("pinyin.length"),
                           tr("%1 can have at most 100 letters.").arg(Field::label(field))));
        return findings;
    }
    if (!isPinyinText(text)) {
        findings.append(Finding::error(
            field, QStringLiteral("pinyin.characters"),
            tr("%1 may contain only the letters A to Z, spaces and apostrophes, without tone "
               "marks; write ü as yu (Lyu), e.g. Zhang Sanfeng.")
                .arg(Field::label(field))));
        return findings;
    }
    const QString normalizedName = normalize(name);
    if (!normalizedName.isEmpty() && isChineseName(normalizedName)) {
        const QString suggestion = Pinyin::forName(normalizedName);
        if (!suggestion.isEmpty() && Pinyin::unknownCharacters(normalizedName).isEmpty()
            && lettersOnly(suggestion) != lettersOnly(text)) {
            findings.append(Finding::warning(
                field, QStringLiteral("pinyin.mismatch"),
                tr("%1 \"%2\" differs from the usual reading of %3, \"%4\". Keep it if the name "
                   "is read differently (a character with several readings); otherwise correct it.")
                    .arg(Field::label(field), text, normalizedName, suggestion),
                suggestion));
        }
    }
    return findings;
}

} // namespace dd::domain
