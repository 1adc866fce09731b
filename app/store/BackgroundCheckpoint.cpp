#include "store/BackgroundCheckpoint.h"

#include "store/Database.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace dd::store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

BackgroundCheckpoint::BackgroundCheckpoint(QString path)
    : m_path(std::move(path))
{
    m_pool.setMaxThreadCount(1);
}

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    wait();
    m_pool.waitForDone();
}

void BackgroundCheckpoint::request()
{
    const std::lock_guard lock(m_mutex);
    if (m_busy) {
        m_again = true; // run() takes it before it ends
        return;
    }
    m_busy = true;
    m_running = QtConcurrent::run(&m_pool, [this] { run(); });
}

void BackgroundCheckpoint::wait()
{
    for (;;) {
        QFuture<void> running;
        {
            const std::lock_guard lock(m_mutex);
            if (!m_busy) {
                return;
            }
            running = m_running;
        }
        running.waitForFinished();
    }
}

int BackgroundCheckpoint::completed() const
{
    const std::lock_guard lock(m_mutex);
    return m_completed;
}

void BackgroundCheckpoint::run()
{
    for (;;) {
        const bool done = checkpointOnce();
        const std::lock_guard lock(m_mutex);
        if (done) {
            ++m_completed;
        }
        if (!m_again) {
            m_busy = false;
            return;
        }
        m_again = false;
    }
}

bool BackgroundCheckpoint::checkpointOnce()
{
    // A connection of this thread's own (a QSqlDatabase must not cross threads), opened for the
    // one statement: the thread may end between requests.
    const QString name =
        QStringLiteral("dd-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(Database::ConnectOptions);
        if (!db.open()) {
            qCWarning(lcStore) << "background checkpoint: cannot open" << db.lastError().text();
        } else {
            QSqlQuery query(db);
            // Rows: busy (1 when it could not finish), frames in the WAL, frames copied.
            if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) || !query.next()) {
                qCWarning(lcStore) << "background checkpoint failed:" << query.lastError().text();
            } else {
                done = query.value(0).toInt() == 0;
            }
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace dd::store
