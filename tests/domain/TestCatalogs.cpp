#include "domain/Catalog.h"
#include "domain/Catalogs.h"

#include <QSet>
#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

const Catalog &catalog(const QString &name)
{
    return Catalogs::instance().get(name);
}

QStringList shippedNames()
{
    QStringList names = Catalogs::names();
    // surname_readings is a catalog of the pinyin module, tested there.
    names.removeAll(Catalogs::SurnameReadings);
    return names;
}

QStringList codesOf(const QList<CatalogOption> &options)
{
    QStringList codes;
    for (const CatalogOption &option : options) {
        codes.append(option.code);
    }
    return codes;
}

} // namespace

class TestCatalogs : public QObject
{
    Q_OBJECT

private slots:
    void loadsWithoutErrors();
    void everyCatalogIsComplete_data();
    void everyCatalogIsComplete();
    void counts_data();
    void counts();
    void lookups_data();
    void lookups();
    void attributes_data();
    void attributes();
    void countriesStartWithChina();
    void ethnicGroupsInStandardOrder();
    void idTypesResidentCardFirstAndKnownFormats();
    void disciplineParentsExist();
    void institutionProvincesExist();
    void onlyThreeProfessionalDegreesOpen();
    void academicOpenExceptMilitary();
    void crossReferencesResolve();
    void fromJsonRefusesBadFiles_data();
    void fromJsonRefusesBadFiles();
    void fromJsonReadsAGoodFile();
};

void TestCatalogs::loadsWithoutErrors()
{
    const QStringList errors = Catalogs::instance().errors();
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
}

void TestCatalogs::everyCatalogIsComplete_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : shippedNames()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestCatalogs::everyCatalogIsComplete()
{
    QFETCH(QString, name);
    const Catalog &c = catalog(name);
    QVERIFY2(!c.isEmpty(), "catalog not loaded or empty");
    QCOMPARE(c.name(), name);
    QVERIFY2(!c.source().isEmpty(), "every catalog names its source");
    QVERIFY2(!c.note().isEmpty(), "every catalog says what to check");
    QVERIFY(!c.title(QLocale(QLocale::Chinese, QLocale::China)).isEmpty());
    QVERIFY(!c.title(QLocale(QLocale::English)).isEmpty());
    QSet<QString> seen;
    for (const CatalogOption &option : c.options()) {
        QVERIFY2(!seen.contains(option.code), qPrintable(option.code));
        seen.insert(option.code);
        QVERIFY2(!option.zh.isEmpty(), qPrintable(option.code));
        QVERIFY2(!option.en.isEmpty(), qPrintable(option.code + u" has no English label"_s));
        QCOMPARE(c.find(option.code)->zh, option.zh);
    }
    QCOMPARE(seen.size(), c.size());
}

void TestCatalogs::counts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("count");
    QTest::newRow("ethnic groups: 56 + 97 + 98") << Catalogs::EthnicGroups << 58;
    QTest::newRow("political status 01-13") << Catalogs::PoliticalStatus << 13;
    QTest::newRow("provinces (GB/T 2260)") << Catalogs::Provinces << 34;
    QTest::newRow("discipline categories (2022)") << Catalogs::DisciplineCategories << 14;
    QTest::newRow("prior degree categories") << Catalogs::PriorDegreeCategories << 14;
    QTest::newRow("genders") << Catalogs::Genders << 2;
    QTest::newRow("degree types") << Catalogs::DegreeTypes << 2;
    QTest::newRow("thesis secrecy") << Catalogs::ThesisSecrecy << 4;
}

void TestCatalogs::counts()
{
    QFETCH(QString, name);
    QFETCH(int, count);
    QCOMPARE(catalog(name).size(), count);
}

