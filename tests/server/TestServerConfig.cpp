#include "ServerConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dd::server;

class TestServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void iniFile();
    void environmentOverridesFile();
    void commandLineOverridesEnvironment();
    void defaultFileBesideTheProgram();
    void postgresUrl();
    void badValues_data();
    void badValues();
    void unknownIniKey();
    void missingConfigFile();
    void help();
    void everySettingIsDescribed();
    void rateLimitsAndProxies();

private:
    static ServerConfig::Parsed parse(const QStringList &arguments,
                                      const QProcessEnvironment &environment = {},
                                      const QString &programDir = {})
    {
        return ServerConfig::parse(QStringList{QStringLiteral("degreedesk-server")} + arguments,
                                   environment, programDir);
    }
    QString writeIni(const QByteArray &text)
    {
        const QString path = m_dir.filePath(QStringLiteral("server.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return {};
        }
        file.write(text);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestServerConfig::defaults()
{
    const auto parsed = parse({});
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Run);
    const ServerConfig &c = parsed.config;
    QCOMPARE(c.listenAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(c.listenPort, quint16(8080));
    QCOMPARE(c.database.driver, ServerDatabase::Driver::Sqlite);
    QCOMPARE(c.database.path, QStringLiteral("degreedesk-server.sqlite"));
    QCOMPARE(c.publicUrl, QStringLiteral("http://127.0.0.1:8080"));
    QCOMPARE(c.smtp.url, QStringLiteral("smtp://localhost:25"));
    QCOMPARE(c.purgeHours, 1);
    QVERIFY(!c.testing);
    QVERIFY(!c.tlsEnabled());
    QVERIFY(!c.smtp.requireTls);
    QVERIFY(c.configFile.isEmpty());
}

void TestServerConfig::iniFile()
{
    const QString path = writeIni("[server]\n"
                                  "listen = 0.0.0.0:9000\n"
                                  "database = sqlite:/var/lib/dd/center.sqlite\n"
                                  "publicUrl = https://center.example.org/\n"
                                  "purgeHours = 6\n"
                                  "[smtp]\n"
                                  "url = smtps://mail.example.org:465\n"
                                  "from = \"Center, Beijing <noreply@example.org>\"\n"
                                  "user = mailer\n"
                                  "password = s3cret\n"
                                  "requireTls = yes\n");
    const auto parsed = parse({QStringLiteral("--config"), path});
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Run);
    const ServerConfig &c = parsed.config;
    QCOMPARE(c.configFile, path);
    QCOMPARE(c.listenAddress, QHostAddress(QHostAddress::AnyIPv4));
    QCOMPARE(c.listenPort, quint16(9000));
    QCOMPARE(c.database.path, QStringLiteral("/var/lib/dd/center.sqlite"));
    QCOMPARE(c.publicUrl, QStringLiteral("https://center.example.org"));
    QCOMPARE(c.purgeHours, 6);
    QCOMPARE(c.smtp.url, QStringLiteral("smtps://mail.example.org:465"));
    QCOMPARE(c.smtp.from, QStringLiteral("Center, Beijing <noreply@example.org>"));
    QCOMPARE(c.smtp.user, QStringLiteral("mailer"));
    QCOMPARE(c.smtp.password, QStringLiteral("s3cret"));
    QVERIFY(c.smtp.requireTls);
}

void TestServerConfig::environmentOverridesFile()
{
    const QString path = writeIni("[server]\nlisten = 0.0.0.0:9000\npurgeHours = 6\n");
    QProcessEnvironment env;
    env.insert(QStringLiteral("DD_SERVER_LISTEN"), QStringLiteral("[::1]:9443"));
    env.insert(QStringLiteral("DD_SERVER_TESTING"), QStringLiteral("1"));
    env.insert(QStringLiteral("DD_SERVER_SMTP_PASSWORD"), QStringLiteral("from-env"));
    const auto parsed = parse({QStringLiteral("--config"), path}, env);
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Run);
    QCOMPARE(parsed.config.listenAddress, QHostAddress(QHostAddress::LocalHostIPv6));
    QCOMPARE(parsed.config.listenPort, quint16(9443));
    QCOMPARE(parsed.config.publicUrl, QStringLiteral("http://[::1]:9443"));
    QCOMPARE(parsed.config.purgeHours, 6); // not overridden: from the file
    QVERIFY(parsed.config.testing);
    QCOMPARE(parsed.config.smtp.password, QStringLiteral("from-env"));
}

void TestServerConfig::commandLineOverridesEnvironment()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DD_SERVER_LISTEN"), QStringLiteral("127.0.0.1:1111"));
    env.insert(QStringLiteral("DD_SERVER_DATABASE"), QStringLiteral("sqlite:env.sqlite"));
    const auto parsed = parse({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:2222"),
                               QStringLiteral("--database=sqlite:center.sqlite")},
                              env);
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Run);
    QCOMPARE(parsed.config.listenPort, quint16(2222));
    QCOMPARE(parsed.config.database.path, QStringLiteral("center.sqlite"));
}

