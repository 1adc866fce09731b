#include "dialogs/ConflictsDialog.h"

#include "domain/Field.h"
#include "models/ConflictListModel.h"
#include "models/RefusedChangesModel.h"
#include "support/SampleRecords.h"
#include "support/SyncConflicts.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace dd;
using domain::Field;
using sync::ConflictModel;
using ui::ConflictsDialog;

namespace {

// The row of the fields' view (through its filter) that shows `key`, or -1.
int viewRow(QTableView *view, const QString &key)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, 0).data(ConflictModel::KeyRole).toString() == key) {
            return row;
        }
    }
    return -1;
}

// 王磊's basic information changed here (political status 01, work from 201208, pinyin
// "WANG Lei") and on the server (political status 03, work from 201209): version 7.
QUuid basicInfoConflict(test::UiFixture &fixture)
{
    const domain::BasicInfo base = test::validBasicInfo();
    domain::BasicInfo mine = base;
    mine.politicalStatus = QStringLiteral("01");
    mine.workStartMonth = QStringLiteral("201208");
    mine.namePinyin = QStringLiteral("WANG Lei");
    domain::BasicInfo theirs = base;
    theirs.politicalStatus = QStringLiteral("03");
    theirs.workStartMonth = QStringLiteral("201209");
    return test::makeConflict(fixture.store(), fixture.applicant(), base, mine, theirs, 7);
}

} // namespace

