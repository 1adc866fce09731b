#include "models/PhotoBatchModel.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace dd;
using Model = ui::PhotoBatchModel;
using Verdict = Model::Verdict;

class TestPhotoBatchModel : public QObject
{
    Q_OBJECT

private:
    static QString cell(const Model &model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, column), role).toString();
    }

    static QList<Model::Item> threeFiles(const QUuid &wang, const QUuid &li)
    {
        Model::Item first;
        first.file = QStringLiteral("11010519900307451X.jpg");
        first.applicant = wang;
        first.applicantName = QStringLiteral("王磊");
        Model::Item second;
        second.file = QStringLiteral("nobody.jpg");
        second.matchProblem = QStringLiteral("No applicant has this file name.");
        Model::Item third;
        third.file = QStringLiteral("李娜.jpg");
        third.applicant = li;
        third.applicantName = QStringLiteral("李娜");
        return {first, second, third};
    }

private slots:
    void initTestCase()
    {
        // Sizes are written with the locale's digit grouping.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void rowsShowTheMatchAndTheResult()
    {
        Model model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));
        QCOMPARE(model.headerData(Model::ResultColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Result"));

        const QUuid wang = QUuid::createUuid();
        const QUuid li = QUuid::createUuid();
        model.setItems(threeFiles(wang, li));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(model, 0, Model::FileColumn), QStringLiteral("11010519900307451X.jpg"));
        QCOMPARE(cell(model, 0, Model::ApplicantColumn), QStringLiteral("王磊"));
        QCOMPARE(model.data(model.index(0, 0), Model::ApplicantRole).toUuid(), wang);
        // No match: a dash, and why in the tooltip.
        QCOMPARE(cell(model, 1, Model::ApplicantColumn), QStringLiteral("—"));
        QCOMPARE(cell(model, 1, Model::ApplicantColumn, Qt::ToolTipRole),
                 QStringLiteral("No applicant has this file name."));
        // Waiting: no result, no icon.
        QVERIFY(cell(model, 0, Model::ResultColumn).isEmpty());
        QVERIFY(!model.data(model.index(0, Model::ResultColumn), Model::VerdictRole).isValid());
        QVERIFY(!model.data(model.index(0, Model::ResultColumn), Qt::DecorationRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setResult(0, Verdict::Fixed, {}, 87, 123456);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(model, 0, Model::ResultColumn), QStringLiteral("Fixed"));
        QCOMPARE(model.data(model.index(0, 0), Model::VerdictRole).toInt(), int(Verdict::Fixed));
        QCOMPARE(cell(model, 0, Model::OutputColumn), QStringLiteral("quality 87, 123,456 bytes"));
        const QIcon fixedIcon =
            model.data(model.index(0, Model::ResultColumn), Qt::DecorationRole).value<QIcon>();
        QVERIFY(!fixedIcon.isNull());

        const QStringList problems{QStringLiteral("The background is not blue."),
                                   QStringLiteral("The head is too small."),
                                   QStringLiteral("The photo is blurred.")};
        model.setResult(1, Verdict::NotCompliant, problems, 0, 0);
        QCOMPARE(cell(model, 1, Model::ResultColumn), QStringLiteral("Needs a new photo"));
        // The first problems in the cell, all of them in its tooltip.
        QCOMPARE(cell(model, 1, Model::ReasonColumn),
                 QStringLiteral("The background is not blue. The head is too small."));
        QCOMPARE(cell(model, 1, Model::ReasonColumn, Qt::ToolTipRole), problems.join(u'\n'));
        QVERIFY(cell(model, 1, Model::OutputColumn).isEmpty());
        const QIcon warningIcon =
            model.data(model.index(1, Model::ResultColumn), Qt::DecorationRole).value<QIcon>();
        QVERIFY(!warningIcon.isNull());
        QVERIFY(warningIcon.cacheKey() != fixedIcon.cacheKey());

        // The third was never processed: a cancel marks it, and leaves the others.
        model.cancelRemaining();
        QCOMPARE(cell(model, 2, Model::ResultColumn), QStringLiteral("Cancelled"));
        QCOMPARE(cell(model, 0, Model::ResultColumn), QStringLiteral("Fixed"));
        QCOMPARE(cell(model, 1, Model::ResultColumn), QStringLiteral("Needs a new photo"));

        model.clearResults();
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(cell(model, row, Model::ResultColumn).isEmpty());
            QVERIFY(cell(model, row, Model::ReasonColumn).isEmpty());
        }
        QCOMPARE(model.rowCount(), 3);
    }

    void keptAndUnusableRows()
    {
        Model model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setItems(threeFiles(QUuid::createUuid(), QUuid::createUuid()));
        model.setResult(0, Verdict::Compliant, {}, 0, 40000);
        QCOMPARE(cell(model, 0, Model::ResultColumn), QStringLiteral("Compliant"));
        QCOMPARE(cell(model, 0, Model::OutputColumn), QStringLiteral("40,000 bytes, as it was"));
        model.setResult(2, Verdict::Unusable, {QStringLiteral("The file is cut short.")}, 0, 0);
        QCOMPARE(cell(model, 2, Model::ResultColumn), QStringLiteral("Unusable"));
        QCOMPARE(cell(model, 2, Model::ReasonColumn), QStringLiteral("The file is cut short."));
        // Out of range is ignored.
        model.setResult(3, Verdict::Fixed, {}, 1, 1);
        model.setSaved(-1);
        QCOMPARE(model.rowCount(), 3);
    }

    void reportRowsNameTheApplicantOnlyWhenSaved()
    {
        Model model;
        model.setItems(threeFiles(QUuid::createUuid(), QUuid::createUuid()));
        model.setResult(0, Verdict::Fixed, {}, 90, 100000);
        model.setResult(1, Verdict::Fixed, {}, 91, 110000);
        model.setResult(2, Verdict::Fixed, {}, 92, 120000);
        model.setSaved(0);
        QVERIFY(model.data(model.index(0, 0), Model::SavedRole).toBool());
        QVERIFY(!model.data(model.index(2, 0), Model::SavedRole).toBool());
        QVERIFY(cell(model, 0, Model::ApplicantColumn, Qt::ToolTipRole).contains(u"attached"));

        const QList<photo::BatchReport::Row> rows = model.reportRows();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).output, QStringLiteral("王磊"));
        QCOMPARE(rows.at(0).quality, 90);
        QCOMPARE(rows.at(0).bytes, 100000);
        // Matched but not saved (not yet, or the save failed): no output.
        QVERIFY(rows.at(2).output.isEmpty());
        QVERIFY(rows.at(1).output.isEmpty());
        QCOMPARE(rows.at(2).verdict, Verdict::Fixed);
        QCOMPARE(photo::BatchReport::csvRow(rows.at(0)),
                 QStringLiteral("11010519900307451X.jpg,fixed,王磊,90,100000,"));
    }
};

QTEST_MAIN(TestPhotoBatchModel)
#include "TestPhotoBatchModel.moc"
