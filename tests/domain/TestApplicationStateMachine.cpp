#include "domain/ApplicationStateMachine.h"

#include "StateMachineTestSupport.h"
#include "domain/DegreeApplication.h"
#include "domain/Field.h"
#include "domain/StateChange.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace dd::domain;
using namespace dd::test;
using namespace Qt::StringLiterals;

using S = ApplicationState;
using A = ApplicationAction;
using Machine = ApplicationStateMachine;
using Support = StateMachineTestSupport<Machine>;

namespace {

// The rules written out a second time, independently of the machine's table: every allowed
// (state, action) with the state it leads to. Every pair not listed here must be refused.
const Support::Move s_allowedMoves[] = {
    // a draft can be edited, deleted, submitted
    {S::Draft, A::Edit, S::Draft},
    {S::Draft, A::Delete, S::Draft, true},
    {S::Draft, A::Submit, S::Submitted},
    // a submitted application can only be cancelled by the applicant
    {S::Submitted, A::Cancel, S::Cancelled},
    {S::Submitted, A::Confirm, S::Confirmed},
    {S::Submitted, A::Return, S::Returned},
    {S::Submitted, A::Approve, S::Approved},
    // after 现场确认 only the institution acts, and may withdraw (清退)
    {S::Confirmed, A::Return, S::Returned},
    {S::Confirmed, A::Approve, S::Approved},
    {S::Confirmed, A::Withdraw, S::Cancelled},
    // a returned application is the applicant's again
    {S::Returned, A::Edit, S::Returned},
    {S::Returned, A::Submit, S::Submitted},
    {S::Returned, A::Cancel, S::Cancelled},
    // cancelling returns it to an editable state
    {S::Cancelled, A::Edit, S::Draft},
    {S::Cancelled, A::Delete, S::Cancelled, true},
    {S::Cancelled, A::Submit, S::Submitted},
    // in the register
    {S::Approved, A::Withdraw, S::Cancelled},
    {S::Approved, A::RequestDefense, S::DefenseRequested},
    {S::DefenseRequested, A::ApproveDefense, S::DefenseApproved},
    {S::DefenseRequested, A::RejectDefense, S::DefenseRejected},
    {S::DefenseRejected, A::RequestDefense, S::DefenseRequested},
    {S::DefenseApproved, A::PassDefense, S::DefensePassed},
    {S::DefenseApproved, A::FailDefense, S::DefenseFailed},
    {S::DefensePassed, A::Award, S::Awarded},
    {S::DefensePassed, A::Refuse, S::NotAwarded},
    {S::DefenseFailed, A::RequestDefense, S::DefenseRequested},
    {S::DefenseFailed, A::Refuse, S::NotAwarded},
};

// The stable codes, written out: they are stored in databases and sent over the wire.
const Support::StateCode s_stateCodes[] = {
    {S::Draft, "draft"},
    {S::Submitted, "submitted"},
    {S::Confirmed, "confirmed"},
    {S::Returned, "returned"},
    {S::Cancelled, "cancelled"},
    {S::Approved, "approved"},
    {S::DefenseRequested, "defense_requested"},
    {S::DefenseApproved, "defense_approved"},
    {S::DefenseRejected, "defense_rejected"},
    {S::DefensePassed, "defense_passed"},
    {S::DefenseFailed, "defense_failed"},
    {S::Awarded, "awarded"},
    {S::NotAwarded, "not_awarded"},
};

const Support::ActionCode s_actionCodes[] = {
    {A::Create, "create"},
    {A::Edit, "edit"},
    {A::Delete, "delete"},
    {A::Submit, "submit"},
    {A::Cancel, "cancel"},
    {A::Confirm, "confirm"},
    {A::Return, "return"},
    {A::Approve, "approve"},
    {A::Withdraw, "withdraw"},
    {A::RequestDefense, "request_defense"},
    {A::ApproveDefense, "approve_defense"},
    {A::RejectDefense, "reject_defense"},
    {A::PassDefense, "pass_defense"},
    {A::FailDefense, "fail_defense"},
    {A::Award, "award"},
    {A::Refuse, "refuse"},
};

const Support s_support{s_allowedMoves, s_stateCodes, s_actionCodes};

} // namespace

