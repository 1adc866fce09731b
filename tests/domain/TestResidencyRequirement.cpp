#include "domain/ResidencyRequirement.h"

#include "domain/Catalogs.h"
#include "domain/Progress.h"

#include "support/SampleRecords.h"

#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(dd::domain::DegreeApplication)

namespace {

DegreeApplication academic(const QString &state = u"draft"_s)
{
    DegreeApplication a = dd::test::validDegreeApplication();
    a.state = state;
    return a;
}

DegreeApplication clinical(const QString &state = u"draft"_s)
{
    DegreeApplication a = dd::test::validClinicalApplication();
    a.state = state;
    return a;
}

QString disciplineLabel(const QString &code)
{
    return Catalogs::instance().get(Catalogs::Disciplines).labelOf(code);
}

} // namespace

class TestResidencyRequirement : public QObject
{
    Q_OBJECT

private slots:
    void followsProgress_data()
    {
        QTest::addColumn<QList<DegreeApplication>>("applications");
        QTest::addColumn<bool>("required");

        DegreeApplication noDiscipline = academic();
        noDiscipline.discipline.clear();
        DegreeApplication academicClinical = clinical();
        academicClinical.degreeType = u"academic"_s;

        QTest::newRow("no application") << QList<DegreeApplication>{} << false;
        QTest::newRow("academic computer science") << QList{academic()} << false;
        QTest::newRow("no discipline chosen") << QList{noDiscipline} << false;
        QTest::newRow("clinical medicine professional degree") << QList{clinical()} << true;
        QTest::newRow("clinical, submitted") << QList{clinical(u"submitted"_s)} << true;
        QTest::newRow("clinical, cancelled") << QList{clinical(u"cancelled"_s)} << false;
        QTest::newRow("cancelled clinical, then academic")
            << QList{clinical(u"cancelled"_s), academic()} << false;
        QTest::newRow("academic, then clinical") << QList{academic(), clinical()} << true;
        QTest::newRow("1051 as an academic degree") << QList{academicClinical} << false;
    }

    // The page shows Progress's `required`; the explanation must never contradict it.
    void followsProgress()
    {
        QFETCH(QList<DegreeApplication>, applications);
        QFETCH(bool, required);
        Dossier dossier;
        dossier.applications = applications;
        const auto status = Progress::evaluate(Progress::Step::ResidencyCertificate, dossier,
                                               dd::test::sampleContext());
        QCOMPARE(status.required, required);
        QCOMPARE(ResidencyRequirement::isRequired(applications), required);
        QVERIFY(!ResidencyRequirement::explain(applications).isEmpty());
    }

    void namesTheDisciplineThatNeedsIt()
    {
        const QString text = ResidencyRequirement::explain({academic(), clinical()});
        QVERIFY2(text.contains(disciplineLabel(u"1051"_s)), qPrintable(text));
        QVERIFY2(!text.contains(disciplineLabel(u"0812"_s)), qPrintable(text));
    }

    void namesTheChosenDisciplineWhenNotNeeded()
    {
        const QString text = ResidencyRequirement::explain({academic()});
        QVERIFY2(text.contains(disciplineLabel(u"0812"_s)), qPrintable(text));
        // The degree type is said too: the same 学科 as an academic degree needs nothing.
        QVERIFY2(
            text.contains(Catalogs::instance().get(Catalogs::DegreeTypes).labelOf(u"academic"_s)),
            qPrintable(text));
    }

    void saysWhenNoDisciplineIsChosenYet()
    {
        const QString none = ResidencyRequirement::explain({});
        QCOMPARE(ResidencyRequirement::explain({clinical(u"cancelled"_s)}), none);
        QVERIFY(none != ResidencyRequirement::explain({academic()}));
        QVERIFY(!none.contains(disciplineLabel(u"1051"_s)));
    }
};

QTEST_GUILESS_MAIN(TestResidencyRequirement)
#include "TestResidencyRequirement.moc"
