#include "ServerConfig.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QSslSocket>
#include <QUrl>

#include <optional>

namespace dd::server {

namespace {

using Key = ServerConfig::Key;
using Setting = ServerConfig::Setting;

// A setting's value and where it came from, for messages.
struct Value
{
    QString text;
    QString source; // "--listen", "DD_SERVER_LISTEN", "server/listen in FILE", "the default"
};

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"1" || t == u"true" || t == u"yes" || t == u"on") {
        return true;
    }
    if (t == u"0" || t == u"false" || t == u"no" || t == u"off") {
        return false;
    }
    return std::nullopt;
}

// "127.0.0.1:8080", "[::1]:8080", "0.0.0.0:8080", "localhost:8080".
bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const QString t = text.trimmed();
    QString host;
    QString portText;
    if (t.startsWith(u'[')) {
        const qsizetype close = t.indexOf(u']');
        if (close < 0 || t.mid(close + 1, 1) != u":") {
            return false;
        }
        host = t.mid(1, close - 1);
        portText = t.mid(close + 2);
    } else {
        const qsizetype colon = t.lastIndexOf(u':');
        if (colon <= 0 || t.left(colon).contains(u':')) {
            return false;
        }
        host = t.left(colon);
        portText = t.mid(colon + 1);
    }
    bool ok = false;
    const uint number = portText.toUInt(&ok);
    if (!ok || number > 65535) {
        return false;
    }
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0) {
        *address = QHostAddress(QHostAddress::LocalHost);
    } else if (!address->setAddress(host)) {
        return false;
    }
    *port = static_cast<quint16>(number);
    return true;
}

QString listenText(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

QString problem(const Setting &setting, const Value &value, const QString &what,
                bool showValue = true)
{
    QString text = setting.environment;
    if (!setting.option.isEmpty()) {
        text += QStringLiteral(" (--") + setting.option + QLatin1Char(')');
    }
    text += QStringLiteral(", from ") + value.source;
    if (showValue) {
        text += QStringLiteral(": \"") + value.text + QLatin1Char('"');
    }
    return text + QStringLiteral(": ") + what;
}

} // namespace