class TestApplicationStateMachine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void enumerationsAreComplete();

    void transitions_data();
    void transitions();
    void allowedActionsMatchIsAllowed_data();
    void allowedActionsMatchIsAllowed();
    void refusalsSayWhatToDo_data();
    void refusalsSayWhatToDo();

    void stateCodes_data();
    void stateCodes();
    void actionCodes_data();
    void actionCodes();
    void unknownCodes_data();
    void unknownCodes();
    void labelsExistAndDiffer();

    void stateGroups_data();
    void stateGroups();
    void applicantActions();

    void wholeLife();
    void approvalWithoutConfirmation();
    void cancelAndSubmitAgain();
    void withdrawAfterConfirmation();
    void defenseRetryOnce();
    void defenseRetryThenPass();
    void defenseRejectionMayBeRepeated();
    void timelineSkipsUnchangedStates();

    void degreeTypeChange_data();
    void degreeTypeChange();
    void createNextToOthers_data();
    void createNextToOthers();

    void stateChangeJsonRoundTrip();
    void stateChangeJsonFormat();
    void stateChangeFromBadJson_data();
    void stateChangeFromBadJson();
    void timelineJson();
};

void TestApplicationStateMachine::initTestCase()
{
    useEnglishLocale();
}

void TestApplicationStateMachine::enumerationsAreComplete()
{
    QCOMPARE(Machine::initialState(), S::Draft);
    s_support.enumerationsAreComplete();
}

void TestApplicationStateMachine::transitions_data()
{
    s_support.transitions_data();
}

void TestApplicationStateMachine::transitions()
{
    s_support.transitions();
}

void TestApplicationStateMachine::allowedActionsMatchIsAllowed_data()
{
    s_support.allowedActionsMatchIsAllowed_data();
}

void TestApplicationStateMachine::allowedActionsMatchIsAllowed()
{
    s_support.allowedActionsMatchIsAllowed();
}

void TestApplicationStateMachine::refusalsSayWhatToDo_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<A>("action");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("submitted/edit: cancel first, then edit and submit")
        << S::Submitted << A::Edit
        << QStringList{u"Cancel it first (取消申请)"_s, u"edit it and submit it again"_s};
    QTest::newRow("submitted/delete: cancel first, then delete")
        << S::Submitted << A::Delete
        << QStringList{u"Cancel it first (取消申请)"_s, u"then delete it"_s};
    QTest::newRow("returned/delete: cancel first")
        << S::Returned << A::Delete << QStringList{u"Cancel it first (取消申请)"_s};
    QTest::newRow("confirmed/cancel: only the institution withdraws")
        << S::Confirmed << A::Cancel << QStringList{u"现场确认"_s, u"清退"_s};
    QTest::newRow("approved/edit: only the institution withdraws")
        << S::Approved << A::Edit << QStringList{u"清退"_s, u"ask the institution"_s};
    QTest::newRow("draft/cancel: lists where cancelling applies")
        << S::Draft << A::Cancel
        << QStringList{u"only in these states: “Submitted” and “Returned for correction”."_s};
    QTest::newRow("draft/approve: lists where approval applies")
        << S::Draft << A::Approve << QStringList{u"“Submitted” and “Confirmed on site”"_s};
    QTest::newRow("submitted/submit: already submitted")
        << S::Submitted << A::Submit << QStringList{u"already “Submitted”"_s};
    QTest::newRow("awarded/edit: closed, add a new application")
        << S::Awarded << A::Edit << QStringList{u"closed"_s, u"新增申请"_s};
    QTest::newRow("draft/create: use the table's button")
        << S::Draft << A::Create << QStringList{u"add another one"_s};
}

void TestApplicationStateMachine::refusalsSayWhatToDo()
{
    Support::refusalsSayWhatToDo();
}

void TestApplicationStateMachine::stateCodes_data()
{
    s_support.stateCodes_data();
}

void TestApplicationStateMachine::stateCodes()
{
    Support::stateCodes();
}

void TestApplicationStateMachine::actionCodes_data()
{
    s_support.actionCodes_data();
}

void TestApplicationStateMachine::actionCodes()
{
    Support::actionCodes();
}

