#include "domain/PhoneRule.h"

#include "domain/AsciiPattern.h"
#include "domain/Field.h"
#include "domain/RequiredRule.h"

namespace dd::domain {

namespace {

bool inRange(QChar c, char16_t first, char16_t last)
{
    return c.unicode() >= first && c.unicode() <= last;
}

// An extension at the end of a trimmed number, as (转|ext|EXT|Ext|x|#)\s*\d+$ finds it: digits
// at the end, ASCII white space before them, and one of the markers before that.
bool endsWithExtension(QStringView text)
{
    qsizetype end = text.size();
    while (end > 0 && AsciiPattern::isDigit(text.at(end - 1))) {
        --end;
    }
    if (end == text.size()) {
        return false;
    }
    const auto isAsciiSpace = [](QChar c) {
        return c == u' ' || (c.unicode() >= u'\t' && c.unicode() <= u'\r');
    };
    while (end > 0 && isAsciiSpace(text.at(end - 1))) {
        --end;
    }
    const QStringView before = text.first(end);
    return before.endsWith(u'转') || before.endsWith(u'x') || before.endsWith(u'#')
           || before.endsWith(u"ext") || before.endsWith(u"EXT") || before.endsWith(u"Ext");
}

Finding normalizedInfo(const QString &field, const QString &value)
{
    return Finding::info(field, QStringLiteral("phone.normalized"),
                         PhoneRule::tr("%1 will be entered as %2, digits only, as the portal "
                                       "asks.")
                             .arg(Field::label(field), value),
                         value);
}

} // namespace

QString PhoneRule::normalize(const QString &value)
{
    QString digits;
    digits.reserve(value.size());
    bool plus = false;
    for (const QChar c : value) {
        char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) { // full-width digits
            u = char16_t(u - 0xFF10 + u'0');
        }
        if (u == u'+' || u == 0xFF0B) {
            plus = digits.isEmpty();
            continue;
        }
        if (u == u' ' || u == u'-' || u == u'.' || u == u'(' || u == u')' || u == 0x3000
            || u == 0xFF08 || u == 0xFF09 || u == 0x2014 || u == 0xFF0D) {
            continue;
        }
        digits.append(QChar(u));
    }
    // +86 13800000000, 0086 13800000000, 86 13800000000 -> 13800000000;
    // +86 10 62961234 -> 01062961234 (the area code's 0 is dropped after a country code).
    QString rest;
    if (digits.startsWith(u"0086")) {
        rest = digits.mid(4);
    } else if (digits.startsWith(u"86") && (plus || digits.size() == 13)) {
        rest = digits.mid(2);
    }
    if (!rest.isEmpty()) {
        if (isMobile(rest)) {
            return rest;
        }
        if (plus || digits.startsWith(u"0086")) {
            return rest.startsWith(u'0') ? rest : QStringLiteral("0") + rest;
        }
    }
    return digits;
}

bool PhoneRule::isMobile(const QString &normalized)
{
    // ^1[3-9]\d{9}$
    const QStringView number = AsciiPattern::anchoredPart(normalized);
    return number.size() == 11 && number.at(0) == u'1' && inRange(number.at(1), u'3', u'9')
           && AsciiPattern::allDigits(number.sliced(2));
}

bool PhoneRule::isLandline(const QString &normalized)
{
    // Three-digit area codes (010 Beijing, 020-029) go with 8-digit local numbers; four-digit
    // codes (03xx-09xx) with 7 or 8 digits. A local number never begins with 0 or 1:
    // ^(0(10|2\d)[2-9]\d{7}|0[3-9]\d{2}[2-9]\d{6,7})$
    const QStringView number = AsciiPattern::anchoredPart(normalized);
    if (number.size() < 11 || number.size() > 12 || number.at(0) != u'0') {
        return false;
    }
    const bool threeDigitCode =
        number.size() == 11
        && ((number.at(1) == u'1' && number.at(2) == u'0')
            || (number.at(1) == u'2' && AsciiPattern::isDigit(number.at(2))))
        && inRange(number.at(3), u'2', u'9') && AsciiPattern::allDigits(number.sliced(4));
    const bool fourDigitCode =
        inRange(number.at(1), u'3', u'9') && AsciiPattern::allDigits(number.sliced(2, 2))
        && inRange(number.at(4), u'2', u'9') && AsciiPattern::allDigits(number.sliced(5));
    return threeDigitCode || fourDigitCode;
}

Findings PhoneRule::checkMobile(const QString &value, const QString &fieldKey, bool required)
{
    const QString field = fieldKey.isEmpty() ? Field::Mobile : fieldKey;
    Findings findings;
    if (!RequiredRule::isPresent(field, value, required, findings)) {
        return findings;
    }
    const QString number = normalize(value);
    if (!AsciiPattern::isDigits(number)) {
        findings.append(Finding::error(field, QStringLiteral("mobile.characters"),
                                       tr("%1 may contain only digits.").arg(Field::label(field))));
        return findings;
    }
    if (number.size() != 11) {
        findings.append(Finding::error(
            field, QStringLiteral("mobile.length"),
            tr("%1 must be an 11-digit mainland mobile number; %2 digits were entered.")
                .arg(Field::label(field))
                .arg(number.size()),
            QString::number(number.size())));
        return findings;
    }
    if (!isMobile(number)) {
        findings.append(
            Finding::error(field, QStringLiteral("mobile.prefix"),
                           tr("%1 must begin with 13 to 19, like 13800000000; %2 does not.")
                               .arg(Field::label(field), number)));
        return findings;
    }
    if (number != value) {
        findings.append(normalizedInfo(field, number));
    }
    return findings;
}

Findings PhoneRule::checkContactPhone(const QString &value, const QString &field, bool required)
{
    Findings findings;
    if (!RequiredRule::isPresent(field, value, required, findings)) {
        return findings;
    }
    const QString number = normalize(value);
    if (endsWithExtension(QStringView(value).trimmed())) {
        findings.append(Finding::error(
            field, QStringLiteral("phone.extension"),
            tr("%1: the portal takes no extension. Enter a direct line, or a mobile number.")
                .arg(Field::label(field))));
        return findings;
    }
    if (!AsciiPattern::isDigits(number)) {
        findings.append(
            Finding::error(field, QStringLiteral("phone.characters"),
                           tr("%1 may contain only digits, in the form 0106296xxxx or 138xxxxxxxx.")
                               .arg(Field::label(field))));
        return findings;
    }
    if (isMobile(number) || isLandline(number)) {
        if (number != value) {
            findings.append(normalizedInfo(field, number));
        }
        return findings;
    }
    if (number.startsWith(u'1')) {
        findings.append(Finding::error(
            field, QStringLiteral("phone.mobileFormat"),
            tr("%1: %2 is not a mobile number; a mobile number has 11 digits and begins with 13 "
               "to 19.")
                .arg(Field::label(field), number)));
    } else if (!number.startsWith(u'0')) {
        findings.append(Finding::error(
            field, QStringLiteral("phone.areaCode"),
            tr("%1 needs the area code with its leading 0 before the number, e.g. 0106296xxxx "
               "for Beijing (010).")
                .arg(Field::label(field))));
    } else {
        findings.append(Finding::error(
            field, QStringLiteral("phone.landlineFormat"),
            tr("%1: %2 is not a landline number: an area code of 3 or 4 digits beginning with 0, "
               "then 7 or 8 digits, e.g. 0106296xxxx.")
                .arg(Field::label(field), number)));
    }
    return findings;
}

} // namespace dd::domain
