#pragma once

#include <QObject>
#include <QPointer>

namespace dd::sync {
class ServerConnection;
class SyncEngine;
} // namespace dd::sync

namespace dd::ui {

class Session;
class SyncActions;

// Runs the sync engine for the window: it syncs the session's store with the server of the
// connection while the user is logged in (on a timer, and at once after a login or a local
// save), stops at logout, feeds the status bar (SyncActions), and after a sync that brought
// changes has the window show them (changesArrived()).
class SyncController : public QObject
{
    Q_OBJECT

public:
    SyncController(Session *session, sync::ServerConnection *connection, SyncActions *actions,
                   QObject *parent = nullptr);
    ~SyncController() override;

    sync::SyncEngine *engine() const { return m_engine; }

signals:
    // A sync applied the server's changes to the store: pages should read it again.
    void changesArrived();

private:
    void onLoggedInChanged(bool loggedIn);
    void onSyncFinished();

    Session *m_session;
    QPointer<sync::ServerConnection> m_connection;
    sync::SyncEngine *m_engine;
    // A sync is queued after a local save: saves in a burst sync once.
    bool m_saveSyncQueued = false;
};

} // namespace dd::ui
