#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dd::store {

// How the roster finds an applicant as the user types: every applicant has search keys, and a
// query is one or two ranges of keys ([from, to): "starts with"), each looked up with the
// index of search_keys. Prefix lookups stay fast at any size, where "contains" would read
// every row (tests/bench/BenchStore measures both).
//
// The keys of 张三丰 (Zhang Sanfeng, 110105198001010016, 13812345678):
//   张三丰 三丰 丰            the name and its tails: "三丰" finds him
//   zhangsanfeng sanfeng feng the pinyin from each syllable
//   zsf                       the initials
//   110105198001010016 ~610010100891501011  the ID number, and reversed behind "~" so that
//   13812345678 ~87654321831                the last digits find it ("0016")
class SearchKeys
{
public:
    struct Person
    {
        QString label;
        QString name;
        QString namePinyin; // as typed ("Zhang Sanfeng"); derived from the name when empty
        QString idNumber;
        QString mobile;
    };
    struct Range
    {
        QString from; // inclusive
        QString to;   // exclusive
    };

    // The fewest digits that search the end of an ID or mobile number.
    static constexpr int MinSuffixDigits = 4;

    static QStringList keysFor(const Person &person);
    // Whether a query is (the start or the end of) a number: digits, and an ID number's "x".
    static bool isNumber(const QString &query);
    // The ranges a query looks up; none for a blank query.
    static QList<Range> rangesFor(const QString &query);
    // What staff sort by: the pinyin, so that 张 comes under Z, then the name.
    static QString sortKey(const Person &person);
    // Lower case, no spaces, full-width forms folded (NFKC): "Zhang San" → "zhangsan".
    static QString normalize(const QString &text);
    // The pinyin of the name, lower case, syllables joined: namePinyin when given, else derived.
    static QString compactPinyin(const Person &person);
};

} // namespace dd::store