void TestCatalogs::lookups_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("zh");
    QTest::addColumn<QString>("parent");

    QTest::newRow("ethnic 01 Han") << Catalogs::EthnicGroups << u"01"_s << u"汉族"_s << QString();
    QTest::newRow("ethnic 05 Uygur")
        << Catalogs::EthnicGroups << u"05"_s << u"维吾尔族"_s << QString();
    QTest::newRow("ethnic 46 Deang")
        << Catalogs::EthnicGroups << u"46"_s << u"德昂族"_s << QString();
    QTest::newRow("ethnic 98") << Catalogs::EthnicGroups << u"98"_s << u"外国血统中国籍人士"_s
                               << QString();
    QTest::newRow("political 01") << Catalogs::PoliticalStatus << u"01"_s << u"中共党员"_s
                                  << QString();
    QTest::newRow("political 13") << Catalogs::PoliticalStatus << u"13"_s << u"群众"_s << QString();
    QTest::newRow("province 11") << Catalogs::Provinces << u"11"_s << u"北京市"_s << QString();
    QTest::newRow("province 44") << Catalogs::Provinces << u"44"_s << u"广东省"_s << QString();
    QTest::newRow("province 65") << Catalogs::Provinces << u"65"_s << u"新疆维吾尔自治区"_s
                                 << QString();
    QTest::newRow("category 08") << Catalogs::DisciplineCategories << u"08"_s << u"工学"_s
                                 << QString();
    QTest::newRow("category 14") << Catalogs::DisciplineCategories << u"14"_s << u"交叉学科"_s
                                 << QString();
    QTest::newRow("discipline 0812")
        << Catalogs::Disciplines << u"0812"_s << u"计算机科学与技术"_s << u"08"_s;
    QTest::newRow("discipline 0814")
        << Catalogs::Disciplines << u"0814"_s << u"土木工程"_s << u"08"_s;
    QTest::newRow("discipline 0202")
        << Catalogs::Disciplines << u"0202"_s << u"应用经济学"_s << u"02"_s;
    QTest::newRow("discipline 1051")
        << Catalogs::Disciplines << u"1051"_s << u"临床医学"_s << u"10"_s;
    QTest::newRow("discipline 1407")
        << Catalogs::Disciplines << u"1407"_s << u"区域国别学"_s << u"14"_s;
    QTest::newRow("id type 1") << Catalogs::IdTypes << u"1"_s << u"居民身份证"_s << QString();
    QTest::newRow("id type 8") << Catalogs::IdTypes << u"8"_s << u"台湾居民来往大陆通行证"_s
                               << QString();
    QTest::newRow("id type C") << Catalogs::IdTypes << u"C"_s << u"港澳台居民居住证"_s << QString();
    QTest::newRow("gender 2") << Catalogs::Genders << u"2"_s << u"女"_s << QString();
    QTest::newRow("country CN") << Catalogs::Countries << u"CN"_s << u"中国"_s << QString();
    QTest::newRow("country HK") << Catalogs::Countries << u"HK"_s << u"中国香港"_s << QString();
    QTest::newRow("country MO") << Catalogs::Countries << u"MO"_s << u"中国澳门"_s << QString();
    QTest::newRow("country TW") << Catalogs::Countries << u"TW"_s << u"中国台湾"_s << QString();
    QTest::newRow("country JP") << Catalogs::Countries << u"JP"_s << u"日本"_s << QString();
    QTest::newRow("institution 10001")
        << Catalogs::Institutions << u"10001"_s << u"北京大学"_s << QString();
    QTest::newRow("institution 10003")
        << Catalogs::Institutions << u"10003"_s << u"清华大学"_s << QString();
    QTest::newRow("institution 10246")
        << Catalogs::Institutions << u"10246"_s << u"复旦大学"_s << QString();
    QTest::newRow("applicant category 4")
        << Catalogs::ApplicantCategories << u"4"_s << u"其他在职人员"_s << QString();
    QTest::newRow("degree type academic")
        << Catalogs::DegreeTypes << u"academic"_s << u"学术型学位"_s << QString();
    QTest::newRow("admin rank none") << Catalogs::AdminRanks << u"000"_s << u"无"_s << QString();
    QTest::newRow("admin rank 131")
        << Catalogs::AdminRanks << u"131"_s << u"县处级正职"_s << QString();
    QTest::newRow("employer 31") << Catalogs::EmployerTypes << u"31"_s << u"国有企业"_s
                                 << QString();
    QTest::newRow("exam English") << Catalogs::ExamSubjects << u"en"_s << u"英语"_s << QString();
    QTest::newRow("thesis source 06")
        << Catalogs::ThesisSources << u"06"_s << u"国家自然科学基金项目"_s << QString();
    QTest::newRow("thesis type 2") << Catalogs::ThesisTypes << u"2"_s << u"应用研究"_s << QString();
    QTest::newRow("secrecy public") << Catalogs::ThesisSecrecy << u"0"_s << u"公开"_s << QString();
}

