#include "domain/NameRule.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

const Finding *findRule(const Findings &findings, const QString &rule)
{
    for (const Finding &f : findings) {
        if (f.rule == rule) {
            return &f;
        }
    }
    return nullptr;
}

} // namespace

class TestNameRule : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void checkName_data();
    void checkName();
    void checkNameUsesGivenField();
    void checkPinyin_data();
    void checkPinyin();
    void checkPinyinUsesGivenField();
};

void TestNameRule::normalize_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    const QString apei = u"阿沛\u00B7阿旺晋美"_s;
    QTest::newRow("middle dot U+00B7 kept") << apei << apei;
    QTest::newRow("bullet U+2022") << u"阿沛\u2022阿旺晋美"_s << apei;
    QTest::newRow("katakana middle dot U+30FB") << u"阿沛\u30FB阿旺晋美"_s << apei;
    QTest::newRow("full-width full stop U+FF0E") << u"阿沛\uFF0E阿旺晋美"_s << apei;
    QTest::newRow("hyphenation point U+2027") << u"阿沛\u2027阿旺晋美"_s << apei;
    QTest::newRow("small full stop U+FE52") << u"阿沛\uFE52阿旺晋美"_s << apei;
    QTest::newRow("bullet operator U+2219") << u"阿沛\u2219阿旺晋美"_s << apei;
    QTest::newRow("dot operator U+22C5") << u"阿沛\u22C5阿旺晋美"_s << apei;
    QTest::newRow("half-width katakana middle dot U+FF65") << u"阿沛\uFF65阿旺晋美"_s << apei;
    QTest::newRow("ASCII full stop between characters") << u"阿沛.阿旺晋美"_s << apei;
    QTest::newRow("spaces around the dot") << u"阿沛 \u00B7 阿旺晋美"_s << apei;
    QTest::newRow("Uyghur name with a bullet") << u"买买提\u2022艾力"_s << u"买买提\u00B7艾力"_s;
    QTest::newRow("space between Chinese characters") << u"王 磊"_s << u"王磊"_s;
    QTest::newRow("ideographic space U+3000") << u"王\u3000磊"_s << u"王磊"_s;
    QTest::newRow("surrounding spaces trimmed") << u"  王磊 "_s << u"王磊"_s;
    QTest::newRow("Latin name unchanged") << u"John Smith"_s << u"John Smith"_s;
    QTest::newRow("dot after a Latin initial kept") << u"Martin L. King"_s << u"Martin L. King"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestNameRule::normalize()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(NameRule::normalize(value), expected);
}

void TestNameRule::checkName_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("errors");
    // The detail of the "name.normalized" info, empty when the value is entered as typed.
    QTest::addColumn<QString>("normalized");

    const QStringList none;
    QTest::newRow("two characters") << u"王磊"_s << none << QString();
    QTest::newRow("compound surname") << u"欧阳娜娜"_s << none << QString();
    QTest::newRow("Tibetan name with middle dot") << u"阿沛\u00B7阿旺晋美"_s << none << QString();
    QTest::newRow("Uyghur name with middle dot") << u"买买提\u00B7艾力"_s << none << QString();
    QTest::newRow("look-alike dot is normalised")
        << u"阿沛\u2022阿旺晋美"_s << none << u"阿沛\u00B7阿旺晋美"_s;
    QTest::newRow("ASCII dot is normalised") << u"买买提.艾力"_s << none << u"买买提\u00B7艾力"_s;
    QTest::newRow("space inside is removed") << u"王 磊"_s << none << u"王磊"_s;
    QTest::newRow("character of extension B counts once") << u"李\U00020000"_s << none << QString();
    QTest::newRow("Latin name") << u"John Smith"_s << none << QString();
    QTest::newRow("Latin name with hyphen and apostrophe")
        << u"Jean-Luc O'Neill"_s << none << QString();
    QTest::newRow("Latin name with diacritics") << u"José Álvarez"_s << none << QString();
    QTest::newRow("Latin name with an initial") << u"Martin L. King"_s << none << QString();
    QTest::newRow("fifty characters") << QString(50, u'王') << none << QString();

    QTest::newRow("empty") << QString() << QStringList{u"required"_s} << QString();
    QTest::newRow("blank") << u"   "_s << QStringList{u"required"_s} << QString();
    QTest::newRow("fifty-one characters")
        << QString(51, u'王') << QStringList{u"name.length"_s} << QString();
    QTest::newRow("family name only") << u"王"_s << QStringList{u"name.tooShort"_s} << QString();
    QTest::newRow("Chinese then Latin")
        << u"王Lei"_s << QStringList{u"name.characters"_s} << QString();
    QTest::newRow("Latin then Chinese")
        << u"Wang磊"_s << QStringList{u"name.characters"_s} << QString();
    QTest::newRow("pinyin typed after the name")
        << u"王磊 Wang Lei"_s << QStringList{u"name.characters"_s} << QString();
    QTest::newRow("digit") << u"王磊2"_s << QStringList{u"name.characters"_s} << QString();
    QTest::newRow("brackets") << u"王磊（曾用名）"_s << QStringList{u"name.characters"_s}
                              << QString();
    QTest::newRow("dot at the start")
        << u"\u00B7阿旺晋美"_s << QStringList{u"name.dot"_s} << QString();
    QTest::newRow("dot at the end") << u"阿沛\u00B7"_s << QStringList{u"name.dot"_s} << QString();
    QTest::newRow("two dots in a row")
        << u"阿沛\u00B7\u00B7阿旺晋美"_s << QStringList{u"name.dot"_s} << QString();
    QTest::newRow("dot between Latin parts")
        << u"Jean\u00B7Paul"_s << QStringList{u"name.dot"_s} << QString();
}

