#include "domain/ExamRegistrationStateMachine.h"

#include "domain/Field.h"

#include <QLocale>

#include <iterator>

namespace dd::domain {

namespace {

using S = ExamRegistrationState;
using A = ExamRegistrationAction;

constexpr int StateCount = static_cast<int>(S::Cancelled) + 1;
constexpr int ActionCount = static_cast<int>(A::RecordScore) + 1;

// --- the states -------------------------------------------------------------------------------

struct StateInfo
{
    S state;
    const char *code;
    const char *label;
    bool editable;
    bool registered; // countsAsRegistered()
    bool final;
};

// clang-format off
constexpr StateInfo s_states[] = {
    // state           code             label                                                                          edit   reg    final
    {S::Draft,        "draft",         QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Not registered"),          true,  false, false},
    {S::Registered,   "registered",    QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Registered"),              true,  true,  false},
    {S::Paid,         "paid",          QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Fee paid"),                false, true,  false},
    {S::TicketIssued, "ticket_issued", QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Admission ticket printed"), false, true, false},
    {S::Sat,          "sat",           QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Exam taken"),              false, true,  false},
    {S::Scored,       "scored",        QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Scores released"),         false, true,  true},
    {S::Absent,       "absent",        QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Absent from the exam"),    false, true,  true},
    {S::Cancelled,    "cancelled",     QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Cancelled"),               true,  false, false},
};
// clang-format on

// --- the actions ------------------------------------------------------------------------------

struct ActionInfo
{
    A action;
    const char *code;
    const char *label;
};

// clang-format off
constexpr ActionInfo s_actions[] = {
    {A::Edit,        "edit",         QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Edit")},
    {A::Delete,      "delete",       QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Delete")},
    {A::Register,    "register",     QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Register for the exam")},
    {A::Pay,         "pay",          QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Pay the fee")},
    {A::Cancel,      "cancel",       QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Cancel registration")},
    {A::IssueTicket, "issue_ticket", QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Print admission ticket")},
    {A::Sit,         "sit",          QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Take the exam")},
    {A::Miss,        "miss",         QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Record absence")},
    {A::RecordScore, "record_score", QT_TRANSLATE_NOOP("ExamRegistrationStateMachine", "Record scores")},
};
// clang-format on

// --- the transitions: one cell per state × action ---------------------------------------------

enum class Outcome : unsigned char {
    Allow,       // allowed: `next` is the state after
    AllowDelete, // allowed: the record is removed
    Stage,       // refused: the action belongs to other states (the reason lists them)
    AlreadyDone, // refused: the registration is already in the state the action leads to
    CancelFirst, // refused: cancel the registration (before payment) first
    PaidLocked,  // refused: after payment the registration stands
    Closed,      // refused: final state
};

struct Cell
{
    S from;
    A action;
    Outcome outcome;
    S next = S::Draft; // read only when the outcome allows
};

using enum Outcome;

// clang-format off
constexpr Cell s_table[] = {
    // 未报名: edit, delete, register
    {S::Draft, A::Edit, Allow, S::Draft},
    {S::Draft, A::Delete, AllowDelete},
    {S::Draft, A::Register, Allow, S::Registered},
    {S::Draft, A::Pay, Stage},
    {S::Draft, A::Cancel, Stage},
    {S::Draft, A::IssueTicket, Stage},
    {S::Draft, A::Sit, Stage},
    {S::Draft, A::Miss, Stage},
    {S::Draft, A::RecordScore, Stage},

    // 已报名: edit, pay, or cancel before payment
    {S::Registered, A::Edit, Allow, S::Registered},
    {S::Registered, A::Delete, CancelFirst},
    {S::Registered, A::Register, AlreadyDone},
    {S::Registered, A::Pay, Allow, S::Paid},
    {S::Registered, A::Cancel, Allow, S::Cancelled},
    {S::Registered, A::IssueTicket, Stage},
    {S::Registered, A::Sit, Stage},
    {S::Registered, A::Miss, Stage},
    {S::Registered, A::RecordScore, Stage},

    // 已缴费: the registration stands; print the ticket
    {S::Paid, A::Edit, PaidLocked},
    {S::Paid, A::Delete, PaidLocked},
    {S::Paid, A::Register, Stage},
    {S::Paid, A::Pay, AlreadyDone},
    {S::Paid, A::Cancel, PaidLocked},
    {S::Paid, A::IssueTicket, Allow, S::TicketIssued},
    {S::Paid, A::Sit, Stage},
    {S::Paid, A::Miss, Stage},
    {S::Paid, A::RecordScore, Stage},

    // 已打印准考证: print again, sit the exam or miss it
    {S::TicketIssued, A::Edit, PaidLocked},
    {S::TicketIssued, A::Delete, PaidLocked},
    {S::TicketIssued, A::Register, Stage},
    {S::TicketIssued, A::Pay, Stage},
    {S::TicketIssued, A::Cancel, PaidLocked},
    {S::TicketIssued, A::IssueTicket, Allow, S::TicketIssued},
    {S::TicketIssued, A::Sit, Allow, S::Sat},
    {S::TicketIssued, A::Miss, Allow, S::Absent},
    {S::TicketIssued, A::RecordScore, Stage},

    // 已参加考试: wait for the scores
    {S::Sat, A::Edit, PaidLocked},
    {S::Sat, A::Delete, PaidLocked},
    {S::Sat, A::Register, Stage},
    {S::Sat, A::Pay, Stage},
    {S::Sat, A::Cancel, PaidLocked},
    {S::Sat, A::IssueTicket, Stage},
    {S::Sat, A::Sit, AlreadyDone},
    {S::Sat, A::Miss, Stage},
    {S::Sat, A::RecordScore, Allow, S::Scored},

    // 已出成绩: closed
    {S::Scored, A::Edit, Closed},
    {S::Scored, A::Delete, Closed},
    {S::Scored, A::Register, Closed},
    {S::Scored, A::Pay, Closed},
    {S::Scored, A::Cancel, Closed},
    {S::Scored, A::IssueTicket, Closed},
    {S::Scored, A::Sit, Closed},
    {S::Scored, A::Miss, Closed},
    {S::Scored, A::RecordScore, Closed},

    // 缺考: closed
    {S::Absent, A::Edit, Closed},
    {S::Absent, A::Delete, Closed},
    {S::Absent, A::Register, Closed},
    {S::Absent, A::Pay, Closed},
    {S::Absent, A::Cancel, Closed},
    {S::Absent, A::IssueTicket, Closed},
    {S::Absent, A::Sit, Closed},
    {S::Absent, A::Miss, Closed},
    {S::Absent, A::RecordScore, Closed},

    // 已取消: editable again (修改 makes it a draft), register again, or delete
    {S::Cancelled, A::Edit, Allow, S::Draft},
    {S::Cancelled, A::Delete, AllowDelete},
    {S::Cancelled, A::Register, Allow, S::Registered},
    {S::Cancelled, A::Pay, Stage},
    {S::Cancelled, A::Cancel, AlreadyDone},
    {S::Cancelled, A::IssueTicket, Stage},
    {S::Cancelled, A::Sit, Stage},
    {S::Cancelled, A::Miss, Stage},
    {S::Cancelled, A::RecordScore, Stage},
};
// clang-format on

constexpr bool isAllowing(Outcome outcome)
{
    return outcome == Allow || outcome == AllowDelete;
}

// The tables are complete and in declaration order, so that a state and an action index them.
constexpr bool tablesAreConsistent()
{
    if (std::size(s_states) != StateCount || std::size(s_actions) != ActionCount
        || std::size(s_table) != StateCount * ActionCount) {
        return false;
    }
    for (int i = 0; i < StateCount; ++i) {
        if (static_cast<int>(s_states[i].state) != i) {
            return false;
        }
    }
    for (int i = 0; i < ActionCount; ++i) {
        if (static_cast<int>(s_actions[i].action) != i) {
            return false;
        }
    }
    for (int i = 0; i < StateCount * ActionCount; ++i) {
        const Cell &cell = s_table[i];
        if (static_cast<int>(cell.from) != i / ActionCount
            || static_cast<int>(cell.action) != i % ActionCount) {
            return false;
        }
        if ((cell.outcome == AllowDelete)
            != (cell.action == A::Delete && isAllowing(cell.outcome))) {
            return false;
        }
        if (s_states[i / ActionCount].final && isAllowing(cell.outcome)) {
            return false;
        }
    }
    return true;
}
static_assert(tablesAreConsistent(), "the state machine's tables are incomplete or out of order");

const StateInfo &info(S state)
{
    return s_states[static_cast<int>(state)];
}

const ActionInfo &info(A action)
{
    return s_actions[static_cast<int>(action)];
}

const Cell &cell(S state, A action)
{
    return s_table[static_cast<int>(state) * ActionCount + static_cast<int>(action)];
}

QString quoted(const QString &text)
{
    //: Quotation marks around a state or an action named in a sentence
    return QCoreApplication::translate("ExamRegistrationStateMachine", "“%1”").arg(text);
}

} // namespace

QList<ExamRegistrationState> ExamRegistrationStateMachine::allStates()
{
    QList<ExamRegistrationState> states;
    for (const StateInfo &s : s_states) {
        states.append(s.state);
    }
    return states;
}

QList<ExamRegistrationAction> ExamRegistrationStateMachine::allActions()
{
    QList<ExamRegistrationAction> actions;
    for (const ActionInfo &a : s_actions) {
        actions.append(a.action);
    }
    return actions;
}

bool ExamRegistrationStateMachine::isAllowed(ExamRegistrationState state,
                                             ExamRegistrationAction action)
{
    return isAllowing(cell(state, action).outcome);
}

ExamRegistrationStateMachine::Transition
ExamRegistrationStateMachine::check(ExamRegistrationState state, ExamRegistrationAction action)
{
    const Cell &c = cell(state, action);
    Transition t;
    t.next = state;
    const QString actionText = quoted(actionLabel(action));
    const QString stateText = quoted(stateLabel(state));

    switch (c.outcome) {
    case Allow:
    case AllowDelete:
        t.allowed = true;
        // Delete removes the record and leaves its state as it was.
        t.next = c.outcome == AllowDelete ? state : c.next;
        t.removesRecord = c.outcome == AllowDelete;
        return t;
    case Stage: {
        QStringList fitting;
        for (const StateInfo &s : s_states) {
            if (isAllowing(cell(s.state, action).outcome)) {
                fitting.append(quoted(stateLabel(s.state)));
            }
        }
        t.reason =
            //: %1 is an action, %2 a state, %3 a list of states such as "“Registered” or
            //: “Cancelled”"
            tr("%1 is not possible while the exam registration is %2. It is possible only in "
               "these states: %3.")
                .arg(actionText, stateText, QLocale().createSeparatedList(fitting));
        return t;
    }
    case AlreadyDone:
        //: %1 is an action, %2 a state
        t.reason = tr("%1 is not possible: the exam registration is already %2.")
                       .arg(actionText, stateText);
        return t;
    case CancelFirst:
        //: %1 is an action, %2 a state
        t.reason = tr("%1 is not possible while the exam registration is %2: the exam system "
                      "has it. Cancel the registration first (取消报名), then delete it.")
                       .arg(actionText, stateText);
        return t;
    case PaidLocked:
        //: %1 is an action, %2 a state
        t.reason = tr("%1 is not possible while the exam registration is %2: once the fee is "
                      "paid the registration stands and the fee is not refunded. If a detail is "
                      "wrong, contact the provincial exam office.")
                       .arg(actionText, stateText);
        return t;
    case Closed:
        //: %1 is an action, %2 a final state
        t.reason = tr("%1 is not possible: the exam registration is closed (%2). For a later "
                      "exam, add a new registration.")
                       .arg(actionText, stateText);
        return t;
    }
    return t;
}

QList<ExamRegistrationAction>
ExamRegistrationStateMachine::allowedActions(ExamRegistrationState state)
{
    QList<ExamRegistrationAction> actions;
    for (const ActionInfo &a : s_actions) {
        if (isAllowed(state, a.action)) {
            actions.append(a.action);
        }
    }
    return actions;
}

Findings ExamRegistrationStateMachine::apply(ExamRegistrationState &state,
                                             ExamRegistrationAction action)
{
    const Transition t = check(state, action);
    if (!t.allowed) {
        return {Finding::error(Field::State, ActionNotAllowedRule, t.reason, stateCode(state))};
    }
    state = t.next;
    return {};
}

Findings ExamRegistrationStateMachine::apply(ExamRegistrationState &state,
                                             QList<StateChange> &timeline,
                                             ExamRegistrationAction action, const QDateTime &at,
                                             const QString &note)
{
    const ExamRegistrationState before = state;
    Findings findings = apply(state, action);
    if (findings.isEmpty() && state != before) {
        timeline.append(
            StateChange{stateCode(before), stateCode(state), actionCode(action), at.toUTC(), note});
    }
    return findings;
}

bool ExamRegistrationStateMachine::isEditable(ExamRegistrationState state)
{
    return info(state).editable;
}

bool ExamRegistrationStateMachine::isFinal(ExamRegistrationState state)
{
    return info(state).final;
}

bool ExamRegistrationStateMachine::countsAsRegistered(ExamRegistrationState state)
{
    return info(state).registered;
}

bool ExamRegistrationStateMachine::awaitsPayment(ExamRegistrationState state)
{
    return isAllowed(state, A::Pay);
}

Findings ExamRegistrationStateMachine::checkApplication(ApplicationState application)
{
    if (ApplicationStateMachine::isInRegister(application)) {
        return {};
    }
    //: %1 is the action "Register for the exam", %2 the state of the degree application
    const QString message =
        tr("%1 is not possible yet: the degree application is %2. Only applicants whose "
           "qualification the awarding institution has approved (在册) may register for the "
           "national exam.")
            .arg(quoted(actionLabel(A::Register)),
                 quoted(ApplicationStateMachine::stateLabel(application)));
    return {Finding::error(Field::State, NotInRegisterRule, message,
                           ApplicationStateMachine::stateCode(application))};
}

QString ExamRegistrationStateMachine::stateCode(ExamRegistrationState state)
{
    return QString::fromLatin1(info(state).code);
}

std::optional<ExamRegistrationState> ExamRegistrationStateMachine::stateFromCode(QStringView code)
{
    for (const StateInfo &s : s_states) {
        if (code == QLatin1String(s.code)) {
            return s.state;
        }
    }
    return std::nullopt;
}

QString ExamRegistrationStateMachine::actionCode(ExamRegistrationAction action)
{
    return QString::fromLatin1(info(action).code);
}

std::optional<ExamRegistrationAction> ExamRegistrationStateMachine::actionFromCode(QStringView code)
{
    for (const ActionInfo &a : s_actions) {
        if (code == QLatin1String(a.code)) {
            return a.action;
        }
    }
    return std::nullopt;
}

QString ExamRegistrationStateMachine::stateLabel(ExamRegistrationState state)
{
    return tr(info(state).label);
}

QString ExamRegistrationStateMachine::actionLabel(ExamRegistrationAction action)
{
    return tr(info(action).label);
}

} // namespace dd::domain
