#include "domain/ExamRegistrationStateMachine.h"

#include "StateMachineTestSupport.h"
#include "domain/ApplicationStateMachine.h"
#include "domain/Field.h"
#include "domain/StateChange.h"

#include <QTest>

using namespace dd::domain;
using namespace dd::test;
using namespace Qt::StringLiterals;

using S = ExamRegistrationState;
using A = ExamRegistrationAction;
using Machine = ExamRegistrationStateMachine;
using Support = StateMachineTestSupport<Machine>;

namespace {

// The rules written out a second time, independently of the machine's table: every allowed
// (state, action) with the state it leads to. Every pair not listed here must be refused.
const Support::Move s_allowedMoves[] = {
    // prepared, not registered: edit, delete, register
    {S::Draft, A::Edit, S::Draft},
    {S::Draft, A::Delete, S::Draft, true},
    {S::Draft, A::Register, S::Registered},
    // registered: edit, pay, or cancel before payment
    {S::Registered, A::Edit, S::Registered},
    {S::Registered, A::Pay, S::Paid},
    {S::Registered, A::Cancel, S::Cancelled},
    // paid: the registration stands; print the ticket (again if need be)
    {S::Paid, A::IssueTicket, S::TicketIssued},
    {S::TicketIssued, A::IssueTicket, S::TicketIssued},
    {S::TicketIssued, A::Sit, S::Sat},
    {S::TicketIssued, A::Miss, S::Absent},
    {S::Sat, A::RecordScore, S::Scored},
    // cancelled: editable again, register again, or delete
    {S::Cancelled, A::Edit, S::Draft},
    {S::Cancelled, A::Delete, S::Cancelled, true},
    {S::Cancelled, A::Register, S::Registered},
};

const Support::StateCode s_stateCodes[] = {
    {S::Draft, "draft"},   {S::Registered, "registered"},
    {S::Paid, "paid"},     {S::TicketIssued, "ticket_issued"},
    {S::Sat, "sat"},       {S::Scored, "scored"},
    {S::Absent, "absent"}, {S::Cancelled, "cancelled"},
};

const Support::ActionCode s_actionCodes[] = {
    {A::Edit, "edit"}, {A::Delete, "delete"}, {A::Register, "register"},
    {A::Pay, "pay"},   {A::Cancel, "cancel"}, {A::IssueTicket, "issue_ticket"},
    {A::Sit, "sit"},   {A::Miss, "miss"},     {A::RecordScore, "record_score"},
};

const Support s_support{s_allowedMoves, s_stateCodes, s_actionCodes};

} // namespace

class TestExamRegistrationStateMachine : public QObject
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

    void wholeExam();
    void cancelBeforePaymentAndRegisterAgain();
    void noCancelAfterPayment();
    void absentFromTheExam();

    void registrationNeedsTheRegister_data();
    void registrationNeedsTheRegister();
};

void TestExamRegistrationStateMachine::initTestCase()
{
    useEnglishLocale();
}

void TestExamRegistrationStateMachine::enumerationsAreComplete()
{
    QCOMPARE(Machine::initialState(), S::Draft);
    s_support.enumerationsAreComplete();
}

void TestExamRegistrationStateMachine::transitions_data()
{
    s_support.transitions_data();
}

void TestExamRegistrationStateMachine::transitions()
{
    s_support.transitions();
}

void TestExamRegistrationStateMachine::allowedActionsMatchIsAllowed_data()
{
    s_support.allowedActionsMatchIsAllowed_data();
}

void TestExamRegistrationStateMachine::allowedActionsMatchIsAllowed()
{
    s_support.allowedActionsMatchIsAllowed();
}