void TestCatalogs::lookups()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(QString, zh);
    QFETCH(QString, parent);
    const CatalogOption *option = catalog(name).find(code);
    QVERIFY2(option, qPrintable(name + u": no option "_s + code));
    QCOMPARE(option->zh, zh);
    QCOMPARE(option->parent, parent);
    QCOMPARE(catalog(name).labelOf(code, QLocale(QLocale::Chinese, QLocale::China)), zh);
    // A label names one option, except where the catalogue itself repeats it (临床医学 is
    // both the academic 1002 and the professional 1051): then the first option wins.
    qsizetype sameLabel = 0;
    for (const CatalogOption &other : catalog(name).options()) {
        sameLabel += other.zh == zh ? 1 : 0;
    }
    if (sameLabel == 1) {
        QCOMPARE(catalog(name).codeForLabel(zh), code);
    } else {
        QCOMPARE(catalog(name).find(catalog(name).codeForLabel(zh))->zh, zh);
    }
}

void TestCatalogs::attributes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("value");

    QTest::newRow("ethnic 05 letter")
        << Catalogs::EthnicGroups << u"05"_s << u"letter"_s << u"UG"_s;
    QTest::newRow("ethnic 56 letter")
        << Catalogs::EthnicGroups << u"56"_s << u"letter"_s << u"JN"_s;
    QTest::newRow("political 01 full")
        << Catalogs::PoliticalStatus << u"01"_s << u"full"_s << u"中国共产党党员"_s;
    QTest::newRow("province 44 region")
        << Catalogs::Provinces << u"44"_s << u"region"_s << u"中南"_s;
    QTest::newRow("province 23 region")
        << Catalogs::Provinces << u"23"_s << u"region"_s << u"东北"_s;
    QTest::newRow("CN alpha3") << Catalogs::Countries << u"CN"_s << u"alpha3"_s << u"CHN"_s;
    QTest::newRow("CN numeric") << Catalogs::Countries << u"CN"_s << u"numeric"_s << u"156"_s;
    QTest::newRow("TW numeric") << Catalogs::Countries << u"TW"_s << u"numeric"_s << u"158"_s;
    QTest::newRow("DE alpha3") << Catalogs::Countries << u"DE"_s << u"alpha3"_s << u"DEU"_s;
    QTest::newRow("id 1 format") << Catalogs::IdTypes << u"1"_s << u"format"_s << u"resident-id"_s;
    QTest::newRow("id 8 format") << Catalogs::IdTypes << u"8"_s << u"format"_s
                                 << u"taiwan-permit"_s;
    QTest::newRow("id C format") << Catalogs::IdTypes << u"C"_s << u"format"_s
                                 << u"residence-permit"_s;
    QTest::newRow("id A format") << Catalogs::IdTypes << u"A"_s << u"format"_s << u"passport"_s;
    QTest::newRow("0812 kind") << Catalogs::Disciplines << u"0812"_s << u"kind"_s << u"academic"_s;
    QTest::newRow("1057 kind") << Catalogs::Disciplines << u"1057"_s << u"kind"_s
                               << u"professional"_s;
    QTest::newRow("PKU province") << Catalogs::Institutions << u"10001"_s << u"province"_s
                                  << u"11"_s;
    QTest::newRow("Fudan province")
        << Catalogs::Institutions << u"10246"_s << u"province"_s << u"31"_s;
    QTest::newRow("SYSU province")
        << Catalogs::Institutions << u"10558"_s << u"province"_s << u"44"_s;
    QTest::newRow("English is a language")
        << Catalogs::ExamSubjects << u"en"_s << u"kind"_s << u"language"_s;
}

