#include "models/TimelineModel.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Field.h"
#include "support/SampleRecords.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace dd;
using domain::ApplicationAction;
using domain::ApplicationState;
using domain::ApplicationStateMachine;
using Model = ui::TimelineModel;

class TestTimelineModel : public QObject
{
    Q_OBJECT

private:
    static QDateTime at(int day, int hour)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
    }

private slots:
    void everyChangeOfEveryApplicationNewestFirst()
    {
        Model model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Two applications, their changes made through the state machine.
        store::Stored<domain::DegreeApplication> first{{}, test::validDegreeApplication()};
        first.meta.uuid = QUuid::createUuid();
        ApplicationState s1 = ApplicationState::Draft;
        QVERIFY(ApplicationStateMachine::apply(s1, first.value.timeline, ApplicationAction::Submit,
                                               at(1, 9))
                    .isEmpty());
        QVERIFY(ApplicationStateMachine::apply(s1, first.value.timeline, ApplicationAction::Cancel,
                                               at(10, 9), QStringLiteral("wrong institution"))
                    .isEmpty());
        store::Stored<domain::DegreeApplication> second{{}, test::validClinicalApplication()};
        second.meta.uuid = QUuid::createUuid();
        ApplicationState s2 = ApplicationState::Draft;
        QVERIFY(ApplicationStateMachine::apply(s2, second.value.timeline, ApplicationAction::Submit,
                                               at(5, 9))
                    .isEmpty());

        model.setApplications({first, second});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(Model::ColumnCount));
        // Newest first, across applications.
        QCOMPARE(model.data(model.index(0, 0), Model::AtRole).toDateTime(), at(10, 9));
        QCOMPARE(model.data(model.index(1, 0), Model::AtRole).toDateTime(), at(5, 9));
        QCOMPARE(model.data(model.index(2, 0), Model::AtRole).toDateTime(), at(1, 9));
        QCOMPARE(model.data(model.index(1, 0), Model::UuidRole).toUuid(), second.meta.uuid);

        const auto text = [&](int row, int column) {
            return model.data(model.index(row, column)).toString();
        };
        // The time in the user's locale and time zone; the states and action as the machine says.
        QCOMPARE(text(0, Model::Time),
                 QLocale().toString(at(10, 9).toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(text(0, Model::From),
                 ApplicationStateMachine::stateLabel(ApplicationState::Submitted));
        QCOMPARE(text(0, Model::To),
                 ApplicationStateMachine::stateLabel(ApplicationState::Cancelled));
        QCOMPARE(text(0, Model::Action),
                 ApplicationStateMachine::actionLabel(ApplicationAction::Cancel));
        QCOMPARE(text(0, Model::Note), QStringLiteral("wrong institution"));
        QCOMPARE(text(0, Model::Application), Model::describe(first.value));
        QCOMPARE(text(1, Model::Application), Model::describe(second.value));
        QVERIFY(Model::describe(first.value).contains(QStringLiteral("2026")));
        QCOMPARE(model.headerData(Model::Note, Qt::Horizontal).toString(),
                 domain::Field::label(domain::Field::TimelineNote));

        model.setApplications({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestTimelineModel)
#include "TestTimelineModel.moc"
