#include "domain/DefenseRequestTarget.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Field.h"
#include "domain/Progress.h"

namespace dd::domain {

std::optional<qsizetype>
DefenseRequestTarget::applicationFor(const QList<DegreeApplication> &applications)
{
    std::optional<qsizetype> closed;
    for (qsizetype i = applications.size() - 1; i >= 0; --i) {
        const std::optional<ApplicationState> state =
            ApplicationStateMachine::stateFromCode(applications.at(i).state);
        if (!state || !ApplicationStateMachine::countsAsSubmitted(*state)) {
            continue;
        }
        if (ApplicationStateMachine::isActive(*state)) {
            return i;
        }
        if (!closed) {
            closed = i;
        }
    }
    return closed;
}

Findings DefenseRequestTarget::check(const QList<DegreeApplication> &applications)
{
    const std::optional<qsizetype> row = applicationFor(applications);
    if (!row) {
        return {Finding::warning(
            Field::Applications, NoSubmittedApplicationRule,
            //: %1 is the step "Submit degree application", %2 the state "Submitted"
            tr("The thesis defence can be requested only after a degree application has been "
               "submitted. Submit it first (%1): its state must be %2.")
                .arg(Progress::stepLabel(Progress::Step::DegreeApplication),
                     ApplicationStateMachine::stateLabel(ApplicationState::Submitted)))};
    }
    const DegreeApplication &application = applications.at(*row);
    const ApplicationState state = *ApplicationStateMachine::stateFromCode(application.state);
    const auto transition = ApplicationStateMachine::check(
        state, ApplicationAction::RequestDefense,
        ApplicationStateMachine::failedDefenseCount(application.timeline));
    if (transition.allowed) {
        return {};
    }
    return {Finding::info(Field::Applications, NotNowRule, transition.reason,
                          ApplicationStateMachine::stateCode(state))};
}

} // namespace dd::domain
