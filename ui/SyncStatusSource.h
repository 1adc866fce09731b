#pragma once

#include "sync/SyncStatus.h"

#include <QObject>

#include <functional>

namespace dd::ui {

class Session;

// What the window knows about syncing: the status the sync engine reports (follow()), with the
// counts of conflicts, refused and waiting changes read from the store whenever they may have
// changed here (a local save, a conflict resolved). Until an engine is followed, the status
// comes from the store alone: sync is off, but the conflicts it kept are real and counted.
class SyncStatusSource : public QObject
{
    Q_OBJECT

public:
    explicit SyncStatusSource(Session *session, QObject *parent = nullptr);

    sync::SyncStatus status() const { return m_status; }
    bool isFollowingEngine() const { return m_following; }

    // Follows an engine with status(), a statusChanged(SyncStatus) signal and syncNow().
    template<typename Engine>
    void follow(Engine *engine)
    {
        m_following = true;
        m_syncNow = [engine] { engine->syncNow(); };
        connect(engine, &Engine::statusChanged, this, &SyncStatusSource::setStatus);
        setStatus(engine->status());
    }

    // The engine's status (the counts are then checked against the store).
    void setStatus(const sync::SyncStatus &status);
    // Reads the counts again from the store.
    void refreshCounts();
    // Asks the engine to sync now; without an engine only the counts are read again.
    void syncNow();

signals:
    void statusChanged(const sync::SyncStatus &status);

private:
    void publish(sync::SyncStatus status);

    Session *m_session;
    sync::SyncStatus m_status;
    bool m_following = false;
    std::function<void()> m_syncNow;
};

} // namespace dd::ui
