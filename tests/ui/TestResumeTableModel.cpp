#include "models/ResumeTableModel.h"

#include "domain/Field.h"
#include "domain/ResumeRule.h"
#include "support/SampleRecords.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace dd;
using Column = ui::ResumeTableModel::Column;

namespace {

domain::ResumeEntry entry(const char *start, const char *end, const char *organization,
                          const char *role)
{
    return domain::ResumeEntry{QString::fromUtf8(start), QString::fromUtf8(end),
                               QString::fromUtf8(organization), QString::fromUtf8(role)};
}

// A history of three rows, valid on the sample day (29 November 2026).
QList<domain::ResumeEntry> threeRows()
{
    return {entry("200809", "201206", "北京工业大学", "本科学习"),
            entry("201207", "201812", "北京城建设计发展集团", "软件工程师"),
            entry("201901", "", "北京城建设计发展集团", "高级工程师")};
}

QStringList starts(const ui::ResumeTableModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        result.append(model.index(row, int(Column::Start)).data(Qt::EditRole).toString());
    }
    return result;
}

} // namespace

class TestResumeTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsTheEntriesWithAnOpenEndAsUpToNow()
    {
        ui::ResumeTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(threeRows());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(int(Column::Start), Qt::Horizontal).toString(),
                 domain::Field::label(domain::Field::ResumeStart));
        QCOMPARE(model.headerData(int(Column::Role), Qt::Horizontal).toString(),
                 domain::Field::label(domain::Field::ResumeRole));
        QCOMPARE(model.headerData(1, Qt::Vertical).toInt(), 2); // rows counted from 1
        QCOMPARE(model.index(1, int(Column::Organization)).data().toString(),
                 QStringLiteral("北京城建设计发展集团"));
        const QModelIndex openEnd = model.index(2, int(Column::End));
        QCOMPARE(openEnd.data(Qt::EditRole).toString(), QString());
        QCOMPARE(openEnd.data(Qt::DisplayRole).toString(), QStringLiteral("Up to now"));
        QVERIFY(openEnd.data(Qt::FontRole).value<QFont>().italic());
        QCOMPARE(model.index(1, int(Column::End)).data().toString(), QStringLiteral("201812"));
        QVERIFY(model.flags(openEnd).testFlag(Qt::ItemIsEditable));
        QCOMPARE(model.toJson().size(), 3);
        QCOMPARE(model.toJson().at(2).toObject().value(domain::Field::ResumeRole).toString(),
                 QStringLiteral("高级工程师"));
    }

    void userEditsAreReportedOnceAndLoadsNotAtAll()
    {
        ui::ResumeTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edited(&model, &ui::ResumeTableModel::entriesEdited);
        model.setEntries(threeRows());
        QCOMPARE(edited.count(), 0);

        QVERIFY(model.setData(model.index(1, int(Column::Role)), QStringLiteral(" 项目经理 ")));
        QCOMPARE(edited.count(), 1);
        QCOMPARE(model.entries().at(1).role, QStringLiteral("项目经理")); // trimmed
        // The same value again is no edit (no empty undo step).
        QVERIFY(model.setData(model.index(1, int(Column::Role)), QStringLiteral("项目经理")));
        QCOMPARE(edited.count(), 1);
        QVERIFY(!model.setData(model.index(1, int(Column::Role)), QStringLiteral("x"),
                               Qt::DisplayRole + 100));

        QVERIFY(model.insertRows(3, 1));
        QCOMPARE(edited.count(), 2);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.entries().at(3), domain::ResumeEntry{});
        QVERIFY(model.removeRows(3, 1));
        QCOMPARE(edited.count(), 3);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.removeRows(2, 2)); // past the end
        QVERIFY(!model.insertRows(5, 1));

        // A different history of the same length, and of another length: no user edit.
        QList<domain::ResumeEntry> other = threeRows();
        other[0].role = QStringLiteral("硕士研究生学习");
        model.setEntries(other);
        QCOMPARE(model.entries(), other);
        model.setEntries(other.mid(0, 2));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(edited.count(), 3);
    }

    void rowsMoveUpAndDown()
    {
        ui::ResumeTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(threeRows());
        QSignalSpy edited(&model, &ui::ResumeTableModel::entriesEdited);
        // Down by one: the row goes before the one two further down.
        QVERIFY(model.moveRow(QModelIndex(), 0, QModelIndex(), 2));
        QCOMPARE(starts(model), (QStringList{QStringLiteral("201207"), QStringLiteral("200809"),
                                             QStringLiteral("201901")}));
        // Up by one.
        QVERIFY(model.moveRow(QModelIndex(), 2, QModelIndex(), 1));
        QCOMPARE(starts(model), (QStringList{QStringLiteral("201207"), QStringLiteral("201901"),
                                             QStringLiteral("200809")}));
        // To the end.
        QVERIFY(model.moveRow(QModelIndex(), 0, QModelIndex(), 3));
        QCOMPARE(starts(model), (QStringList{QStringLiteral("201901"), QStringLiteral("200809"),
                                             QStringLiteral("201207")}));
        QCOMPARE(edited.count(), 3);
        // Onto itself, or out of range: refused, nothing reported.
        QVERIFY(!model.moveRow(QModelIndex(), 1, QModelIndex(), 1));
        QVERIFY(!model.moveRow(QModelIndex(), 1, QModelIndex(), 2));
        QVERIFY(!model.moveRow(QModelIndex(), 3, QModelIndex(), 0));
        QVERIFY(!model.moveRow(QModelIndex(), 0, QModelIndex(), 4));
        QCOMPARE(edited.count(), 3);
    }

    void findingsMarkTheirRows()
    {
        ui::ResumeTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<domain::ResumeEntry> rows = threeRows();
        rows[2].start = QStringLiteral("201904"); // three months missing after 201812
        model.setEntries(rows);
        const domain::Findings findings = domain::ResumeRule::check(rows, test::sampleContext());
        QVERIFY(domain::hasRule(findings, u"resume.gap"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setFindings(findings);
        QCOMPARE(changed.count(), 1);

        const QModelIndex marked = model.index(2, int(Column::Organization));
        const QModelIndex clean = model.index(1, int(Column::Organization));
        QVERIFY(marked.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
        QVERIFY(!clean.data(Qt::BackgroundRole).isValid());
        const QString tip = marked.data(Qt::ToolTipRole).toString();
        QCOMPARE(tip, findings.constFirst().message);
        QVERIFY(tip.contains(QStringLiteral("201901-201903")));
        QVERIFY(!clean.data(Qt::ToolTipRole).isValid());
        // The cell the finding names carries the icon; the others of the row do not.
        QCOMPARE(model.rowOf(findings.constFirst().field), 2);
        QCOMPARE(model.columnOf(findings.constFirst().field), int(Column::Start));
        QVERIFY(!model.index(2, int(Column::Start)).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(2, int(Column::Role)).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.rowFindings(2).size(), 1);
        QVERIFY(model.rowFindings(0).isEmpty());

        // Findings of other fields, and the same findings again, change nothing.
        domain::Findings withOthers = findings;
        withOthers.append(domain::Finding::error(domain::Field::BirthDate, QStringLiteral("x"),
                                                 QStringLiteral("x")));
        model.setFindings(withOthers);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.rowOf(domain::Field::BirthDate), -1);

        // Fixed: the mark goes.
        rows[2].start = QStringLiteral("201901");
        model.setEntries(rows);
        model.setFindings(domain::ResumeRule::check(rows, test::sampleContext()));
        QVERIFY(!marked.data(Qt::BackgroundRole).isValid());
        QVERIFY(!marked.data(Qt::ToolTipRole).isValid());
    }

    void aFindingOnARowNumberBeyondTheTableMarksNothing()
    {
        ui::ResumeTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(threeRows());
        const QString key =
            domain::Field::rowKey(domain::Field::Resume, 12, domain::Field::ResumeEnd);
        model.setFindings({domain::Finding::error(key, QStringLiteral("x"), QStringLiteral("x"))});
        QCOMPARE(model.rowOf(key), -1);
        // resume[1] must not be mistaken for resume[12]'s prefix, nor the other way round.
        QCOMPARE(model.rowOf(domain::Field::rowKey(domain::Field::Resume, 1, {})), 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.index(row, 0).data(Qt::BackgroundRole).isValid());
        }
    }
};

QTEST_MAIN(TestResumeTableModel)
#include "TestResumeTableModel.moc"