void TestCatalogs::attributes()
{
    QFETCH(QString, name);
    QFETCH(QString, code);
    QFETCH(QString, attribute);
    QFETCH(QString, value);
    const CatalogOption *option = catalog(name).find(code);
    QVERIFY2(option, qPrintable(name + u": no option "_s + code));
    QCOMPARE(option->attribute(attribute), value);
}

void TestCatalogs::countriesStartWithChina()
{
    const Catalog &countries = catalog(Catalogs::Countries);
    QVERIFY2(countries.size() >= 240, qPrintable(QString::number(countries.size())));
    QCOMPARE(countries.options().first().code, u"CN"_s);
    QCOMPARE(countries.options().first().zh, u"中国"_s);
    QCOMPARE(countries.find(u"HK"_s)->en, u"Hong Kong, China"_s);
    QCOMPARE(countries.find(u"MO"_s)->en, u"Macao, China"_s);
    QCOMPARE(countries.find(u"TW"_s)->en, u"Taiwan, China"_s);
    // After China, the order is the ISO code's.
    for (qsizetype i = 2; i < countries.size(); ++i) {
        QVERIFY2(countries.options().at(i - 1).code < countries.options().at(i).code,
                 qPrintable(countries.options().at(i).code));
    }
    for (const CatalogOption &country : countries.options()) {
        QCOMPARE(country.code.size(), 2);
        QCOMPARE(country.attribute(u"alpha3"_s).size(), 3);
        QCOMPARE(country.attribute(u"numeric"_s).size(), 3);
    }
}

