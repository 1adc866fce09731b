#pragma once

#include "domain/ValidationContext.h"

#include <QString>

#include <optional>

namespace dd::domain {

// What an ID number says about its holder that 填写基本信息 also asks for: 出生日期 and 性别.
// Only the 18-character documents carry them (居民身份证 and 港澳台居民居住证, GB 11643-1999:
// positions 7-14 the birth date, the 17th digit odd for male and even for female), and only a
// number that passes every check of IdNumberRule is read. The same numbers that
// IdNumberRule::checkConsistency compares 出生日期 and 性别 with, so a value taken from here
// never contradicts it.
struct IdNumberFacts
{
    QString birthDate; // "YYYYMMDD"
    QString gender;    // genders catalog code: "1" male, "2" female

    // The facts of `idNumber` as a document of type `idType` (an id_types code); nullopt when
    // the type carries no birth date or the number is not a valid one.
    static std::optional<IdNumberFacts> of(const QString &idType, const QString &idNumber,
                                           const ValidationContext &context);

    friend bool operator==(const IdNumberFacts &, const IdNumberFacts &) = default;
};

} // namespace dd::domain
