#include "domain/IdNumberRule.h"

#include "domain/AsciiPattern.h"
#include "domain/CatalogRule.h"
#include "domain/Catalogs.h"
#include "domain/ConfirmationRule.h"
#include "domain/Field.h"
#include "domain/FixedDigits.h"
#include "domain/RequiredRule.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace dd::domain {

namespace {

// GB 11643-1999: weight of position i (1-based) is 2^(18-i) mod 11.
constexpr std::array<int, 17> s_weights{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char s_checkCharacters[] = "10X98765432";

// The earliest birth year the check accepts. Nobody born before 1900 applies for a degree,
// and an earlier year is nearly always a typing mistake.
constexpr int s_earliestBirthYear = 1900;

bool isPermitAddressCode(QStringView code)
{
    return code == u"810000" || code == u"820000" || code == u"830000";
}

bool isResidentProvince(const QString &code)
{
    // 71 (Taiwan), 81 and 82 (Hong Kong, Macao) issue no resident ID: their residents hold the
    // residence permit, whose address codes are 810000, 820000 and 830000.
    if (code == u"71" || code == u"81" || code == u"82") {
        return false;
    }
    return Catalogs::instance().get(Catalogs::Provinces).contains(code);
}

} // namespace

namespace {

// The format an id_types code names in its "format" attribute (with the defaults of the
// codes whose attribute is missing).
IdFormat formatFrom(const QString &format, const QString &idType)
{
    if (format == u"resident-id" || (format.isEmpty() && idType == u"1")) {
        return IdFormat::ResidentId;
    }
    if (format == u"residence-permit" || (format.isEmpty() && idType == u"C")) {
        return IdFormat::ResidencePermit;
    }
    if (format == u"hk-macao-permit") {
        return IdFormat::HkMacaoPermit;
    }
    if (format == u"taiwan-permit") {
        return IdFormat::TaiwanPermit;
    }
    if (format == u"passport" || (format.isEmpty() && idType == u"A")) {
        return IdFormat::Passport;
    }
    if (format == u"military") {
        return IdFormat::Military;
    }
    return IdFormat::Other;
}

} // namespace

IdFormat IdNumberRule::formatOf(const QString &idType)
{
    // The format of every code of the catalog, read once (the catalog never changes).
    static const QMap<QString, IdFormat> formats = [] {
        QMap<QString, IdFormat> byCode;
        for (const CatalogOption &option : Catalogs::instance().get(Catalogs::IdTypes).options()) {
            byCode.insert(option.code,
                          formatFrom(option.attribute(QStringLiteral("format")), option.code));
        }
        return byCode;
    }();
    const auto it = formats.constFind(idType);
    return it != formats.constEnd() ? it.value() : formatFrom(QString(), idType);
}

QString IdNumberRule::normalize(const QString &value)
{
    // Most numbers are typed right: ASCII without spaces or lower-case letters stays as it is.
    const bool unchanged = std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return u > u' ' && u < 0x7F && !(u >= u'a' && u <= u'z');
    });
    if (unchanged) {
        return value;
    }
    QString result;
    result.reserve(value.size());
    for (const QChar c : value) {
        if (c.isSpace()) {
            continue;
        }
        // Full-width digits and letters typed with a Chinese input method become ASCII.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) {
            result.append(QChar(char16_t(c.unicode() - 0xFEE0)).toUpper());
        } else {
            result.append(c.toUpper());
        }
    }
    return result;
}

QChar IdNumberRule::checkCharacter(QStringView first17)
{
    if (first17.size() != 17 || !AsciiPattern::allDigits(first17)) {
        return QChar();
    }
    int sum = 0;
    for (qsizetype i = 0; i < 17; ++i) {
        sum += (first17.at(i).unicode() - u'0') * s_weights[size_t(i)];
    }
    return QLatin1Char(s_checkCharacters[sum % 11]);
}