void TestExamRegistrationStateMachine::refusalsSayWhatToDo_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<A>("action");
    QTest::addColumn<QStringList>("fragments");

    QTest::newRow("paid/cancel: the fee is not refunded")
        << S::Paid << A::Cancel
        << QStringList{u"not refunded"_s, u"contact the provincial exam office"_s};
    QTest::newRow("ticket_issued/edit: the registration stands")
        << S::TicketIssued << A::Edit << QStringList{u"the registration stands"_s};
    QTest::newRow("registered/delete: cancel first")
        << S::Registered << A::Delete << QStringList{u"Cancel the registration first (取消报名)"_s};
    QTest::newRow("draft/pay: lists where paying applies")
        << S::Draft << A::Pay << QStringList{u"only in these states: “Registered”."_s};
    QTest::newRow("paid/sit: print the ticket first")
        << S::Paid << A::Sit << QStringList{u"“Admission ticket printed”"_s};
    QTest::newRow("draft/cancel: lists where cancelling applies")
        << S::Draft << A::Cancel << QStringList{u"“Registered”"_s};
    QTest::newRow("registered/register: already registered")
        << S::Registered << A::Register << QStringList{u"already “Registered”"_s};
    QTest::newRow("scored/register: closed, add a new registration")
        << S::Scored << A::Register << QStringList{u"closed"_s, u"add a new registration"_s};
}

void TestExamRegistrationStateMachine::refusalsSayWhatToDo()
{
    Support::refusalsSayWhatToDo();
}

void TestExamRegistrationStateMachine::stateCodes_data()
{
    s_support.stateCodes_data();
}

void TestExamRegistrationStateMachine::stateCodes()
{
    Support::stateCodes();
}

void TestExamRegistrationStateMachine::actionCodes_data()
{
    s_support.actionCodes_data();
}

void TestExamRegistrationStateMachine::actionCodes()
{
    Support::actionCodes();
}

void TestExamRegistrationStateMachine::unknownCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << QString();
    QTest::newRow("capitalised") << u"Paid"_s;
    QTest::newRow("camel case") << u"ticketIssued"_s;
    QTest::newRow("chinese label") << u"已缴费"_s;
    QTest::newRow("an application state") << u"submitted"_s;
}

void TestExamRegistrationStateMachine::unknownCodes()
{
    Support::unknownCodes();
}

void TestExamRegistrationStateMachine::labelsExistAndDiffer()
{
    QCOMPARE(Machine::stateLabel(S::Paid), u"Fee paid"_s);
    QCOMPARE(Machine::actionLabel(A::Register), u"Register for the exam"_s);
    s_support.labelsExistAndDiffer();
}

void TestExamRegistrationStateMachine::stateGroups_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<bool>("editable");
    QTest::addColumn<bool>("final");
    QTest::addColumn<bool>("registered");
    QTest::addColumn<bool>("awaitsPayment");

    QTest::newRow("draft") << S::Draft << true << false << false << false;
    QTest::newRow("registered") << S::Registered << true << false << true << true;
    QTest::newRow("paid") << S::Paid << false << false << true << false;
    QTest::newRow("ticket_issued") << S::TicketIssued << false << false << true << false;
    QTest::newRow("sat") << S::Sat << false << false << true << false;
    QTest::newRow("scored") << S::Scored << false << true << true << false;
    QTest::newRow("absent") << S::Absent << false << true << true << false;
    QTest::newRow("cancelled") << S::Cancelled << true << false << false << false;
}

void TestExamRegistrationStateMachine::stateGroups()
{
    QFETCH(S, state);
    QFETCH(bool, editable);
    QFETCH(bool, final);
    QFETCH(bool, registered);
    QFETCH(bool, awaitsPayment);
    QCOMPARE(Machine::isEditable(state), editable);
    QCOMPARE(Machine::isFinal(state), final);
    QCOMPARE(Machine::countsAsRegistered(state), registered);
    QCOMPARE(Machine::awaitsPayment(state), awaitsPayment);
    QCOMPARE(Machine::isAllowed(state, A::Edit), editable);
}

void TestExamRegistrationStateMachine::wholeExam()
{
    S state = Machine::initialState();
    QList<StateChange> timeline;
    QVERIFY(Machine::apply(state, timeline, A::Edit, utc(2026, 3, 10)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::Register, utc(2026, 3, 16)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::Pay, utc(2026, 3, 20)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::IssueTicket, utc(2026, 5, 10)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::IssueTicket, utc(2026, 5, 12)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::Sit, utc(2026, 5, 17)).isEmpty());
    QVERIFY(Machine::apply(state, timeline, A::RecordScore, utc(2026, 7, 20)).isEmpty());
    QCOMPARE(state, S::Scored);
    QVERIFY(Machine::isFinal(state));

    // editing the draft and printing the ticket again change no state: no entries
    QCOMPARE(timelinePath(timeline), (QStringList{
                                         u"draft -register-> registered"_s,
                                         u"registered -pay-> paid"_s,
                                         u"paid -issue_ticket-> ticket_issued"_s,
                                         u"ticket_issued -sit-> sat"_s,
                                         u"sat -record_score-> scored"_s,
                                     }));
    QCOMPARE(timeline.at(3).at, utc(2026, 5, 17));
}