class TestConflictsDialog : public QObject
{
    Q_OBJECT

private slots:
    void resolvesFieldByFieldWithTheKeyboard()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        const QUuid info = basicInfoConflict(fixture);
        QVERIFY(!info.isNull());
        ConflictsDialog dialog(fixture.session());
        QAbstractItemModelTester listTester(dialog.conflictList(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester fieldsTester(
            dialog.fieldsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy recordsChanged(fixture.session(), &ui::Session::recordsChanged);
        QSignalSpy resolved(&dialog, &ConflictsDialog::resolved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        // Listed: which applicant, which record, and shown at once.
        auto *list = dialog.findChild<QTableView *>(QStringLiteral("conflictList"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, ui::ConflictListModel::ApplicantColumn).data().toString(),
                 QStringLiteral("王磊"));
        QCOMPARE(list->model()->index(0, ui::ConflictListModel::RecordColumn).data().toString(),
                 Field::label(Field::BasicInfoRecord));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("syncTabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Conflicts (1)"));
        QVERIFY(dialog.fieldsModel()->isLoaded());
        auto *header = dialog.findChild<QLabel *>(QStringLiteral("conflictHeader"));
        QVERIFY(header->text().contains(QStringLiteral("王磊")));

        // Only the three fields that differ, until the others are asked for.
        auto *fields = dialog.findChild<QTableView *>(QStringLiteral("fieldsView"));
        QCOMPARE(fields->model()->rowCount(), 3);
        auto *showSame = dialog.findChild<QCheckBox *>(QStringLiteral("showSameFields"));
        showSame->click();
        QCOMPARE(fields->model()->rowCount(), dialog.fieldsModel()->rowCount());
        showSame->click();
        QCOMPARE(fields->model()->rowCount(), 3);

        // The server's political status: its cell made current, ticked with Space.
        const int status = viewRow(fields, Field::PoliticalStatus);
        QVERIFY(status >= 0);
        fields->setFocus();
        fields->setCurrentIndex(fields->model()->index(status, ConflictModel::TheirsColumn));
        QTest::keyClick(fields, Qt::Key_Space);
        QCOMPARE(dialog.fieldsModel()->choice(dialog.fieldsModel()->rowOf(Field::PoliticalStatus)),
                 ConflictModel::Choice::Theirs);

        // The month work began: the server's, then back to mine, with the row's buttons.
        const int work = viewRow(fields, Field::WorkStartMonth);
        fields->selectRow(work);
        auto *useTheirs = dialog.findChild<QPushButton *>(QStringLiteral("useTheirsButton"));
        auto *useMine = dialog.findChild<QPushButton *>(QStringLiteral("useMineButton"));
        QVERIFY(useTheirs->isEnabled());
        QTest::mouseClick(useTheirs, Qt::LeftButton);
        QCOMPARE(fields->model()->index(work, ConflictModel::MergedColumn).data().toString(),
                 QStringLiteral("201209"));
        QTest::mouseClick(useMine, Qt::LeftButton);
        QCOMPARE(fields->model()->index(work, ConflictModel::MergedColumn).data().toString(),
                 QStringLiteral("201208"));

        // The pinyin typed in the merged column (F2).
        const int pinyin = viewRow(fields, Field::NamePinyin);
        fields->setCurrentIndex(fields->model()->index(pinyin, ConflictModel::MergedColumn));
        QTest::keyClick(fields, Qt::Key_F2);
        auto *editor = fields->findChild<QLineEdit *>();
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        test::typeText(editor, QStringLiteral("Wang Lei"));
        QTest::keyClick(editor, Qt::Key_Return); // committed from the event loop
        QTRY_COMPARE(fields->model()->index(pinyin, ConflictModel::MergedColumn).data().toString(),
                     QStringLiteral("Wang Lei"));

        // Nothing written so far.
        QCOMPARE(fixture.store().get<domain::BasicInfo>(info)->value.politicalStatus,
                 QStringLiteral("01"));
        QCOMPARE(fixture.store().conflicts()->size(), 1);

        auto *useMerged = dialog.findChild<QPushButton *>(QStringLiteral("useMergedButton"));
        QTest::mouseClick(useMerged, Qt::LeftButton);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().first().toUuid(), info);
        QVERIFY(!recordsChanged.isEmpty());

        domain::BasicInfo expected = test::validBasicInfo();
        expected.politicalStatus = QStringLiteral("03");
        expected.workStartMonth = QStringLiteral("201208");
        expected.namePinyin = QStringLiteral("Wang Lei");
        const auto saved = fixture.store().get<domain::BasicInfo>(info);
        QCOMPARE(saved->value, expected);
        QVERIFY(fixture.store().conflicts()->isEmpty());
        const auto entry = test::pendingEntry(fixture.store(), info);
        QVERIFY(entry);
        QCOMPARE(entry->baseVersion, qint64(7)); // on the server's version
        QCOMPARE(entry->revision, saved->meta.revision);

        // The dialog says so and shows that nothing is left.
        QCOMPARE(list->model()->rowCount(), 0);
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Conflicts (0)"));
        QVERIFY(!useMerged->isEnabled());
        QCOMPARE(dialog.findChild<ui::MessageBar *>(QStringLiteral("conflictsMessageBar"))->kind(),
                 ui::MessageBar::Kind::Information);

        // And it is still there after a restart.
        fixture.reopen();
        QCOMPARE(fixture.store().get<domain::BasicInfo>(info)->value, expected);
    }

    void wholeRecordDecisionsAreConfirmed()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        const domain::Thesis base = test::validThesis();
        domain::Thesis mine = base;
        mine.supervisorTitle = QStringLiteral("副教授");
        domain::Thesis theirs = base;
        theirs.supervisorTitle = QStringLiteral("教授");
        const QUuid thesis =
            test::makeConflict(fixture.store(), fixture.applicant(), base, mine, theirs, 4);
        QVERIFY(!thesis.isNull());
        ConflictsDialog dialog(fixture.session());
        QStringList asked;
        bool answer = false;
        dialog.setConfirm([&](const QString &question) {
            asked.append(question);
            return answer;
        });
        dialog.show();

        // Said no: nothing changes.
        auto *takeTheirs = dialog.findChild<QPushButton *>(QStringLiteral("takeTheirsButton"));
        QTest::mouseClick(takeTheirs, Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QCOMPARE(fixture.store().conflicts()->size(), 1);
        QCOMPARE(fixture.store().get<domain::Thesis>(thesis)->value, mine);

        answer = true;
        QTest::mouseClick(takeTheirs, Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QVERIFY(fixture.store().conflicts()->isEmpty());
        QCOMPARE(fixture.store().get<domain::Thesis>(thesis)->value, theirs);
        QVERIFY(!test::pendingEntry(fixture.store(), thesis)); // nothing to push
    }

    void listsTheRefusedChangesWithTheServersReason()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        const auto saved = fixture.store().save(fixture.applicant(), test::validThesis());
        QVERIFY(saved.ok());
        const QString reason = QStringLiteral("论文题目: 不能超过 100 个字符。");
        QVERIFY(
            fixture.store()
                .markRefused(saved->uuid, saved->revision, QStringLiteral("invalidField"), reason)
                .ok());
        ConflictsDialog dialog(fixture.session());
        QAbstractItemModelTester tester(dialog.refusedList(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.showRefused();
        dialog.show();
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("syncTabs"));
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(tabs->tabText(1), QStringLiteral("&Refused by the server (1)"));
        auto *view = dialog.findChild<QTableView *>(QStringLiteral("refusedView"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ui::RefusedChangesModel::ApplicantColumn).data(),
                 QVariant(QStringLiteral("王磊")));
        QCOMPARE(view->model()->index(0, ui::RefusedChangesModel::RecordColumn).data(),
                 QVariant(Field::label(Field::ThesisRecord)));
        QCOMPARE(view->model()->index(0, ui::RefusedChangesModel::ReasonColumn).data(),
                 QVariant(reason));
        // No conflicts: the first tab says so.
        QVERIFY(!dialog.fieldsModel()->isLoaded());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("keepMineButton"))->isEnabled());
    }
};

QTEST_MAIN(TestConflictsDialog)
#include "TestConflictsDialog.moc"