void TestServerConfig::defaultFileBesideTheProgram()
{
    QTemporaryDir programDir;
    QFile file(QDir(programDir.path()).filePath(ServerConfig::DefaultFileName));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[server]\nlisten = 127.0.0.1:7000\n");
    file.close();
    const auto parsed = parse({}, {}, programDir.path());
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Run);
    QCOMPARE(parsed.config.listenPort, quint16(7000));
    QCOMPARE(parsed.config.configFile, file.fileName());
    // Without the file beside the program, the defaults.
    QCOMPARE(parse({}, {}, m_dir.path()).config.listenPort, quint16(8080));
}

void TestServerConfig::postgresUrl()
{
    QProcessEnvironment env;
    env.insert(
        QStringLiteral("DD_SERVER_DATABASE"),
        QStringLiteral("postgresql://dd:p%40ss@db.example.org:5433/degreedesk?sslmode=require"));
    const auto parsed = parse({}, env);
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Run);
    const ServerDatabase::Location &db = parsed.config.database;
    QCOMPARE(db.driver, ServerDatabase::Driver::Postgres);
    QCOMPARE(db.host, QStringLiteral("db.example.org"));
    QCOMPARE(db.port, 5433);
    QCOMPARE(db.user, QStringLiteral("dd"));
    QCOMPARE(db.password, QStringLiteral("p@ss"));
    QCOMPARE(db.name, QStringLiteral("degreedesk"));
    QCOMPARE(db.options, QStringLiteral("sslmode=require"));
    // The log's description never shows the password.
    QVERIFY(!db.describe().contains(QStringLiteral("p@ss")));
}

void TestServerConfig::badValues_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named"); // what the message must name

    const auto add = [](const char *row, const char *variable, const char *value,
                        const char *named) {
        QTest::newRow(row) << QString::fromUtf8(variable) << QString::fromUtf8(value)
                           << QString::fromUtf8(named);
    };
    add("listen without port", "DD_SERVER_LISTEN", "127.0.0.1", "DD_SERVER_LISTEN");
    add("listen port too big", "DD_SERVER_LISTEN", "127.0.0.1:70000", "DD_SERVER_LISTEN");
    add("listen host name", "DD_SERVER_LISTEN", "example.org:80", "DD_SERVER_LISTEN");
    add("database scheme", "DD_SERVER_DATABASE", "mysql://x/y", "DD_SERVER_DATABASE");
    add("sqlite without path", "DD_SERVER_DATABASE", "sqlite:", "DD_SERVER_DATABASE");
    add("postgres without name", "DD_SERVER_DATABASE", "postgresql://u:pw@h:5432/",
        "DD_SERVER_DATABASE");
    add("smtp scheme", "DD_SERVER_SMTP_URL", "http://mail:25", "DD_SERVER_SMTP_URL");
    add("smtp from", "DD_SERVER_SMTP_FROM", "nobody", "DD_SERVER_SMTP_FROM");
    add("smtp tls", "DD_SERVER_SMTP_TLS", "maybe", "DD_SERVER_SMTP_TLS");
    add("public url scheme", "DD_SERVER_PUBLIC_URL", "ftp://x", "DD_SERVER_PUBLIC_URL");
    add("purge zero", "DD_SERVER_PURGE_HOURS", "0", "DD_SERVER_PURGE_HOURS");
    add("purge words", "DD_SERVER_PURGE_HOURS", "daily", "DD_SERVER_PURGE_HOURS");
    add("testing", "DD_SERVER_TESTING", "sure", "DD_SERVER_TESTING");
    add("cert without key", "DD_SERVER_TLS_CERT", "/nonexistent/cert.pem", "DD_SERVER_TLS_KEY");
    add("rate negative", "DD_SERVER_RATE_ADDRESS", "-1", "DD_SERVER_RATE_ADDRESS");
    add("rate words", "DD_SERVER_RATE_ACCOUNT", "many", "DD_SERVER_RATE_ACCOUNT");
    add("rate too big", "DD_SERVER_RATE_ACCOUNT", "1000001", "DD_SERVER_RATE_ACCOUNT");
    add("proxy host name", "DD_SERVER_TRUSTED_PROXIES", "proxy.example.org",
        "DD_SERVER_TRUSTED_PROXIES");
}

void TestServerConfig::badValues()
{
    QFETCH(QString, variable);
    QFETCH(QString, value);
    QFETCH(QString, named);
    QProcessEnvironment env;
    env.insert(variable, value);
    const auto parsed = parse({}, env);
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Error);
    QVERIFY2(parsed.text.contains(named), qPrintable(parsed.text));
    QVERIFY2(parsed.text.contains(QStringLiteral("the environment")), qPrintable(parsed.text));
    if (variable == u"DD_SERVER_DATABASE") {
        // The database URL may hold a password: never repeated.
        QVERIFY2(!parsed.text.contains(u"pw@"), qPrintable(parsed.text));
    }
}

