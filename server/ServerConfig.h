#pragma once

#include "ClientAddress.h"
#include "Mailer.h"
#include "ServerDatabase.h"

#include <QHostAddress>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace dd::server {

// degreedesk-server's settings: one table (settings()) names each with its INI key, its
// environment variable, its command-line option, its default and what it means; the parser
// and --help both read it. A value comes from the command line, else the environment, else
// the INI file (--config FILE, or degreedesk-server.ini beside the program when it exists),
// else the default. A bad value is refused with a message naming the setting and where the
// value came from (the program exits with 2).
class ServerConfig
{
public:
    enum class Key {
        Listen,
        Database,
        PublicUrl,
        TlsCertificate,
        TlsKey,
        SmtpUrl,
        SmtpFrom,
        SmtpUser,
        SmtpPassword,
        SmtpTls,
        PurgeHours,
        RateAddress,
        RateAccount,
        TrustedProxies,
        Testing,
    };
    struct Setting
    {
        Key key;
        QString iniKey;      // "server/listen": [server] listen = ... in the INI file
        QString environment; // "DD_SERVER_LISTEN"
        QString option;      // "listen" for --listen; empty: no option (secrets, test mode)
        QString defaultValue;
        QString meaning;
    };
    static const QList<Setting> &settings();
    static const Setting &setting(Key key);
    // The table as --help prints it.
    static QString settingsHelp();

    static inline const QString DefaultFileName = QStringLiteral("degreedesk-server.ini");

    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 listenPort = 8080;
    ServerDatabase::Location database;
    QString publicUrl;      // no trailing slash
    QString tlsCertificate; // file paths; both or neither
    QString tlsKey;
    Mailer::Settings smtp;
    int purgeHours = 1;
    // Requests per minute (a token bucket of that size, RequestLimiter) per client address and
    // per authenticated account; 0: no limit.
    int rateAddressPerMinute = 600;
    int rateAccountPerMinute = 300;
    // The proxies whose X-Forwarded-For names the client (ClientAddress).
    ClientAddress::Proxies trustedProxies;
    bool testing = false;
    QString configFile; // the INI file read, empty when none

    bool tlsEnabled() const { return !tlsCertificate.isEmpty(); }

    struct Parsed; // below
    // `arguments` as QCoreApplication::arguments() gives them (the program first);
    // `programDir` is where the default INI file is looked for.
    static Parsed parse(const QStringList &arguments, const QProcessEnvironment &environment,
                        const QString &programDir);
};

struct ServerConfig::Parsed
{
    enum class Outcome { Run, Help, Version, Error };
    Outcome outcome = Outcome::Error;
    ServerConfig config;
    QString text; // the help, the version or the error
};

} // namespace dd::server