void TestCatalogs::ethnicGroupsInStandardOrder()
{
    QStringList expected;
    for (int i = 1; i <= 56; ++i) {
        expected.append(QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')));
    }
    expected << u"97"_s << u"98"_s;
    QCOMPARE(codesOf(catalog(Catalogs::EthnicGroups).options()), expected);
    // Every standard group has its two-letter code.
    for (const CatalogOption &group : catalog(Catalogs::EthnicGroups).options()) {
        if (group.code.toInt() <= 56) {
            QCOMPARE(group.attribute(u"letter"_s).size(), 2);
        }
    }
}

void TestCatalogs::idTypesResidentCardFirstAndKnownFormats()
{
    const Catalog &types = catalog(Catalogs::IdTypes);
    QCOMPARE(types.options().first().code, u"1"_s);
    const QSet<QString> formats{u"resident-id"_s,   u"residence-permit"_s, u"hk-macao-permit"_s,
                                u"taiwan-permit"_s, u"passport"_s,         u"military"_s,
                                u"other"_s};
    for (const CatalogOption &type : types.options()) {
        QVERIFY2(formats.contains(type.attribute(u"format"_s)), qPrintable(type.code));
    }
    QVERIFY(!types.where(u"format"_s, u"hk-macao-permit"_s).isEmpty());
}

void TestCatalogs::disciplineParentsExist()
{
    const Catalog &categories = catalog(Catalogs::DisciplineCategories);
    const Catalog &disciplines = catalog(Catalogs::Disciplines);
    QVERIFY(disciplines.size() > 100);
    for (const CatalogOption &discipline : disciplines.options()) {
        QVERIFY2(categories.contains(discipline.parent), qPrintable(discipline.code));
        QCOMPARE(discipline.code.size(), 4);
        QVERIFY2(discipline.code.startsWith(discipline.parent), qPrintable(discipline.code));
        const QString kind = discipline.attribute(u"kind"_s);
        QVERIFY2(kind == u"academic" || kind == u"professional", qPrintable(discipline.code));
        // Codes ending 01-49 are academic, 51-99 professional.
        QCOMPARE(kind == u"professional", discipline.code.mid(2).toInt() > 50);
    }
    for (const CatalogOption &category : categories.options()) {
        QVERIFY2(!disciplines.children(category.code).isEmpty(), qPrintable(category.code));
    }
}

void TestCatalogs::institutionProvincesExist()
{
    const Catalog &provinces = catalog(Catalogs::Provinces);
    const Catalog &institutions = catalog(Catalogs::Institutions);
    QSet<QString> covered;
    for (const CatalogOption &institution : institutions.options()) {
        const QString province = institution.attribute(u"province"_s);
        const CatalogOption *p = provinces.find(province);
        QVERIFY2(p, qPrintable(institution.code + u" "_s + province));
        QVERIFY2(p->flag(u"awardsDegrees"_s, true), qPrintable(institution.code));
        QCOMPARE(institution.code.size(), 5);
        covered.insert(province);
    }
    // Every province that awards degrees has at least one institution.
    for (const CatalogOption &province : provinces.options()) {
        QCOMPARE(covered.contains(province.code), province.flag(u"awardsDegrees"_s, true));
    }
    // The 2023 Beijing list of the portal (portal-screens.md) has 35 institutions.
    QVERIFY(institutions.where(u"province"_s, u"11"_s).size() >= 35);
    qsizetype onPortalList = 0;
    for (const CatalogOption &institution : institutions.options()) {
        onPortalList += institution.flag(u"portalList2023"_s) ? 1 : 0;
    }
    QCOMPARE(onPortalList, 35);
}

void TestCatalogs::onlyThreeProfessionalDegreesOpen()
{
    QStringList open;
    for (const CatalogOption &discipline :
         catalog(Catalogs::Disciplines).where(u"kind"_s, u"professional"_s)) {
        if (discipline.flag(u"openToEquivalent"_s)) {
            open.append(discipline.code);
        }
    }
    QCOMPARE(open, (QStringList{u"1051"_s, u"1052"_s, u"1057"_s}));
}

void TestCatalogs::academicOpenExceptMilitary()
{
    for (const CatalogOption &discipline :
         catalog(Catalogs::Disciplines).where(u"kind"_s, u"academic"_s)) {
        QCOMPARE(discipline.flag(u"openToEquivalent"_s, true), discipline.parent != u"11");
    }
}

void TestCatalogs::crossReferencesResolve()
{
    const Catalog &disciplines = catalog(Catalogs::Disciplines);
    for (const CatalogOption &subject : catalog(Catalogs::ExamSubjects).options()) {
        const QString kind = subject.attribute(u"kind"_s);
        QVERIFY2(kind == u"language" || kind == u"comprehensive", qPrintable(subject.code));
        if (kind != u"comprehensive") {
            continue;
        }
        const QStringList served = subject.attribute(u"disciplines"_s).split(QLatin1Char(','));
        for (const QString &code : served) {
            QVERIFY2(disciplines.contains(code), qPrintable(subject.code + u" → "_s + code));
        }
    }
    for (const CatalogOption &category : catalog(Catalogs::PhysicianCategories).options()) {
        const QString code = category.attribute(u"discipline"_s);
        if (!code.isEmpty()) {
            QVERIFY2(disciplines.find(code)->flag(u"openToEquivalent"_s), qPrintable(code));
        }
    }
    const QStringList professional = catalog(Catalogs::DegreeTypes)
                                         .find(u"professional"_s)
                                         ->attribute(u"openDisciplines"_s)
                                         .split(QLatin1Char(','));
    QCOMPARE(professional, (QStringList{u"1051"_s, u"1052"_s, u"1057"_s}));
    // Reading 1 of REFERENCE.md 2.5: one prior-degree category per 门类.
    QCOMPARE(codesOf(catalog(Catalogs::PriorDegreeCategories).options()),
             codesOf(catalog(Catalogs::DisciplineCategories).options()));
}

void TestCatalogs::fromJsonRefusesBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("messagePart");

    const QByteArray head = R"("catalog": "x", "title": {"zh": "甲", "en": "X"}, )";
    const QByteArray good = R"("source": "test", "confidence": "confirmed", )";
    QTest::newRow("not JSON") << QByteArray("{ \"catalog\": ") << u"JSON error"_s;
    QTest::newRow("an array") << QByteArray("[1, 2]") << u"JSON object"_s;
    QTest::newRow("no catalog name") << QByteArray(
        R"({"source": "s", "confidence": "portal", "options": [{"code": "1", "zh": "一"}]})")
                                     << u"\"catalog\""_s;
    QTest::newRow("missing source") << QByteArray(
        "{" + head + R"("confidence": "confirmed", "options": [{"code": "1", "zh": "一"}]})")
                                    << u"\"source\" is missing"_s;
    QTest::newRow("bad confidence") << QByteArray(
        "{" + head
        + R"("source": "s", "confidence": "sure", "options": [{"code": "1", "zh": "一"}]})")
                                    << u"\"confidence\" must be"_s;
    QTest::newRow("duplicate code") << QByteArray(
        "{" + head + good + R"("options": [{"code": "1", "zh": "一"}, {"code": "1", "zh": "壹"}]})")
                                    << u"code 1 appears twice"_s;
    QTest::newRow("option without code")
        << QByteArray("{" + head + good + R"("options": [{"zh": "一"}]})") << u"lacks a code"_s;
    QTest::newRow("option without Chinese label")
        << QByteArray("{" + head + good + R"("options": [{"code": "1", "en": "One"}]})")
        << u"Chinese label"_s;
    QTest::newRow("no options") << QByteArray("{" + head + good + R"("options": []})")
                                << u"\"options\" is missing or empty"_s;
}

