#include "domain/DefenseRequestTarget.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Field.h"

#include "support/SampleRecords.h"

#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

DegreeApplication inState(const QString &state, const QString &year = u"2026"_s)
{
    DegreeApplication a = dd::test::validDegreeApplication();
    a.state = state;
    a.year = year;
    return a;
}

} // namespace

class TestDefenseRequestTarget : public QObject
{
    Q_OBJECT

private slots:
    void applicationFor_data()
    {
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<int>("expected"); // -1: none

        QTest::newRow("no application") << QStringList{} << -1;
        QTest::newRow("a draft") << QStringList{u"draft"_s} << -1;
        QTest::newRow("returned and cancelled") << QStringList{u"returned"_s, u"cancelled"_s} << -1;
        QTest::newRow("unknown state code") << QStringList{u"archived"_s} << -1;
        QTest::newRow("submitted") << QStringList{u"submitted"_s} << 0;
        QTest::newRow("cancelled one, then an approved one")
            << QStringList{u"cancelled"_s, u"approved"_s} << 1;
        QTest::newRow("the active one before a draft")
            << QStringList{u"defense_requested"_s, u"draft"_s} << 0;
        QTest::newRow("an active one wins over a later closed one")
            << QStringList{u"approved"_s, u"awarded"_s} << 0;
        QTest::newRow("only closed: the latest")
            << QStringList{u"not_awarded"_s, u"awarded"_s, u"draft"_s} << 1;
    }

    void applicationFor()
    {
        QFETCH(QStringList, states);
        QFETCH(int, expected);
        QList<DegreeApplication> applications;
        for (const QString &state : std::as_const(states)) {
            applications.append(inState(state));
        }
        const auto row = DefenseRequestTarget::applicationFor(applications);
        QCOMPARE(row.has_value(), expected >= 0);
        if (row) {
            QCOMPARE(*row, qsizetype(expected));
        }
    }

    void noSubmittedApplicationIsAWarning()
    {
        const Findings findings = DefenseRequestTarget::check({inState(u"draft"_s)});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, DefenseRequestTarget::NoSubmittedApplicationRule);
        QCOMPARE(findings.first().severity, Severity::Warning);
        QCOMPARE(findings.first().field, Field::Applications);
        // It names the state that is needed, in the state machine's words.
        QVERIFY(findings.first().message.contains(
            ApplicationStateMachine::stateLabel(ApplicationState::Submitted)));
        QCOMPARE(DefenseRequestTarget::check({}), findings);
    }

    void aSubmittedButNotApprovedApplicationSaysWhyNotYet()
    {
        const Findings findings = DefenseRequestTarget::check({inState(u"submitted"_s)});
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().rule, DefenseRequestTarget::NotNowRule);
        QCOMPARE(findings.first().severity, Severity::Info);
        QCOMPARE(findings.first().detail, u"submitted"_s);
        QCOMPARE(findings.first().message,
                 ApplicationStateMachine::check(ApplicationState::Submitted,
                                                ApplicationAction::RequestDefense)
                     .reason);
    }

    void anApprovedApplicationAllowsTheRequest()
    {
        QVERIFY(DefenseRequestTarget::check({inState(u"approved"_s)}).isEmpty());
        QVERIFY(DefenseRequestTarget::check({inState(u"defense_rejected"_s)}).isEmpty());
    }

    void aSecondFailedDefenseEndsTheRetries()
    {
        DegreeApplication a = inState(u"defense_failed"_s);
        QVERIFY(DefenseRequestTarget::check({a}).isEmpty()); // one retry is allowed
        StateChange failed;
        failed.action = ApplicationStateMachine::actionCode(ApplicationAction::FailDefense);
        a.timeline = {failed, failed};
        const Findings findings = DefenseRequestTarget::check({a});
        QCOMPARE(ruleCodes(findings), QStringList{DefenseRequestTarget::NotNowRule});
        QCOMPARE(findings.first().detail, u"defense_failed"_s);
    }
};

QTEST_GUILESS_MAIN(TestDefenseRequestTarget)
#include "TestDefenseRequestTarget.moc"
