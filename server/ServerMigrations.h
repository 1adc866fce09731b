#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace dd::server {

class ServerDatabase;

// The server's schema as numbered migrations, recorded in schema_version; the same SQL runs on
// SQLite and PostgreSQL (TEXT, INTEGER, BIGINT; UUIDs and token digests as text keys, no
// AUTOINCREMENT or SERIAL). Each migration runs in one transaction.
class ServerMigrations
{
public:
    struct Migration
    {
        int version = 0;
        QString description;
        QStringList statements;
    };

    static const QList<Migration> &all();
    static int latestVersion();

    // Applies every migration newer than the database's version; empty on success, else why
    // not (a database newer than this server is refused, not touched).
    static QString apply(ServerDatabase &database);
    // The database's schema version: 0 for an empty database.
    static int currentVersion(const ServerDatabase &database);
};

} // namespace dd::server
