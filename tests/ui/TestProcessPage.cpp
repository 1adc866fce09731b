#include "pages/ProcessPage.h"

#include "domain/BasicInfo.h"
#include "domain/Photo.h"
#include "models/MenuModel.h"
#include "support/SampleRecords.h"
#include "support/UiFixture.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace dd;
using domain::Progress;
using Step = Progress::Step;

class TestProcessPage : public QObject
{
    Q_OBJECT

private:
    static QCommandLinkButton *linkOf(QWidget *page, Step step)
    {
        return page->findChild<QCommandLinkButton *>(Progress::stepKey(step)
                                                     + QStringLiteral("Link"));
    }
    static QString stateOf(QWidget *page, Step step)
    {
        auto *label = page->findChild<QLabel *>(Progress::stepKey(step) + QStringLiteral("State"));
        return label ? label->text() : QStringLiteral("<no state label>");
    }

private slots:
    void theStepsAreInOrderAndEachLinkOpensItsPage()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        ui::ProcessPage page(fixture.session());
        page.reload();
        page.resize(900, 1400);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.pageId(), ui::MenuModel::ProcessPage);

        const ui::MenuModel menu;
        QSignalSpy spy(&page, &ui::Page::navigationRequested);
        int lastY = -1;
        for (const Step step : Progress::steps()) {
            QCommandLinkButton *link = linkOf(&page, step);
            QVERIFY2(link, qPrintable(Progress::stepKey(step)));
            QCOMPARE(link->text(), Progress::stepLabel(step));
            QVERIFY(!link->description().isEmpty());
            QVERIFY2(link->y() > lastY, "the steps are shown in Progress's order");
            lastY = link->y();
            // The link leads to a page of the menu.
            QVERIFY(menu.indexOf(Progress::stepKey(step)).isValid());

            spy.clear();
            QTest::mouseClick(link, Qt::LeftButton);
            QCOMPARE(spy.count(), 1);
            QCOMPARE(spy.first().first().toString(), Progress::stepKey(step));
        }
        // By keyboard too.
        QCommandLinkButton *thesis = linkOf(&page, Step::Thesis);
        thesis->setFocus();
        spy.clear();
        QTest::keyClick(thesis, Qt::Key_Space);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("thesis"));
        QCOMPARE(page.problemCount(), 0);
    }

    void theStatesFollowTheSavedRecords()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        ui::ProcessPage page(fixture.session());
        page.reload();
        page.show();

        const QString notStarted = Progress::stateLabel(Progress::State::NotStarted);
        QCOMPARE(stateOf(&page, Step::Photo), notStarted);
        QCOMPARE(stateOf(&page, Step::BasicInfo), notStarted);
        QCOMPARE(stateOf(&page, Step::DegreeApplication), notStarted);
        // Not needed without a clinical application: not "not started".
        QVERIFY(stateOf(&page, Step::ResidencyCertificate) != notStarted);
        QVERIFY(!stateOf(&page, Step::ResidencyCertificate).isEmpty());

        // A compliant photo is complete.
        QVERIFY(fixture.store().savePhoto(fixture.applicant(), test::validPhoto()).ok());
        fixture.session()->notifyChanged(domain::Photo::kind());
        QCOMPARE(stateOf(&page, Step::Photo), Progress::stateLabel(Progress::State::Complete));

        // Basic information with a wrong value is incomplete.
        domain::BasicInfo info = test::validBasicInfo();
        info.birthDate = QStringLiteral("19901345");
        QVERIFY(fixture.store().save(fixture.applicant(), info).ok());
        fixture.session()->notifyChanged(domain::BasicInfo::kind());
        QCOMPARE(stateOf(&page, Step::BasicInfo),
                 Progress::stateLabel(Progress::State::Incomplete));
        QVERIFY(linkOf(&page, Step::BasicInfo)
                    ->accessibleName()
                    .contains(Progress::stateLabel(Progress::State::Incomplete)));

        // A submitted clinical application: submitted, and the certificates now needed.
        domain::DegreeApplication application = test::validClinicalApplication();
        application.state = QStringLiteral("submitted");
        QVERIFY(fixture.store().save(fixture.applicant(), application).ok());
        fixture.session()->notifyChanged(domain::DegreeApplication::kind());
        QCOMPARE(stateOf(&page, Step::DegreeApplication),
                 Progress::stateLabel(Progress::State::Submitted));
        QCOMPARE(stateOf(&page, Step::ResidencyCertificate), notStarted);
    }
};

QTEST_MAIN(TestProcessPage)
#include "TestProcessPage.moc"
