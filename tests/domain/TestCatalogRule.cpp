#include "domain/CatalogRule.h"

#include "domain/Catalogs.h"
#include "domain/Field.h"
#include "domain/TextRule.h"

#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

// CatalogRule (a dropdown holds a code of its catalog) and TextRule (free text: required-ness
// and a maximum length in characters).
class TestCatalogRule : public QObject
{
    Q_OBJECT

private slots:
    void catalogCheck_data();
    void catalogCheck();
    void catalogCheckAppends();
    void textCheck_data();
    void textCheck();
};

void TestCatalogRule::catalogCheck_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("catalog");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QStringList>("rules");

    const QStringList none;
    QTest::newRow("sex: male") << Field::Gender << Catalogs::Genders << u"1"_s << true << true
                               << none;
    QTest::newRow("ethnic group: Han")
        << Field::Ethnicity << Catalogs::EthnicGroups << u"01"_s << true << true << none;
    QTest::newRow("province: Beijing")
        << Field::InstitutionProvince << Catalogs::Provinces << u"11"_s << true << true << none;
    QTest::newRow("institution: Peking University")
        << Field::Institution << Catalogs::Institutions << u"10001"_s << true << true << none;
    QTest::newRow("discipline: computer science")
        << Field::Discipline << Catalogs::Disciplines << u"0812"_s << true << true << none;
    QTest::newRow("country: China")
        << Field::Country << Catalogs::Countries << u"CN"_s << true << true << none;
    QTest::newRow("exam subject: English")
        << Field::ExamSubject << Catalogs::ExamSubjects << u"en"_s << true << true << none;
    QTest::newRow("optional and known") << Field::PracticeCategory << Catalogs::PhysicianCategories
                                        << u"1"_s << false << true << none;

    QTest::newRow("required and empty") << Field::Gender << Catalogs::Genders << QString() << true
                                        << false << QStringList{u"required"_s};
    QTest::newRow("required and blank") << Field::Gender << Catalogs::Genders << u"  "_s << true
                                        << false << QStringList{u"required"_s};
    QTest::newRow("optional and empty") << Field::PracticeCategory << Catalogs::PhysicianCategories
                                        << QString() << false << false << none;
    QTest::newRow("code not in the catalog") << Field::Gender << Catalogs::Genders << u"3"_s << true
                                             << false << QStringList{u"catalog.unknownCode"_s};
    QTest::newRow("display text instead of the code")
        << Field::Gender << Catalogs::Genders << u"男"_s << true << false
        << QStringList{u"catalog.unknownCode"_s};
    QTest::newRow("unknown discipline code")
        << Field::Discipline << Catalogs::Disciplines << u"0899"_s << true << false
        << QStringList{u"catalog.unknownCode"_s};
    QTest::newRow("province code with the county digits")
        << Field::InstitutionProvince << Catalogs::Provinces << u"110000"_s << true << false
        << QStringList{u"catalog.unknownCode"_s};
    QTest::newRow("optional but unknown")
        << Field::PracticeCategory << Catalogs::PhysicianCategories << u"5"_s << false << false
        << QStringList{u"catalog.unknownCode"_s};
}

void TestCatalogRule::catalogCheck()
{
    QFETCH(QString, field);
    QFETCH(QString, catalog);
    QFETCH(QString, code);
    QFETCH(bool, required);
    QFETCH(bool, known);
    QFETCH(QStringList, rules);

    Findings findings;
    QCOMPARE(CatalogRule::check(field, catalog, code, findings, required), known);
    QCOMPARE(ruleCodes(findings), rules);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, field);
        QCOMPARE(f.severity, Severity::Error);
        QVERIFY(f.message.contains(Field::label(field)));
        if (f.rule == u"catalog.unknownCode") {
            QCOMPARE(f.detail, code);
            QVERIFY(f.message.contains(code));
            // The message names the list the code should come from.
            QVERIFY(f.message.contains(Catalogs::instance().get(catalog).title()));
        }
    }
}

void TestCatalogRule::catalogCheckAppends()
{
    Findings findings{Finding::error(Field::Name, u"name.characters"_s, u"earlier"_s)};
    QVERIFY(!CatalogRule::check(Field::Ethnicity, Catalogs::EthnicGroups, u"60"_s, findings));
    QCOMPARE(ruleCodes(findings), (QStringList{u"name.characters"_s, u"catalog.unknownCode"_s}));
    QVERIFY(CatalogRule::check(Field::Ethnicity, Catalogs::EthnicGroups, u"56"_s, findings));
    QCOMPARE(findings.size(), 2);
}

void TestCatalogRule::textCheck_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<bool>("required");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QString>("detail");

    const QStringList none;
    QTest::newRow("address") << u"北京市海淀区中关村南大街5号"_s << 100 << true << true << none
                             << QString();
    QTest::newRow("exactly the maximum")
        << QString(100, u'路') << 100 << true << true << none << QString();
    QTest::newRow("one over the maximum") << QString(101, u'路') << 100 << true << false
                                          << QStringList{u"text.tooLong"_s} << u"101"_s;
    QTest::newRow("surrounding spaces are not counted")
        << u"  "_s + QString(10, u'路') + u" "_s << 10 << true << true << none << QString();
    QTest::newRow("a character outside the BMP counts once")
        << QString(u"\U00020000"_s).repeated(10) << 10 << true << true << none << QString();
    QTest::newRow("characters outside the BMP over the maximum")
        << QString(u"\U00020000"_s).repeated(11) << 10 << true << false
        << QStringList{u"text.tooLong"_s} << u"11"_s;
    QTest::newRow("required and empty")
        << QString() << 100 << true << false << QStringList{u"required"_s} << QString();
    QTest::newRow("required and blank")
        << u" \t "_s << 100 << true << false << QStringList{u"required"_s} << QString();
    QTest::newRow("optional and empty") << QString() << 200 << false << false << none << QString();
    QTest::newRow("optional and too long") << QString(201, u'备') << 200 << false << false
                                           << QStringList{u"text.tooLong"_s} << u"201"_s;
}

void TestCatalogRule::textCheck()
{
    QFETCH(QString, value);
    QFETCH(int, maxLength);
    QFETCH(bool, required);
    QFETCH(bool, present);
    QFETCH(QStringList, rules);
    QFETCH(QString, detail);

    Findings findings;
    QCOMPARE(TextRule::check(Field::Address, value, maxLength, findings, required), present);
    QCOMPARE(ruleCodes(findings), rules);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, Field::Address);
        QCOMPARE(f.severity, Severity::Error);
        QCOMPARE(f.detail, detail);
        QVERIFY(f.message.contains(Field::label(Field::Address)));
        if (f.rule == u"text.tooLong") {
            QVERIFY(f.message.contains(QString::number(maxLength)));
        }
    }
}

QTEST_GUILESS_MAIN(TestCatalogRule)
#include "TestCatalogRule.moc"
