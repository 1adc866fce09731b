#include "domain/Pinyin.h"

#include "domain/Catalogs.h"

#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

// A toned reading as written in a name: "Shàn" → "Shan", "Lǘqiū" → "Lyuqiu", "lüè" → "lue".
QString asWritten(const QString &marked)
{
    const QString decomposed = marked.normalized(QString::NormalizationForm_D);
    QString written;
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar ch = decomposed.at(i);
        if (ch == QChar(0x0308)) {
            // ü after l or n: yu, except in lüe and nüe (GB/T 28039-2011, 6.2).
            const QChar next = i + 1 < decomposed.size() ? decomposed.at(i + 1) : QChar();
            const bool beforeE =
                next == u'e'
                || (i + 2 < decomposed.size() && next.isMark() && decomposed.at(i + 2) == u'e');
            if (!beforeE) {
                written.insert(written.size() - 1, u'y');
            }
        } else if (!ch.isMark()) {
            written += ch;
        }
    }
    return written;
}

QString fromCodePoint(char32_t ch)
{
    return QString::fromUcs4(&ch, 1);
}

} // namespace

class TestPinyin : public QObject
{
    Q_OBJECT

private slots:
    void tableCoversUnihan();
    void syllables_data();
    void syllables();
    void names_data();
    void names();
    void everyCatalogSurnameInAName();
    void catalogAgreesWithTable();
    void unknownCharacters_data();
    void unknownCharacters();
};

void TestPinyin::tableCoversUnihan()
{
    // Unihan 15.0.0 (Debian 12's unicode-data) has kMandarin for 41,419 code points.
    QVERIFY2(Pinyin::tableSize() > 41000, qPrintable(QString::number(Pinyin::tableSize())));
    QVERIFY(Pinyin::tableSize() < 100000);
}

void TestPinyin::syllables_data()
{
    QTest::addColumn<char32_t>("character");
    QTest::addColumn<QString>("syllable");
    QTest::newRow("张 zhang") << char32_t(U'张') << QStringLiteral("zhang");
    QTest::newRow("一 yi") << char32_t(U'一') << QStringLiteral("yi");
    QTest::newRow("first CJK extension A 㐀 qiu") << char32_t(0x3400) << QStringLiteral("qiu");
    QTest::newRow("吕 lü → lyu") << char32_t(U'吕') << QStringLiteral("lyu");
    QTest::newRow("绿 lü → lyu") << char32_t(U'绿') << QStringLiteral("lyu");
    QTest::newRow("女 nü → nyu") << char32_t(U'女') << QStringLiteral("nyu");
    QTest::newRow("略 lüe → lue") << char32_t(U'略') << QStringLiteral("lue");
    QTest::newRow("虐 nüe → nue") << char32_t(U'虐') << QStringLiteral("nue");
    QTest::newRow("居 ju keeps u") << char32_t(U'居') << QStringLiteral("ju");
    QTest::newRow("嗯 ń → n") << char32_t(U'嗯') << QStringLiteral("n");
    QTest::newRow("单: common reading, not the surname's")
        << char32_t(U'单') << QStringLiteral("dan");
    QTest::newRow("卜: kMandarin's first value bo") << char32_t(U'卜') << QStringLiteral("bo");
    QTest::newRow("extension B 𤩽 huan") << char32_t(0x24A7D) << QStringLiteral("huan");
    QTest::newRow("extension C 𫖯 fu") << char32_t(0x2B5AF) << QStringLiteral("fu");
    QTest::newRow("extension B 𠮷 has no kMandarin") << char32_t(0x20BB7) << QString();
    QTest::newRow("Latin letter") << char32_t(U'A') << QString();
    QTest::newRow("middle dot") << char32_t(0x00B7) << QString();
    QTest::newRow("private use") << char32_t(0xE000) << QString();
    QTest::newRow("beyond Unicode") << char32_t(0x110000) << QString();
}

void TestPinyin::syllables()
{
    QFETCH(char32_t, character);
    QFETCH(QString, syllable);
    QCOMPARE(Pinyin::syllable(character), syllable);
}