void TestApplicationStateMachine::unknownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << QStringLiteral("Draft");
    QTest::newRow("trailing space") << QStringLiteral("submitted ");
    QTest::newRow("camel case") << QStringLiteral("defenseRequested");
    QTest::newRow("chinese label") << QStringLiteral("已提交");
    QTest::newRow("no such state") << QStringLiteral("deleted");
}

void TestApplicationStateMachine::unknownCodes()
{
    Support::unknownCodes();
}

void TestApplicationStateMachine::labelsExistAndDiffer()
{
    QCOMPARE(Machine::stateLabel(S::Submitted), QStringLiteral("Submitted"));
    QCOMPARE(Machine::actionLabel(A::Cancel), QStringLiteral("Cancel application"));
    s_support.labelsExistAndDiffer();
}

void TestApplicationStateMachine::stateGroups_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<bool>("editable");
    QTest::addColumn<bool>("final");
    QTest::addColumn<bool>("submitted");
    QTest::addColumn<bool>("inRegister");
    QTest::addColumn<bool>("active");

    // state                                editable final  submitted register active
    QTest::newRow("draft") << S::Draft << true << false << false << false << false;
    QTest::newRow("submitted") << S::Submitted << false << false << true << false << true;
    QTest::newRow("confirmed") << S::Confirmed << false << false << true << false << true;
    QTest::newRow("returned") << S::Returned << true << false << false << false << true;
    QTest::newRow("cancelled") << S::Cancelled << true << false << false << false << false;
    QTest::newRow("approved") << S::Approved << false << false << true << true << true;
    QTest::newRow("defense_requested")
        << S::DefenseRequested << false << false << true << true << true;
    QTest::newRow("defense_approved")
        << S::DefenseApproved << false << false << true << true << true;
    QTest::newRow("defense_rejected")
        << S::DefenseRejected << false << false << true << true << true;
    QTest::newRow("defense_passed") << S::DefensePassed << false << false << true << true << true;
    QTest::newRow("defense_failed") << S::DefenseFailed << false << false << true << true << true;
    QTest::newRow("awarded") << S::Awarded << false << true << true << false << false;
    QTest::newRow("not_awarded") << S::NotAwarded << false << true << true << false << false;
}

void TestApplicationStateMachine::stateGroups()
{
    QFETCH(S, state);
    QFETCH(bool, editable);
    QFETCH(bool, final);
    QFETCH(bool, submitted);
    QFETCH(bool, inRegister);
    QFETCH(bool, active);
    QCOMPARE(Machine::isEditable(state), editable);
    QCOMPARE(Machine::isFinal(state), final);
    QCOMPARE(Machine::countsAsSubmitted(state), submitted);
    QCOMPARE(Machine::isInRegister(state), inRegister);
    QCOMPARE(Machine::isActive(state), active);
    // An editable application is one the applicant may edit: the table agrees.
    QCOMPARE(Machine::isAllowed(state, A::Edit), editable);
}

void TestApplicationStateMachine::applicantActions()
{
    const QList<A> byApplicant{A::Create, A::Edit,   A::Delete,
                               A::Submit, A::Cancel, A::RequestDefense};
    for (const auto &[action, code] : s_actionCodes) {
        QVERIFY2(Machine::isApplicantAction(action) == byApplicant.contains(action), code);
    }
}

void TestApplicationStateMachine::wholeLife()
{
    S state = Machine::initialState();
    QList<StateChange> timeline;
    const A steps[] = {A::Submit,         A::Confirm,     A::Approve, A::RequestDefense,
                       A::ApproveDefense, A::PassDefense, A::Award};
    int day = 1;
    for (A action : steps) {
        const Findings findings = Machine::apply(state, timeline, action, utc(2024, 3, day++));
        QVERIFY2(findings.isEmpty(), qPrintable(Machine::actionCode(action)));
    }
    QCOMPARE(state, S::Awarded);
    QVERIFY(Machine::isFinal(state));
    QVERIFY(Machine::allowedActions(state).isEmpty());

    QCOMPARE(timelinePath(timeline), (QStringList{
                                         u"draft -submit-> submitted"_s,
                                         u"submitted -confirm-> confirmed"_s,
                                         u"confirmed -approve-> approved"_s,
                                         u"approved -request_defense-> defense_requested"_s,
                                         u"defense_requested -approve_defense-> defense_approved"_s,
                                         u"defense_approved -pass_defense-> defense_passed"_s,
                                         u"defense_passed -award-> awarded"_s,
                                     }));
    QCOMPARE(timeline.first().at, utc(2024, 3, 1));
    QCOMPARE(timeline.last().at, utc(2024, 3, 7));
    QCOMPARE(Machine::failedDefenseCount(timeline), 0);
}