const QList<Setting> &ServerConfig::settings()
{
    static const QList<Setting> table{
        {Key::Listen, QStringLiteral("server/listen"), QStringLiteral("DD_SERVER_LISTEN"),
         QStringLiteral("listen"), QStringLiteral("127.0.0.1:8080"),
         QStringLiteral("Address and port to listen on: HOST:PORT, [IPv6]:PORT; 0.0.0.0:PORT "
                        "for every interface.")},
        {Key::Database, QStringLiteral("server/database"), QStringLiteral("DD_SERVER_DATABASE"),
         QStringLiteral("database"), QStringLiteral("sqlite:degreedesk-server.sqlite"),
         QStringLiteral("sqlite:PATH (a file, relative to the working folder, created when "
                        "missing) or postgresql://user:password@host:port/dbname.")},
        {Key::PublicUrl, QStringLiteral("server/publicUrl"), QStringLiteral("DD_SERVER_PUBLIC_URL"),
         QStringLiteral("public-url"), QString(),
         QStringLiteral("The server's address as users reach it, for the activation link "
                        "(URL/activate?token=...). Default: http(s)://LISTEN.")},
        {Key::TlsCertificate, QStringLiteral("tls/certificate"),
         QStringLiteral("DD_SERVER_TLS_CERT"), QStringLiteral("tls-cert"), QString(),
         QStringLiteral("PEM certificate (chain) file: with the key, the server speaks HTTPS "
                        "only.")},
        {Key::TlsKey, QStringLiteral("tls/key"), QStringLiteral("DD_SERVER_TLS_KEY"),
         QStringLiteral("tls-key"), QString(),
         QStringLiteral("PEM private key file (RSA or EC, unencrypted) of the certificate.")},
        {Key::SmtpUrl, QStringLiteral("smtp/url"), QStringLiteral("DD_SERVER_SMTP_URL"),
         QStringLiteral("smtp-url"), QStringLiteral("smtp://localhost:25"),
         QStringLiteral("Mail server for activation e-mails: smtp://HOST:PORT or "
                        "smtps://HOST:PORT.")},
        {Key::SmtpFrom, QStringLiteral("smtp/from"), QStringLiteral("DD_SERVER_SMTP_FROM"),
         QStringLiteral("smtp-from"), QStringLiteral("DegreeDesk <noreply@localhost>"),
         QStringLiteral("Sender of the e-mails: an address, or \"Name <address>\".")},
        {Key::SmtpUser, QStringLiteral("smtp/user"), QStringLiteral("DD_SERVER_SMTP_USER"),
         QStringLiteral("smtp-user"), QString(),
         QStringLiteral("SMTP login name; empty: no login.")},
        {Key::SmtpPassword, QStringLiteral("smtp/password"),
         QStringLiteral("DD_SERVER_SMTP_PASSWORD"), QString(), QString(),
         QStringLiteral("SMTP password (environment or INI file only, never the command "
                        "line).")},
        {Key::SmtpTls, QStringLiteral("smtp/requireTls"), QStringLiteral("DD_SERVER_SMTP_TLS"),
         QStringLiteral("smtp-tls"), QStringLiteral("false"),
         QStringLiteral("true: refuse to send unless STARTTLS succeeds on smtp://.")},
        {Key::PurgeHours, QStringLiteral("server/purgeHours"),
         QStringLiteral("DD_SERVER_PURGE_HOURS"), QStringLiteral("purge-hours"),
         QStringLiteral("1"),
         QStringLiteral("Hours between purges (1-168) of accounts not activated within 7 days, "
                        "and of expired sessions, tokens and captchas; one also runs at start.")},
        {Key::RateAddress, QStringLiteral("limits/requestsPerMinutePerAddress"),
         QStringLiteral("DD_SERVER_RATE_ADDRESS"), QStringLiteral("rate-address"),
         QStringLiteral("600"),
         QStringLiteral("Requests per minute one client address may make (0-1000000; 0: no "
                        "limit; in test mode the default is 0). More answer 429 with "
                        "Retry-After. Counted by each server instance on its own.")},
        {Key::RateAccount, QStringLiteral("limits/requestsPerMinutePerAccount"),
         QStringLiteral("DD_SERVER_RATE_ACCOUNT"), QStringLiteral("rate-account"),
         QStringLiteral("300"),
         QStringLiteral("Requests per minute with one account's sessions (0-1000000; 0: no "
                        "limit; in test mode the default is 0).")},
        {Key::TrustedProxies, QStringLiteral("server/trustedProxies"),
         QStringLiteral("DD_SERVER_TRUSTED_PROXIES"), QStringLiteral("trusted-proxies"), QString(),
         QStringLiteral("Reverse proxies (addresses or subnets, comma-separated, as in "
                        "\"127.0.0.1, 10.0.0.0/8\") whose X-Forwarded-For header names the "
                        "client for the rate limits; empty: the peer is the client.")},
        {Key::Testing, QStringLiteral("server/testing"), QStringLiteral("DD_SERVER_TESTING"),
         QString(), QStringLiteral("false"),
         QStringLiteral("1: TEST MODE for integration tests, NEVER in production: captchas "
                        "answerable from a seed, the clock set by request headers, fast password "
                        "hashes.")},
    };
    return table;
}

const Setting &ServerConfig::setting(Key key)
{
    for (const Setting &s : settings()) {
        if (s.key == key) {
            return s;
        }
    }
    Q_UNREACHABLE();
    return settings().constFirst();
}

QString ServerConfig::settingsHelp()
{
    QString text =
        QStringLiteral(
            "\nSettings: the command line wins over the environment, which wins over the INI file\n"
            "(--config FILE, or %1 beside the program), which wins over the default.\n")
            .arg(DefaultFileName);
    for (const Setting &s : settings()) {
        text += QStringLiteral("\n  %1").arg(s.environment);
        if (!s.option.isEmpty()) {
            text += QStringLiteral("  --%1").arg(s.option);
        }
        text += QStringLiteral("  INI %1 = %2\n      %3\n")
                    .arg(s.iniKey,
                         s.defaultValue.isEmpty() ? QStringLiteral("(empty)") : s.defaultValue,
                         s.meaning);
    }
    return text;
}