void TestNameRule::checkName()
{
    QFETCH(QString, value);
    QFETCH(QStringList, errors);
    QFETCH(QString, normalized);

    const Findings findings = NameRule::checkName(value);
    const Findings errorFindings = errorsOnly(findings);
    QCOMPARE(ruleCodes(errorFindings), errors);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, Field::Name);
        QVERIFY(!f.message.isEmpty());
    }
    QVERIFY(warningsOnly(findings).isEmpty());

    const Finding *info = findRule(findings, u"name.normalized"_s);
    QCOMPARE(info ? info->detail : QString(), normalized);
    // A valid name reminds that it can never change; an invalid one does not.
    QCOMPARE(hasRule(findings, u"name.permanent"_s), errors.isEmpty());
}

void TestNameRule::checkNameUsesGivenField()
{
    const Findings findings = NameRule::checkName(u"李明1"_s, Field::SupervisorName);
    QCOMPARE(ruleCodes(findings), QStringList{u"name.characters"_s});
    QCOMPARE(findings.first().field, Field::SupervisorName);
    QVERIFY(findings.first().message.contains(Field::label(Field::SupervisorName)));
}

void TestNameRule::checkPinyin_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<QString>("suggestion"); // the detail of the mismatch warning

    const QStringList none;
    const QStringList mismatch{u"pinyin.mismatch"_s};
    QTest::newRow("matches") << u"Wang Lei"_s << u"王磊"_s << none << none << QString();
    QTest::newRow("upper case as in the passport")
        << u"WANG LEI"_s << u"王磊"_s << none << none << QString();
    QTest::newRow("without the space") << u"Wanglei"_s << u"王磊"_s << none << none << QString();
    QTest::newRow("extra spaces") << u"  Wang   Lei "_s << u"王磊"_s << none << none << QString();
    QTest::newRow("apostrophe between syllables")
        << u"Wang Xi'an"_s << u"王西安"_s << none << none << QString();
    QTest::newRow("another person's name")
        << u"Li Si"_s << u"张三"_s << none << mismatch << u"Zhang San"_s;
    QTest::newRow("polyphonic surname read as surname")
        << u"Shan Tianfang"_s << u"单田芳"_s << none << none << QString();
    QTest::newRow("polyphonic surname in its common reading")
        << u"Dan Tianfang"_s << u"单田芳"_s << none << mismatch << u"Shan Tianfang"_s;
    QTest::newRow("compound surname")
        << u"Ouyang Nana"_s << u"欧阳娜娜"_s << none << none << QString();
    QTest::newRow("minority name, one word per part")
        << u"Apei Awangjinmei"_s << u"阿沛\u00B7阿旺晋美"_s << none << none << QString();
    QTest::newRow("minority name typed with a look-alike dot")
        << u"Apei Awangjinmei"_s << u"阿沛\u2022阿旺晋美"_s << none << none << QString();
    QTest::newRow("lü written lyu") << u"Lyu Bu"_s << u"吕布"_s << none << none << QString();
    QTest::newRow("no name to compare with")
        << u"Li Si"_s << QString() << none << none << QString();
    QTest::newRow("Latin name is not compared")
        << u"John Smith"_s << u"John Smith"_s << none << none << QString();
    QTest::newRow("a character without a reading is not judged")
        << u"Li Ji"_s << u"李\U00020BB7"_s << none << none << QString();

    QTest::newRow("empty") << QString() << u"王磊"_s << QStringList{u"required"_s} << none
                           << QString();
    QTest::newRow("tone marks") << u"Wáng Lěi"_s << u"王磊"_s << QStringList{u"pinyin.characters"_s}
                                << none << QString();
    QTest::newRow("ü instead of yu")
        << u"Lü Bu"_s << u"吕布"_s << QStringList{u"pinyin.characters"_s} << none << QString();
    QTest::newRow("hyphen") << u"Wang-Lei"_s << u"王磊"_s << QStringList{u"pinyin.characters"_s}
                            << none << QString();
    QTest::newRow("Chinese characters")
        << u"王磊"_s << u"王磊"_s << QStringList{u"pinyin.characters"_s} << none << QString();
    QTest::newRow("digit") << u"Wang Lei2"_s << u"王磊"_s << QStringList{u"pinyin.characters"_s}
                           << none << QString();
    QTest::newRow("101 letters") << QString(101, u'a') << QString()
                                 << QStringList{u"pinyin.length"_s} << none << QString();
}

void TestNameRule::checkPinyin()
{
    QFETCH(QString, value);
    QFETCH(QString, name);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);
    QFETCH(QString, suggestion);

    const Findings findings = NameRule::checkPinyin(value, name);
    QCOMPARE(ruleCodes(errorsOnly(findings)), errors);
    const Findings warningFindings = warningsOnly(findings);
    QCOMPARE(ruleCodes(warningFindings), warnings);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, Field::NamePinyin);
    }
    if (!warningFindings.isEmpty()) {
        QCOMPARE(warningFindings.first().detail, suggestion);
        // The message quotes the suggestion so that the applicant can compare.
        QVERIFY(warningFindings.first().message.contains(suggestion));
    }
}

void TestNameRule::checkPinyinUsesGivenField()
{
    const Findings findings = NameRule::checkPinyin(u"Li Si"_s, u"张三"_s, u"supervisorPinyin"_s);
    QCOMPARE(ruleCodes(findings), QStringList{u"pinyin.mismatch"_s});
    QCOMPARE(fieldKeys(findings), QStringList{u"supervisorPinyin"_s});
}

QTEST_GUILESS_MAIN(TestNameRule)
#include "TestNameRule.moc"