void TestApplicationStateMachine::approvalWithoutConfirmation()
{
    // Applicants confirmed in an earlier year need not confirm again (REFERENCE.md §1.2).
    S state = S::Submitted;
    QVERIFY(Machine::apply(state, A::Approve).isEmpty());
    QCOMPARE(state, S::Approved);
    QVERIFY(Machine::isInRegister(state));
}

void TestApplicationStateMachine::cancelAndSubmitAgain()
{
    S state = S::Draft;
    QList<StateChange> timeline;
    QVERIFY(Machine::apply(state, timeline, A::Submit, utc(2024, 2, 1)).isEmpty());
    QVERIFY(!Machine::apply(state, timeline, A::Edit, utc(2024, 2, 2)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::Cancel, utc(2024, 2, 2), u"wrong discipline"_s)
                .isEmpty());
    QCOMPARE(state, S::Cancelled);
    QVERIFY(Machine::checkDegreeTypeChange(state).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::Edit, utc(2024, 2, 3)).isEmpty());
    QCOMPARE(state, S::Draft);
    QVERIFY(Machine::apply(state, timeline, A::Submit, utc(2024, 2, 4)).isEmpty());
    QCOMPARE(state, S::Submitted);

    QCOMPARE(timeline.size(), 4);
    QCOMPARE(timeline.at(1).action, u"cancel"_s);
    QCOMPARE(timeline.at(1).note, u"wrong discipline"_s);
    QCOMPARE(timeline.at(2).from, u"cancelled"_s);
    QCOMPARE(timeline.at(2).to, u"draft"_s);
}

void TestApplicationStateMachine::withdrawAfterConfirmation()
{
    S state = S::Submitted;
    QVERIFY(Machine::apply(state, A::Confirm).isEmpty());
    const Findings refused = Machine::apply(state, A::Cancel);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(state, S::Confirmed);
    QVERIFY(refused.first().message.contains(u"清退"_s));
    QVERIFY(Machine::apply(state, A::Withdraw).isEmpty());
    QCOMPARE(state, S::Cancelled);
    QVERIFY(Machine::isEditable(state));
    QVERIFY(Machine::apply(state, A::Edit).isEmpty());
    QCOMPARE(state, S::Draft);
}

void TestApplicationStateMachine::defenseRetryOnce()
{
    S state = S::Approved;
    QList<StateChange> timeline;
    int day = 1;
    const auto step = [&](A action) {
        return Machine::apply(state, timeline, action, utc(2025, 6, day++));
    };
    QVERIFY(step(A::RequestDefense).isEmpty());
    QVERIFY(step(A::ApproveDefense).isEmpty());
    QVERIFY(step(A::FailDefense).isEmpty());
    QCOMPARE(Machine::failedDefenseCount(timeline), 1);

    // the one retry
    QVERIFY(Machine::check(S::DefenseFailed, A::RequestDefense, 1).allowed);
    QVERIFY(step(A::RequestDefense).isEmpty());
    QCOMPARE(state, S::DefenseRequested);
    QVERIFY(step(A::ApproveDefense).isEmpty());
    QVERIFY(step(A::FailDefense).isEmpty());
    QCOMPARE(Machine::failedDefenseCount(timeline), 2);

    // no second retry
    const qsizetype entries = timeline.size();
    const Findings refused = step(A::RequestDefense);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.first().rule, QStringLiteral("state.actionNotAllowed"));
    QVERIFY(refused.first().message.contains(Machine::actionLabel(A::RequestDefense)));
    QVERIFY(refused.first().message.contains(u"2 times"_s));
    QVERIFY(refused.first().message.contains(u"only once"_s));
    QCOMPARE(state, S::DefenseFailed);
    QCOMPARE(timeline.size(), entries);

    const Machine::Transition t = Machine::check(S::DefenseFailed, A::RequestDefense, 2);
    QVERIFY(!t.allowed);
    QCOMPARE(t.next, S::DefenseFailed);
    // the table still lists the action: the limit depends on the history, not the state
    QVERIFY(Machine::isAllowed(S::DefenseFailed, A::RequestDefense));

    QVERIFY(step(A::Refuse).isEmpty());
    QCOMPARE(state, S::NotAwarded);
}

