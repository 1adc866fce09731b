#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>

namespace dd::domain {

// 姓名: Chinese characters, with the middle dot "·" between the parts of a minority name
// (阿沛·阿旺晋美), or, for foreign applicants, Latin letters with spaces, hyphens and
// apostrophes. It can never be changed after registration, so it is checked with care.
// 姓名拼音: Latin letters, spaces and apostrophes; a suggestion comes from Pinyin::forName.
class NameRule
{
    Q_DECLARE_TR_FUNCTIONS(NameRule)

public:
    static constexpr int MaxLength = 50;

    // Replaces the look-alike dots people type (• U+2022, ・ U+30FB, ． U+FF0E, ‧ U+2027,
    // ﹒ U+FE52, . between Chinese characters) by the middle dot U+00B7, and removes spaces
    // between Chinese characters.
    static QString normalize(const QString &value);
    static bool isChineseName(const QString &normalized);
    static bool isLatinName(const QString &normalized);

    static Findings checkName(const QString &value, const QString &field = {});
    static Findings checkPinyin(const QString &value, const QString &name = {},
                                const QString &field = {});
};

} // namespace dd::domain
