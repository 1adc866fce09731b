#include "SyncStatusSource.h"

#include "Session.h"
#include "store/Store.h"

namespace dd::ui {

using sync::SyncStatus;

SyncStatusSource::SyncStatusSource(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    connect(m_session, &Session::recordsChanged, this, &SyncStatusSource::refreshCounts);
    connect(m_session, &Session::applicantsChanged, this, &SyncStatusSource::refreshCounts);
    refreshCounts();
}

void SyncStatusSource::setStatus(const SyncStatus &status)
{
    publish(status);
}

void SyncStatusSource::refreshCounts()
{
    publish(m_status);
}

void SyncStatusSource::syncNow()
{
    if (m_syncNow) {
        m_syncNow();
    } else {
        refreshCounts();
    }
}

void SyncStatusSource::publish(SyncStatus status)
{
    // The store is the truth about what waits here; a failed read keeps the counts given.
    if (const auto summary = m_session->store().syncSummary()) {
        status.pending = static_cast<int>(summary->pending);
        status.conflicts = static_cast<int>(summary->conflicts);
        status.refused = static_cast<int>(summary->refused);
    }
    if (!m_following) {
        status.state =
            status.conflicts > 0 ? SyncStatus::State::Conflicts : SyncStatus::State::NotConnected;
    } else if (status.state == SyncStatus::State::Conflicts && status.conflicts == 0) {
        status.state = SyncStatus::State::UpToDate; // the last one was resolved here
    } else if (status.state == SyncStatus::State::UpToDate && status.conflicts > 0) {
        status.state = SyncStatus::State::Conflicts;
    }
    if (status != m_status) {
        m_status = status;
        emit statusChanged(m_status);
    }
}

} // namespace dd::ui
