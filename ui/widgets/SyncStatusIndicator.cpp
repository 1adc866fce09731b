#include "widgets/SyncStatusIndicator.h"

#include "platform/Clock.h"

#include <QLocale>
#include <QStyle>

namespace dd::ui {

using sync::SyncStatus;
using State = SyncStatus::State;

SyncStatusIndicator::SyncStatusIndicator(const platform::Clock &clock, QWidget *parent)
    : QToolButton(parent)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setFocusPolicy(Qt::TabFocus);
    connect(this, &QToolButton::clicked, this, [this] { emit activated(m_status.state); });
    setStatus(SyncStatus());
}

void SyncStatusIndicator::setStatus(const SyncStatus &status)
{
    m_status = status;
    const QDateTime now = m_clock.now();
    setText(textOf(status, now));
    const QString more = detailsOf(status, now);
    setToolTip(more);
    setAccessibleName(tr("Sync status"));
    setAccessibleDescription(textOf(status, now) + QLatin1Char('\n') + more);
    QStyle::StandardPixmap icon = QStyle::SP_BrowserReload;
    switch (status.state) {
    case State::NotConnected:
        icon = QStyle::SP_DriveNetIcon;
        break;
    case State::Offline:
    case State::Failed:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case State::Syncing:
        icon = QStyle::SP_BrowserReload;
        break;
    case State::UpToDate:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case State::Conflicts:
    case State::LoginRequired:
        icon = QStyle::SP_MessageBoxInformation;
        break;
    }
    setIcon(style()->standardIcon(icon));
}

QString SyncStatusIndicator::when(const QDateTime &utc, const QDateTime &now)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == now.toLocalTime().date()) {
        return locale.toString(local.time(), QLocale::ShortFormat);
    }
    return locale.toString(local, QLocale::ShortFormat);
}

QString SyncStatusIndicator::textOf(const SyncStatus &status, const QDateTime &now)
{
    QString text;
    switch (status.state) {
    case State::NotConnected:
        text = tr("Sync off");
        break;
    case State::Offline:
        //: %1 is when the next attempt is made (a time, or a date and time)
        text = status.nextAttempt.isValid()
                   ? tr("Offline, retrying at %1").arg(when(status.nextAttempt, now))
                   : tr("Offline");
        break;
    case State::Syncing:
        if (status.total > 0) {
            //: %1 changes done out of %2
            text = tr("Syncing %1 of %2").arg(status.done).arg(status.total);
        } else if (status.done > 0) {
            text = tr("Syncing, %n change(s) so far", nullptr, status.done);
        } else {
            text = tr("Syncing...");
        }
        break;
    case State::UpToDate:
        if (status.pending > 0) {
            text = tr("%n change(s) to send", nullptr, status.pending);
        } else if (status.lastSynced.isValid()) {
            //: %1 is the time of the last sync
            text = tr("Up to date, %1").arg(when(status.lastSynced, now));
        } else {
            text = tr("Up to date");
        }
        break;
    case State::Conflicts:
        text = tr("%n conflict(s) to resolve", nullptr, status.conflicts);
        break;
    case State::LoginRequired:
        text = tr("Log in to sync");
        break;
    case State::Failed:
        text = tr("Sync failed");
        break;
    }
    if (status.conflicts > 0 && status.state != State::Conflicts) {
        //: %1 is the status, %n the number of records in conflict waiting for the user
        text = tr("%1, %n conflict(s)", nullptr, status.conflicts).arg(text);
    }
    if (status.refused > 0 && status.state != State::Conflicts) {
        //: %1 is the status, %n the number of changes the server refused
        text = tr("%1, %n refused", nullptr, status.refused).arg(text);
    }
    return text;
}

QString SyncStatusIndicator::detailsOf(const SyncStatus &status, const QDateTime &now)
{
    QStringList lines;
    switch (status.state) {
    case State::NotConnected:
        lines.append(tr("Not connected to the training center's server. Connect in Account "
                        "management; until then everything stays on this computer."));
        break;
    case State::Offline:
        lines.append(tr("The server cannot be reached. Your changes are kept here and sent "
                        "when it can be reached again. Click to try now."));
        break;
    case State::Syncing:
        lines.append(tr("Sending your changes and fetching the others'."));
        break;
    case State::UpToDate:
        lines.append(
            status.lastSynced.isValid()
                //: %1 is the time of the last sync
                ? tr("Last synced at %1. Click to sync now.").arg(when(status.lastSynced, now))
                : tr("Click to sync now."));
        break;
    case State::Conflicts:
        lines.append(tr("Records were changed both here and on the server. Click to compare "
                        "them and decide; until then neither version is overwritten."));
        break;
    case State::LoginRequired:
        lines.append(tr("The server asks you to log in again. Your changes are kept and sent "
                        "after you log in. Click to open Account management."));
        break;
    case State::Failed:
        lines.append(tr("The last sync failed. Click to try again."));
        break;
    }
    if (!status.message.isEmpty()) {
        lines.append(status.message);
    }
    if (status.pending > 0) {
        lines.append(tr("%n change(s) waiting to be sent.", nullptr, status.pending));
    }
    if (status.refused > 0) {
        lines.append(tr("%n change(s) refused by the server: see Tools, Sync conflicts.", nullptr,
                        status.refused));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace dd::ui