void TestApplicationStateMachine::defenseRetryThenPass()
{
    S state = S::DefenseApproved;
    QList<StateChange> timeline;
    QVERIFY(Machine::apply(state, timeline, A::FailDefense, utc(2025, 5, 1)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::RequestDefense, utc(2025, 9, 1)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::ApproveDefense, utc(2025, 9, 10)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::PassDefense, utc(2025, 11, 1)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::Award, utc(2025, 12, 20)).isEmpty());
    QCOMPARE(state, S::Awarded);
    QCOMPARE(Machine::failedDefenseCount(timeline), 1);
}

void TestApplicationStateMachine::defenseRejectionMayBeRepeated()
{
    // A rejected request is not a failed defence: it may be made again, more than once.
    S state = S::Approved;
    for (int round = 0; round < 3; ++round) {
        QVERIFY(Machine::apply(state, A::RequestDefense, 2).isEmpty());
        QVERIFY(Machine::apply(state, A::RejectDefense, 2).isEmpty());
    }
    QCOMPARE(state, S::DefenseRejected);
    QVERIFY(Machine::apply(state, A::RequestDefense, 2).isEmpty());
    QCOMPARE(state, S::DefenseRequested);
}

void TestApplicationStateMachine::timelineSkipsUnchangedStates()
{
    S state = S::Draft;
    QList<StateChange> timeline;
    QVERIFY(Machine::apply(state, timeline, A::Edit, utc(2024, 1, 1)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::Delete, utc(2024, 1, 1)).isEmpty());
    QVERIFY(!Machine::apply(state, timeline, A::Approve, utc(2024, 1, 1)).isEmpty());
    QVERIFY(timeline.isEmpty());

    // the moment is stored in UTC
    const QDateTime beijing(QDate(2024, 3, 1), QTime(16, 30), QTimeZone(8 * 3600));
    QVERIFY(Machine::apply(state, timeline, A::Submit, beijing).isEmpty());
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.first().at.timeSpec(), Qt::UTC);
    QCOMPARE(timeline.first().at, QDateTime(QDate(2024, 3, 1), QTime(8, 30), QTimeZone::utc()));
}

void TestApplicationStateMachine::degreeTypeChange_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("hint");

    const QString cancel = QStringLiteral("取消申请");
    const QString withdraw = QStringLiteral("清退");
    const QString newApplication = QStringLiteral("新增申请");
    QTest::newRow("draft") << S::Draft << true << QString();
    QTest::newRow("submitted") << S::Submitted << false << cancel;
    QTest::newRow("confirmed") << S::Confirmed << false << withdraw;
    QTest::newRow("returned") << S::Returned << false << cancel;
    QTest::newRow("cancelled") << S::Cancelled << true << QString();
    QTest::newRow("approved") << S::Approved << false << withdraw;
    QTest::newRow("defense_requested") << S::DefenseRequested << false << withdraw;
    QTest::newRow("defense_approved") << S::DefenseApproved << false << withdraw;
    QTest::newRow("defense_rejected") << S::DefenseRejected << false << withdraw;
    QTest::newRow("defense_passed") << S::DefensePassed << false << withdraw;
    QTest::newRow("defense_failed") << S::DefenseFailed << false << withdraw;
    QTest::newRow("awarded") << S::Awarded << false << newApplication;
    QTest::newRow("not_awarded") << S::NotAwarded << false << newApplication;
}

void TestApplicationStateMachine::degreeTypeChange()
{
    QFETCH(S, state);
    QFETCH(bool, allowed);
    QFETCH(QString, hint);
    const Findings findings = Machine::checkDegreeTypeChange(state);
    if (allowed) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.field, Field::DegreeType);
    QCOMPARE(f.rule, QStringLiteral("state.degreeTypeLocked"));
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.detail, Machine::stateCode(state));
    QVERIFY2(f.message.contains(Field::label(Field::DegreeType)), qPrintable(f.message));
    QVERIFY2(f.message.contains(Machine::stateLabel(state)), qPrintable(f.message));
    QVERIFY2(f.message.contains(hint), qPrintable(f.message));
}