QString IdNumberRule::upgradeLegacy(const QString &fifteenDigits)
{
    const QString digits = normalize(fifteenDigits);
    if (digits.size() != 15 || !AsciiPattern::allDigits(digits)) {
        return {};
    }
    const QString body = digits.left(6) + QStringLiteral("19") + digits.mid(6);
    return body + checkCharacter(body);
}

std::optional<ResidentIdInfo> IdNumberRule::parse(const QString &value,
                                                  const ValidationContext &context)
{
    const QString number = normalize(value);
    // The address code says which of the two 18-character documents the number is.
    const IdFormat format = isPermitAddressCode(QStringView(number).left(6))
                                ? IdFormat::ResidencePermit
                                : IdFormat::ResidentId;
    if (hasErrors(checkEighteen(format, number, context, Field::IdNumber))) {
        return std::nullopt;
    }
    ResidentIdInfo info;
    info.number = number;
    info.addressCode = number.left(6);
    info.provinceCode = number.left(2);
    info.birthDate = FixedDigits::date(QStringView(number).sliced(6, 8));
    info.gender =
        (number.at(16).unicode() - u'0') % 2 == 1 ? QStringLiteral("1") : QStringLiteral("2");
    info.residencePermit = isPermitAddressCode(info.addressCode);
    return info;
}

Findings IdNumberRule::check(const QString &idType, const QString &value,
                             const ValidationContext &context, const QString &fieldKey)
{
    const QString field = fieldKey.isEmpty() ? Field::IdNumber : fieldKey;
    Findings findings;
    if (!RequiredRule::check(field, value, findings)) {
        return findings;
    }
    const IdFormat format = formatOf(idType);
    const QString number = normalize(value);

    if (format == IdFormat::ResidentId || format == IdFormat::ResidencePermit) {
        findings += checkEighteen(format, number, context, field);
        if (!hasErrors(findings) && number != value) {
            findings.append(Finding::info(
                field, QStringLiteral("id.normalized"),
                tr("%1 will be entered as %2 (spaces removed, a lower-case x written as X).")
                    .arg(Field::label(field), number),
                number));
        }
        return findings;
    }
    findings += checkPattern(format, number, field);
    if (!hasErrors(findings) && number != value) {
        findings.append(Finding::info(
            field, QStringLiteral("id.normalized"),
            tr("%1 will be entered as %2.").arg(Field::label(field), number), number));
    }
    return findings;
}

