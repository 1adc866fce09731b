#include "domain/Pinyin.h"

#include "domain/Catalogs.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QStringList>

#include <algorithm>
#include <utility>
#include <vector>

// The reading table is a resource of the static dd_domain library; make sure it is
// registered in every program that links it.
static void initPinyinResources()
{
    Q_INIT_RESOURCE(dd_pinyin);
}

namespace dd::domain {

namespace {

// Written by scripts/gen-pinyin-table from Unihan kMandarin: comment lines starting with '#',
// then "CODEPOINT_HEX<TAB>syllable" lines sorted by code point; ü is written "v".
const QString TablePath = QStringLiteral(":/pinyin/kmandarin.tsv");

struct Data
{
    std::vector<char32_t> codePoints;   // sorted, for binary search
    std::vector<quint16> syllableIndex; // parallel to codePoints: an index into syllables
    QStringList syllables;              // each distinct syllable once, as written in names
    // QMaps: for keys of one or two characters a few comparisons cost less than QHash's
    // seeded hashing, and each name's pinyin looks the surname up.
    QMap<QString, QString> singleSurnames;   // 单 → Shan
    QMap<QString, QString> compoundSurnames; // 欧阳 → Ouyang
};

// ü as written in a name. GB/T 28039-2011, 6.2: where technical processing needs it (citizens'
// passports, documents for abroad) the capital Ü may be written YU; Chinese passports since 2012
// print lü/nü as LYU/NYU and lüe/nüe as LUE/NUE (where u after l/n cannot be misread).
QString nameForm(QByteArrayView plain)
{
    QString syllable = QString::fromLatin1(plain);
    const qsizetype v = syllable.indexOf(QLatin1Char('v'));
    if (v >= 0) {
        const bool atEnd = v + 1 == syllable.size();
        syllable.replace(v, 1, atEnd ? QStringLiteral("yu") : QStringLiteral("u"));
    }
    return syllable;
}

bool parseHex(QByteArrayView text, char32_t *out)
{
    if (text.isEmpty() || text.size() > 6) {
        return false;
    }
    char32_t value = 0;
    for (const char c : text) {
        char32_t digit = 0;
        if (c >= '0' && c <= '9') {
            digit = char32_t(c - '0');
        } else if (c >= 'A' && c <= 'F') {
            digit = char32_t(c - 'A' + 10);
        } else if (c >= 'a' && c <= 'f') {
            digit = char32_t(c - 'a' + 10);
        } else {
            return false;
        }
        value = value * 16 + digit;
    }
    *out = value;
    return value <= 0x10FFFF;
}

void loadTable(Data *data)
{
    initPinyinResources();
    QFile file(TablePath);
    if (!file.open(QIODevice::ReadOnly)) {
        return; // tableSize() stays 0; TestPinyin fails loudly
    }
    const QByteArray bytes = file.readAll();
    std::vector<std::pair<char32_t, quint16>> entries;
    entries.reserve(size_t(bytes.size() / 10));
    QHash<QByteArray, quint16> indexOf;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0) {
            end = bytes.size();
        }
        const QByteArrayView line = QByteArrayView(bytes).sliced(start, end - start);
        start = end + 1;
        if (line.isEmpty() || line.front() == '#') {
            continue;
        }
        const qsizetype tab = line.indexOf('\t');
        char32_t codePoint = 0;
        if (tab <= 0 || !parseHex(line.first(tab), &codePoint) || tab + 1 == line.size()) {
            continue; // not a table line; the generator writes none
        }
        const QByteArray plain = line.sliced(tab + 1).toByteArray();
        auto it = indexOf.constFind(plain);
        if (it == indexOf.constEnd()) {
            it = indexOf.insert(plain, quint16(data->syllables.size()));
            data->syllables.append(nameForm(plain));
        }
        entries.emplace_back(codePoint, it.value());
    }
    std::sort(entries.begin(), entries.end()); // already sorted by the generator: linear
    data->codePoints.reserve(entries.size());
    data->syllableIndex.reserve(entries.size());
    for (const auto &[codePoint, index] : entries) {
        if (!data->codePoints.empty() && data->codePoints.back() == codePoint) {
            continue;
        }
        data->codePoints.push_back(codePoint);
        data->syllableIndex.push_back(index);
    }
}

