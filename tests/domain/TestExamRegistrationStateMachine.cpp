#include "domain/ExamRegistrationStateMachine.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Field.h"
#include "domain/StateChange.h"

#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <optional>

using namespace dd::domain;
using namespace Qt::StringLiterals;

using S = ExamRegistrationState;
using A = ExamRegistrationAction;
using Machine = ExamRegistrationStateMachine;

namespace {

// The rules written out a second time, independently of the machine's table: every allowed
// (state, action) with the state it leads to. Every pair not listed here must be refused.
struct ExpectedMove
{
    S from;
    A action;
    S next;
    bool removesRecord = false;
};

const ExpectedMove s_allowedMoves[] = {
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

std::optional<ExpectedMove> expectedMove(S state, A action)
{
    for (const ExpectedMove &m : s_allowedMoves) {
        if (m.from == state && m.action == action) {
            return m;
        }
    }
    return std::nullopt;
}

const std::pair<S, const char *> s_stateCodes[] = {
    {S::Draft, "draft"},   {S::Registered, "registered"},
    {S::Paid, "paid"},     {S::TicketIssued, "ticket_issued"},
    {S::Sat, "sat"},       {S::Scored, "scored"},
    {S::Absent, "absent"}, {S::Cancelled, "cancelled"},
};

const std::pair<A, const char *> s_actionCodes[] = {
    {A::Edit, "edit"}, {A::Delete, "delete"}, {A::Register, "register"},
    {A::Pay, "pay"},   {A::Cancel, "cancel"}, {A::IssueTicket, "issue_ticket"},
    {A::Sit, "sit"},   {A::Miss, "miss"},     {A::RecordScore, "record_score"},
};

QString rowName(S state, A action)
{
    return Machine::stateCode(state) + QLatin1Char('/') + Machine::actionCode(action);
}

QDateTime utc(int year, int month, int day, int hour = 9)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), QTimeZone::utc());
}

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
    // Lists of states in reasons are joined by the locale ("A and B").
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestExamRegistrationStateMachine::enumerationsAreComplete()
{
    QCOMPARE(Machine::allStates().size(), qsizetype(std::size(s_stateCodes)));
    QCOMPARE(Machine::allActions().size(), qsizetype(std::size(s_actionCodes)));
    for (qsizetype i = 0; i < Machine::allStates().size(); ++i) {
        QCOMPARE(Machine::allStates().at(i), s_stateCodes[i].first);
    }
    for (qsizetype i = 0; i < Machine::allActions().size(); ++i) {
        QCOMPARE(Machine::allActions().at(i), s_actionCodes[i].first);
    }
    QCOMPARE(Machine::initialState(), S::Draft);
}

void TestExamRegistrationStateMachine::transitions_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<A>("action");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<S>("next");
    QTest::addColumn<bool>("removesRecord");

    for (const auto &[state, stateCode] : s_stateCodes) {
        for (const auto &[action, actionCode] : s_actionCodes) {
            const std::optional<ExpectedMove> move = expectedMove(state, action);
            QTest::newRow(qPrintable(rowName(state, action)))
                << state << action << move.has_value() << (move ? move->next : state)
                << (move && move->removesRecord);
        }
    }
}

void TestExamRegistrationStateMachine::transitions()
{
    QFETCH(S, state);
    QFETCH(A, action);
    QFETCH(bool, allowed);
    QFETCH(S, next);
    QFETCH(bool, removesRecord);

    QCOMPARE(Machine::isAllowed(state, action), allowed);

    const Machine::Transition t = Machine::check(state, action);
    QCOMPARE(t.allowed, allowed);
    QCOMPARE(t.next, next);
    QCOMPARE(t.removesRecord, removesRecord);
    QCOMPARE(t.reason.isEmpty(), allowed);
    if (!allowed) {
        QVERIFY2(t.reason.contains(Machine::actionLabel(action)), qPrintable(t.reason));
        QVERIFY2(t.reason.contains(Machine::stateLabel(state)), qPrintable(t.reason));
    }

    S current = state;
    const Findings findings = Machine::apply(current, action);
    QCOMPARE(current, next);
    if (allowed) {
        QVERIFY(findings.isEmpty());
    } else {
        QCOMPARE(findings.size(), 1);
        const Finding &f = findings.first();
        QCOMPARE(f.field, Field::State);
        QCOMPARE(f.rule, QStringLiteral("state.actionNotAllowed"));
        QCOMPARE(f.severity, Severity::Error);
        QCOMPARE(f.message, t.reason);
        QCOMPARE(f.detail, Machine::stateCode(state));
    }
}

