#pragma once

#include "domain/ApplicationStateMachine.h"
#include "domain/Finding.h"
#include "domain/StateChange.h"
#include "domain/StateTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dd::domain {

// The states of one year's registration for the national exam (全国统考, tdxl.neea.edu.cn:
// register in March, pay, print the 准考证 about a week before the exam, sit it on a Sunday in
// May, scores about 60 working days later; REFERENCE.md §5.2). The labels are [S]/[I]; the
// codes are stable.
enum class ExamRegistrationState {
    Draft,        // 未报名: prepared in DegreeDesk, not yet registered
    Registered,   // 已报名: registered, not yet paid
    Paid,         // 已缴费
    TicketIssued, // 已打印准考证
    Sat,          // 已参加考试
    Scored,       // 已出成绩 (final)
    Absent,       // 缺考: the exam day passed without the candidate (final)
    Cancelled,    // 已取消: cancelled before payment
};

enum class ExamRegistrationAction {
    Edit,        // 修改 the registration's details
    Delete,      // 删除 the record from DegreeDesk
    Register,    // 报名
    Pay,         // 缴费
    Cancel,      // 取消报名
    IssueTicket, // 打印准考证 (printing it again is allowed)
    Sit,         // 参加考试
    Miss,        // 缺考
    RecordScore, // 成绩发布
};

// The life of an ExamRegistration as one table (ExamRegistrationStateMachine.cpp), with the
// same shape as ApplicationStateMachine.
//
// Choices made where the reference is silent (§5.2 gives only the calendar and the fee):
// - Registration details may be edited and the registration cancelled only before payment.
//   Payment commits the candidate: the fee is not refunded and the details go to the
//   provincial exam office, so after it the registration stands and a wrong detail is a
//   matter for that office. A registration is deleted from DegreeDesk only when it was never
//   registered or was cancelled.
// - A cancelled registration is editable again: 修改 turns it back into a draft, 报名
//   registers it again (within the registration window, which the calendar checks, not this
//   machine).
// - Absent (缺考) is a state, so that a registration whose exam day passed does not stay
//   "ticket printed" for ever; it is final like Scored. A new year is a new registration.
// - Only an applicant in the register (在册, ApplicationStateMachine::isInRegister) may
//   register: checkApplication().
class ExamRegistrationStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(ExamRegistrationStateMachine)

public:
    // The rule of every refusal by apply().
    static inline const QString ActionNotAllowedRule = QStringLiteral("state.actionNotAllowed");
    // checkApplication(): the degree application is not in the register.
    static inline const QString NotInRegisterRule = QStringLiteral("exam.notInRegister");

    // The answer for one state and action, as ApplicationStateMachine::Transition.
    using Transition = StateTransition<ExamRegistrationState>;

    static QList<ExamRegistrationState> allStates();
    static QList<ExamRegistrationAction> allActions();
    static constexpr ExamRegistrationState initialState() { return ExamRegistrationState::Draft; }

    static bool isAllowed(ExamRegistrationState state, ExamRegistrationAction action);
    static Transition check(ExamRegistrationState state, ExamRegistrationAction action);
    // The actions isAllowed() in the state, in declaration order.
    static QList<ExamRegistrationAction> allowedActions(ExamRegistrationState state);

    // Applies the action: on success moves `state` and returns no findings; on refusal leaves
    // it and returns one error on Field::State with ActionNotAllowedRule, the reason as
    // message and the state's code as detail.
    static Findings apply(ExamRegistrationState &state, ExamRegistrationAction action);
    // The same, appending a StateChange (at `at`, in UTC, with `note`) when the state changes.
    static Findings apply(ExamRegistrationState &state, QList<StateChange> &timeline,
                          ExamRegistrationAction action, const QDateTime &at,
                          const QString &note = {});

    // The candidate may change the details: Draft, Registered, Cancelled.
    static bool isEditable(ExamRegistrationState state);
    // Nothing more can happen: Scored, Absent.
    static bool isFinal(ExamRegistrationState state);
    // The dashboard's "registered for the exam": every state from Registered on, Cancelled
    // and Draft excepted.
    static bool countsAsRegistered(ExamRegistrationState state);
    // Registered but the fee not yet paid: the dashboard's reminder of the payment deadline.
    static bool awaitsPayment(ExamRegistrationState state);

    // Register needs the degree application in the register (在册). One error on
    // Field::State (NotInRegisterRule, detail: the application's state code) otherwise.
    static Findings checkApplication(ApplicationState application);

    // Stable lower-case codes ("ticket_issued", "record_score") and back; unknown → nullopt.
    static QString stateCode(ExamRegistrationState state);
    static std::optional<ExamRegistrationState> stateFromCode(QStringView code);
    static QString actionCode(ExamRegistrationAction action);
    static std::optional<ExamRegistrationAction> actionFromCode(QStringView code);
    // Translated labels ("Paid" / 已缴费).
    static QString stateLabel(ExamRegistrationState state);
    static QString actionLabel(ExamRegistrationAction action);
};

} // namespace dd::domain