void TestServerConfig::unknownIniKey()
{
    const QString path = writeIni("[server]\nlisten = 127.0.0.1:8080\nlisten_port = 9\n");
    const auto parsed = parse({QStringLiteral("--config"), path});
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Error);
    QVERIFY2(parsed.text.contains(QStringLiteral("server/listen_port")), qPrintable(parsed.text));

    // A bad value in the file names the key and the file.
    const QString bad = writeIni("[server]\npurgeHours = -3\n");
    const auto badParsed = parse({QStringLiteral("--config"), bad});
    QCOMPARE(badParsed.outcome, ServerConfig::Parsed::Outcome::Error);
    QVERIFY2(badParsed.text.contains(QStringLiteral("server/purgeHours in ") + bad),
             qPrintable(badParsed.text));
}

void TestServerConfig::missingConfigFile()
{
    const auto parsed =
        parse({QStringLiteral("--config"), m_dir.filePath(QStringLiteral("no.ini"))});
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Error);
    QVERIFY(parsed.text.contains(QStringLiteral("no.ini")));

    const auto option = parse({QStringLiteral("--no-such-option")});
    QCOMPARE(option.outcome, ServerConfig::Parsed::Outcome::Error);
    QVERIFY(option.text.contains(QStringLiteral("no-such-option")));
}

void TestServerConfig::help()
{
    const auto parsed = parse({QStringLiteral("--help")});
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Help);
    for (const ServerConfig::Setting &s : ServerConfig::settings()) {
        QVERIFY2(parsed.text.contains(s.environment), qPrintable(s.environment));
        QVERIFY2(parsed.text.contains(s.iniKey), qPrintable(s.iniKey));
        if (!s.option.isEmpty()) {
            QVERIFY2(parsed.text.contains(QStringLiteral("--") + s.option), qPrintable(s.option));
        }
    }
    QVERIFY(parsed.text.contains(QStringLiteral("--config")));
}

void TestServerConfig::everySettingIsDescribed()
{
    QSet<QString> environment;
    QSet<QString> keys;
    for (const ServerConfig::Setting &s : ServerConfig::settings()) {
        QVERIFY(s.environment.startsWith(QStringLiteral("DD_SERVER_")));
        QVERIFY(s.iniKey.contains(u'/'));
        QVERIFY(!s.meaning.isEmpty());
        environment.insert(s.environment);
        keys.insert(s.iniKey);
    }
    QCOMPARE(environment.size(), ServerConfig::settings().size());
    QCOMPARE(keys.size(), ServerConfig::settings().size());
    // Secrets are never command-line options (they would show in ps).
    QVERIFY(ServerConfig::setting(ServerConfig::Key::SmtpPassword).option.isEmpty());
}

void TestServerConfig::rateLimitsAndProxies()
{
    // The defaults; off in test mode unless set; 0 turns a limit off.
    auto parsed = parse({});
    QCOMPARE(parsed.config.rateAddressPerMinute, 600);
    QCOMPARE(parsed.config.rateAccountPerMinute, 300);
    QVERIFY(parsed.config.trustedProxies.isEmpty());
    QProcessEnvironment testing;
    testing.insert(QStringLiteral("DD_SERVER_TESTING"), QStringLiteral("1"));
    parsed = parse({}, testing);
    QCOMPARE(parsed.config.rateAddressPerMinute, 0);
    QCOMPARE(parsed.config.rateAccountPerMinute, 0);
    testing.insert(QStringLiteral("DD_SERVER_RATE_ADDRESS"), QStringLiteral("5"));
    parsed = parse({QStringLiteral("--rate-account"), QStringLiteral("0"),
                    QStringLiteral("--trusted-proxies"), QStringLiteral("127.0.0.1, 10.0.0.0/8")},
                   testing);
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Run);
    QCOMPARE(parsed.config.rateAddressPerMinute, 5);
    QCOMPARE(parsed.config.rateAccountPerMinute, 0);
    QCOMPARE(parsed.config.trustedProxies.size(), 2);
    QCOMPARE(parsed.config.trustedProxies.at(1),
             QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")));
    // From the INI file too.
    const QString ini = writeIni("[limits]\nrequestsPerMinutePerAddress = 1200\n"
                                 "[server]\ntrustedProxies = \"::1, 192.168.0.0/16\"\n");
    parsed = parse({QStringLiteral("--config"), ini});
    QCOMPARE(parsed.outcome, ServerConfig::Parsed::Outcome::Run);
    QCOMPARE(parsed.config.rateAddressPerMinute, 1200);
    QCOMPARE(parsed.config.trustedProxies.size(), 2);
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "TestServerConfig.moc"