// The field's label and the parts of the number quoted by a message are made only for a
// finding: most numbers pass.
Findings IdNumberRule::checkEighteen(IdFormat format, const QString &number,
                                     const ValidationContext &context, const QString &field)
{
    Findings findings;

    if (number.size() == 15 && AsciiPattern::allDigits(number)) {
        const QString upgraded = upgradeLegacy(number);
        findings.append(Finding::error(
            field, QStringLiteral("id.legacy15"),
            tr("%1: 15-digit numbers (of first-generation ID cards) are no longer accepted. Enter "
               "the "
               "18-digit number of your current ID card; converted, this number would read %2.")
                .arg(Field::label(field), upgraded),
            upgraded));
        return findings;
    }
    if (number.size() != 18) {
        findings.append(Finding::error(
            field, QStringLiteral("id.length"),
            tr("%1 must have 18 characters; %2 were entered. Copy it again from the card.")
                .arg(Field::label(field))
                .arg(number.size()),
            QString::number(number.size())));
        return findings;
    }
    const QStringView body = QStringView(number).left(17);
    const QChar last = number.at(17);
    if (!AsciiPattern::allDigits(body) || !(last.isDigit() || last == u'X')) {
        findings.append(
            Finding::error(field, QStringLiteral("id.characters"),
                           tr("%1 may contain only digits, and an X as its last character.")
                               .arg(Field::label(field))));
        return findings;
    }

    const QStringView addressCode = QStringView(number).first(6);
    if (format == IdFormat::ResidencePermit) {
        if (!isPermitAddressCode(addressCode)) {
            const QString code = addressCode.toString();
            findings.append(Finding::error(
                field, QStringLiteral("id.permitPrefix"),
                tr("%1: a residence permit for Hong Kong, Macao or Taiwan residents begins with "
                   "810000, 820000 or 830000, not %2. If this is a resident ID card, choose that "
                   "document type instead.")
                    .arg(Field::label(field), code),
                code));
        }
    } else if (isPermitAddressCode(addressCode)) {
        const QString code = addressCode.toString();
        findings.append(Finding::error(
            field, QStringLiteral("id.permitAsResidentId"),
            tr("%1 begins with %2, which marks a residence permit for Hong Kong, Macao or Taiwan "
               "residents. Choose that document type instead of the resident ID card.")
                .arg(Field::label(field), code),
            code));
    } else {
        const QString province = number.left(2);
        if (!isResidentProvince(province)) {
            findings.append(Finding::error(
                field, QStringLiteral("id.province"),
                tr("%1 begins with %2, which is not the code of a province, autonomous region or "
                   "municipality. Check the first two digits.")
                    .arg(Field::label(field), province),
                province));
        }
    }

    const QStringView birthDigits = QStringView(number).sliced(6, 8);
    const QDate birth = FixedDigits::date(birthDigits);
    if (!birth.isValid()) {
        const QString birthText = birthDigits.toString();
        findings.append(Finding::error(
            field, QStringLiteral("id.birthDate"),
            tr("%1: digits 7 to 14 (%2) are not a real date of birth. Check the number against "
               "the card.")
                .arg(Field::label(field), birthText),
            birthText));
    } else if (context.today.isValid() && birth > context.today) {
        const QString birthText = birthDigits.toString();
        findings.append(Finding::error(
            field, QStringLiteral("id.birthFuture"),
            tr("%1: the date of birth in digits 7 to 14 (%2) is in the future. Check the number "
               "against the card.")
                .arg(Field::label(field), birthText),
            birthText));
    } else if (birth.year() < s_earliestBirthYear) {
        const QString birthText = birthDigits.toString();
        findings.append(Finding::error(
            field, QStringLiteral("id.birthTooEarly"),
            tr("%1: the date of birth in digits 7 to 14 (%2) is before %3. Check the number.")
                .arg(Field::label(field), birthText)
                .arg(s_earliestBirthYear),
            birthText));
    }

    const QChar expected = checkCharacter(body);
    if (expected != last) {
        findings.append(Finding::error(
            field, QStringLiteral("id.checkDigit"),
            tr("%1: the last character should be %2, not %3, for the first 17 digits as entered. "
               "One of the digits is probably mistyped; check the number against the card.")
                .arg(Field::label(field), expected, last),
            QString(expected)));
    }
    return findings;
}

