#include "store/BackgroundCheckpoint.h"

#include "store/Database.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace dd::store {

Q_DECLARE_LOGGING_CATEGORY(lcStore)

BackgroundCheckpoint::BackgroundCheckpoint(const QString &path)
    : BackgroundJob([path] { return checkpointOnce(path); })
{}

bool BackgroundCheckpoint::checkpointOnce(const QString &path)
{
    // A connection of this thread's own (a QSqlDatabase must not cross threads), opened for the
    // one statement: the thread may end between requests.
    const QString name =
        QStringLiteral("dd-checkpoint-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
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