void TestCatalogs::fromJsonRefusesBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, messagePart);
    QString error;
    const Catalog parsed = Catalog::fromJson(json, &error);
    QVERIFY(parsed.isEmpty());
    QVERIFY2(error.contains(messagePart), qPrintable(error));
}

void TestCatalogs::fromJsonReadsAGoodFile()
{
    const QByteArray json = R"({"catalog": "demo", "title": {"zh": "示例", "en": "Demo"},
        "source": "a test", "confidence": "secondary", "note": "check it",
        "options": [{"code": "01", "zh": "甲", "en": "A", "letter": "JA", "open": true},
                    {"code": "0101", "zh": "甲一", "en": "A one", "parent": "01"}]})";
    QString error;
    const Catalog parsed = Catalog::fromJson(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.name(), u"demo"_s);
    QCOMPARE(parsed.confidence(), Confidence::Secondary);
    QCOMPARE(parsed.title(QLocale(QLocale::English)), u"Demo"_s);
    QCOMPARE(parsed.size(), 2);
    QCOMPARE(parsed.find(u"01"_s)->attribute(u"letter"_s), u"JA"_s);
    QVERIFY(parsed.find(u"01"_s)->flag(u"open"_s));
    QCOMPARE(codesOf(parsed.children(u"01"_s)), QStringList{u"0101"_s});
    QCOMPARE(parsed.labelOf(u"0101"_s, QLocale(QLocale::English)), u"A one"_s);
    QCOMPARE(parsed.labelOf(u"99"_s), u"99"_s);
}

QTEST_GUILESS_MAIN(TestCatalogs)
#include "TestCatalogs.moc"
