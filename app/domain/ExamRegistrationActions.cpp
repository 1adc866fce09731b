#include "domain/ExamRegistrationActions.h"

#include "domain/ExamValidator.h"
#include "domain/Field.h"

namespace dd::domain {

ApplicationState ExamRegistrationActions::applicationStateFor(const Dossier &dossier)
{
    std::optional<ApplicationState> latest;
    std::optional<ApplicationState> latestInPlay;
    for (const DegreeApplication &application : dossier.applications) {
        const std::optional<ApplicationState> state =
            ApplicationStateMachine::stateFromCode(application.state);
        if (!state) {
            continue;
        }
        if (ApplicationStateMachine::isInRegister(*state)) {
            return *state;
        }
        latest = state;
        if (*state != ApplicationState::Cancelled) {
            latestInPlay = state;
        }
    }
    return latestInPlay.value_or(latest.value_or(ApplicationStateMachine::initialState()));
}

Findings ExamRegistrationActions::check(const ExamRegistration &registration,
                                        ExamRegistrationAction action, const Dossier &dossier,
                                        const ValidationContext &context)
{
    const std::optional<ExamRegistrationState> state =
        ExamRegistrationStateMachine::stateFromCode(registration.state);
    if (!state) {
        // ExamValidator names the unknown state.
        Findings unknown;
        for (const Finding &finding : ExamValidator::validate(registration, context)) {
            if (finding.field == Field::State) {
                unknown.append(finding);
            }
        }
        return unknown;
    }
    ExamRegistrationState next = *state;
    Findings findings = ExamRegistrationStateMachine::apply(next, action);
    if (!findings.isEmpty()) {
        return findings;
    }
    if (action == ExamRegistrationAction::Register) {
        findings += ExamRegistrationStateMachine::checkApplication(applicationStateFor(dossier));
        findings += errorsOnly(ExamValidator::validate(registration, context));
    }
    return findings;
}

Findings ExamRegistrationActions::apply(ExamRegistration &registration,
                                        ExamRegistrationAction action, const Dossier &dossier,
                                        const ValidationContext &context, const QDateTime &at)
{
    Findings findings = check(registration, action, dossier, context);
    if (!findings.isEmpty()) {
        return findings;
    }
    ExamRegistrationState state = *ExamRegistrationStateMachine::stateFromCode(registration.state);
    findings = ExamRegistrationStateMachine::apply(state, registration.timeline, action, at);
    if (!findings.isEmpty()) {
        return findings;
    }
    registration.state = ExamRegistrationStateMachine::stateCode(state);
    if (action == ExamRegistrationAction::Pay) {
        registration.feePaid = true;
    }
    return {};
}

} // namespace dd::domain