void TestPinyin::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pinyin");

    // Ordinary names (GB/T 28039-2011, 5.1.1 examples and common names).
    QTest::newRow("张三丰") << u"张三丰"_s << u"Zhang Sanfeng"_s;
    QTest::newRow("王芳") << u"王芳"_s << u"Wang Fang"_s;
    QTest::newRow("杨为民") << u"杨为民"_s << u"Yang Weimin"_s;
    QTest::newRow("周杰伦") << u"周杰伦"_s << u"Zhou Jielun"_s;
    QTest::newRow("one character") << u"张"_s << u"Zhang"_s;
    QTest::newRow("empty") << QString() << QString();

    // Surnames read differently from the character's common reading.
    QTest::newRow("单田芳") << u"单田芳"_s << u"Shan Tianfang"_s;
    QTest::newRow("曾国藩") << u"曾国藩"_s << u"Zeng Guofan"_s;
    QTest::newRow("解缙") << u"解缙"_s << u"Xie Jin"_s;
    QTest::newRow("区永华") << u"区永华"_s << u"Ou Yonghua"_s;
    QTest::newRow("仇英") << u"仇英"_s << u"Qiu Ying"_s;
    QTest::newRow("朴槿惠") << u"朴槿惠"_s << u"Piao Jinhui"_s;
    QTest::newRow("查良镛") << u"查良镛"_s << u"Zha Liangyong"_s;
    QTest::newRow("盖叫天") << u"盖叫天"_s << u"Ge Jiaotian"_s;
    QTest::newRow("乐嘉") << u"乐嘉"_s << u"Yue Jia"_s;
    QTest::newRow("翟天临") << u"翟天临"_s << u"Zhai Tianlin"_s;
    QTest::newRow("缪建华") << u"缪建华"_s << u"Miao Jianhua"_s;
    QTest::newRow("覃振宇") << u"覃振宇"_s << u"Qin Zhenyu"_s;
    QTest::newRow("种师道") << u"种师道"_s << u"Chong Shidao"_s;
    QTest::newRow("卜凡") << u"卜凡"_s << u"Bu Fan"_s;
    QTest::newRow("阚泽") << u"阚泽"_s << u"Kan Ze"_s;
    QTest::newRow("华罗庚") << u"华罗庚"_s << u"Hua Luogeng"_s;
    QTest::newRow("任正非") << u"任正非"_s << u"Ren Zhengfei"_s;
    QTest::newRow("纪晓岚") << u"纪晓岚"_s << u"Ji Xiaolan"_s;
    QTest::newRow("沈从文") << u"沈从文"_s << u"Shen Congwen"_s;
    QTest::newRow("牟其中") << u"牟其中"_s << u"Mou Qizhong"_s;
    QTest::newRow("曾 only as surname: 李曾") << u"李曾"_s << u"Li Ceng"_s;

    // Compound surnames win over single ones.
    QTest::newRow("欧阳娜娜") << u"欧阳娜娜"_s << u"Ouyang Nana"_s;
    QTest::newRow("司马相如") << u"司马相如"_s << u"Sima Xiangru"_s;
    QTest::newRow("诸葛亮") << u"诸葛亮"_s << u"Zhuge Liang"_s;
    QTest::newRow("尉迟恭") << u"尉迟恭"_s << u"Yuchi Gong"_s;
    QTest::newRow("万俟卨") << u"万俟卨"_s << u"Moqi Xie"_s;
    QTest::newRow("单于琳") << u"单于琳"_s << u"Chanyu Lin"_s;
    QTest::newRow("长孙无忌") << u"长孙无忌"_s << u"Zhangsun Wuji"_s;
    QTest::newRow("令狐冲") << u"令狐冲"_s << u"Linghu Chong"_s;
    QTest::newRow("澹台灭明") << u"澹台灭明"_s << u"Tantai Mieming"_s;
    QTest::newRow("端木蕻良") << u"端木蕻良"_s << u"Duanmu Hongliang"_s;
    QTest::newRow("拓跋宏") << u"拓跋宏"_s << u"Tuoba Hong"_s;
    QTest::newRow("闾丘露薇: ü in a compound") << u"闾丘露薇"_s << u"Lyuqiu Luwei"_s;
    QTest::newRow("司徒雷登") << u"司徒雷登"_s << u"Situ Leideng"_s;
    QTest::newRow("two characters: surname and given name") << u"欧阳"_s << u"Ou Yang"_s;
    QTest::newRow("a space marks the surname") << u"宗政 华"_s << u"Zongzheng Hua"_s;
    QTest::newRow("a space after a single surname") << u"张 三丰"_s << u"Zhang Sanfeng"_s;
    QTest::newRow("ideographic space") << u"欧阳\u3000娜娜"_s << u"Ouyang Nana"_s;
    QTest::newRow("spaces around") << u"  王芳 "_s << u"Wang Fang"_s;

    // ü after l and n is written yu (GB/T 28039-2011, 6.2; Chinese passports).
    QTest::newRow("吕布") << u"吕布"_s << u"Lyu Bu"_s;
    QTest::newRow("律 in a given name") << u"李律"_s << u"Li Lyu"_s;
    QTest::newRow("女 in a given name") << u"陈女英"_s << u"Chen Nyuying"_s;
    QTest::newRow("略: lüe is lue") << u"吕略"_s << u"Lyu Lue"_s;

    // Apostrophe before a, o, e inside a joined word.
    QTest::newRow("张西安") << u"张西安"_s << u"Zhang Xi'an"_s;
    QTest::newRow("刘海鸥") << u"刘海鸥"_s << u"Liu Hai'ou"_s;
    QTest::newRow("王天恩") << u"王天恩"_s << u"Wang Tian'en"_s;
    QTest::newRow("上官婉儿") << u"上官婉儿"_s << u"Shangguan Wan'er"_s;
    QTest::newRow("no apostrophe at a word's start") << u"欧阳爱华"_s << u"Ouyang Aihua"_s;
    QTest::newRow("no apostrophe in a one-syllable name") << u"高安"_s << u"Gao An"_s;

    // Minority names: one word per dot-separated part, no surname table.
    QTest::newRow("U+00B7 middle dot") << u"阿沛·阿旺晋美"_s << u"Apei Awangjinmei"_s;
    QTest::newRow("U+2022 bullet") << u"阿沛•阿旺晋美"_s << u"Apei Awangjinmei"_s;
    QTest::newRow("U+30FB katakana middle dot") << u"阿沛・阿旺晋美"_s << u"Apei Awangjinmei"_s;
    QTest::newRow("U+FF0E fullwidth full stop") << u"阿沛．阿旺晋美"_s << u"Apei Awangjinmei"_s;
    QTest::newRow("dot with spaces") << u"阿沛 · 阿旺晋美"_s << u"Apei Awangjinmei"_s;
    QTest::newRow("买买提·艾力") << u"买买提·艾力"_s << u"Maimaiti Aili"_s;
    QTest::newRow("帕尔哈提·艾尔肯: apostrophes inside parts")
        << u"帕尔哈提·艾尔肯"_s << u"Pa'erhati Ai'erken"_s;
    QTest::newRow("爱新觉罗·溥仪") << u"爱新觉罗·溥仪"_s << u"Aixinjueluo Puyi"_s;
    QTest::newRow("迪丽热巴·迪力木拉提") << u"迪丽热巴·迪力木拉提"_s << u"Dilireba Dilimulati"_s;
    QTest::newRow("单增·多吉: 单 not read as a surname") << u"单增·多吉"_s << u"Danzeng Duoji"_s;

    // Foreign applicants' Latin names.
    QTest::newRow("Latin name trimmed") << u"  John   Smith "_s << u"John Smith"_s;
    QTest::newRow("Latin name with tab and newline")
        << u"Anna-Lena\tO'Neil\n"_s << u"Anna-Lena O'Neil"_s;
    QTest::newRow("Latin name with initials") << u"John F. Kennedy"_s << u"John F. Kennedy"_s;
    QTest::newRow("Latin name with accents") << u"José  Müller"_s << u"José Müller"_s;

    // Characters outside the BMP (surrogate pairs).
    QTest::newRow("extension B 李𤩽") << u"李\U00024A7D"_s << u"Li Huan"_s;
    QTest::newRow("extension C 赵孟𫖯") << u"赵孟\U0002B5AF"_s << u"Zhao Mengfu"_s;

    // Characters without a reading are left out.
    QTest::newRow("unknown given-name character") << u"王\U00020BB7"_s << u"Wang"_s;
    QTest::newRow("unknown surname character") << u"\U00020BB7田"_s << u"Tian"_s;
    QTest::newRow("Latin letter inside a Chinese name") << u"李a明"_s << u"Li Ming"_s;
}

