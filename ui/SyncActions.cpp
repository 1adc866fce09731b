#include "SyncActions.h"

#include "Session.h"
#include "SyncStatusSource.h"
#include "dialogs/ConflictsDialog.h"
#include "models/ConflictListModel.h"
#include "models/RefusedChangesModel.h"
#include "widgets/SyncStatusIndicator.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>

namespace dd::ui {

using sync::SyncStatus;

SyncActions::SyncActions(Session *session, QMainWindow *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_source(new SyncStatusSource(session, this))
    , m_indicator(new SyncStatusIndicator(session->clock(), window))
    , m_syncNow(new QAction(tr("Sync &now"), this))
    , m_conflicts(new QAction(tr("Sync con&flicts..."), this))
{
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_syncNow->setToolTip(tr("Send your changes to the server and fetch the others' now"));
    m_conflicts->setObjectName(QStringLiteral("syncConflictsAction"));
    window->statusBar()->addPermanentWidget(m_indicator);
    m_indicator->setStatus(m_source->status());

    connect(m_source, &SyncStatusSource::statusChanged, m_indicator,
            &SyncStatusIndicator::setStatus);
    connect(m_indicator, &SyncStatusIndicator::activated, this, &SyncActions::onIndicatorActivated);
    connect(m_syncNow, &QAction::triggered, m_source, &SyncStatusSource::syncNow);
    connect(m_conflicts, &QAction::triggered, this, [this] { showConflicts(); });
}

SyncActions::~SyncActions() = default;

void SyncActions::addTo(QMenu *menu)
{
    menu->addSeparator();
    menu->addAction(m_syncNow);
    menu->addAction(m_conflicts);
}

ConflictsDialog *SyncActions::conflictsDialog() const
{
    return m_dialog;
}

ConflictsDialog *SyncActions::showConflicts(bool refused)
{
    if (!m_dialog) {
        m_dialog = new ConflictsDialog(m_session, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &ConflictsDialog::resolved, this, [this] {
            m_source->refreshCounts();
            if (m_source->isFollowingEngine()) {
                m_source->syncNow(); // the decision goes to the server
            }
            emit recordsReplaced();
        });
        // Conflicts found by a sync while the dialog is open appear in it.
        connect(m_source, &SyncStatusSource::statusChanged, m_dialog,
                [dialog = m_dialog](const SyncStatus &status) {
                    if (status.conflicts != dialog->conflictList()->rowCount()
                        || status.refused != dialog->refusedList()->rowCount()) {
                        dialog->reload();
                    }
                });
    } else {
        m_dialog->reload();
    }
    if (refused) {
        m_dialog->showRefused();
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    return m_dialog;
}

void SyncActions::onIndicatorActivated()
{
    const SyncStatus status = m_source->status();
    switch (status.state) {
    case SyncStatus::State::NotConnected:
    case SyncStatus::State::LoginRequired:
        emit loginRequested();
        return;
    case SyncStatus::State::Conflicts:
        showConflicts();
        return;
    default:
        if (status.refused > 0) {
            showConflicts(true);
        } else {
            m_source->syncNow();
        }
    }
}

} // namespace dd::ui
