#include "domain/ApplicationStateMachine.h"

#include "domain/Field.h"
#include "domain/StateTable.h"

#include <algorithm>
#include <span>

namespace dd::domain {

namespace {

using S = ApplicationState;
using A = ApplicationAction;

// --- the states -------------------------------------------------------------------------------

struct StateInfo
{
    S state;
    const char *code;
    const char *label;
    bool editable;
    bool submitted; // countsAsSubmitted()
    bool inRegister;
    bool active;
    bool final;
    bool degreeTypeOpen; // the degree type may still be changed
};

// clang-format off
constexpr StateInfo s_states[] = {
    // state               code                 label                                                          edit   subm   reg    active final  type
    {S::Draft,            "draft",             QT_TRANSLATE_NOOP("ApplicationStateMachine", "Not submitted"),          true,  false, false, false, false, true},
    {S::Submitted,        "submitted",         QT_TRANSLATE_NOOP("ApplicationStateMachine", "Submitted"),              false, true,  false, true,  false, false},
    {S::Confirmed,        "confirmed",         QT_TRANSLATE_NOOP("ApplicationStateMachine", "Confirmed on site"),      false, true,  false, true,  false, false},
    {S::Returned,         "returned",          QT_TRANSLATE_NOOP("ApplicationStateMachine", "Returned for correction"), true, false, false, true,  false, false},
    {S::Cancelled,        "cancelled",         QT_TRANSLATE_NOOP("ApplicationStateMachine", "Cancelled"),              true,  false, false, false, false, true},
    {S::Approved,         "approved",          QT_TRANSLATE_NOOP("ApplicationStateMachine", "Qualification approved"), false, true,  true,  true,  false, false},
    {S::DefenseRequested, "defense_requested", QT_TRANSLATE_NOOP("ApplicationStateMachine", "Defence requested"),      false, true,  true,  true,  false, false},
    {S::DefenseApproved,  "defense_approved",  QT_TRANSLATE_NOOP("ApplicationStateMachine", "Defence approved"),       false, true,  true,  true,  false, false},
    {S::DefenseRejected,  "defense_rejected",  QT_TRANSLATE_NOOP("ApplicationStateMachine", "Defence not approved"),   false, true,  true,  true,  false, false},
    {S::DefensePassed,    "defense_passed",    QT_TRANSLATE_NOOP("ApplicationStateMachine", "Defence passed"),         false, true,  true,  true,  false, false},
    {S::DefenseFailed,    "defense_failed",    QT_TRANSLATE_NOOP("ApplicationStateMachine", "Defence failed"),         false, true,  true,  true,  false, false},
    {S::Awarded,          "awarded",           QT_TRANSLATE_NOOP("ApplicationStateMachine", "Degree awarded"),         false, true,  false, false, true,  false},
    {S::NotAwarded,       "not_awarded",       QT_TRANSLATE_NOOP("ApplicationStateMachine", "Degree not awarded"),     false, true,  false, false, true,  false},
};
// clang-format on

// --- the actions ------------------------------------------------------------------------------

struct ActionInfo
{
    A action;
    const char *code;
    const char *label;
    bool byApplicant;
};

// clang-format off
constexpr ActionInfo s_actions[] = {
    {A::Create,         "create",          QT_TRANSLATE_NOOP("ApplicationStateMachine", "New application"),            true},
    {A::Edit,           "edit",            QT_TRANSLATE_NOOP("ApplicationStateMachine", "Edit"),                       true},
    {A::Delete,         "delete",          QT_TRANSLATE_NOOP("ApplicationStateMachine", "Delete"),                     true},
    {A::Submit,         "submit",          QT_TRANSLATE_NOOP("ApplicationStateMachine", "Submit application"),         true},
    {A::Cancel,         "cancel",          QT_TRANSLATE_NOOP("ApplicationStateMachine", "Cancel application"),         true},
    {A::Confirm,        "confirm",         QT_TRANSLATE_NOOP("ApplicationStateMachine", "Confirm on site"),            false},
    {A::Return,         "return",          QT_TRANSLATE_NOOP("ApplicationStateMachine", "Return for correction"),      false},
    {A::Approve,        "approve",         QT_TRANSLATE_NOOP("ApplicationStateMachine", "Approve qualification"),      false},
    {A::Withdraw,       "withdraw",        QT_TRANSLATE_NOOP("ApplicationStateMachine", "Withdraw from the register"), false},
    {A::RequestDefense, "request_defense", QT_TRANSLATE_NOOP("ApplicationStateMachine", "Request thesis defence"),     true},
    {A::ApproveDefense, "approve_defense", QT_TRANSLATE_NOOP("ApplicationStateMachine", "Approve defence request"),    false},
    {A::RejectDefense,  "reject_defense",  QT_TRANSLATE_NOOP("ApplicationStateMachine", "Reject defence request"),     false},
    {A::PassDefense,    "pass_defense",    QT_TRANSLATE_NOOP("ApplicationStateMachine", "Record defence passed"),      false},
    {A::FailDefense,    "fail_defense",    QT_TRANSLATE_NOOP("ApplicationStateMachine", "Record defence failed"),      false},
    {A::Award,          "award",           QT_TRANSLATE_NOOP("ApplicationStateMachine", "Award degree"),               false},
    {A::Refuse,         "refuse",          QT_TRANSLATE_NOOP("ApplicationStateMachine", "Refuse degree"),              false},
};
// clang-format on

// --- the transitions: one cell per state × action ---------------------------------------------

enum class Outcome : unsigned char {
    Allow,          // allowed: `next` is the state after
    AllowDelete,    // allowed: the record is removed
    AllowOnce,      // allowed while fewer than MaxDefenseAttempts defences have failed
    Stage,          // refused: the action belongs to other states (the reason lists them)
    AlreadyDone,    // refused: the application is already in the state the action leads to
    CancelFirst,    // refused: the applicant must cancel (取消申请) first
    AskInstitution, // refused: after 现场确认 only the institution withdraws (清退)
    Exists,         // refused: 新增申请 adds another application; this one exists
    Closed,         // refused: the application is closed (final state)
};

using Cell = StateCell<S, A, Outcome>;

using enum Outcome;

// clang-format off
constexpr Cell s_table[] = {
    // 未提交: edit, delete, submit
    {S::Draft, A::Create, Exists},
    {S::Draft, A::Edit, Allow, S::Draft},
    {S::Draft, A::Delete, AllowDelete},
    {S::Draft, A::Submit, Allow, S::Submitted},
    {S::Draft, A::Cancel, Stage},
    {S::Draft, A::Confirm, Stage},
    {S::Draft, A::Return, Stage},
    {S::Draft, A::Approve, Stage},
    {S::Draft, A::Withdraw, Stage},
    {S::Draft, A::RequestDefense, Stage},
    {S::Draft, A::ApproveDefense, Stage},
    {S::Draft, A::RejectDefense, Stage},
    {S::Draft, A::PassDefense, Stage},
    {S::Draft, A::FailDefense, Stage},
    {S::Draft, A::Award, Stage},
    {S::Draft, A::Refuse, Stage},

    // 已提交: only the applicant's cancel, and the institution's confirmation and review
    {S::Submitted, A::Create, Exists},
    {S::Submitted, A::Edit, CancelFirst},
    {S::Submitted, A::Delete, CancelFirst},
    {S::Submitted, A::Submit, AlreadyDone},
    {S::Submitted, A::Cancel, Allow, S::Cancelled},
    {S::Submitted, A::Confirm, Allow, S::Confirmed},
    {S::Submitted, A::Return, Allow, S::Returned},
    {S::Submitted, A::Approve, Allow, S::Approved},
    {S::Submitted, A::Withdraw, Stage},
    {S::Submitted, A::RequestDefense, Stage},
    {S::Submitted, A::ApproveDefense, Stage},
    {S::Submitted, A::RejectDefense, Stage},
    {S::Submitted, A::PassDefense, Stage},
    {S::Submitted, A::FailDefense, Stage},
    {S::Submitted, A::Award, Stage},
    {S::Submitted, A::Refuse, Stage},

    // 已现场确认: the applicant can no longer cancel; the institution reviews or withdraws
    {S::Confirmed, A::Create, Exists},
    {S::Confirmed, A::Edit, AskInstitution},
    {S::Confirmed, A::Delete, AskInstitution},
    {S::Confirmed, A::Submit, Stage},
    {S::Confirmed, A::Cancel, AskInstitution},
    {S::Confirmed, A::Confirm, AlreadyDone},
    {S::Confirmed, A::Return, Allow, S::Returned},
    {S::Confirmed, A::Approve, Allow, S::Approved},
    {S::Confirmed, A::Withdraw, Allow, S::Cancelled},
    {S::Confirmed, A::RequestDefense, Stage},
    {S::Confirmed, A::ApproveDefense, Stage},
    {S::Confirmed, A::RejectDefense, Stage},
    {S::Confirmed, A::PassDefense, Stage},
    {S::Confirmed, A::FailDefense, Stage},
    {S::Confirmed, A::Award, Stage},
    {S::Confirmed, A::Refuse, Stage},

    // 审核未通过/退回: back with the applicant: edit and submit again, or cancel
    {S::Returned, A::Create, Exists},
    {S::Returned, A::Edit, Allow, S::Returned},
    {S::Returned, A::Delete, CancelFirst},
    {S::Returned, A::Submit, Allow, S::Submitted},
    {S::Returned, A::Cancel, Allow, S::Cancelled},
    {S::Returned, A::Confirm, Stage},
    {S::Returned, A::Return, AlreadyDone},
    {S::Returned, A::Approve, Stage},
    {S::Returned, A::Withdraw, Stage},
    {S::Returned, A::RequestDefense, Stage},
    {S::Returned, A::ApproveDefense, Stage},
    {S::Returned, A::RejectDefense, Stage},
    {S::Returned, A::PassDefense, Stage},
    {S::Returned, A::FailDefense, Stage},
    {S::Returned, A::Award, Stage},
    {S::Returned, A::Refuse, Stage},

    // 已取消: editable again (修改 makes it a draft), submit again, or delete
    {S::Cancelled, A::Create, Exists},
    {S::Cancelled, A::Edit, Allow, S::Draft},
    {S::Cancelled, A::Delete, AllowDelete},
    {S::Cancelled, A::Submit, Allow, S::Submitted},
    {S::Cancelled, A::Cancel, AlreadyDone},
    {S::Cancelled, A::Confirm, Stage},
    {S::Cancelled, A::Return, Stage},
    {S::Cancelled, A::Approve, Stage},
    {S::Cancelled, A::Withdraw, AlreadyDone},
    {S::Cancelled, A::RequestDefense, Stage},
    {S::Cancelled, A::ApproveDefense, Stage},
    {S::Cancelled, A::RejectDefense, Stage},
    {S::Cancelled, A::PassDefense, Stage},
    {S::Cancelled, A::FailDefense, Stage},
    {S::Cancelled, A::Award, Stage},
    {S::Cancelled, A::Refuse, Stage},

    // 资格审查通过 (在册): request the defence; only the institution withdraws
    {S::Approved, A::Create, Exists},
    {S::Approved, A::Edit, AskInstitution},
    {S::Approved, A::Delete, AskInstitution},
    {S::Approved, A::Submit, Stage},
    {S::Approved, A::Cancel, AskInstitution},
    {S::Approved, A::Confirm, Stage},
    {S::Approved, A::Return, Stage},
    {S::Approved, A::Approve, AlreadyDone},
    {S::Approved, A::Withdraw, Allow, S::Cancelled},
    {S::Approved, A::RequestDefense, Allow, S::DefenseRequested},
    {S::Approved, A::ApproveDefense, Stage},
    {S::Approved, A::RejectDefense, Stage},
    {S::Approved, A::PassDefense, Stage},
    {S::Approved, A::FailDefense, Stage},
    {S::Approved, A::Award, Stage},
    {S::Approved, A::Refuse, Stage},

    // 已申请答辩资格: the institution decides on the request
    {S::DefenseRequested, A::Create, Exists},
    {S::DefenseRequested, A::Edit, AskInstitution},
    {S::DefenseRequested, A::Delete, AskInstitution},
    {S::DefenseRequested, A::Submit, Stage},
    {S::DefenseRequested, A::Cancel, AskInstitution},
    {S::DefenseRequested, A::Confirm, Stage},
    {S::DefenseRequested, A::Return, Stage},
    {S::DefenseRequested, A::Approve, Stage},
    {S::DefenseRequested, A::Withdraw, Stage},
    {S::DefenseRequested, A::RequestDefense, AlreadyDone},
    {S::DefenseRequested, A::ApproveDefense, Allow, S::DefenseApproved},
    {S::DefenseRequested, A::RejectDefense, Allow, S::DefenseRejected},
    {S::DefenseRequested, A::PassDefense, Stage},
    {S::DefenseRequested, A::FailDefense, Stage},
    {S::DefenseRequested, A::Award, Stage},
    {S::DefenseRequested, A::Refuse, Stage},

    // 答辩资格审核通过: the defence is held
    {S::DefenseApproved, A::Create, Exists},
    {S::DefenseApproved, A::Edit, AskInstitution},
    {S::DefenseApproved, A::Delete, AskInstitution},
    {S::DefenseApproved, A::Submit, Stage},
    {S::DefenseApproved, A::Cancel, AskInstitution},
    {S::DefenseApproved, A::Confirm, Stage},
    {S::DefenseApproved, A::Return, Stage},
    {S::DefenseApproved, A::Approve, Stage},
    {S::DefenseApproved, A::Withdraw, Stage},
    {S::DefenseApproved, A::RequestDefense, Stage},
    {S::DefenseApproved, A::ApproveDefense, AlreadyDone},
    {S::DefenseApproved, A::RejectDefense, Stage},
    {S::DefenseApproved, A::PassDefense, Allow, S::DefensePassed},
    {S::DefenseApproved, A::FailDefense, Allow, S::DefenseFailed},
    {S::DefenseApproved, A::Award, Stage},
    {S::DefenseApproved, A::Refuse, Stage},

    // 答辩资格审核未通过: the applicant may request again
    {S::DefenseRejected, A::Create, Exists},
    {S::DefenseRejected, A::Edit, AskInstitution},
    {S::DefenseRejected, A::Delete, AskInstitution},
    {S::DefenseRejected, A::Submit, Stage},
    {S::DefenseRejected, A::Cancel, AskInstitution},
    {S::DefenseRejected, A::Confirm, Stage},
    {S::DefenseRejected, A::Return, Stage},
    {S::DefenseRejected, A::Approve, Stage},
    {S::DefenseRejected, A::Withdraw, Stage},
    {S::DefenseRejected, A::RequestDefense, Allow, S::DefenseRequested},
    {S::DefenseRejected, A::ApproveDefense, Stage},
    {S::DefenseRejected, A::RejectDefense, AlreadyDone},
    {S::DefenseRejected, A::PassDefense, Stage},
    {S::DefenseRejected, A::FailDefense, Stage},
    {S::DefenseRejected, A::Award, Stage},
    {S::DefenseRejected, A::Refuse, Stage},

    // 论文答辩通过: the degree committee decides
    {S::DefensePassed, A::Create, Exists},
    {S::DefensePassed, A::Edit, AskInstitution},
    {S::DefensePassed, A::Delete, AskInstitution},
    {S::DefensePassed, A::Submit, Stage},
    {S::DefensePassed, A::Cancel, AskInstitution},
    {S::DefensePassed, A::Confirm, Stage},
    {S::DefensePassed, A::Return, Stage},
    {S::DefensePassed, A::Approve, Stage},
    {S::DefensePassed, A::Withdraw, Stage},
    {S::DefensePassed, A::RequestDefense, Stage},
    {S::DefensePassed, A::ApproveDefense, Stage},
    {S::DefensePassed, A::RejectDefense, Stage},
    {S::DefensePassed, A::PassDefense, AlreadyDone},
    {S::DefensePassed, A::FailDefense, Stage},
    {S::DefensePassed, A::Award, Allow, S::Awarded},
    {S::DefensePassed, A::Refuse, Allow, S::NotAwarded},

    // 论文答辩未通过: one retry (AllowOnce), or the degree is refused
    {S::DefenseFailed, A::Create, Exists},
    {S::DefenseFailed, A::Edit, AskInstitution},
    {S::DefenseFailed, A::Delete, AskInstitution},
    {S::DefenseFailed, A::Submit, Stage},
    {S::DefenseFailed, A::Cancel, AskInstitution},
    {S::DefenseFailed, A::Confirm, Stage},
    {S::DefenseFailed, A::Return, Stage},
    {S::DefenseFailed, A::Approve, Stage},
    {S::DefenseFailed, A::Withdraw, Stage},
    {S::DefenseFailed, A::RequestDefense, AllowOnce, S::DefenseRequested},
    {S::DefenseFailed, A::ApproveDefense, Stage},
    {S::DefenseFailed, A::RejectDefense, Stage},
    {S::DefenseFailed, A::PassDefense, Stage},
    {S::DefenseFailed, A::FailDefense, AlreadyDone},
    {S::DefenseFailed, A::Award, Stage},
    {S::DefenseFailed, A::Refuse, Allow, S::NotAwarded},

    // 已授予学位: closed
    {S::Awarded, A::Create, Exists},
    {S::Awarded, A::Edit, Closed},
    {S::Awarded, A::Delete, Closed},
    {S::Awarded, A::Submit, Closed},
    {S::Awarded, A::Cancel, Closed},
    {S::Awarded, A::Confirm, Closed},
    {S::Awarded, A::Return, Closed},
    {S::Awarded, A::Approve, Closed},
    {S::Awarded, A::Withdraw, Closed},
    {S::Awarded, A::RequestDefense, Closed},
    {S::Awarded, A::ApproveDefense, Closed},
    {S::Awarded, A::RejectDefense, Closed},
    {S::Awarded, A::PassDefense, Closed},
    {S::Awarded, A::FailDefense, Closed},
    {S::Awarded, A::Award, Closed},
    {S::Awarded, A::Refuse, Closed},

    // 未授予学位: closed
    {S::NotAwarded, A::Create, Exists},
    {S::NotAwarded, A::Edit, Closed},
    {S::NotAwarded, A::Delete, Closed},
    {S::NotAwarded, A::Submit, Closed},
    {S::NotAwarded, A::Cancel, Closed},
    {S::NotAwarded, A::Confirm, Closed},
    {S::NotAwarded, A::Return, Closed},
    {S::NotAwarded, A::Approve, Closed},
    {S::NotAwarded, A::Withdraw, Closed},
    {S::NotAwarded, A::RequestDefense, Closed},
    {S::NotAwarded, A::ApproveDefense, Closed},
    {S::NotAwarded, A::RejectDefense, Closed},
    {S::NotAwarded, A::PassDefense, Closed},
    {S::NotAwarded, A::FailDefense, Closed},
    {S::NotAwarded, A::Award, Closed},
    {S::NotAwarded, A::Refuse, Closed},
};
// clang-format on

// The tables above, for the machinery of StateTable.h.
struct Rules
{
    static constexpr const char *Context = "ApplicationStateMachine";
    static constexpr int StateCount = static_cast<int>(S::NotAwarded) + 1;
    static constexpr int ActionCount = static_cast<int>(A::Refuse) + 1;
    static constexpr std::span<const StateInfo> States{s_states};
    static constexpr std::span<const ActionInfo> Actions{s_actions};
    static constexpr std::span<const Cell> Cells{s_table};
    static constexpr bool isAllowing(Outcome outcome)
    {
        return outcome == Allow || outcome == AllowDelete || outcome == AllowOnce;
    }
};

using Table = StateTable<Rules>;
static_assert(Table::isConsistent(), "the state machine's tables are incomplete or out of order");

QString quoted(const QString &text)
{
    //: Quotation marks around a state or an action named in a sentence
    return QCoreApplication::translate("ApplicationStateMachine", "“%1”").arg(text);
}

} // namespace

QList<ApplicationState> ApplicationStateMachine::allStates()
{
    return Table::allStates();
}

QList<ApplicationAction> ApplicationStateMachine::allActions()
{
    return Table::allActions();
}

bool ApplicationStateMachine::isAllowed(ApplicationState state, ApplicationAction action)
{
    return Table::isAllowed(state, action);
}

ApplicationStateMachine::Transition
ApplicationStateMachine::check(ApplicationState state, ApplicationAction action, int failedDefenses)
{
    const QString actionText = quoted(actionLabel(action));
    const QString stateText = quoted(stateLabel(state));

    QString reason;
    switch (Table::cell(state, action).outcome) {
    case Allow:
    case AllowDelete:
        return Table::allow(state, action);
    case AllowOnce:
        if (failedDefenses < MaxDefenseAttempts) {
            return Table::allow(state, action);
        }
        reason =
            //: %1 is an action, %2 a state, %3 how many defences have failed (2 or more)
            tr("%1 is not possible while the application is %2: the thesis defence has "
               "already failed %3 times, and a failed defence may be retried only once. The "
               "degree committee now decides whether the degree is refused.")
                .arg(actionText, stateText, QString::number(failedDefenses));
        break;
    case Stage:
        reason =
            //: %1 is an action, %2 a state, %3 a list of states such as "“Submitted” or “Returned”"
            tr("%1 is not possible while the application is %2. It is possible only in these "
               "states: %3.")
                .arg(actionText, stateText, Table::statesAllowing(action, quoted));
        break;
    case AlreadyDone:
        //: %1 is an action, %2 a state
        reason =
            tr("%1 is not possible: the application is already %2.").arg(actionText, stateText);
        break;
    case CancelFirst:
        if (action == A::Delete) {
            //: %1 is an action, %2 a state
            reason = tr("%1 is not possible while the application is %2: the awarding "
                        "institution has it, so it cannot be deleted. Cancel it first "
                        "(取消申请), then delete it.")
                         .arg(actionText, stateText);
        } else {
            //: %1 is an action, %2 a state
            reason = tr("%1 is not possible while the application is %2: the awarding "
                        "institution has it, so it cannot be changed. Cancel it first "
                        "(取消申请), then edit it and submit it again.")
                         .arg(actionText, stateText);
        }
        break;
    case AskInstitution:
        //: %1 is an action, %2 a state
        reason = tr("%1 is not possible while the application is %2: after the on-site "
                    "confirmation (现场确认) only the awarding institution can withdraw an "
                    "application (清退). If something must be corrected, ask the institution.")
                     .arg(actionText, stateText);
        break;
    case Exists:
        //: %1 is the action "New application", %2 a state
        reason = tr("%1 does not apply to an existing application (this one is %2). Use %1 "
                    "in the table of applications to add another one.")
                     .arg(actionText, stateText);
        break;
    case Closed:
        //: %1 is an action, %2 a final state
        reason = tr("%1 is not possible: the application is closed (%2). To apply again, "
                    "add a new application (新增申请).")
                     .arg(actionText, stateText);
        break;
    }
    return Table::refuse(state, reason);
}

QList<ApplicationAction> ApplicationStateMachine::allowedActions(ApplicationState state)
{
    return Table::allowedActions(state);
}

Findings ApplicationStateMachine::apply(ApplicationState &state, ApplicationAction action,
                                        int failedDefenses)
{
    return Table::apply(state, check(state, action, failedDefenses), ActionNotAllowedRule);
}

Findings ApplicationStateMachine::apply(ApplicationState &state, QList<StateChange> &timeline,
                                        ApplicationAction action, const QDateTime &at,
                                        const QString &note)
{
    return Table::apply(state, timeline, action, check(state, action, failedDefenseCount(timeline)),
                        ActionNotAllowedRule, at, note);
}

int ApplicationStateMachine::failedDefenseCount(const QList<StateChange> &timeline)
{
    const QString failed = actionCode(A::FailDefense);
    return static_cast<int>(
        std::count_if(timeline.cbegin(), timeline.cend(),
                      [&](const StateChange &c) { return c.action == failed; }));
}

bool ApplicationStateMachine::isEditable(ApplicationState state)
{
    return Table::info(state).editable;
}

bool ApplicationStateMachine::isFinal(ApplicationState state)
{
    return Table::info(state).final;
}

bool ApplicationStateMachine::countsAsSubmitted(ApplicationState state)
{
    return Table::info(state).submitted;
}

bool ApplicationStateMachine::isInRegister(ApplicationState state)
{
    return Table::info(state).inRegister;
}

bool ApplicationStateMachine::isActive(ApplicationState state)
{
    return Table::info(state).active;
}

bool ApplicationStateMachine::isApplicantAction(ApplicationAction action)
{
    return Table::info(action).byApplicant;
}

Findings ApplicationStateMachine::checkDegreeTypeChange(ApplicationState state)
{
    if (Table::info(state).degreeTypeOpen) {
        return {};
    }
    const QString field = Field::label(Field::DegreeType);
    const QString stateText = quoted(stateLabel(state));
    QString message;
    if (isFinal(state)) {
        //: %1 is the field "Degree type", %2 a final state
        message = tr("%1 cannot be changed: the application is closed (%2). To apply for "
                     "another degree type, add a new application (新增申请).")
                      .arg(field, stateText);
    } else if (isAllowed(state, A::Cancel)) {
        //: %1 is the field "Degree type", %2 a state
        message = tr("%1 cannot be changed while the application is %2. Cancel the application "
                     "(取消申请), then choose the right degree type and submit it again.")
                      .arg(field, stateText);
    } else {
        //: %1 is the field "Degree type", %2 a state
        message = tr("%1 cannot be changed while the application is %2: after the on-site "
                     "confirmation (现场确认) only the awarding institution can withdraw the "
                     "application (清退). Ask the institution to withdraw it, then apply again "
                     "with the right degree type.")
                      .arg(field, stateText);
    }
    return {Finding::error(Field::DegreeType, DegreeTypeLockedRule, message, stateCode(state))};
}

Findings ApplicationStateMachine::checkCreate(const QList<ApplicationState> &existing)
{
    const auto active = std::find_if(existing.cbegin(), existing.cend(), isActive);
    if (active == existing.cend()) {
        return {};
    }
    const QString stateText = quoted(stateLabel(*active));
    const QString message =
        isAllowed(*active, A::Cancel)
            //: %1 is the state of the applicant's other application
            ? tr("Another application is %1: one applicant cannot apply to two awarding "
                 "institutions at the same time. Cancel that application (取消申请) first.")
                  .arg(stateText)
            //: %1 is the state of the applicant's other application
            : tr("Another application is %1: one applicant cannot apply to two awarding "
                 "institutions at the same time. Ask that institution to withdraw it (清退) "
                 "first, or wait until it is closed.")
                  .arg(stateText);
    return {Finding::error(Field::State, AnotherActiveRule, message, stateCode(*active))};
}

QString ApplicationStateMachine::stateCode(ApplicationState state)
{
    return Table::stateCode(state);
}

std::optional<ApplicationState> ApplicationStateMachine::stateFromCode(QStringView code)
{
    return Table::stateFromCode(code);
}

QString ApplicationStateMachine::actionCode(ApplicationAction action)
{
    return Table::actionCode(action);
}

std::optional<ApplicationAction> ApplicationStateMachine::actionFromCode(QStringView code)
{
    return Table::actionFromCode(code);
}

QString ApplicationStateMachine::stateLabel(ApplicationState state)
{
    return Table::stateLabel(state);
}

QString ApplicationStateMachine::actionLabel(ApplicationAction action)
{
    return Table::actionLabel(action);
}

} // namespace dd::domain