void TestPinyin::names()
{
    QFETCH(QString, name);
    QFETCH(QString, pinyin);
    QCOMPARE(Pinyin::forName(name), pinyin);
}

void TestPinyin::everyCatalogSurnameInAName()
{
    const Catalog &catalog = Catalogs::instance().get(Catalogs::SurnameReadings);
    QVERIFY2(catalog.size() > 100, qPrintable(Catalogs::instance().errors().join(u'\n')));
    for (const CatalogOption &option : catalog.options()) {
        // 建国 (jianguo) reads the same in every name; the surname must be the catalog's.
        const QString name = option.code + u"建国"_s;
        QCOMPARE(Pinyin::forName(name), option.en + u" Jianguo"_s);
        QVERIFY2(Pinyin::unknownCharacters(name).isEmpty(), qPrintable(name));
    }
}

void TestPinyin::catalogAgreesWithTable()
{
    const Catalog &catalog = Catalogs::instance().get(Catalogs::SurnameReadings);
    QVERIFY(!catalog.isEmpty());
    for (const CatalogOption &option : catalog.options()) {
        const QList<uint> characters = option.code.toUcs4();
        const bool compound = option.flag(u"compound"_s);
        QVERIFY2(characters.size() == (compound ? 2 : 1), qPrintable(option.code));
        QCOMPARE(option.zh, option.code);
        // The surname as written is its toned reading without the tones.
        QCOMPARE(option.en, asWritten(option.attribute(u"reading"_s)));
        if (!compound) {
            // "kMandarin" records what the table says, which is why the entry exists.
            QCOMPARE(Pinyin::syllable(char32_t(characters.front())),
                     asWritten(option.attribute(u"kMandarin"_s)));
        }
    }
    QCOMPARE(catalog.find(u"闾丘"_s)->en, u"Lyuqiu"_s);
}