void TestApplicationStateMachine::createNextToOthers_data()
{
    QTest::addColumn<QList<S>>("existing");
    QTest::addColumn<QString>("blockingCode");
    QTest::addColumn<QString>("hint");

    QTest::newRow("first application") << QList<S>{} << QString() << QString();
    QTest::newRow("next to a draft and a cancelled one")
        << QList<S>{S::Draft, S::Cancelled} << QString() << QString();
    QTest::newRow("after a degree was awarded") << QList<S>{S::Awarded} << QString() << QString();
    QTest::newRow("after a degree was refused")
        << QList<S>{S::NotAwarded} << QString() << QString();
    QTest::newRow("next to a submitted one")
        << QList<S>{S::Submitted} << u"submitted"_s << u"取消申请"_s;
    QTest::newRow("next to a returned one")
        << QList<S>{S::Draft, S::Returned} << u"returned"_s << u"取消申请"_s;
    QTest::newRow("next to one in the register")
        << QList<S>{S::Cancelled, S::Approved} << u"approved"_s << u"清退"_s;
    QTest::newRow("next to one awaiting its defence")
        << QList<S>{S::DefenseApproved} << u"defense_approved"_s << u"清退"_s;
}

void TestApplicationStateMachine::createNextToOthers()
{
    QFETCH(QList<S>, existing);
    QFETCH(QString, blockingCode);
    QFETCH(QString, hint);
    const Findings findings = Machine::checkCreate(existing);
    if (blockingCode.isEmpty()) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, Field::State);
    QCOMPARE(findings.first().rule, QStringLiteral("state.anotherActive"));
    QCOMPARE(findings.first().detail, blockingCode);
    QVERIFY(findings.first().message.contains(
        Machine::stateLabel(*Machine::stateFromCode(blockingCode))));
    QVERIFY2(findings.first().message.contains(hint), qPrintable(findings.first().message));
}

void TestApplicationStateMachine::stateChangeJsonRoundTrip()
{
    const StateChange change{u"submitted"_s, u"returned"_s, u"return"_s,
                             QDateTime(QDate(2024, 4, 2), QTime(3, 4, 5, 678), QTimeZone::utc()),
                             u"学历证书扫描件不清晰"_s};
    Findings problems;
    const StateChange back = StateChange::fromJson(change.toJson(), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(back, change);
    QCOMPARE(back.at.timeSpec(), Qt::UTC);
}

void TestApplicationStateMachine::stateChangeJsonFormat()
{
    const StateChange change{u"draft"_s,
                             u"submitted"_s,
                             u"submit"_s,
                             QDateTime(QDate(2024, 3, 1), QTime(8, 30), QTimeZone::utc()),
                             {}};
    const QJsonObject json = change.toJson();
    QCOMPARE(json.value(u"from"_s).toString(), u"draft"_s);
    QCOMPARE(json.value(u"to"_s).toString(), u"submitted"_s);
    QCOMPARE(json.value(u"action"_s).toString(), u"submit"_s);
    QCOMPARE(json.value(u"at"_s).toString(), u"2024-03-01T08:30:00.000Z"_s);
    QVERIFY(!json.contains(u"note"_s));
    QCOMPARE(json.size(), 4);

    // a moment given in another zone is written in UTC
    StateChange beijing = change;
    beijing.at = QDateTime(QDate(2024, 3, 1), QTime(16, 30), QTimeZone(8 * 3600));
    QCOMPARE(beijing.toJson().value(u"at"_s).toString(), u"2024-03-01T08:30:00.000Z"_s);
}

void TestApplicationStateMachine::stateChangeFromBadJson_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QStringList>("fields");

    const auto entry = [](const QString &at) {
        return QJsonObject{{u"from"_s, u"draft"_s},
                           {u"to"_s, u"submitted"_s},
                           {u"action"_s, u"submit"_s},
                           {u"at"_s, at}};
    };
    QTest::newRow("offset is accepted")
        << entry(u"2024-03-01T16:30:00+08:00"_s) << QStringList{} << QStringList{};
    QTest::newRow("without milliseconds")
        << entry(u"2024-03-01T08:30:00Z"_s) << QStringList{} << QStringList{};
    QTest::newRow("no time zone") << entry(u"2024-03-01T08:30:00"_s)
                                  << QStringList{u"timeline.badTime"_s} << QStringList{u"at"_s};
    QTest::newRow("not a time") << entry(u"yesterday"_s) << QStringList{u"timeline.badTime"_s}
                                << QStringList{u"at"_s};
    QTest::newRow("impossible date") << entry(u"2024-02-30T08:30:00Z"_s)
                                     << QStringList{u"timeline.badTime"_s} << QStringList{u"at"_s};

    QJsonObject noAt = entry({});
    noAt.remove(u"at"_s);
    QTest::newRow("time missing") << noAt << QStringList{u"timeline.badTime"_s}
                                  << QStringList{u"at"_s};

    QJsonObject noAction = entry(u"2024-03-01T08:30:00Z"_s);
    noAction.remove(u"action"_s);
    QTest::newRow("action missing")
        << noAction << QStringList{u"timeline.missingCode"_s} << QStringList{u"action"_s};

    QJsonObject emptyFrom = entry(u"2024-03-01T08:30:00Z"_s);
    emptyFrom.insert(u"from"_s, QString());
    QTest::newRow("from empty") << emptyFrom << QStringList{u"timeline.missingCode"_s}
                                << QStringList{u"from"_s};

    QJsonObject numberTo = entry(u"2024-03-01T08:30:00Z"_s);
    numberTo.insert(u"to"_s, 3);
    QTest::newRow("to is a number (one finding, not two)")
        << numberTo << QStringList{u"json.wrongType"_s} << QStringList{u"to"_s};

    QJsonObject numberAt = entry({});
    numberAt.insert(u"at"_s, 1709281800);
    QTest::newRow("time as a number (one finding, not two)")
        << numberAt << QStringList{u"json.wrongType"_s} << QStringList{u"at"_s};

    QJsonObject extra = entry(u"2024-03-01T08:30:00Z"_s);
    extra.insert(u"by"_s, u"staff"_s);
    QTest::newRow("unknown key") << extra << QStringList{u"json.unknownField"_s}
                                 << QStringList{u"by"_s};
}

