#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dd::server {

// `degreedesk-server create-center "NAME" --admin USERNAME [settings options]`: run before
// serving (or beside a running server) to make an activated account the admin of a new
// center. The settings (--database, --config, DD_SERVER_*) are read as the server reads
// them, so that it finds the same database; the database is migrated when needed. Prints the
// center's id and join code; exit code 0, 1 when refused (no such account, not activated,
// already in a center) or the database fails, 2 for a usage or settings error.
class CenterCommand
{
public:
    static inline const QString Name = QStringLiteral("create-center");

    struct Result
    {
        int exitCode = 2;
        QString out; // for stdout
        QString err; // for stderr
    };

    // `arguments` as QCoreApplication::arguments() gives them: is its first one the command?
    static bool isCommand(const QStringList &arguments);
    static Result run(const QStringList &arguments, const QProcessEnvironment &environment,
                      const QString &programDir);
    static QString usage();
};

} // namespace dd::server
