#include "ApplicationPush.h"

#include "domain/Field.h"

namespace dd::server {

namespace {

using Machine = domain::ApplicationStateMachine;
using domain::ApplicationAction;
using domain::ApplicationState;
using Status = QHttpServerResponse::StatusCode;

// The application without its state and timeline: what 修改 changes.
domain::DegreeApplication fieldsOf(domain::DegreeApplication application)
{
    application.state.clear();
    application.timeline.clear();
    return application;
}

QString entryKey(qsizetype index)
{
    return QStringLiteral("timeline[%1]").arg(index);
}

} // namespace

ApiError ApplicationPush::refusal(const domain::Findings &findings)
{
    const domain::Findings errors = domain::errorsOnly(findings);
    const domain::Finding first =
        errors.isEmpty() ? domain::Finding::error(domain::Field::State, QString(), QString())
                         : errors.constFirst();
    ApiError error =
        ApiError::make(Status::UnprocessableEntity, IllegalTransition, first.message, first.field);
    error.findings = domain::toJson(findings);
    return error;
}

ApiError ApplicationPush::refusal(const QString &field, const QString &message)
{
    return refusal(
        domain::Findings{domain::Finding::error(field, Machine::ActionNotAllowedRule, message)});
}

ApiError ApplicationPush::institutionOnly(ApplicationAction action, const QString &field)
{
    return ApiError::make(Status::Forbidden, QStringLiteral("forbidden"),
                          QStringLiteral("\"%1\" is a decision of the institution: only the "
                                         "center's staff record it.")
                              .arg(Machine::actionCode(action)),
                          field);
}

ApiResult<QList<domain::StateChange>>
ApplicationPush::check(const std::optional<domain::DegreeApplication> &stored,
                       const domain::DegreeApplication &pushed, bool institution,
                       const QList<ApplicationState> &others)
{
    if (!Machine::stateFromCode(pushed.state)) {
        return ApiError::make(
            Status::BadRequest, QStringLiteral("invalidField"),
            QStringLiteral("\"%1\" is not a state of a degree application.").arg(pushed.state),
            domain::Field::State);
    }
    ApplicationState state = Machine::initialState();
    QList<domain::StateChange> base;
    if (stored) {
        state = Machine::stateFromCode(stored->state).value_or(Machine::initialState());
        base = stored->timeline;
        if (pushed.timeline.size() < base.size()
            || !std::equal(base.cbegin(), base.cend(), pushed.timeline.cbegin())) {
            return refusal(domain::StateChange::TimelineKey,
                           QStringLiteral("The timeline must keep the %1 entries the server has, "
                                          "as they are, and add new ones after them.")
                               .arg(base.size()));
        }
    } else if (const domain::Findings refused = Machine::checkCreate(others);
               domain::hasErrors(refused)) {
        return refusal(refused);
    }
    const ApplicationState storedState = state;
    bool editable = !stored || Machine::isEditable(state);
    bool typeChangeable = !stored || Machine::checkDegreeTypeChange(state).isEmpty();
    int failedDefenses = Machine::failedDefenseCount(base);

    QList<domain::StateChange> added;
    for (qsizetype i = base.size(); i < pushed.timeline.size(); ++i) {
        const domain::StateChange &entry = pushed.timeline.at(i);
        const QString key = entryKey(i);
        if (entry.from != Machine::stateCode(state)) {
            return refusal(key + QStringLiteral(".from"),
                           QStringLiteral("%1 starts from \"%2\", but the application is \"%3\" "
                                          "there.")
                               .arg(key, entry.from, Machine::stateCode(state)));
        }
        const auto action = Machine::actionFromCode(entry.action);
        if (!action || *action == ApplicationAction::Create
            || *action == ApplicationAction::Delete) {
            return refusal(key + QStringLiteral(".action"),
                           QStringLiteral("%1: \"%2\" is not an action that changes the state of "
                                          "an application.")
                               .arg(key, entry.action));
        }
        if (!institution && !Machine::isApplicantAction(*action)) {
            return institutionOnly(*action, key + QStringLiteral(".action"));
        }
        const Machine::Transition transition = Machine::check(state, *action, failedDefenses);
        if (!transition.allowed) {
            return refusal(key + QStringLiteral(".action"), transition.reason);
        }
        if (Machine::stateCode(transition.next) != entry.to) {
            return refusal(
                key + QStringLiteral(".to"),
                QStringLiteral("%1: \"%2\" leads to \"%3\", not to \"%4\".")
                    .arg(key, entry.action, Machine::stateCode(transition.next), entry.to));
        }
        if (*action == ApplicationAction::FailDefense) {
            ++failedDefenses;
        }
        state = transition.next;
        editable = editable || Machine::isEditable(state);
        typeChangeable = typeChangeable || Machine::checkDegreeTypeChange(state).isEmpty();
        added.append(entry);
    }
    if (Machine::stateCode(state) != pushed.state) {
        return refusal(domain::Field::State,
                       QStringLiteral("The state is \"%1\", but the timeline leads to \"%2\": a "
                                      "state changes only with an entry of the timeline.")
                           .arg(pushed.state, Machine::stateCode(state)));
    }
    if (stored && fieldsOf(*stored) != fieldsOf(pushed)) {
        if (!editable) {
            return refusal(domain::Field::State,
                           Machine::check(storedState, ApplicationAction::Edit).reason);
        }
        if (stored->degreeType != pushed.degreeType && !typeChangeable) {
            return refusal(Machine::checkDegreeTypeChange(storedState));
        }
    }
    return added;
}

} // namespace dd::server