void loadSurnames(Data *data)
{
    const Catalog &catalog = Catalogs::instance().get(Catalogs::SurnameReadings);
    for (const CatalogOption &option : catalog.options()) {
        if (option.en.isEmpty()) {
            continue;
        }
        const qsizetype length = option.code.toUcs4().size();
        if (length == 1) {
            data->singleSurnames.insert(option.code, option.en);
        } else if (length == 2) {
            data->compoundSurnames.insert(option.code, option.en);
        }
    }
}

const Data &data()
{
    static const Data loaded = [] {
        Data result;
        loadTable(&result);
        loadSurnames(&result);
        return result;
    }();
    return loaded;
}

QString lookUp(const Data &table, char32_t ch)
{
    const auto it = std::lower_bound(table.codePoints.cbegin(), table.codePoints.cend(), ch);
    if (it == table.codePoints.cend() || *it != ch) {
        return {};
    }
    return table.syllables.at(table.syllableIndex[size_t(it - table.codePoints.cbegin())]);
}

QString toString(char32_t ch)
{
    return QString::fromUcs4(&ch, 1);
}

// The dots that separate the parts of a minority name (阿沛·阿旺晋美): U+00B7 MIDDLE DOT (what
// GB 18030 input methods type), U+2022 BULLET, U+30FB KATAKANA MIDDLE DOT, U+FF0E FULLWIDTH FULL
// STOP, and the look-alikes people type for them: U+2027 HYPHENATION POINT, U+FF65 HALFWIDTH
// KATAKANA MIDDLE DOT and the ASCII full stop.
bool isNameDot(char32_t ch)
{
    switch (ch) {
    case 0x002E:
    case 0x00B7:
    case 0x2022:
    case 0x2027:
    case 0x30FB:
    case 0xFF0E:
    case 0xFF65:
        return true;
    default:
        return false;
    }
}

std::vector<char32_t> codePointsOf(const QString &text)
{
    // toUcs4() decodes surrogate pairs (extension B and beyond) and turns a lone surrogate
    // into U+FFFD, which has no reading.
    const QList<uint> ucs4 = text.toUcs4();
    std::vector<char32_t> result;
    result.reserve(size_t(ucs4.size()));
    for (const uint ch : ucs4) {
        result.push_back(char32_t(ch));
    }
    return result;
}

bool hasHan(const std::vector<char32_t> &codePoints)
{
    return std::any_of(codePoints.cbegin(), codePoints.cend(),
                       [](char32_t ch) { return QChar::script(ch) == QChar::Script_Han; });
}

QString capitalised(QString word)
{
    if (!word.isEmpty()) {
        word[0] = word.at(0).toUpper();
    }
    return word;
}

// One word of joined syllables. 《汉语拼音方案》, 隔音符号: a syllable beginning with a, o or e
// that follows another syllable in the same word is set off by an apostrophe, so that 西安
// reads Xi'an and not xian; GB/T 28039-2011 keeps this in names ("Zhang Xi'an").
QString joinedWord(const std::vector<char32_t> &characters)
{
    const Data &table = data();
    QString word;
    for (const char32_t ch : characters) {
        const QString syllable = lookUp(table, ch);
        if (syllable.isEmpty()) {
            continue;
        }
        const QChar first = syllable.at(0);
        if (!word.isEmpty()
            && (first == QLatin1Char('a') || first == QLatin1Char('o')
                || first == QLatin1Char('e'))) {
            word += QLatin1Char('\'');
        }
        word += syllable;
    }
    return capitalised(word);
}

