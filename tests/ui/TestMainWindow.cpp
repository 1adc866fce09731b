#include "MainWindow.h"

#include "Pages.h"
#include "domain/Thesis.h"
#include "models/MenuModel.h"
#include "pages/Page.h"
#include "platform/Settings.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/ApplicantSelector.h"
#include "widgets/MessageBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace dd;
using ui::MenuModel;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    static QString stateOf(ui::MainWindow &window, const QString &pageId)
    {
        return window.menuModel()->indexOf(pageId).data(MenuModel::StateRole).toString();
    }

private slots:
    void opensAtTheDashboardAndFollowsTheMenu()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        platform::Settings settings(settingsFile());
        ui::MainWindow window(fixture.session(), &settings);
        ui::addPages(&window, fixture.session());
        window.restoreState();
        window.show();
        QCOMPARE(window.currentPageId(), QStringLiteral("dashboard"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("pageTitle"))->text(),
                 QStringLiteral("My home page"));

        // Choosing a menu item with the keyboard shows its page.
        auto *menu = window.findChild<QTreeView *>(QStringLiteral("menuView"));
        menu->setFocus();
        menu->setCurrentIndex(window.menuModel()->indexOf(QStringLiteral("thesis")));
        QCOMPARE(window.currentPageId(), QStringLiteral("thesis"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("pageTitle"))->text(),
                 QStringLiteral("Report thesis information"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("pageProblems"))
                    ->text()
                    .contains(QStringLiteral("problem")));

        // A group opens its first page.
        menu->setCurrentIndex(window.menuModel()->indexOf(MenuModel::DegreeGroup));
        QVERIFY(window.currentPageId() == QStringLiteral("process")
                || window.currentPageId() == QStringLiteral("thesis")); // until "process" exists
    }

    void theMenuShowsTheStateOfWhatWasTyped()
    {
        test::UiFixture fixture;
        platform::Settings settings(settingsFile());
        ui::MainWindow window(fixture.session(), &settings);
        ui::addPages(&window, fixture.session());
        window.restoreState();
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(stateOf(window, QStringLiteral("thesis")), QStringLiteral("notStarted"));
        QVERIFY(window.showPage(QStringLiteral("thesis"), QStringLiteral("supervisorName")));
        auto *name = window.page(QStringLiteral("thesis"))
                         ->findChild<QLineEdit *>(QStringLiteral("supervisorName"));
        QVERIFY(name->hasFocus());
        test::retype(name, QStringLiteral("李明"));
        QCOMPARE(stateOf(window, QStringLiteral("thesis")), QStringLiteral("incomplete"));
    }

    void staffSwitchBetweenApplicants()
    {
        test::UiFixture fixture;
        platform::Settings settings(settingsFile());
        settings.setValue(platform::Settings::Key::CenterMode, false);
        ui::MainWindow window(fixture.session(), &settings);
        ui::addPages(&window, fixture.session());
        window.restoreState();
        window.show();
        // One applicant, not a center: no selector.
        QVERIFY(!window.isApplicantSelectorShown());

        window.showPage(QStringLiteral("thesis"));
        auto *name = window.page(QStringLiteral("thesis"))
                         ->findChild<QLineEdit *>(QStringLiteral("supervisorName"));
        test::retype(name, QStringLiteral("李明"));
        const QUuid first = fixture.session()->applicant();

        ui::ApplicantSelector *selector = window.applicantSelector();
        QVERIFY(selector->createApplicant(QStringLiteral("张三")));
        QVERIFY(window.isApplicantSelectorShown());
        QCOMPARE(selector->count(), 2);
        const QUuid second = fixture.session()->applicant();
        QVERIFY(second != first);
        QCOMPARE(name->text(), QString()); // the new applicant's page
        test::retype(name, QStringLiteral("王芳"));

        fixture.session()->setApplicant(first);
        QCOMPARE(name->text(), QStringLiteral("李明"));
        QVERIFY(!window.page(QStringLiteral("thesis"))->undoStack()->canUndo());

        QVERIFY(selector->renameCurrent(QStringLiteral("王磊（2026春）")));
        QCOMPARE(fixture.store().applicant(first)->label, QStringLiteral("王磊（2026春）"));
        QVERIFY(!selector->renameCurrent(QString())); // refused, and said why
        QVERIFY(!window.messageBar()->text().isEmpty());

        QVERIFY(selector->deleteCurrent());
        QCOMPARE(fixture.session()->applicant(), second);
        QCOMPARE(name->text(), QStringLiteral("王芳"));
        QCOMPARE(selector->count(), 1);
        QVERIFY(!window.isApplicantSelectorShown());

        // Center mode shows the selector even for one applicant.
        settings.setValue(platform::Settings::Key::CenterMode, true);
        ui::MainWindow center(fixture.session(), &settings);
        center.show();
        QVERIFY(center.isApplicantSelectorShown());
    }

    void remembersItsPlaceAndItsSize()
    {
        test::UiFixture fixture;
        {
            platform::Settings settings(settingsFile());
            ui::MainWindow window(fixture.session(), &settings);
            ui::addPages(&window, fixture.session());
            window.restoreState();
            window.show();
            window.resize(900, 640);
            QVERIFY(window.showPage(QStringLiteral("thesis")));
            window.close();
        }
        platform::Settings settings(settingsFile());
        QCOMPARE(settings.lastPage(), QStringLiteral("thesis"));
        ui::MainWindow window(fixture.session(), &settings);
        ui::addPages(&window, fixture.session());
        window.restoreState();
        QCOMPARE(window.currentPageId(), QStringLiteral("thesis"));
        QCOMPARE(window.size(), QSize(900, 640));
    }

    void pagesFollowOneAnotherWithTheKeyboard()
    {
        test::UiFixture fixture;
        platform::Settings settings(settingsFile());
        ui::MainWindow window(fixture.session(), &settings);
        ui::addPages(&window, fixture.session());
        window.restoreState();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("thesis"));
        const QStringList ids = window.menuModel()->pageIds();
        QTest::keyClick(&window, Qt::Key_PageDown, Qt::ControlModifier);
        QVERIFY(ids.indexOf(window.currentPageId()) > ids.indexOf(QStringLiteral("thesis")));
        QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
        QCOMPARE(window.currentPageId(), QStringLiteral("thesis"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