void TestPinyin::unknownCharacters_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<char32_t>>("unknown");
    QTest::newRow("all known") << u"张三丰"_s << QList<char32_t>{};
    QTest::newRow("extension B without reading") << u"王\U00020BB7"_s << QList<char32_t>{0x20BB7};
    QTest::newRow("reported once, in order")
        << u"\U00020BB7田\U00020BB7\u4DBF"_s << QList<char32_t>{0x20BB7, 0x4DBF};
    QTest::newRow("Latin letter in a Chinese name") << u"李a明"_s << QList<char32_t>{U'a'};
    QTest::newRow("dots and spaces are not unknown") << u"阿沛 · 阿旺晋美"_s << QList<char32_t>{};
    QTest::newRow("lone surrogate") << (u"王"_s + QChar(0xD800)) << QList<char32_t>{0xFFFD};
    QTest::newRow("Latin name") << u"John Smith"_s << QList<char32_t>{};
    QTest::newRow("empty") << QString() << QList<char32_t>{};
}

void TestPinyin::unknownCharacters()
{
    QFETCH(QString, name);
    QFETCH(QList<char32_t>, unknown);
    QCOMPARE(Pinyin::unknownCharacters(name), unknown);
    // Whatever is unknown is left out of the suggestion.
    const QString pinyin = Pinyin::forName(name);
    for (const char32_t ch : unknown) {
        QVERIFY(!pinyin.contains(fromCodePoint(ch)));
    }
}

QTEST_GUILESS_MAIN(TestPinyin)
#include "TestPinyin.moc"
