#pragma once

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

// The states of a degree application (提交学位申请 → 查看申请状态). Only 已提交 is confirmed
// on the portal; the rest follow REFERENCE.md §5.3 (the handbook's steps 提交 → 现场确认 →
// 学校审核入册 → 统考 → 答辩 → 授予) and are [I]: labels are data, the codes are stable.
enum class ApplicationState {
    Draft,     // 未提交: saved, not yet submitted
    Submitted, // 已提交: before 现场确认 the applicant may still cancel it
    Confirmed, // 已现场确认: confirmed in person; from now on only the institution withdraws
    Returned,  // 审核未通过/退回: returned by the institution with a reason
    Cancelled, // 已取消: cancelled by the applicant, or withdrawn (清退) by the institution
    Approved,  // 资格审查通过 (在册): in the register; may sit the national exam
    DefenseRequested, // 已申请答辩资格
    DefenseApproved,  // 答辩资格审核通过
    DefenseRejected,  // 答辩资格审核未通过
    DefensePassed,    // 论文答辩通过
    DefenseFailed,    // 论文答辩未通过
    Awarded,          // 已授予学位 (final)
    NotAwarded,       // 未授予学位 (final)
};

// What can happen to an application: the applicant's buttons of the portal's table (新增申请 ·
// 修改 · 删除 · 提交申请 · 取消申请, and 申请论文答辩资格 from the menu), and the awarding
// institution's decisions, which DegreeDesk only records when the portal shows them.
enum class ApplicationAction {
    Create,         // 新增申请 (a table button: adds a new application, see checkCreate())
    Edit,           // 修改
    Delete,         // 删除
    Submit,         // 提交申请
    Cancel,         // 取消申请
    Confirm,        // 现场确认 done (institution)
    Return,         // 审核退回 (institution)
    Approve,        // 审核通过, 入册 (institution)
    Withdraw,       // 清退 (institution)
    RequestDefense, // 申请论文答辩资格 (applicant)
    ApproveDefense, // 答辩资格审核通过 (institution)
    RejectDefense,  // 答辩资格审核未通过 (institution)
    PassDefense,    // 论文答辩通过 (institution)
    FailDefense,    // 论文答辩未通过 (institution)
    Award,          // 授予学位 (学位评定委员会)
    Refuse,         // 不授予学位 (学位评定委员会)
};

// The life of a DegreeApplication as one table (ApplicationStateMachine.cpp): for every
// state × action whether it is allowed, the state it leads to, and for a refusal which kind
// of reason applies. Every other answer (allowed actions, the reasons, the dashboard's
// groupings) is read from that table and from the table of states beside it.
//
// Choices made where the reference is silent or loose (REFERENCE.md §5.3, the handbook's
// "现场确认前可自行取消后修改；确认后需联系学校清退"):
// - Cancelling does not end an application: 取消申请 takes it out of the institution's hands
//   and back to the applicant. A cancelled application is editable: 修改 turns it back into a
//   draft (未提交), 提交申请 submits it again as it is, 删除 removes it. This is how a wrong
//   choice (institution, discipline, degree type) is corrected: cancel, edit, submit again.
// - 现场确认 is a state of its own (Confirmed), because that is where the applicant loses the
//   right to cancel. Approve is allowed from Submitted as well, for applicants confirmed in an
//   earlier year who need not confirm again.
// - After 现场确认 the applicant can neither cancel, edit nor delete; the institution may
//   withdraw the record (清退, Withdraw) while it is Confirmed or Approved, which leaves it
//   Cancelled and so editable again. Once the defence stage has begun nothing is withdrawn.
// - A returned application stays with the applicant: it can be edited (it stays Returned, so
//   the institution's reason stays in view), submitted again, or cancelled; it is deleted only
//   after cancelling, like a submitted one.
// - The degree type (申请学位类型) can be changed only in a draft or a cancelled application
//   (the portal: "一旦选择错误,需要取消后重新申请"), not by editing a returned one.
// - A rejected defence request (答辩资格未通过) may be made again without limit; a failed
//   defence (论文答辩未通过) may be retried once (§5.1: "a failed defence may be retried
//   once"), so RequestDefense from DefenseFailed depends on how many defences have failed.
//   The table marks that cell; check() takes the count, apply() counts it in the timeline.
// - Create is never allowed on an existing application: 新增申请 adds another one, which
//   starts as initialState() and is subject to checkCreate().
class ApplicationStateMachine
{
    Q_DECLARE_TR_FUNCTIONS(ApplicationStateMachine)

public:
    // The rule of every refusal by apply().
    static inline const QString ActionNotAllowedRule = QStringLiteral("state.actionNotAllowed");
    // checkDegreeTypeChange(): the degree type of a submitted application cannot change.
    static inline const QString DegreeTypeLockedRule = QStringLiteral("state.degreeTypeLocked");
    // checkCreate(): another application is still before an institution.
    static inline const QString AnotherActiveRule = QStringLiteral("state.anotherActive");
    // A thesis defence may be held at most twice: the first time and one retry.
    static constexpr int MaxDefenseAttempts = 2;

