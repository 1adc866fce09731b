#pragma once

#include <QList>
#include <QString>

namespace dd::domain {

// Suggests the 姓名拼音 of an applicant from the 姓名 in characters, in the form of
// GB/T 28039-2011 (中国人名汉语拼音字母拼写规则) as Chinese passports print it, without tones:
// "张三丰" → "Zhang Sanfeng", "欧阳娜娜" → "Ouyang Nana", "吕布" → "Lyu Bu".
//
// Readings come from the Unicode Unihan database (field kMandarin, the customary PRC reading;
// resources/pinyin/), surname readings and compound surnames from the surname_readings
// catalog. A given name's polyphonic characters get their common reading, so the result is
// a suggestion for the applicant to confirm, never a check. Thread-safe; the table is loaded
// on first use.
class Pinyin
{
public:
    // The reading of one character as written in a name: lower-case ASCII, no tone, ü written
    // "yu" after l and n ("lyu", "nyu") and "u" in lüe/nüe ("lue", "nue"); empty when the table
    // has no reading for `ch`. This is the character's common reading, not its surname reading.
    static QString syllable(char32_t ch);

    // The suggested 姓名拼音:
    // - a Chinese name: surname and given name separated by one space, each capitalised, the
    //   given name's syllables joined ("Zhang Sanfeng"). A compound surname of the catalog
    //   (欧阳, 司马, 尉迟 ...) wins over a single one; a single surname takes its catalog
    //   reading (单 → Shan, 曾 → Zeng). A space typed in the name marks where the surname
    //   ends ("宗政 华" → "Zongzheng Hua").
    // - a minority name with a middle dot (阿沛·阿旺晋美): each dot-separated part is one
    //   capitalised word, the words joined by a space ("Apei Awangjinmei"); no surname table.
    // - a name without Chinese characters (a foreign applicant's): trimmed, with single spaces.
    // Characters without a reading are left out; unknownCharacters() lists them.
    static QString forName(const QString &name);

    // The characters of `name` that forName() had to leave out, in order of appearance, each
    // once. Empty for a name without Chinese characters.
    static QList<char32_t> unknownCharacters(const QString &name);

    // How many characters the reading table covers.
    static qsizetype tableSize();
};

} // namespace dd::domain
