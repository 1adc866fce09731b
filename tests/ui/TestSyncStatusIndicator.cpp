#include "widgets/SyncStatusIndicator.h"

#include "SyncActions.h"
#include "SyncStatusSource.h"
#include "dialogs/ConflictsDialog.h"
#include "support/SampleRecords.h"
#include "support/SyncConflicts.h"
#include "support/UiFixture.h"

#include <QAction>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace dd;
using State = sync::SyncStatus::State;
using sync::SyncStatus;
using ui::SyncStatusIndicator;

Q_DECLARE_METATYPE(dd::sync::SyncStatus)

// An engine as SyncStatusSource::follow() takes it: status(), statusChanged(), syncNow().
class FakeEngine : public QObject
{
    Q_OBJECT

public:
    SyncStatus status() const { return m_status; }
    void syncNow() { ++syncs; }
    void report(const SyncStatus &status)
    {
        m_status = status;
        emit statusChanged(status);
    }
    int syncs = 0;

signals:
    void statusChanged(const SyncStatus &status);

private:
    SyncStatus m_status;
};

namespace {

// 29 November 2026 at 09:00 UTC, the fixture's clock.
const QDateTime Now(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);

QString timeOfDay(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}

SyncStatus statusOf(State state)
{
    SyncStatus s;
    s.state = state;
    return s;
}

} // namespace

class TestSyncStatusIndicator : public QObject
{
    Q_OBJECT

private slots:
    void saysWhatTheStatusIs_data()
    {
        QTest::addColumn<SyncStatus>("status");
        QTest::addColumn<QString>("expected");

        QTest::newRow("not connected")
            << statusOf(State::NotConnected) << QStringLiteral("Sync off");
        SyncStatus offline = statusOf(State::Offline);
        offline.nextAttempt = Now.addSecs(90);
        QTest::newRow("offline, next retry")
            << offline << QStringLiteral("Offline, retrying at %1").arg(timeOfDay(Now.addSecs(90)));
        QTest::newRow("offline, no retry known")
            << statusOf(State::Offline) << QStringLiteral("Offline");
        SyncStatus progress = statusOf(State::Syncing);
        progress.done = 40;
        progress.total = 120;
        QTest::newRow("syncing with progress") << progress << QStringLiteral("Syncing 40 of 120");
        QTest::newRow("syncing, nothing known")
            << statusOf(State::Syncing) << QStringLiteral("Syncing...");
        SyncStatus upToDate = statusOf(State::UpToDate);
        upToDate.lastSynced = Now.addSecs(-300);
        QTest::newRow("up to date")
            << upToDate << QStringLiteral("Up to date, %1").arg(timeOfDay(Now.addSecs(-300)));
        SyncStatus yesterday = upToDate;
        yesterday.lastSynced = Now.addDays(-1);
        QTest::newRow("up to date since yesterday")
            << yesterday
            << QStringLiteral("Up to date, %1")
                   .arg(QLocale().toString(Now.addDays(-1).toLocalTime(), QLocale::ShortFormat));
        SyncStatus waiting = upToDate;
        waiting.pending = 3;
        QTest::newRow("changes made since") << waiting << QStringLiteral("3 change(s) to send");
        SyncStatus conflicts = statusOf(State::Conflicts);
        conflicts.conflicts = 2;
        QTest::newRow("conflicts") << conflicts << QStringLiteral("2 conflict(s) to resolve");
        QTest::newRow("login required")
            << statusOf(State::LoginRequired) << QStringLiteral("Log in to sync");
        SyncStatus failed = statusOf(State::Failed);
        failed.refused = 1;
        failed.message = QStringLiteral("论文题目: 不能超过 100 个字符。");
        QTest::newRow("failed with a refused change")
            << failed << QStringLiteral("Sync failed, 1 refused");
        SyncStatus offWithBoth = statusOf(State::NotConnected);
        offWithBoth.conflicts = 1;
        offWithBoth.refused = 2;
        QTest::newRow("sync off, a conflict and refused changes left")
            << offWithBoth << QStringLiteral("Sync off, 1 conflict(s), 2 refused");
    }
    void saysWhatTheStatusIs()
    {
        QFETCH(SyncStatus, status);
        QFETCH(QString, expected);
        QCOMPARE(SyncStatusIndicator::textOf(status, Now), expected);

        test::UiFixture fixture;
        fixture.clock().set(Now);
        SyncStatusIndicator indicator(fixture.clock());
        indicator.setStatus(status);
        QCOMPARE(indicator.text(), expected);
        QVERIFY(!indicator.toolTip().isEmpty());
        if (!status.message.isEmpty()) {
            QVERIFY(indicator.toolTip().contains(status.message));
        }
    }

