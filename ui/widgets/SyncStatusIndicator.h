#pragma once

#include "sync/SyncStatus.h"

#include <QDateTime>
#include <QToolButton>

namespace dd::platform {
class Clock;
}

namespace dd::ui {

// The sync status in the window's status bar: offline with the next retry, syncing with its
// progress, up to date with the last time, N conflicts, login required, failed. A click asks
// for what the state needs (activated(state)): the conflicts, the login, or a sync now.
class SyncStatusIndicator : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncStatusIndicator(const platform::Clock &clock, QWidget *parent = nullptr);

    void setStatus(const sync::SyncStatus &status);
    sync::SyncStatus status() const { return m_status; }

    // The short text and the longer tooltip of a status, as shown at `now` (UTC).
    static QString textOf(const sync::SyncStatus &status, const QDateTime &now);
    static QString detailsOf(const sync::SyncStatus &status, const QDateTime &now);
    // A time of day today, or a date and time another day, in the user's locale.
    static QString when(const QDateTime &utc, const QDateTime &now);

signals:
    void activated(sync::SyncStatus::State state);

private:
    const platform::Clock &m_clock;
    sync::SyncStatus m_status;
};

} // namespace dd::ui
