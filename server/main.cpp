// degreedesk-server: the training center's server that DegreeDesk syncs with. A headless
// program: QCoreApplication, no fonts, no widgets. Settings: --help (ServerConfig).

#include "CenterCommand.h"
#include "Server.h"
#include "ServerConfig.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSocketNotifier>
#include <QThreadPool>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

Q_LOGGING_CATEGORY(lcMain, "dd.server")

#ifdef Q_OS_UNIX
// SIGTERM and SIGINT end the event loop cleanly (the database closed, mail jobs waited for):
// the handler only writes a byte that a QSocketNotifier reads on the main thread.
int s_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalFds[0], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_signalFds) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(s_signalFds[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(s_signalFds[1], &byte, 1);
        qCInfo(lcMain) << "stopping";
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}
#else
void quitOnSignals(QCoreApplication &) {}
#endif

void printTo(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(QLatin1Char('\n'))) {
        std::fputc('\n', stream);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Timestamps and levels in the log (QT_MESSAGE_PATTERN overrides it).
    qSetMessagePattern(QStringLiteral(
        "%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
        "%{if-warning}warning%{endif}%{if-critical}critical%{endif}%{if-fatal}fatal%{endif} "
        "%{category}: %{message}"));
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("degreedesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DD_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("DegreeDesk"));

    using dd::server::CenterCommand;
    if (CenterCommand::isCommand(QCoreApplication::arguments())) {
        const CenterCommand::Result result = CenterCommand::run(
            QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(),
            QCoreApplication::applicationDirPath());
        if (!result.out.isEmpty()) {
            printTo(stdout, result.out);
        }
        if (!result.err.isEmpty()) {
            printTo(stderr, result.err);
        }
        return result.exitCode;
    }

    using dd::server::ServerConfig;
    const ServerConfig::Parsed parsed =
        ServerConfig::parse(QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(),
                            QCoreApplication::applicationDirPath());
    switch (parsed.outcome) {
    case ServerConfig::Parsed::Outcome::Help:
    case ServerConfig::Parsed::Outcome::Version:
        printTo(stdout, parsed.text);
        return 0;
    case ServerConfig::Parsed::Outcome::Error:
        printTo(stderr, QStringLiteral("degreedesk-server: ") + parsed.text);
        return 2;
    case ServerConfig::Parsed::Outcome::Run:
        break;
    }
    const ServerConfig &config = parsed.config;
    if (!config.configFile.isEmpty()) {
        qCInfo(lcMain).noquote() << "settings from" << config.configFile;
    }
    if (config.testing) {
        for (int i = 0; i < 3; ++i) {
            qCWarning(lcMain) << "**************************************************************";
        }
        qCWarning(lcMain) << "*** TEST MODE (DD_SERVER_TESTING=1): captchas are answerable from a";
        qCWarning(lcMain) << "*** seed, requests set the clock, password hashes are weak.";
        qCWarning(lcMain) << "*** NEVER RUN A REAL SERVER LIKE THIS.";
        for (int i = 0; i < 3; ++i) {
            qCWarning(lcMain) << "**************************************************************";
        }
    }

    dd::server::Server server(config);
    if (const auto error = server.start()) {
        printTo(stderr, QStringLiteral("degreedesk-server: ") + error->message);
        return error->exitCode;
    }
    quitOnSignals(app);
    const int code = QCoreApplication::exec();
    QThreadPool::globalInstance()->waitForDone(30000);
    return code;
}