void TestApplicationStateMachine::stateChangeFromBadJson()
{
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, rules);
    QFETCH(QStringList, fields);
    Findings problems;
    const StateChange change = StateChange::fromJson(json, &problems);
    QCOMPARE(ruleCodes(problems), rules);
    QStringList problemFields;
    for (const Finding &f : problems) {
        problemFields.append(f.field);
        QVERIFY(!f.message.isEmpty());
    }
    QCOMPARE(problemFields, fields);
    if (rules.isEmpty()) {
        QCOMPARE(change.at, QDateTime(QDate(2024, 3, 1), QTime(8, 30), QTimeZone::utc()));
        QCOMPARE(change.at.timeSpec(), Qt::UTC);
    }
}

void TestApplicationStateMachine::timelineJson()
{
    S state = S::Draft;
    QList<StateChange> timeline;
    QVERIFY(Machine::apply(state, timeline, A::Submit, utc(2024, 3, 1)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::Return, utc(2024, 3, 9), u"照片不合格"_s).isEmpty());

    DegreeApplication application;
    application.timeline = timeline;
    const QJsonArray json = application.toJson().value(StateChange::TimelineKey).toArray();
    QCOMPARE(json.size(), 2);
    Findings problems;
    QCOMPARE(StateChange::listFromJson(json, &problems), timeline);
    QVERIFY(problems.isEmpty());

    QJsonArray broken = json;
    broken.insert(1, u"not an entry"_s);
    QJsonObject badTime = json.at(1).toObject();
    badTime.insert(u"at"_s, u"2024-03-09"_s);
    broken.append(badTime);
    const QList<StateChange> read = StateChange::listFromJson(broken, &problems);
    QCOMPARE(read.size(), 3);
    QCOMPARE(ruleCodes(problems), (QStringList{u"json.wrongType"_s, u"timeline.badTime"_s}));
    QCOMPARE(problems.at(0).field, u"timeline[1]"_s);
    QCOMPARE(problems.at(1).field, u"timeline[3].at"_s);
}

QTEST_GUILESS_MAIN(TestApplicationStateMachine)
#include "TestApplicationStateMachine.moc"
