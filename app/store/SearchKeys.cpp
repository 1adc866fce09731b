#include "store/SearchKeys.h"

#include "domain/Pinyin.h"

#include <QStringView>

#include <algorithm>

namespace dd::store {

namespace {

const QChar ReversedMarker = QLatin1Char('~');
// Above every character: closes a "starts with" range.
const QString RangeEnd = QString::fromUcs4(U"\U0010FFFF");
constexpr qsizetype MaxNameTails = 8;

bool hasHan(const QString &text)
{
    for (const char32_t ch : QStringView(text).toUcs4()) {
        if (QChar::script(ch) == QChar::Script_Han) {
            return true;
        }
    }
    return false;
}

QString reversed(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        result.append(text.at(i));
    }
    return result;
}

bool isNumberLike(const QString &text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (const QChar ch : text) {
        if (!(ch.isDigit() || ch == QLatin1Char('x'))) {
            return false;
        }
    }
    return true;
}

// Tails of a string (whole characters, surrogate pairs kept together), the string first.
void addTails(const QString &text, QStringList *keys)
{
    const QList<uint> points = text.toUcs4();
    const qsizetype count = qMin<qsizetype>(points.size(), MaxNameTails);
    for (qsizetype i = 0; i < count; ++i) {
        keys->append(QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData() + i),
                                       points.size() - i));
    }
}

} // namespace

QString SearchKeys::normalize(const QString &text)
{
    const QString folded = text.normalized(QString::NormalizationForm_KC).toLower();
    QString result;
    result.reserve(folded.size());
    for (const QChar ch : folded) {
        if (!ch.isSpace() && ch != QLatin1Char('\'') && ch != QChar(0x00B7)
            && ch != ReversedMarker) {
            result.append(ch);
        }
    }
    return result;
}

QString SearchKeys::compactPinyin(const Person &person)
{
    const QString typed = normalize(person.namePinyin);
    if (!typed.isEmpty()) {
        return typed;
    }
    return hasHan(person.name) ? normalize(domain::Pinyin::forName(person.name)) : QString();
}

QStringList SearchKeys::keysFor(const Person &person)
{
    QStringList keys;
    const QString name = normalize(person.name);
    const QString label = normalize(person.label);
    for (const QString &text : {name, label}) {
        if (text.isEmpty()) {
            continue;
        }
        if (hasHan(text)) {
            addTails(text, &keys);
        } else {
            keys.append(text);
        }
    }
    if (hasHan(person.name)) {
        // Syllable by syllable, to start a key at each one and to take the initials.
        QStringList syllables;
        for (const char32_t ch : QStringView(person.name).toUcs4()) {
            const QString syllable = domain::Pinyin::syllable(ch);
            if (!syllable.isEmpty()) {
                syllables.append(syllable);
            }
        }
        QString initials;
        for (qsizetype i = 0; i < syllables.size(); ++i) {
            keys.append(syllables.mid(i).join(QString()));
            initials.append(syllables.at(i).front());
        }
        if (!initials.isEmpty()) {
            keys.append(initials);
        }
    }
    const QString pinyin = compactPinyin(person);
    if (!pinyin.isEmpty()) {
        keys.append(pinyin); // the surname's own reading (单 → shan) when it differs
    }
    for (const QString &number : {normalize(person.idNumber), normalize(person.mobile)}) {
        if (number.isEmpty()) {
            continue;
        }
        keys.append(number);
        keys.append(ReversedMarker + reversed(number));
    }
    // A dozen keys or so: a look along the list is quicker than a hash.
    QStringList unique;
    unique.reserve(keys.size());
    for (const QString &key : std::as_const(keys)) {
        if (!key.isEmpty() && !unique.contains(key)) {
            unique.append(key);
        }
    }
    return unique;
}

bool SearchKeys::isNumber(const QString &query)
{
    const QString q = normalize(query);
    return isNumberLike(q)
           && std::any_of(q.cbegin(), q.cend(), [](QChar ch) { return ch.isDigit(); });
}

QList<SearchKeys::Range> SearchKeys::rangesFor(const QString &query)
{
    const QString q = normalize(query);
    QList<Range> ranges;
    if (q.isEmpty()) {
        return ranges;
    }
    ranges.append(Range{q, q + RangeEnd});
    if (isNumberLike(q) && q.size() >= MinSuffixDigits) {
        const QString tail = ReversedMarker + reversed(q);
        ranges.append(Range{tail, tail + RangeEnd});
    }
    return ranges;
}

QString SearchKeys::sortKey(const Person &person)
{
    const QString pinyin = compactPinyin(person);
    const QString name = normalize(person.name);
    if (!pinyin.isEmpty() || !name.isEmpty()) {
        return pinyin + QLatin1Char(' ') + name;
    }
    return normalize(person.label);
}

} // namespace dd::store
