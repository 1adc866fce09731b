#include "models/ApplicationTableModel.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Catalogs.h"
#include "support/SampleRecords.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace dd;
using domain::ApplicationAction;
using domain::ApplicationState;
using domain::ApplicationStateMachine;
using Model = ui::ApplicationTableModel;

class TestApplicationTableModel : public QObject
{
    Q_OBJECT

private:
    static store::Stored<domain::DegreeApplication> stored(const domain::DegreeApplication &a)
    {
        store::Stored<domain::DegreeApplication> s;
        s.meta.uuid = QUuid::createUuid();
        s.value = a;
        return s;
    }

    static QString cell(const Model &model, int row, int column)
    {
        return model.data(model.index(row, column)).toString();
    }

private slots:
    void rowsShowLabelsAndTheStateMachinesWords()
    {
        Model model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));

        domain::DegreeApplication submitted = test::validClinicalApplication();
        submitted.state = ApplicationStateMachine::stateCode(ApplicationState::Submitted);
        const auto first = stored(test::validDegreeApplication());
        const auto second = stored(submitted);
        model.setApplications({first, second});
        QCOMPARE(model.rowCount(), 2);

        const domain::Catalogs &catalogs = domain::Catalogs::instance();
        // The portal's columns, codes shown as the catalogs' labels.
        QCOMPARE(cell(model, 0, Model::Year), QStringLiteral("2026"));
        QCOMPARE(
            cell(model, 0, Model::DisciplineCategory),
            catalogs.get(domain::Catalogs::DisciplineCategories).labelOf(QStringLiteral("08")));
        QCOMPARE(cell(model, 0, Model::Discipline),
                 catalogs.get(domain::Catalogs::Disciplines).labelOf(QStringLiteral("0812")));
        QCOMPARE(cell(model, 0, Model::Institution),
                 catalogs.get(domain::Catalogs::Institutions).labelOf(QStringLiteral("10001")));
        QVERIFY(cell(model, 0, Model::Institution) != QStringLiteral("10001"));
        QCOMPARE(cell(model, 1, Model::Discipline),
                 catalogs.get(domain::Catalogs::Disciplines).labelOf(QStringLiteral("1051")));

        // The state as the state machine names it; the actions it allows the applicant.
        QCOMPARE(cell(model, 0, Model::State),
                 ApplicationStateMachine::stateLabel(ApplicationState::Draft));
        QCOMPARE(cell(model, 1, Model::State),
                 ApplicationStateMachine::stateLabel(ApplicationState::Submitted));
        const QString draftActions = cell(model, 0, Model::Actions);
        QVERIFY(
            draftActions.contains(ApplicationStateMachine::actionLabel(ApplicationAction::Edit)));
        QVERIFY(
            draftActions.contains(ApplicationStateMachine::actionLabel(ApplicationAction::Submit)));
        QVERIFY(!draftActions.contains(
            ApplicationStateMachine::actionLabel(ApplicationAction::Cancel)));
        QCOMPARE(cell(model, 1, Model::Actions),
                 ApplicationStateMachine::actionLabel(ApplicationAction::Cancel));

        // Roles: the record and its state code.
        QCOMPARE(model.data(model.index(1, Model::State), Model::UuidRole).toUuid(),
                 second.meta.uuid);
        QCOMPARE(model.data(model.index(1, Model::Year), Model::StateCodeRole).toString(),
                 QStringLiteral("submitted"));
        QCOMPARE(model.rowOf(second.meta.uuid), 1);
        QCOMPARE(model.rowOf(QUuid::createUuid()), -1);
        QCOMPARE(model.states(),
                 (QList<ApplicationState>{ApplicationState::Draft, ApplicationState::Submitted}));
        QCOMPARE(model.states(first.meta.uuid),
                 QList<ApplicationState>{ApplicationState::Submitted});
        // The institution's province in its tooltip.
        QCOMPARE(model.data(model.index(0, Model::Institution), Qt::ToolTipRole).toString(),
                 catalogs.get(domain::Catalogs::Provinces).labelOf(QStringLiteral("11")));
    }

    void headersAreThePortalsColumns()
    {
        Model model;
        QStringList headers;
        for (int c = 0; c < model.columnCount(); ++c) {
            headers.append(model.headerData(c, Qt::Horizontal).toString());
        }
        QCOMPARE(headers,
                 (QStringList{QStringLiteral("Year"), QStringLiteral("Discipline category"),
                              QStringLiteral("Discipline"), QStringLiteral("Awarding institution"),
                              QStringLiteral("Application state"), QStringLiteral("Actions")}));
    }

    void anUpdatedRowSaysSo()
    {
        Model model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto first = stored(test::validDegreeApplication());
        model.setApplications({first});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        domain::DegreeApplication cancelled = first.value;
        cancelled.state = ApplicationStateMachine::stateCode(ApplicationState::Cancelled);
        QVERIFY(model.updateApplication(first.meta.uuid, cancelled));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(model, 0, Model::State),
                 ApplicationStateMachine::stateLabel(ApplicationState::Cancelled));
        QVERIFY(!model.updateApplication(QUuid::createUuid(), cancelled));

        // An unknown state code is shown as it is, with no action offered.
        domain::DegreeApplication odd = first.value;
        odd.state = QStringLiteral("limbo");
        QVERIFY(model.updateApplication(first.meta.uuid, odd));
        QCOMPARE(cell(model, 0, Model::State), QStringLiteral("limbo"));
        QCOMPARE(cell(model, 0, Model::Actions), QString());
        QVERIFY(model.states().isEmpty());

        model.setApplications({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.uuidAt(0), QUuid());
    }
};

QTEST_MAIN(TestApplicationTableModel)
#include "TestApplicationTableModel.moc"
