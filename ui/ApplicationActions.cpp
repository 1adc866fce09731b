#include "ApplicationActions.h"

#include "Session.h"
#include "platform/Clock.h"
#include "store/Store.h"

namespace dd::ui {

namespace {

using domain::ApplicationAction;
using domain::ApplicationStateMachine;
using domain::DegreeApplication;

ApplicationActions::Outcome refused(const domain::Findings &findings)
{
    return {false, findings.isEmpty() ? QString() : findings.first().message};
}

ApplicationActions::Outcome unknownState(const QString &code)
{
    //: %1 is the state code stored with an application
    return {false,
            ApplicationActions::tr("The state “%1” of this application is unknown.").arg(code)};
}

} // namespace

ApplicationActions::ApplicationActions(Session *session)
    : m_session(session)
{}

ApplicationActions::Outcome
ApplicationActions::create(const QList<domain::ApplicationState> &existing, QUuid *created)
{
    if (const domain::Findings refusal = ApplicationStateMachine::checkCreate(existing);
        !refusal.isEmpty()) {
        return refused(refusal);
    }
    // The portal fills in the year and the month of the online application.
    DegreeApplication application;
    application.state = ApplicationStateMachine::stateCode(ApplicationStateMachine::initialState());
    const QDate today = m_session->clock().today();
    application.year = QString::number(today.year());
    application.applicationMonth = today.toString(QStringLiteral("yyyyMM"));
    const auto saved = m_session->store().save(m_session->applicant(), application);
    if (!saved) {
        m_session->reportError(saved.error());
        return {};
    }
    *created = saved->uuid;
    m_session->notifyChanged(DegreeApplication::kind());
    return {true, {}};
}

ApplicationActions::Outcome ApplicationActions::remove(const QUuid &uuid,
                                                       const DegreeApplication &application)
{
    auto state = ApplicationStateMachine::stateFromCode(application.state);
    if (!state) {
        return unknownState(application.state);
    }
    if (const domain::Findings refusal =
            ApplicationStateMachine::apply(*state, ApplicationAction::Delete);
        !refusal.isEmpty()) {
        return refused(refusal);
    }
    const auto removed = m_session->store().removeRecord(uuid);
    if (!removed) {
        m_session->reportError(removed.error());
        return {};
    }
    m_session->notifyChanged(DegreeApplication::kind());
    return {true, {}};
}

ApplicationActions::Outcome ApplicationActions::apply(const QUuid &uuid,
                                                      DegreeApplication &application,
                                                      ApplicationAction action)
{
    auto state = ApplicationStateMachine::stateFromCode(application.state);
    if (!state) {
        return unknownState(application.state);
    }
    DegreeApplication changed = application;
    if (const domain::Findings refusal = ApplicationStateMachine::apply(
            *state, changed.timeline, action, m_session->clock().now());
        !refusal.isEmpty()) {
        return refused(refusal);
    }
    changed.state = ApplicationStateMachine::stateCode(*state);
    const auto saved = m_session->store().save(m_session->applicant(), changed, uuid);
    if (!saved) {
        m_session->reportError(saved.error());
        return {};
    }
    application = changed;
    m_session->notifyChanged(DegreeApplication::kind());
    return {true, {}};
}

} // namespace dd::ui
