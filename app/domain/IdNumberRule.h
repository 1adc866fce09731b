#pragma once

#include "domain/Finding.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace dd::domain {

// The kinds of document number the portal's 证件类型 offers; the id_types catalog names the
// format of each type in its "format" attribute.
enum class IdFormat {
    ResidentId,      // 居民身份证, GB 11643-1999, 18 characters
    ResidencePermit, // 港澳台居民居住证: same structure, address code 810000/820000/830000
    HkMacaoPermit,   // 港澳居民来往内地通行证: H or M + 8 or 10 digits
    TaiwanPermit,    // 台湾居民来往大陆通行证: 8 digits (10 with an issue count)
    Passport,        // 护照: 5-17 letters and digits
    Military, // 军官证, 士兵证, 文职干部证 ...: free text of letters, digits and 汉字
    Other,
};

// What an 18-digit number tells about its holder.
struct ResidentIdInfo
{
    QString number;               // normalised: 18 characters, upper-case X
    QString addressCode;          // positions 1-6
    QString provinceCode;         // positions 1-2
    QDate birthDate;              // positions 7-14
    QString gender;               // GB/T 2261.1 code: "1" male (odd 17th digit), "2" female (even)
    bool residencePermit = false; // 810000 / 820000 / 830000
};

// Checks document numbers: the 18-digit resident ID (GB 11643-1999: province prefix, a real
// birth date not in the future, the ISO 7064 MOD 11-2 check character), the residence permits
// for Hong Kong, Macao and Taiwan residents, the formats of the other document types, and the
// consistency of an ID number with 出生日期 and 性别.
class IdNumberRule
{
    Q_DECLARE_TR_FUNCTIONS(IdNumberRule)

public:
    // The format of an 证件类型 code, from the id_types catalog.
    static IdFormat formatOf(const QString &idType);

    // Trims, removes inner spaces and upper-cases letters (a lower-case x becomes X).
    static QString normalize(const QString &value);

    // ISO 7064:1983 MOD 11-2 check character of the first 17 digits ('\0' if they are not 17
    // digits).
    static QChar checkCharacter(QStringView first17);

    // Reads an 18-digit number that passes every check; nullopt otherwise.
    static std::optional<ResidentIdInfo> parse(const QString &value,
                                               const ValidationContext &context);

    // Every check of the number for the given 证件类型. `field` is the key the findings name
    // (Field::IdNumber by default).
    static Findings check(const QString &idType, const QString &value,
                          const ValidationContext &context, const QString &field = {});

    // 证件类型, 证件号码 and 确认证件号码 together, as both registration and 填写基本信息 ask
    // for them: the type from the catalog, the number for that type, the confirmation equal
    // to the number after normalisation.
    static Findings checkDocument(const QString &idType, const QString &idNumber,
                                  const QString &idNumberConfirm, const ValidationContext &context);

    // 出生日期 (YYYYMMDD) and 性别 (gender code) against an 18-digit number: findings on the
    // birthDate and gender fields. Nothing is reported when the number itself is invalid or
    // the type carries no birth date.
    static Findings checkConsistency(const QString &idType, const QString &idNumber,
                                     const QString &birthDate, const QString &gender,
                                     const ValidationContext &context);

    // The 18-digit form of a legacy 15-digit number (19 inserted before the year, check
    // character appended), or empty when the 15 characters are not digits.
    static QString upgradeLegacy(const QString &fifteenDigits);

private:
    static Findings checkEighteen(IdFormat format, const QString &number,
                                  const ValidationContext &context, const QString &field);
    static Findings checkPattern(IdFormat format, const QString &number, const QString &field);
};

} // namespace dd::domain