QString surnameWord(const std::vector<char32_t> &characters)
{
    const Data &table = data();
    QString key;
    for (const char32_t ch : characters) {
        key += toString(ch);
    }
    const QMap<QString, QString> &surnames =
        characters.size() == 1 ? table.singleSurnames : table.compoundSurnames;
    const auto it = surnames.constFind(key);
    return it != surnames.constEnd() ? it.value() : joinedWord(characters);
}

QString joinedNonEmpty(const QStringList &words)
{
    QStringList kept;
    for (const QString &word : words) {
        if (!word.isEmpty()) {
            kept.append(word);
        }
    }
    return kept.join(QLatin1Char(' '));
}

// GB/T 28039-2011, 5.2: a minority name is spelled from its own language, its parts written as
// that language's custom has them. From characters alone the best suggestion is one word per
// dot-separated part, read in Mandarin; the applicant corrects it where the language differs.
QString minorityName(const std::vector<char32_t> &codePoints)
{
    QStringList words;
    std::vector<char32_t> part;
    for (const char32_t ch : codePoints) {
        if (isNameDot(ch)) {
            words.append(joinedWord(part));
            part.clear();
        } else if (!QChar::isSpace(ch)) {
            part.push_back(ch);
        }
    }
    words.append(joinedWord(part));
    return joinedNonEmpty(words);
}

// GB/T 28039-2011, 5.1.1: surname and given name written apart, surname first, separated by a
// space; a compound surname written as one word; each starts with a capital letter.
QString hanName(const std::vector<char32_t> &codePoints)
{
    std::vector<std::vector<char32_t>> groups(1);
    for (const char32_t ch : codePoints) {
        if (QChar::isSpace(ch)) {
            if (!groups.back().empty()) {
                groups.emplace_back();
            }
        } else {
            groups.back().push_back(ch);
        }
    }
    if (groups.back().empty()) {
        groups.pop_back();
    }
    if (groups.empty()) {
        return {};
    }

    std::vector<char32_t> surname;
    std::vector<char32_t> given;
    if (groups.size() > 1) {
        // The applicant marked the end of the surname with a space.
        surname = groups.front();
        for (size_t i = 1; i < groups.size(); ++i) {
            given.insert(given.end(), groups[i].cbegin(), groups[i].cend());
        }
    } else {
        const std::vector<char32_t> &all = groups.front();
        // A compound surname needs a given name after it: a two-character name is a single
        // surname and a one-character given name.
        const bool compound =
            all.size() > 2 && data().compoundSurnames.contains(toString(all[0]) + toString(all[1]));
        const auto givenStart = all.cbegin() + (compound ? 2 : 1);
        surname.assign(all.cbegin(), givenStart);
        given.assign(givenStart, all.cend());
    }
    return joinedNonEmpty({surnameWord(surname), joinedWord(given)});
}

} // namespace

QString Pinyin::syllable(char32_t ch)
{
    return lookUp(data(), ch);
}

QString Pinyin::forName(const QString &name)
{
    const std::vector<char32_t> codePoints = codePointsOf(name);
    if (!hasHan(codePoints)) {
        return name.simplified();
    }
    if (std::any_of(codePoints.cbegin(), codePoints.cend(), isNameDot)) {
        return minorityName(codePoints);
    }
    return hanName(codePoints);
}

QList<char32_t> Pinyin::unknownCharacters(const QString &name)
{
    const std::vector<char32_t> codePoints = codePointsOf(name);
    QList<char32_t> unknown;
    if (!hasHan(codePoints)) {
        return unknown;
    }
    const Data &table = data();
    for (const char32_t ch : codePoints) {
        if (QChar::isSpace(ch) || isNameDot(ch) || unknown.contains(ch)) {
            continue;
        }
        if (lookUp(table, ch).isEmpty()) {
            unknown.append(ch);
        }
    }
    return unknown;
}

qsizetype Pinyin::tableSize()
{
    return qsizetype(data().codePoints.size());
}

} // namespace dd::domain