Findings IdNumberRule::checkPattern(IdFormat format, const QString &number, const QString &field)
{
    Findings findings;
    switch (format) {
    case IdFormat::HkMacaoPermit: {
        static const QRegularExpression pattern(QStringLiteral(R"(^[HM](\d{8}|\d{10})$)"));
        if (!pattern.match(number).hasMatch()) {
            findings.append(Finding::error(
                field, QStringLiteral("id.hkMacaoPermit"),
                tr("%1: a Mainland Travel Permit for Hong Kong and Macao Residents is H (Hong "
                   "Kong) or M (Macao) followed by 8 digits (or 10 on cards that count their "
                   "issues), e.g. H12345678.")
                    .arg(Field::label(field))));
        }
        break;
    }
    case IdFormat::TaiwanPermit: {
        static const QRegularExpression pattern(QStringLiteral(R"(^\d{8}(\d{2})?$)"));
        if (!pattern.match(number).hasMatch()) {
            findings.append(Finding::error(
                field, QStringLiteral("id.taiwanPermit"),
                tr("%1: a Mainland Travel Permit for Taiwan Residents has 8 digits (10 on older "
                   "permits), e.g. 12345678.")
                    .arg(Field::label(field))));
        }
        break;
    }
    case IdFormat::Passport: {
        static const QRegularExpression pattern(QStringLiteral(R"(^[A-Z0-9]{5,17}$)"));
        if (!pattern.match(number).hasMatch()) {
            findings.append(Finding::error(
                field, QStringLiteral("id.passport"),
                tr("%1: a passport number has 5 to 17 letters and digits, without spaces or "
                   "punctuation.")
                    .arg(Field::label(field))));
        }
        break;
    }
    case IdFormat::Military: {
        static const QRegularExpression pattern(
            QStringLiteral(R"(^[\x{4E00}-\x{9FFF}A-Z0-9()（）]{4,30}$)"));
        if (!pattern.match(number).hasMatch()) {
            findings.append(Finding::error(
                field, QStringLiteral("id.military"),
                tr("%1: enter the number as printed on the certificate, 4 to 30 characters of "
                   "digits, letters and Chinese characters.")
                    .arg(Field::label(field))));
        }
        break;
    }
    case IdFormat::Other:
        if (number.size() > 30) {
            findings.append(
                Finding::error(field, QStringLiteral("id.tooLong"),
                               tr("%1 can have at most 30 characters.").arg(Field::label(field))));
        }
        break;
    case IdFormat::ResidentId:
    case IdFormat::ResidencePermit:
        break;
    }
    return findings;
}

Findings IdNumberRule::checkDocument(const QString &idType, const QString &idNumber,
                                     const QString &idNumberConfirm,
                                     const ValidationContext &context)
{
    Findings findings;
    if (CatalogRule::check(Field::IdType, Catalogs::IdTypes, idType, findings)) {
        findings += check(idType, idNumber, context);
    } else {
        RequiredRule::check(Field::IdNumber, idNumber, findings);
    }
    findings += ConfirmationRule::check(Field::IdNumber, normalize(idNumber),
                                        Field::IdNumberConfirm, normalize(idNumberConfirm));
    return findings;
}

Findings IdNumberRule::checkConsistency(const QString &idType, const QString &idNumber,
                                        const QString &birthDate, const QString &gender,
                                        const ValidationContext &context)
{
    Findings findings;
    const IdFormat format = formatOf(idType);
    if (format != IdFormat::ResidentId && format != IdFormat::ResidencePermit) {
        return findings;
    }
    const std::optional<ResidentIdInfo> info = parse(idNumber, context);
    if (!info) {
        return findings;
    }
    // The date of birth as the number writes it: parse() took birthDate from these eight digits
    // (a real date from 1900 on), so they are what birthDate.toString(u"yyyyMMdd") gives.
    const QString idBirth = info->number.mid(6, 8);
    if (!birthDate.trimmed().isEmpty() && birthDate.trimmed() != idBirth) {
        findings.append(Finding::error(
            Field::BirthDate, QStringLiteral("id.birthDateMismatch"),
            tr("%1 (%2) differs from the date in the ID number (%3). The portal compares them: "
               "correct whichever is wrong.")
                .arg(Field::label(Field::BirthDate), birthDate.trimmed(), idBirth),
            idBirth));
    }
    if (!gender.isEmpty() && (gender == u"1" || gender == u"2") && gender != info->gender) {
        const QString implied = info->gender == u"1" ? tr("male") : tr("female");
        findings.append(Finding::error(
            Field::Gender, QStringLiteral("id.genderMismatch"),
            tr("%1 differs from the ID number, whose 17th digit says %2 (odd for male, even for "
               "female). Correct whichever is wrong.")
                .arg(Field::label(Field::Gender), implied),
            info->gender));
    }
    return findings;
}

} // namespace dd::domain
