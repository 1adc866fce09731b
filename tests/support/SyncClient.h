#pragma once

// A DegreeDesk client for sync tests and benchmarks: its own database (app/store) in a
// temporary folder, an ApiClient logged in with a session token, and the SyncEngine between
// them; and a degreedesk-server started on a database it shares with ServerProcess (the one
// that sends the mails of registration), on a port of its own that survives restarts, so that
// a test can kill it (SIGKILL) or stop it and bring it back where the clients look for it.

#include "platform/Clock.h"
#include "store/Database.h"
#include "store/Store.h"
#include "sync/ApiClient.h"
#include "sync/SyncEngine.h"

#include "support/ServerProcess.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace dd::test {

class SyncClient
{
public:
    SyncClient(quint16 port, const QString &token)
        : m_db(platform::Clock::system())
        , m_store(m_db)
        , m_engine(m_store, m_api)
    {
        store::Database::Options options;
        options.dailyBackup = false;
        m_opened = m_dir.isValid()
                   && m_db.open(m_dir.filePath(QStringLiteral("degreedesk.sqlite")), options).ok();
        m_api.setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        m_api.setToken(token);
        m_api.setTimeout(20000);
    }

    bool isOpen() const { return m_opened; }
    store::Store &store() { return m_store; }
    sync::ApiClient &api() { return m_api; }
    sync::SyncEngine &engine() { return m_engine; }

    // One sync, waited for (at most `timeoutMs`): its outcome.
    sync::SyncStatus sync(int timeoutMs = 120000)
    {
        QSignalSpy finished(&m_engine, &sync::SyncEngine::syncFinished);
        m_engine.syncNow();
        if (finished.isEmpty()) {
            finished.wait(timeoutMs);
        }
        return m_engine.status();
    }

private:
    QTemporaryDir m_dir;
    store::Database m_db;
    store::Store m_store;
    sync::ApiClient m_api;
    sync::SyncEngine m_engine;
    bool m_opened = false;
};

// degreedesk-server in test mode on `database`, always on the same loopback port.
class RestartableServer
{
public:
    RestartableServer(const QString &serverPath, const QString &database)
        : m_path(serverPath)
        , m_database(database)
        , m_port(freePort())
    {}
    ~RestartableServer() { stop(); }

    quint16 port() const { return m_port; }

    // Empty when it answers on its port, else why not.
    QString start()
    {
        QProcessEnvironment env = serverEnvironment();
        env.insert(QStringLiteral("DD_SERVER_TESTING"), QStringLiteral("1"));
        env.insert(QStringLiteral("DD_SERVER_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(m_port));
        env.insert(QStringLiteral("DD_SERVER_DATABASE"), m_database);
        // No mail from this one: a port nobody listens on.
        env.insert(QStringLiteral("DD_SERVER_SMTP_URL"),
                   QStringLiteral("smtp://127.0.0.1:%1").arg(freePort()));
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(env);
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->start(m_path, {});
        if (!waitForPort(*m_process, m_port)) {
            return QStringLiteral("degreedesk-server did not start: ")
                   + QString::fromUtf8(m_process->readAll().right(3000));
        }
        return {};
    }

    // SIGKILL: no goodbye, whatever it was doing.
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(10000);
        }
    }

    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000)) {
                kill();
            }
        }
    }

private:
    QString m_path;
    QString m_database;
    quint16 m_port;
    std::unique_ptr<QProcess> m_process;
};

} // namespace dd::test
