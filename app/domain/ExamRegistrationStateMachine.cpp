#include "domain/ExamRegistrationStateMachine.h"

#include "domain/Field.h"
#include "domain/StateTable.h"

#include <span>

namespace dd::domain {

namespace {

using S = ExamRegistrationState;
using A = ExamRegistrationAction;

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

using Cell = StateCell<S, A, Outcome>;

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

// The tables above, for the machinery of StateTable.h.
struct Rules
{
    static constexpr const char *Context = "ExamRegistrationStateMachine";
    static constexpr int StateCount = static_cast<int>(S::Cancelled) + 1;
    static constexpr int ActionCount = static_cast<int>(A::RecordScore) + 1;
    static constexpr std::span<const StateInfo> States{s_states};
    static constexpr std::span<const ActionInfo> Actions{s_actions};
    static constexpr std::span<const Cell> Cells{s_table};
    static constexpr bool isAllowing(Outcome outcome)
    {
        return outcome == Allow || outcome == AllowDelete;
    }
};

using Table = StateTable<Rules>;
static_assert(Table::isConsistent(), "the state machine's tables are incomplete or out of order");

QString quoted(const QString &text)
{
    //: Quotation marks around a state or an action named in a sentence
    return QCoreApplication::translate("ExamRegistrationStateMachine", "“%1”").arg(text);
}

} // namespace

QList<ExamRegistrationState> ExamRegistrationStateMachine::allStates()
{
    return Table::allStates();
}

QList<ExamRegistrationAction> ExamRegistrationStateMachine::allActions()
{
    return Table::allActions();
}

bool ExamRegistrationStateMachine::isAllowed(ExamRegistrationState state,
                                             ExamRegistrationAction action)
{
    return Table::isAllowed(state, action);
}

ExamRegistrationStateMachine::Transition
ExamRegistrationStateMachine::check(ExamRegistrationState state, ExamRegistrationAction action)
{
    const QString actionText = quoted(actionLabel(action));
    const QString stateText = quoted(stateLabel(state));

    QString reason;
    switch (Table::cell(state, action).outcome) {
    case Allow:
    case AllowDelete:
        return Table::allow(state, action);
    case Stage:
        reason =
            //: %1 is an action, %2 a state, %3 a list of states such as "“Registered” or
            //: “Cancelled”"
            tr("%1 is not possible while the exam registration is %2. It is possible only in "
               "these states: %3.")
                .arg(actionText, stateText, Table::statesAllowing(action, quoted));
        break;
    case AlreadyDone:
        //: %1 is an action, %2 a state
        reason = tr("%1 is not possible: the exam registration is already %2.")
                     .arg(actionText, stateText);
        break;
    case CancelFirst:
        //: %1 is an action, %2 a state
        reason = tr("%1 is not possible while the exam registration is %2: the exam system "
                    "has it. Cancel the registration first (取消报名), then delete it.")
                     .arg(actionText, stateText);
        break;
    case PaidLocked:
        //: %1 is an action, %2 a state
        reason = tr("%1 is not possible while the exam registration is %2: once the fee is "
                    "paid the registration stands and the fee is not refunded. If a detail is "
                    "wrong, contact the provincial exam office.")
                     .arg(actionText, stateText);
        break;
    case Closed:
        //: %1 is an action, %2 a final state
        reason = tr("%1 is not possible: the exam registration is closed (%2). For a later "
                    "exam, add a new registration.")
                     .arg(actionText, stateText);
        break;
    }
    return Table::refuse(state, reason);
}

QList<ExamRegistrationAction>
ExamRegistrationStateMachine::allowedActions(ExamRegistrationState state)
{
    return Table::allowedActions(state);
}

Findings ExamRegistrationStateMachine::apply(ExamRegistrationState &state,
                                             ExamRegistrationAction action)
{
    return Table::apply(state, check(state, action), ActionNotAllowedRule);
}

Findings ExamRegistrationStateMachine::apply(ExamRegistrationState &state,
                                             QList<StateChange> &timeline,
                                             ExamRegistrationAction action, const QDateTime &at,
                                             const QString &note)
{
    return Table::apply(state, timeline, action, check(state, action), ActionNotAllowedRule, at,
                        note);
}

bool ExamRegistrationStateMachine::isEditable(ExamRegistrationState state)
{
    return Table::info(state).editable;
}

bool ExamRegistrationStateMachine::isFinal(ExamRegistrationState state)
{
    return Table::info(state).final;
}

bool ExamRegistrationStateMachine::countsAsRegistered(ExamRegistrationState state)
{
    return Table::info(state).registered;
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
    return Table::stateCode(state);
}

std::optional<ExamRegistrationState> ExamRegistrationStateMachine::stateFromCode(QStringView code)
{
    return Table::stateFromCode(code);
}

QString ExamRegistrationStateMachine::actionCode(ExamRegistrationAction action)
{
    return Table::actionCode(action);
}

std::optional<ExamRegistrationAction> ExamRegistrationStateMachine::actionFromCode(QStringView code)
{
    return Table::actionFromCode(code);
}

QString ExamRegistrationStateMachine::stateLabel(ExamRegistrationState state)
{
    return Table::stateLabel(state);
}

QString ExamRegistrationStateMachine::actionLabel(ExamRegistrationAction action)
{
    return Table::actionLabel(action);
}

} // namespace dd::domain