    void countsTheStoresConflictsBeforeAnEngineRuns()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        QMainWindow window;
        ui::SyncActions actions(fixture.session(), &window);
        QVERIFY(window.statusBar()->isAncestorOf(actions.indicator()));
        QCOMPARE(actions.indicator()->text(), QStringLiteral("Sync off"));

        // A conflict kept by the store is counted as soon as the window hears of a change.
        const QUuid info = test::makeConflict(
            fixture.store(), fixture.applicant(), test::validBasicInfo(),
            [] {
                auto mine = test::validBasicInfo();
                mine.politicalStatus = QStringLiteral("01");
                return mine;
            }(),
            [] {
                auto theirs = test::validBasicInfo();
                theirs.politicalStatus = QStringLiteral("03");
                return theirs;
            }());
        QVERIFY(!info.isNull());
        fixture.session()->notifyChanged(QStringLiteral("basicInfo"));
        QCOMPARE(actions.source()->status().state, State::Conflicts);
        QCOMPARE(actions.indicator()->text(), QStringLiteral("1 conflict(s) to resolve"));

        // Clicking it opens the conflicts, showing that one.
        QTest::mouseClick(actions.indicator(), Qt::LeftButton);
        ui::ConflictsDialog *dialog = actions.conflictsDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->fieldsModel()->conflict().uuid, info);

        // Resolved there: the count follows.
        QSignalSpy replaced(&actions, &ui::SyncActions::recordsReplaced);
        QVERIFY(dialog->useMerged());
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(actions.source()->status().state, State::NotConnected);
        QCOMPARE(actions.source()->status().pending, 2); // the applicant and the merged record
        QCOMPARE(actions.indicator()->text(), QStringLiteral("Sync off"));
    }

    void followsTheEngineAndSyncsOnDemand()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        fixture.clock().set(Now);
        QMainWindow window;
        ui::SyncActions actions(fixture.session(), &window);
        QMenu tools;
        actions.addTo(&tools);
        QVERIFY(tools.actions().contains(actions.syncNowAction()));
        QCOMPARE(actions.syncNowAction()->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));

        FakeEngine engine;
        SyncStatus syncing = statusOf(State::Syncing);
        syncing.done = 1;
        syncing.total = 4;
        engine.report(syncing);
        actions.source()->follow(&engine);
        QCOMPARE(actions.indicator()->text(), QStringLiteral("Syncing 1 of 4"));

        SyncStatus done = statusOf(State::UpToDate);
        done.lastSynced = Now;
        engine.report(done);
        // The applicant itself was never pushed.
        QCOMPARE(actions.indicator()->text(), QStringLiteral("1 change(s) to send"));
        QVERIFY(fixture.store().markPushed(fixture.applicant(), 1, 1).ok());
        actions.source()->refreshCounts();
        QCOMPARE(actions.indicator()->text(), QStringLiteral("Up to date, %1").arg(timeOfDay(Now)));

        // Sync now: from the menu, and by clicking the indicator.
        actions.syncNowAction()->trigger();
        QCOMPARE(engine.syncs, 1);
        QTest::mouseClick(actions.indicator(), Qt::LeftButton);
        QCOMPARE(engine.syncs, 2);

        // Login required: the click asks the window for the account page.
        engine.report(statusOf(State::LoginRequired));
        QSignalSpy login(&actions, &ui::SyncActions::loginRequested);
        QTest::mouseClick(actions.indicator(), Qt::LeftButton);
        QCOMPARE(login.size(), 1);
        QCOMPARE(engine.syncs, 2);
    }
};

QTEST_MAIN(TestSyncStatusIndicator)
#include "TestSyncStatusIndicator.moc"