void TestExamRegistrationStateMachine::allowedActionsMatchIsAllowed_data()
{
    QTest::addColumn<S>("state");
    for (const auto &[state, code] : s_stateCodes) {
        QTest::newRow(code) << state;
    }
}

void TestExamRegistrationStateMachine::allowedActionsMatchIsAllowed()
{
    QFETCH(S, state);
    QList<A> fromIsAllowed;
    QList<A> fromRules;
    for (const auto &[action, code] : s_actionCodes) {
        if (Machine::isAllowed(state, action)) {
            fromIsAllowed.append(action);
        }
        if (expectedMove(state, action)) {
            fromRules.append(action);
        }
    }
    QCOMPARE(Machine::allowedActions(state), fromIsAllowed);
    QCOMPARE(Machine::allowedActions(state), fromRules);
    QCOMPARE(Machine::allowedActions(state).isEmpty(), Machine::isFinal(state));
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
    QFETCH(S, state);
    QFETCH(A, action);
    QFETCH(QStringList, fragments);
    const Machine::Transition t = Machine::check(state, action);
    QVERIFY(!t.allowed);
    for (const QString &fragment : fragments) {
        QVERIFY2(t.reason.contains(fragment),
                 qPrintable(t.reason + QStringLiteral(" | lacks: ") + fragment));
    }
}

void TestExamRegistrationStateMachine::stateCodes_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<QString>("code");
    for (const auto &[state, code] : s_stateCodes) {
        QTest::newRow(code) << state << QString::fromLatin1(code);
    }
}

void TestExamRegistrationStateMachine::stateCodes()
{
    QFETCH(S, state);
    QFETCH(QString, code);
    QCOMPARE(Machine::stateCode(state), code);
    QCOMPARE(Machine::stateFromCode(code), std::optional<S>(state));
}

void TestExamRegistrationStateMachine::actionCodes_data()
{
    QTest::addColumn<A>("action");
    QTest::addColumn<QString>("code");
    for (const auto &[action, code] : s_actionCodes) {
        QTest::newRow(code) << action << QString::fromLatin1(code);
    }
}

void TestExamRegistrationStateMachine::actionCodes()
{
    QFETCH(A, action);
    QFETCH(QString, code);
    QCOMPARE(Machine::actionCode(action), code);
    QCOMPARE(Machine::actionFromCode(code), std::optional<A>(action));
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
    QFETCH(QString, code);
    QVERIFY(!Machine::stateFromCode(code).has_value());
    QVERIFY(!Machine::actionFromCode(code).has_value());
}

void TestExamRegistrationStateMachine::labelsExistAndDiffer()
{
    QSet<QString> stateLabels;
    for (const auto &[state, code] : s_stateCodes) {
        const QString label = Machine::stateLabel(state);
        QVERIFY2(!label.trimmed().isEmpty(), code);
        QVERIFY2(!stateLabels.contains(label), qPrintable(label));
        stateLabels.insert(label);
    }
    QSet<QString> actionLabels;
    for (const auto &[action, code] : s_actionCodes) {
        const QString label = Machine::actionLabel(action);
        QVERIFY2(!label.trimmed().isEmpty(), code);
        QVERIFY2(!actionLabels.contains(label), qPrintable(label));
        actionLabels.insert(label);
    }
    QCOMPARE(Machine::stateLabel(S::Paid), u"Fee paid"_s);
    QCOMPARE(Machine::actionLabel(A::Register), u"Register for the exam"_s);
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
    QStringList path;
    for (const StateChange &c : timeline) {
        path.append(c.from + QStringLiteral(" -") + c.action + QStringLiteral("-> ") + c.to);
    }
    QCOMPARE(path, (QStringList{
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