void TestExamRegistrationStateMachine::cancelBeforePaymentAndRegisterAgain()
{
    S state = S::Draft;
    QVERIFY(Machine::apply(state, A::Register).isEmpty());
    QVERIFY(Machine::apply(state, A::Edit).isEmpty());
    QCOMPARE(state, S::Registered);
    QVERIFY(Machine::apply(state, A::Cancel).isEmpty());
    QCOMPARE(state, S::Cancelled);
    QVERIFY(Machine::apply(state, A::Register).isEmpty());
    QCOMPARE(state, S::Registered);
    QVERIFY(Machine::apply(state, A::Cancel).isEmpty());
    QVERIFY(Machine::apply(state, A::Edit).isEmpty());
    QCOMPARE(state, S::Draft);
    QVERIFY(Machine::check(state, A::Delete).removesRecord);
}

void TestExamRegistrationStateMachine::noCancelAfterPayment()
{
    S state = S::Registered;
    QVERIFY(Machine::apply(state, A::Pay).isEmpty());
    for (A action : {A::Cancel, A::Edit, A::Delete}) {
        const Findings refused = Machine::apply(state, action);
        QCOMPARE(refused.size(), 1);
        QVERIFY(refused.first().message.contains(u"not refunded"_s));
        QCOMPARE(state, S::Paid);
    }
}

void TestExamRegistrationStateMachine::absentFromTheExam()
{
    S state = S::TicketIssued;
    QVERIFY(Machine::apply(state, A::Miss).isEmpty());
    QCOMPARE(state, S::Absent);
    QVERIFY(Machine::isFinal(state));
    QCOMPARE(Machine::apply(state, A::RecordScore).size(), 1);
    QCOMPARE(state, S::Absent);
}

void TestExamRegistrationStateMachine::registrationNeedsTheRegister_data()
{
    QTest::addColumn<ApplicationState>("application");
    QTest::addColumn<bool>("allowed");

    using AS = ApplicationState;
    QTest::newRow("draft") << AS::Draft << false;
    QTest::newRow("submitted") << AS::Submitted << false;
    QTest::newRow("confirmed") << AS::Confirmed << false;
    QTest::newRow("returned") << AS::Returned << false;
    QTest::newRow("cancelled") << AS::Cancelled << false;
    QTest::newRow("approved") << AS::Approved << true;
    QTest::newRow("defense_requested") << AS::DefenseRequested << true;
    QTest::newRow("defense_approved") << AS::DefenseApproved << true;
    QTest::newRow("defense_rejected") << AS::DefenseRejected << true;
    QTest::newRow("defense_passed") << AS::DefensePassed << true;
    QTest::newRow("defense_failed") << AS::DefenseFailed << true;
    QTest::newRow("awarded") << AS::Awarded << false;
    QTest::newRow("not_awarded") << AS::NotAwarded << false;
}

void TestExamRegistrationStateMachine::registrationNeedsTheRegister()
{
    QFETCH(ApplicationState, application);
    QFETCH(bool, allowed);
    const Findings findings = Machine::checkApplication(application);
    if (allowed) {
        QVERIFY(findings.isEmpty());
        return;
    }
    QCOMPARE(findings.size(), 1);
    const Finding &f = findings.first();
    QCOMPARE(f.field, Field::State);
    QCOMPARE(f.rule, u"exam.notInRegister"_s);
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.detail, ApplicationStateMachine::stateCode(application));
    QVERIFY(f.message.contains(Machine::actionLabel(A::Register)));
    QVERIFY(f.message.contains(ApplicationStateMachine::stateLabel(application)));
    QVERIFY(f.message.contains(u"在册"_s));
}

QTEST_GUILESS_MAIN(TestExamRegistrationStateMachine)
#include "TestExamRegistrationStateMachine.moc"
