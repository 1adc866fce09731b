#include "CenterCommand.h"

#include "Centers.h"
#include "ServerConfig.h"
#include "ServerDatabase.h"

#include "platform/Clock.h"

namespace dd::server {

bool CenterCommand::isCommand(const QStringList &arguments)
{
    return arguments.size() > 1 && arguments.at(1) == Name;
}

QString CenterCommand::usage()
{
    return QStringLiteral(
        "Usage: degreedesk-server create-center \"NAME\" --admin USERNAME [settings options]\n"
        "Makes a new center with the activated account USERNAME (in no center yet) as its admin,\n"
        "and prints the center's id and join code. It uses the database the settings name\n"
        "(--database, --config FILE, DD_SERVER_DATABASE ...; see degreedesk-server --help).\n");
}

CenterCommand::Result CenterCommand::run(const QStringList &arguments,
                                         const QProcessEnvironment &environment,
                                         const QString &programDir)
{
    Result result;
    QStringList settingsArguments{arguments.value(0)};
    QString name;
    bool named = false;
    QString admin;
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"--help" || arg == u"-h") {
            result.exitCode = 0;
            result.out = usage();
            return result;
        }
        if (arg == u"--admin") {
            if (i + 1 >= arguments.size()) {
                result.err = QStringLiteral("create-center: --admin needs a user name\n") + usage();
                return result;
            }
            admin = arguments.at(++i);
        } else if (arg.startsWith(QStringLiteral("--admin="))) {
            admin = arg.mid(8);
        } else if (arg.startsWith(u'-') && arg.size() > 1) {
            // A setting: its value follows unless written as --option=value.
            settingsArguments.append(arg);
            if (!arg.contains(u'=') && i + 1 < arguments.size()) {
                settingsArguments.append(arguments.at(++i));
            }
        } else if (!named) {
            name = arg;
            named = true;
        } else {
            result.err =
                QStringLiteral("create-center: unexpected argument \"%1\"\n").arg(arg) + usage();
            return result;
        }
    }
    if (name.trimmed().isEmpty() || admin.trimmed().isEmpty()) {
        result.err = QStringLiteral("create-center: needs the center's name and --admin USERNAME\n")
                     + usage();
        return result;
    }
    const ServerConfig::Parsed parsed =
        ServerConfig::parse(settingsArguments, environment, programDir);
    if (parsed.outcome != ServerConfig::Parsed::Outcome::Run) {
        result.err = QStringLiteral("create-center: ") + parsed.text + QLatin1Char('\n');
        return result;
    }

    ServerDatabase database(platform::Clock::system());
    if (const QString error = database.open(parsed.config.database); !error.isEmpty()) {
        result.exitCode = 1;
        result.err = QStringLiteral("create-center: ") + error + QLatin1Char('\n');
        return result;
    }
    const auto created = Centers(database).create(name, admin.trimmed());
    if (!created) {
        result.exitCode = 1;
        result.err =
            QStringLiteral("create-center: ") + created.error().message + QLatin1Char('\n');
        return result;
    }
    result.exitCode = 0;
    result.out = QStringLiteral("center: %1\nid: %2\njoinCode: %3\nadmin: %4\n")
                     .arg(created->name, created->id, created->joinCode, admin.trimmed());
    return result;
}

} // namespace dd::server
