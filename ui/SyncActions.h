#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;

namespace dd::ui {

class ConflictsDialog;
class Session;
class SyncStatusIndicator;
class SyncStatusSource;

// The window's side of syncing: the status in the status bar (fed by SyncStatusSource, which
// the program connects to the sync engine with source()->follow(&engine)), Tools → Sync now
// (Ctrl+Shift+S) and Tools → Sync conflicts, and the conflicts dialog they open.
class SyncActions : public QObject
{
    Q_OBJECT

public:
    SyncActions(Session *session, QMainWindow *window, QObject *parent = nullptr);
    ~SyncActions() override;

    // Adds the two actions to a menu, after a separator.
    void addTo(QMenu *menu);

    SyncStatusSource *source() const { return m_source; }
    SyncStatusIndicator *indicator() const { return m_indicator; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *conflictsAction() const { return m_conflicts; }

    // Opens (or raises) the conflicts dialog; `refused` shows its refused changes' tab.
    ConflictsDialog *showConflicts(bool refused = false);
    // The open conflicts dialog, if any.
    ConflictsDialog *conflictsDialog() const;

signals:
    // A conflict was resolved: records shown in the window may have new values.
    void recordsReplaced();
    // The server wants a new login: the window shows the account page.
    void loginRequested();

private:
    void onIndicatorActivated();

    Session *m_session;
    QMainWindow *m_window;
    SyncStatusSource *m_source;
    SyncStatusIndicator *m_indicator;
    QAction *m_syncNow;
    QAction *m_conflicts;
    QPointer<ConflictsDialog> m_dialog;
};

} // namespace dd::ui