ServerConfig::Parsed ServerConfig::parse(const QStringList &arguments,
                                         const QProcessEnvironment &environment,
                                         const QString &programDir)
{
    Parsed parsed;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("degreedesk-server: the training center's server that DegreeDesk syncs with "
                       "(server/API.md).\n\nA new center and its first admin: degreedesk-server "
                       "create-center \"NAME\" --admin USERNAME (create-center --help)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QStringLiteral("Read the settings from this INI file."),
                                          QStringLiteral("FILE"));
    parser.addOption(configOption);
    for (const Setting &s : settings()) {
        if (!s.option.isEmpty()) {
            parser.addOption(QCommandLineOption(
                s.option, QStringLiteral("See %1.").arg(s.environment), QStringLiteral("VALUE")));
        }
    }
    if (!parser.parse(arguments)) {
        parsed.text = parser.errorText() + QStringLiteral(" (see --help)");
        return parsed;
    }
    if (parser.isSet(helpOption)) {
        parsed.outcome = Parsed::Outcome::Help;
        parsed.text = parser.helpText() + settingsHelp();
        return parsed;
    }
    if (parser.isSet(versionOption)) {
        parsed.outcome = Parsed::Outcome::Version;
        parsed.text = QCoreApplication::applicationName() + QLatin1Char(' ')
                      + QCoreApplication::applicationVersion();
        return parsed;
    }
    if (!parser.positionalArguments().isEmpty()) {
        parsed.text = QStringLiteral("unexpected argument \"%1\" (see --help)")
                          .arg(parser.positionalArguments().constFirst());
        return parsed;
    }

    ServerConfig &config = parsed.config;
    // The INI file.
    std::optional<QSettings> ini;
    if (parser.isSet(configOption)) {
        config.configFile = parser.value(configOption);
        if (!QFileInfo(config.configFile).isFile()) {
            parsed.text =
                QStringLiteral("--config: the file %1 does not exist").arg(config.configFile);
            return parsed;
        }
    } else {
        const QString beside = QDir(programDir).filePath(DefaultFileName);
        if (!programDir.isEmpty() && QFileInfo(beside).isFile()) {
            config.configFile = beside;
        }
    }
    if (!config.configFile.isEmpty()) {
        ini.emplace(config.configFile, QSettings::IniFormat);
        if (ini->status() != QSettings::NoError) {
            parsed.text =
                QStringLiteral("%1: cannot read it as an INI file").arg(config.configFile);
            return parsed;
        }
        const QStringList keys = ini->allKeys();
        for (const QString &key : keys) {
            const bool known = std::any_of(settings().cbegin(), settings().cend(),
                                           [&](const Setting &s) { return s.iniKey == key; });
            if (!known) {
                parsed.text = QStringLiteral("%1: unknown setting \"%2\" (see --help)")
                                  .arg(config.configFile, key);
                return parsed;
            }
        }
    }

    const auto valueOf = [&](Key key) {
        const Setting &s = setting(key);
        if (!s.option.isEmpty() && parser.isSet(s.option)) {
            return Value{parser.value(s.option), QStringLiteral("the command line")};
        }
        if (environment.contains(s.environment)) {
            return Value{environment.value(s.environment), QStringLiteral("the environment")};
        }
        if (ini && ini->contains(s.iniKey)) {
            const QVariant v = ini->value(s.iniKey);
            // QSettings splits unquoted values at commas.
            const QString text = v.typeId() == QMetaType::QStringList
                                     ? v.toStringList().join(QLatin1Char(','))
                                     : v.toString();
            return Value{text, s.iniKey + QStringLiteral(" in ") + config.configFile};
        }
        return Value{s.defaultValue, QStringLiteral("the default")};
    };
    const auto fail = [&](Key key, const Value &value, const QString &what, bool showValue = true) {
        parsed.outcome = Parsed::Outcome::Error;
        parsed.text = problem(setting(key), value, what, showValue);
        return parsed;
    };

    const Value listen = valueOf(Key::Listen);
    if (!parseListen(listen.text, &config.listenAddress, &config.listenPort)) {
        return fail(Key::Listen, listen,
                    QStringLiteral("expected HOST:PORT with an IP address (or localhost) and a "
                                   "port 0-65535, as in 127.0.0.1:8080"));
    }

    const Value database = valueOf(Key::Database);
    QString databaseError;
    const auto location = ServerDatabase::parseLocation(database.text, &databaseError);
    if (!location) {
        return fail(Key::Database, database, databaseError, false);
    }
    config.database = *location;

    const Value certificate = valueOf(Key::TlsCertificate);
    const Value key = valueOf(Key::TlsKey);
    config.tlsCertificate = certificate.text.trimmed();
    config.tlsKey = key.text.trimmed();
    if (config.tlsCertificate.isEmpty() != config.tlsKey.isEmpty()) {
        // Named by the one that is set, where it was set.
        return config.tlsCertificate.isEmpty()
                   ? fail(Key::TlsKey, key,
                          QStringLiteral("a TLS key is set but no certificate "
                                         "(DD_SERVER_TLS_CERT): set both or neither"))
                   : fail(Key::TlsCertificate, certificate,
                          QStringLiteral("a TLS certificate is set but no key "
                                         "(DD_SERVER_TLS_KEY): set both or neither"));
    }
    if (config.tlsEnabled()) {
        if (!QSslSocket::supportsSsl()) {
            return fail(Key::TlsCertificate, certificate,
                        QStringLiteral("this Qt has no working TLS backend (OpenSSL)"));
        }
        if (!QFileInfo(config.tlsCertificate).isReadable()) {
            return fail(Key::TlsCertificate, certificate,
                        QStringLiteral("the file does not exist or cannot be read"));
        }
        if (!QFileInfo(config.tlsKey).isReadable()) {
            return fail(Key::TlsKey, key,
                        QStringLiteral("the file does not exist or cannot be read"));
        }
    }

    const Value publicUrl = valueOf(Key::PublicUrl);
    if (publicUrl.text.trimmed().isEmpty()) {
        config.publicUrl =
            (config.tlsEnabled() ? QStringLiteral("https://") : QStringLiteral("http://"))
            + listenText(config.listenAddress, config.listenPort);
    } else {
        const QUrl url(publicUrl.text.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"http" && url.scheme() != u"https") || url.hasQuery()
            || url.hasFragment()) {
            return fail(Key::PublicUrl, publicUrl,
                        QStringLiteral("expected an http:// or https:// URL with a host and no "
                                       "query, as in https://center.example.org"));
        }
        config.publicUrl = url.toString();
        while (config.publicUrl.endsWith(u'/')) {
            config.publicUrl.chop(1);
        }
    }

    const Value smtpUrl = valueOf(Key::SmtpUrl);
    const QUrl smtp(smtpUrl.text.trimmed(), QUrl::StrictMode);
    if (!smtp.isValid() || smtp.host().isEmpty()
        || (smtp.scheme() != u"smtp" && smtp.scheme() != u"smtps")) {
        return fail(Key::SmtpUrl, smtpUrl,
                    QStringLiteral("expected smtp://HOST:PORT or smtps://HOST:PORT"));
    }
    config.smtp.url = smtp.toString();
    const Value from = valueOf(Key::SmtpFrom);
    if (!from.text.contains(u'@') || from.text.contains(u'\n') || from.text.contains(u'\r')) {
        return fail(Key::SmtpFrom, from,
                    QStringLiteral("expected an e-mail address, or \"Name <address>\""));
    }
    config.smtp.from = from.text.trimmed();
    config.smtp.user = valueOf(Key::SmtpUser).text;
    config.smtp.password = valueOf(Key::SmtpPassword).text;
    const Value smtpTls = valueOf(Key::SmtpTls);
    const std::optional<bool> requireTls = parseBool(smtpTls.text);
    if (!requireTls) {
        return fail(Key::SmtpTls, smtpTls, QStringLiteral("expected true or false"));
    }
    config.smtp.requireTls = *requireTls;

    const Value purge = valueOf(Key::PurgeHours);
    bool ok = false;
    config.purgeHours = purge.text.trimmed().toInt(&ok);
    if (!ok || config.purgeHours < 1 || config.purgeHours > 168) {
        return fail(Key::PurgeHours, purge,
                    QStringLiteral("expected a whole number of hours, 1-168"));
    }

    const Value testing = valueOf(Key::Testing);
    const std::optional<bool> testMode = parseBool(testing.text);
    if (!testMode) {
        return fail(Key::Testing, testing, QStringLiteral("expected 1 or 0"));
    }
    config.testing = *testMode;

    const auto readRate = [&](Key rateKey, int *target) {
        const Value rate = valueOf(rateKey);
        // Test mode: no limit unless one is set (the integration tests make many requests
        // from one address).
        if (config.testing && rate.source == QStringLiteral("the default")) {
            *target = 0;
            return true;
        }
        bool number = false;
        *target = rate.text.trimmed().toInt(&number);
        if (!number || *target < 0 || *target > 1000000) {
            fail(rateKey, rate,
                 QStringLiteral("expected a whole number of requests per minute, 0-1000000 "
                                "(0: no limit)"));
            return false;
        }
        return true;
    };
    if (!readRate(Key::RateAddress, &config.rateAddressPerMinute)
        || !readRate(Key::RateAccount, &config.rateAccountPerMinute)) {
        return parsed;
    }

    const Value proxies = valueOf(Key::TrustedProxies);
    QString proxiesError;
    const auto trustedProxies = ClientAddress::parseProxies(proxies.text, &proxiesError);
    if (!trustedProxies) {
        return fail(Key::TrustedProxies, proxies, proxiesError);
    }
    config.trustedProxies = *trustedProxies;

    parsed.outcome = Parsed::Outcome::Run;
    return parsed;
}

} // namespace dd::server
