#include "domain/OpenDisciplines.h"

#include "domain/Catalogs.h"
#include "domain/DegreeApplicationValidator.h"
#include "domain/Field.h"

#include <QTest>

#include <algorithm>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

bool hasDisciplineFinding(const QString &type, const QString &category, const QString &code)
{
    DegreeApplication a;
    a.degreeType = type;
    a.disciplineCategory = category;
    a.discipline = code;
    const Findings findings = DegreeApplicationValidator::validate(a, ValidationContext{});
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.field == Field::Discipline; });
}

} // namespace

class TestOpenDisciplines : public QObject
{
    Q_OBJECT

private slots:
    void disciplinesOfATypeAndCategory_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QStringList>("included");
        QTest::addColumn<QStringList>("excluded");

        QTest::newRow("professional medicine: the three open since 2016")
            << u"professional"_s << u"10"_s << QStringList{u"1051"_s, u"1052"_s, u"1057"_s}
            << QStringList{u"1002"_s, u"1053"_s};
        QTest::newRow("academic engineering: academic ones only")
            << u"academic"_s << u"08"_s << QStringList{u"0812"_s, u"0814"_s, u"0835"_s}
            << QStringList{u"0854"_s, u"0859"_s};
        QTest::newRow("academic medicine: no professional degree")
            << u"academic"_s << u"10"_s << QStringList{u"1002"_s, u"1001"_s}
            << QStringList{u"1051"_s};
        QTest::newRow("professional engineering: nothing open")
            << u"professional"_s << u"08"_s << QStringList{} << QStringList{u"0854"_s, u"0812"_s};
        QTest::newRow("no type yet: every open discipline of the category")
            << QString() << u"10"_s << QStringList{u"1002"_s, u"1051"_s} << QStringList{u"1053"_s};
        QTest::newRow("no category: nothing")
            << u"academic"_s << QString() << QStringList{} << QStringList{u"0812"_s};
    }

    void disciplinesOfATypeAndCategory()
    {
        QFETCH(QString, type);
        QFETCH(QString, category);
        QFETCH(QStringList, included);
        QFETCH(QStringList, excluded);
        const QStringList offered = OpenDisciplines::disciplines(type, category);
        for (const QString &code : included) {
            QVERIFY2(offered.contains(code), qPrintable(code));
        }
        for (const QString &code : excluded) {
            QVERIFY2(!offered.contains(code), qPrintable(code));
        }
        if (type == u"professional"_s && category == u"10"_s) {
            QCOMPARE(offered, included); // exactly those, in catalog order
        }
    }

    void categoriesOfAType()
    {
        QCOMPARE(OpenDisciplines::categories(u"professional"_s), QStringList{u"10"_s});
        const QStringList academic = OpenDisciplines::categories(u"academic"_s);
        QVERIFY(academic.contains(u"01"_s));
        QVERIFY(academic.contains(u"08"_s));
        QVERIFY(!academic.contains(u"11"_s)); // 军事学: not open to 同等学力
        // Catalog order is kept.
        QVERIFY(academic.indexOf(u"01"_s) < academic.indexOf(u"08"_s));
    }

    // The lists agree with the validator for every discipline of the catalog and both types.
    void everyOfferedChoicePassesTheValidatorAndNoOtherDoes()
    {
        const Catalog &disciplines = Catalogs::instance().get(Catalogs::Disciplines);
        QVERIFY(disciplines.size() > 100);
        for (const QString &type : {u"academic"_s, u"professional"_s}) {
            const QStringList categories = OpenDisciplines::categories(type);
            for (const CatalogOption &d : disciplines.options()) {
                const bool offered = OpenDisciplines::disciplines(type, d.parent).contains(d.code);
                QCOMPARE(offered, !hasDisciplineFinding(type, d.parent, d.code));
                QCOMPARE(OpenDisciplines::isOffered(type, d.parent, d.code), offered);
                if (offered) {
                    QVERIFY(categories.contains(d.parent));
                }
                // A discipline is never offered under another 门类.
                QVERIFY(!OpenDisciplines::isOffered(type, d.parent == u"08"_s ? u"07"_s : u"08"_s,
                                                    d.code));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOpenDisciplines)
#include "TestOpenDisciplines.moc"
