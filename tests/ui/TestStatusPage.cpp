#include "pages/StatusPage.h"

#include "domain/ApplicationStateMachine.h"
#include "models/TimelineModel.h"
#include "pages/DegreeApplicationsPage.h"
#include "support/SampleRecords.h"
#include "support/UiFixture.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace dd;
using domain::ApplicationAction;
using domain::ApplicationState;
using domain::ApplicationStateMachine;
using Timeline = ui::TimelineModel;

class TestStatusPage : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(int day, int hour)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 30), Qt::UTC);
    }

    static QString cell(const QAbstractItemModel *model, int row, int column)
    {
        return model->index(row, column).data().toString();
    }

private slots:
    void showsEachStateAndEveryChangeNewestFirst()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        // A cancelled application (submitted, then cancelled with a note) and a fresh draft.
        domain::DegreeApplication first = test::validDegreeApplication();
        ApplicationState state = ApplicationState::Draft;
        QVERIFY(ApplicationStateMachine::apply(state, first.timeline, ApplicationAction::Submit,
                                               at(2, 8))
                    .isEmpty());
        QVERIFY(ApplicationStateMachine::apply(state, first.timeline, ApplicationAction::Cancel,
                                               at(20, 16), QStringLiteral("wrong institution"))
                    .isEmpty());
        first.state = ApplicationStateMachine::stateCode(state);
        QVERIFY(fixture.store().save(fixture.applicant(), first).ok());
        QVERIFY(fixture.store().save(fixture.applicant(), test::validClinicalApplication()).ok());

        ui::StatusPage page(fixture.session());
        page.reload();
        page.show();
        QCOMPARE(page.pageId(), QStringLiteral("status"));
        QCOMPARE(page.problemCount(), 0);

        // The current state of each application, prominently.
        const QList<QLabel *> current = page.currentStateLabels();
        QCOMPARE(current.size(), 2);
        QVERIFY(current.at(0)->isVisible());
        QVERIFY(current.at(0)->text().contains(
            QStringLiteral("<b>%1</b>")
                .arg(ApplicationStateMachine::stateLabel(ApplicationState::Cancelled))));
        QVERIFY(current.at(0)->text().contains(Timeline::describe(first).toHtmlEscaped()));
        QVERIFY(current.at(0)->text().contains(
            QLocale().toString(at(20, 16).toLocalTime(), QLocale::ShortFormat)));
        QVERIFY(current.at(1)->text().contains(
            ApplicationStateMachine::stateLabel(ApplicationState::Draft)));
        QVERIFY(current.at(1)->accessibleName().contains(
            ApplicationStateMachine::stateLabel(ApplicationState::Draft)));

        // The history: newest first, the time in the user's locale, from → to, action, note.
        auto *view = page.findChild<QTableView *>(QStringLiteral("timelineView"));
        const QAbstractItemModel *model = view->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(cell(model, 0, Timeline::Time),
                 QLocale().toString(at(20, 16).toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(cell(model, 0, Timeline::From),
                 ApplicationStateMachine::stateLabel(ApplicationState::Submitted));
        QCOMPARE(cell(model, 0, Timeline::To),
                 ApplicationStateMachine::stateLabel(ApplicationState::Cancelled));
        QCOMPARE(cell(model, 0, Timeline::Action),
                 ApplicationStateMachine::actionLabel(ApplicationAction::Cancel));
        QCOMPARE(cell(model, 0, Timeline::Note), QStringLiteral("wrong institution"));
        QCOMPARE(cell(model, 1, Timeline::To),
                 ApplicationStateMachine::stateLabel(ApplicationState::Submitted));
        // Read-only.
        QVERIFY(!(model->flags(model->index(0, Timeline::Note)) & Qt::ItemIsEditable));
        QCOMPARE(view->editTriggers(), QAbstractItemView::NoEditTriggers);
    }

    void followsTheApplicationsPageAndSurvivesAReopen()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.store().save(fixture.applicant(), test::validBasicInfo()).ok());
        QVERIFY(fixture.store().save(fixture.applicant(), test::validDegreeApplication()).ok());
        {
            ui::StatusPage status(fixture.session());
            status.reload();
            auto *view = status.findChild<QTableView *>(QStringLiteral("timelineView"));
            QCOMPARE(view->model()->rowCount(), 0);
            QVERIFY(!status.findChild<QLabel *>(QStringLiteral("noHistoryLabel"))->isHidden());

            // Submitted on 提交学位申请: the status page follows at once.
            ui::DegreeApplicationsPage applications(fixture.session());
            applications.reload();
            applications.show();
            QPushButton *submit = applications.actionButton(ApplicationAction::Submit);
            QVERIFY(submit->isEnabled());
            QTest::mouseClick(submit, Qt::LeftButton);
            QCOMPARE(view->model()->rowCount(), 1);
            QCOMPARE(cell(view->model(), 0, Timeline::To),
                     ApplicationStateMachine::stateLabel(ApplicationState::Submitted));
            QCOMPARE(cell(view->model(), 0, Timeline::Time),
                     QLocale().toString(fixture.clock().now().toLocalTime(), QLocale::ShortFormat));
            QVERIFY(status.currentStateLabels().first()->text().contains(
                ApplicationStateMachine::stateLabel(ApplicationState::Submitted)));
            QVERIFY(status.findChild<QLabel *>(QStringLiteral("noHistoryLabel"))->isHidden());
        }
        fixture.reopen();
        ui::StatusPage again(fixture.session());
        again.reload();
        QCOMPARE(again.timelineModel()->rowCount(), 1);
        QCOMPARE(again.currentStateLabels().size(), 1);
        QVERIFY(again.currentStateLabels().first()->text().contains(
            ApplicationStateMachine::stateLabel(ApplicationState::Submitted)));
    }

    void withoutApplicationsItLeadsToThem()
    {
        test::UiFixture fixture;
        ui::StatusPage page(fixture.session());
        page.reload();
        page.show();
        QVERIFY(page.currentStateLabels().isEmpty());
        auto *empty = page.findChild<QLabel *>(QStringLiteral("emptyLabel"));
        QVERIFY(empty->isVisible());
        QSignalSpy navigation(&page, &ui::Page::navigationRequested);
        empty->setFocus(); // the link, reached with the keyboard
        QTest::keyClick(empty, Qt::Key_Tab);
        QTest::keyClick(empty, Qt::Key_Return);
        QCOMPARE(navigation.size(), 1);
        QCOMPARE(navigation.first().at(0).toString(), QStringLiteral("degreeApplication"));
    }
};

QTEST_MAIN(TestStatusPage)
#include "TestStatusPage.moc"
