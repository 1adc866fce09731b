#include "SyncController.h"

#include "Session.h"
#include "SyncActions.h"
#include "SyncStatusSource.h"
#include "store/Store.h"
#include "sync/ServerConnection.h"
#include "sync/SyncEngine.h"

#include <QTimer>

namespace dd::ui {

namespace {

// A burst of edits (typing into a form autosaves each field) is pushed once, this long after
// the first of them.
constexpr int SaveSyncDelayMs = 3000;

} // namespace

SyncController::SyncController(Session *session, sync::ServerConnection *connection,
                               SyncActions *actions, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_connection(connection)
    , m_engine(new sync::SyncEngine(session->store(), connection->api(), this))
{
    m_engine->setClock(session->clock());
    actions->source()->follow(m_engine);
    connect(connection, &sync::ServerConnection::loggedInChanged, this,
            &SyncController::onLoggedInChanged);
    connect(m_engine, &sync::SyncEngine::syncFinished, this, &SyncController::onSyncFinished);
    connect(session, &Session::recordsChanged, this, [this] {
        m_engine->refreshCounts();
        if (m_engine->isStarted() && !m_saveSyncQueued) {
            m_saveSyncQueued = true;
            QTimer::singleShot(SaveSyncDelayMs, this, [this] {
                m_saveSyncQueued = false;
                if (m_engine->isStarted()) {
                    m_engine->syncNow();
                }
            });
        }
    });
    connect(session, &Session::applicantsChanged, m_engine, &sync::SyncEngine::refreshCounts);
    onLoggedInChanged(connection->isLoggedIn());
}

SyncController::~SyncController() = default;

void SyncController::onLoggedInChanged(bool loggedIn)
{
    if (loggedIn) {
        m_engine->start();
    } else {
        m_engine->stop();
    }
}

void SyncController::onSyncFinished()
{
    if (m_engine->status().done > 0) {
        emit changesArrived();
    }
}

} // namespace dd::ui