    // The answer for one state and action: allowed, the state after it, whether the record is
    // removed, and for a refusal the reason (StateTable.h).
    using Transition = StateTransition<ApplicationState>;

    // Every state and every action, in declaration order.
    static QList<ApplicationState> allStates();
    static QList<ApplicationAction> allActions();
    // The state of an application that 新增申请 has just created.
    static constexpr ApplicationState initialState() { return ApplicationState::Draft; }

    // Whether the table allows the action in the state. For RequestDefense after a failed
    // defence this is the table's answer; whether the retry is used up needs check().
    static bool isAllowed(ApplicationState state, ApplicationAction action);
    // The full answer. `failedDefenses` is how many defences of this application have failed
    // so far (failedDefenseCount() of its timeline); it matters only for RequestDefense in
    // DefenseFailed, which is refused once it reaches MaxDefenseAttempts.
    static Transition check(ApplicationState state, ApplicationAction action,
                            int failedDefenses = 0);
    // The actions isAllowed() in the state, in declaration order.
    static QList<ApplicationAction> allowedActions(ApplicationState state);

    // Applies the action: on success moves `state` and returns no findings; on refusal leaves
    // `state` as it was and returns one error on Field::State with ActionNotAllowedRule, the
    // reason as message and the state's code as detail.
    static Findings apply(ApplicationState &state, ApplicationAction action,
                          int failedDefenses = 0);
    // The same, counting failed defences in `timeline` and appending a StateChange (at `at`,
    // converted to UTC, with `note`) when the state changes. Actions that leave the state as
    // it is (editing a draft, Delete) add no entry.
    static Findings apply(ApplicationState &state, QList<StateChange> &timeline,
                          ApplicationAction action, const QDateTime &at, const QString &note = {});
    // How many entries of the timeline record a failed defence.
    static int failedDefenseCount(const QList<StateChange> &timeline);

    // The applicant may change the application's fields (修改): Draft, Returned, Cancelled.
    static bool isEditable(ApplicationState state);
    // Nothing more can happen: Awarded, NotAwarded.
    static bool isFinal(ApplicationState state);
    // The dashboard's "application submitted" (提交学位申请 done): every state from Submitted
    // on, final ones included; not Draft, Returned (waiting for the applicant) or Cancelled.
    static bool countsAsSubmitted(ApplicationState state);
    // In the register (在册库): qualification approved and no final decision yet. Only then
    // may the applicant register for the national exam (REFERENCE.md §1.2 step 5).
    static bool isInRegister(ApplicationState state);
    // Still before an institution: submitted or returned and not closed. One applicant may
    // have only one such application at a time (REFERENCE.md §5.1).
    static bool isActive(ApplicationState state);
    // Whether the applicant does the action on the portal (true) or DegreeDesk records the
    // institution's decision (false). The server lets staff record decisions.
    static bool isApplicantAction(ApplicationAction action);

    // Changing 申请学位类型: allowed in Draft and Cancelled. Otherwise one error on
    // Field::DegreeType (DegreeTypeLockedRule, detail: the state's code) saying how to apply
    // again: cancel, ask the institution to withdraw, or add a new application.
    static Findings checkDegreeTypeChange(ApplicationState state);
    // 新增申请 next to the applicant's existing applications: refused (one error on
    // Field::State, AnotherActiveRule, detail: the other application's state code) while
    // another application isActive().
    static Findings checkCreate(const QList<ApplicationState> &existing);

    // Stable lower-case codes for JSON and the database ("draft", "defense_requested"), and
    // back; an unknown code gives std::nullopt.
    static QString stateCode(ApplicationState state);
    static std::optional<ApplicationState> stateFromCode(QStringView code);
    static QString actionCode(ApplicationAction action);
    static std::optional<ApplicationAction> actionFromCode(QStringView code);
    // Translated labels ("Submitted" / 已提交, "Cancel application" / 取消申请).
    static QString stateLabel(ApplicationState state);
    static QString actionLabel(ApplicationAction action);
};

} // namespace dd::domain
