#include "models/MenuModel.h"

#include "support/SampleRecords.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dd;
using ui::MenuModel;

class TestMenuModel : public QObject
{
    Q_OBJECT

private:
    static QStringList labels(const MenuModel &model, const QModelIndex &parent)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            result.append(model.index(row, 0, parent).data().toString());
        }
        return result;
    }

private slots:
    void mirrorsThePortalsMenuInItsOrder()
    {
        MenuModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(
            labels(model, {}),
            (QStringList{QStringLiteral("Degree application"), QStringLiteral("National exam"),
                         QStringLiteral("Score lookup"), QStringLiteral("Reminders"),
                         QStringLiteral("Account management"), QStringLiteral("My home page")}));
        const QModelIndex degree = model.index(0, 0);
        QCOMPARE(
            labels(model, degree),
            (QStringList{QStringLiteral("View application process"), QStringLiteral("Upload photo"),
                         QStringLiteral("Fill in basic information"),
                         QStringLiteral("Submit degree application"),
                         QStringLiteral("Apply for thesis defence"),
                         QStringLiteral("Report thesis information"),
                         QStringLiteral("View application status"),
                         QStringLiteral("Residency and physician certificates")}));
        QCOMPARE(model.pageIds(),
                 (QStringList{QStringLiteral("process"), QStringLiteral("photo"),
                              QStringLiteral("basicInfo"), QStringLiteral("degreeApplication"),
                              QStringLiteral("defenseRequest"), QStringLiteral("thesis"),
                              QStringLiteral("status"), QStringLiteral("residencyCertificate"),
                              QStringLiteral("examRegistration"), QStringLiteral("examScores"),
                              QStringLiteral("notifications"), QStringLiteral("registration"),
                              QStringLiteral("account"), QStringLiteral("dashboard")}));
        // A group opens its first page; every page id leads back to its item.
        QCOMPARE(model.pageOf(degree), QStringLiteral("process"));
        for (const QString &id : model.pageIds()) {
            const QModelIndex index = model.indexOf(id);
            QVERIFY(index.isValid());
            QCOMPARE(index.data(MenuModel::PageIdRole).toString(), id);
            QCOMPARE(model.pageOf(index), id);
        }
    }

    void stepsShowTheirState()
    {
        MenuModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex thesis = model.indexOf(QStringLiteral("thesis"));
        QCOMPARE(thesis.data(MenuModel::StateRole).toString(), QString());

        domain::Dossier dossier = test::completeDossier();
        dossier.thesis->thesisTitle.clear();
        dossier.residencyCertificate.reset();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setProgress(domain::Progress::evaluate(dossier, test::sampleContext()));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(thesis.data(MenuModel::StateRole).toString(), QStringLiteral("incomplete"));
        QCOMPARE(model.indexOf(QStringLiteral("basicInfo")).data(MenuModel::StateRole).toString(),
                 QStringLiteral("complete"));
        QVERIFY(!thesis.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(thesis.data(Qt::ToolTipRole).toString(),
                 domain::Progress::stateLabel(domain::Progress::State::Incomplete));
        const QModelIndex residency = model.indexOf(QStringLiteral("residencyCertificate"));
        QCOMPARE(residency.data(MenuModel::RequiredRole).toBool(), false);
        QVERIFY(residency.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Not needed")));
        // Items that are not steps carry no state.
        QCOMPARE(model.indexOf(QStringLiteral("status")).data(MenuModel::StateRole).toString(),
                 QString());
    }
};

QTEST_MAIN(TestMenuModel)
#include "TestMenuModel.moc"
