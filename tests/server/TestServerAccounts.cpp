// The account endpoints of the real degreedesk-server (the built binary, started on a free
// loopback port with a temporary SQLite file and DD_SERVER_TESTING=1) against a real SMTP sink
// (python3 -m aiosmtpd writing a Maildir): register, read the activation mail, activate, solve
// the captcha through its test-only seed, log in, and every refusal on the way.

#include "Captcha.h"
#include "ServerMigrations.h"

#include "support/Maildir.h"
#include "support/SampleRecords.h"
#include "support/ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    Headers headers;
    QString networkError;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0) {
                return value;
            }
        }
        return {};
    }
    QString errorCode() const { return json.value(u"error").toObject().value(u"code").toString(); }
    QString errorField() const
    {
        return json.value(u"error").toObject().value(u"field").toString();
    }
};

using Child = dd::test::ChildProcess;
using dd::test::freePort;
using dd::test::waitForPort;

QString isoIn(qint64 seconds)
{
    return QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODateWithMs);
}

QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

class TestServerAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void commandLine();
    void health();
    void registerActivateAndLogIn();
    void registrationRefused_data();
    void registrationRefused();
    void malformedBodies_data();
    void malformedBodies();
    void duplicateUserName();
    void expiredActivationToken();
    void activationLinkPage();
    void resendActivation();
    void captcha();
    void loginAndLogout();
    void badCredentialsLookAlike();
    void badCaptcha();
    void tooManyFailuresPerUserName();
    void tooManyFailuresPerAddress();
    void sessionExpiresAfterTwelveIdleHours();
    void unknownRoutes();
    void mailNotSentAndNoTestMode();
    void purgeOfUnactivatedAccounts();
    void httpsWithACertificate();
    // password reset (忘记密码) and 账户管理
    void passwordResetByMail();
    void passwordResetAnswersAlike();
    void passwordResetExpiresAfterAnHour();
    void passwordResetRefused_data();
    void passwordResetRefused();
    void passwordResetAfterRefusals();
    void passwordResetRateLimited();
    void changePassword();
    void changePasswordRateLimited();
    void changeEmail();
    void changeEmailRefused_data();
    void changeEmailRefused();
    void changeMobile();
    void changeMobileRefused_data();
    void changeMobileRefused();
    void accountManagementNeedsASession();
    void logsHoldNoSecrets();

private:
    // --- processes ---
    QProcessEnvironment baseEnvironment() const;
    // `extra` is added to the test environment, `unset` taken from it.
    std::unique_ptr<Child> startServer(const QProcessEnvironment &extra, const QString &database,
                                       const QStringList &unset = {});

    // --- HTTP ---
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const Headers &headers = {}, quint16 port = 0, const QString &scheme = {});
    Reply post(const QString &path, const QJsonObject &body, const Headers &headers = {},
               quint16 port = 0)
    {
        return send("POST", path, jsonBody(body),
                    Headers{{"Content-Type", "application/json"}} + headers, port);
    }
    Reply get(const QString &path, const Headers &headers = {}, quint16 port = 0)
    {
        return send("GET", path, {}, headers, port);
    }

    // --- the API's steps ---
    QJsonObject registration(const QString &userName) const;
    QString emailOf(const QString &userName) const { return userName + QStringLiteral("@qq.com"); }
    // Registers, reads the activation mail and returns its token.
    QString registerAccount(const QString &userName, const Headers &headers = {});
    QString registerAndActivate(const QString &userName);
    // A captcha solved through its seed: {"captchaId", "captchaAnswer"}.
    QJsonObject solvedCaptcha(quint16 port = 0, const Headers &headers = {});
    Reply login(const QString &userName, const QString &password, const QString &client,
                const Headers &headers = {});
    QString sessionToken(const QString &userName);

    // --- mail ---
    // The body of the next activation mail to `address` not read yet; empty after 10 s.
    QString takeMail(const QString &address) { return m_mail.take(address, 10000); }
    static QString tokenIn(const QString &mail);

    // --- password reset and 账户管理 ---
    Reply put(const QString &path, const QJsonObject &body, const QString &token,
              const Headers &headers = {});
    Reply me(const QString &token);
    Reply askReset(const QString &userName, const QString &client, const Headers &headers = {});
    Reply confirmReset(const QString &token, const QString &newPassword,
                       const Headers &headers = {});
    // Asks for a reset (from an address of the user name's own) and returns the mailed token.
    QString resetToken(const QString &userName);
    // A session of an activated account of this user name, registered on first use.
    QString sessionOf(const QString &userName);
    static QString resetTokenIn(const QString &mail);
    // A mail to `address` not read yet is there now (no waiting).
    bool hasUnreadMail(const QString &address) const { return m_mail.hasUnread(address); }

    QTemporaryDir m_dir;
    std::unique_ptr<Child> m_smtp;
    std::unique_ptr<Child> m_server;
    quint16 m_smtpPort = 0;
    dd::test::Maildir m_mail;
    QNetworkAccessManager m_network;
    quint32 m_nextSeed = 1000;
    // What must never appear in the server's log.
    QStringList m_secrets;
    QByteArray m_serverLog;
    const QString m_password = dd::test::validRegistration().password;
    QHash<QString, QString> m_sessionsOf;
    QString m_refusedResetToken;
};

// --- processes ---------------------------------------------------------------------------

QProcessEnvironment TestServerAccounts::baseEnvironment() const
{
    QProcessEnvironment env = dd::test::serverEnvironment();
    env.insert(QStringLiteral("DD_SERVER_SMTP_URL"),
               QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtpPort));
    env.insert(QStringLiteral("DD_SERVER_SMTP_FROM"),
               QStringLiteral("DegreeDesk Test <noreply@degreedesk.test>"));
    env.insert(QStringLiteral("DD_SERVER_TESTING"), QStringLiteral("1"));
    return env;
}

std::unique_ptr<Child> TestServerAccounts::startServer(const QProcessEnvironment &extra,
                                                       const QString &database,
                                                       const QStringList &unset)
{
    auto child = std::make_unique<Child>();
    child->port = freePort();
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("DD_SERVER_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(child->port));
    // Under scripts/with-postgres every server of the suite uses its PostgreSQL database (the
    // second servers of some tests too, beside the main one): `database` is the SQLite file
    // otherwise.
    env.insert(QStringLiteral("DD_SERVER_DATABASE"),
               qEnvironmentVariableIsSet("DD_TEST_SERVER_DATABASE")
                   ? qEnvironmentVariable("DD_TEST_SERVER_DATABASE")
                   : QStringLiteral("sqlite:") + database);
    const QStringList keys = extra.keys();
    for (const QString &key : keys) {
        env.insert(key, extra.value(key));
    }
    for (const QString &key : unset) {
        env.remove(key);
    }
    child->process = std::make_unique<QProcess>();
    child->process->setProcessEnvironment(env);
    child->process->setProcessChannelMode(QProcess::MergedChannels);
    child->process->start(QStringLiteral(DD_SERVER_PATH), {});
    if (!waitForPort(*child->process, child->port)) {
        qWarning().noquote() << "degreedesk-server did not start:"
                             << child->process->readAll().right(3000);
        return nullptr;
    }
    return child;
}

void TestServerAccounts::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString python = dd::test::pythonWithAiosmtpd();
    QVERIFY2(!python.isEmpty(),
             "no python3 with aiosmtpd (Debian: python3-aiosmtpd; or set DD_TEST_PYTHON)");
    m_mail.setFolder(m_dir.filePath(QStringLiteral("maildir")));
    m_smtpPort = freePort();
    m_smtp = std::make_unique<Child>();
    m_smtp->port = m_smtpPort;
    m_smtp->process = std::make_unique<QProcess>();
    m_smtp->process->setProcessChannelMode(QProcess::MergedChannels);
    m_smtp->process->start(python,
                           {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
                            QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_smtpPort),
                            QStringLiteral("-c"), QStringLiteral("aiosmtpd.handlers.Mailbox"),
                            m_mail.folder()});
    QVERIFY2(waitForPort(*m_smtp->process, m_smtpPort),
             m_smtp->process->readAll().right(2000).constData());

    // DD_TEST_SERVER_DATABASE (a postgresql:// URL of an empty database) runs the main server
    // of the suite on it instead of a temporary SQLite file.
    QProcessEnvironment database;
    if (qEnvironmentVariableIsSet("DD_TEST_SERVER_DATABASE")) {
        database.insert(QStringLiteral("DD_SERVER_DATABASE"),
                        qEnvironmentVariable("DD_TEST_SERVER_DATABASE"));
    }
    m_server = startServer(database, m_dir.filePath(QStringLiteral("server.sqlite")));
    QVERIFY(m_server);
}

void TestServerAccounts::cleanupTestCase()
{
    if (m_server) {
        m_server->stop();
    }
    if (m_smtp) {
        m_smtp->stop();
    }
}

// --- HTTP --------------------------------------------------------------------------------

Reply TestServerAccounts::send(const QByteArray &method, const QString &path,
                               const QByteArray &body, const Headers &headers, quint16 port,
                               const QString &scheme)
{
    const quint16 target = port != 0 ? port : m_server->port;
    QNetworkRequest request(QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                                     .arg(scheme.isEmpty() ? QStringLiteral("http") : scheme)
                                     .arg(target)
                                     .arg(path)));
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply result;
    if (!reply->isFinished()) {
        reply->abort();
        result.networkError = QStringLiteral("timed out");
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.json = QJsonDocument::fromJson(result.body).object();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0) {
        result.networkError = reply->errorString();
    }
    reply->deleteLater();
    return result;
}

// --- the API's steps ---------------------------------------------------------------------

QJsonObject TestServerAccounts::registration(const QString &userName) const
{
    dd::domain::Registration r = dd::test::validRegistration();
    r.userName = userName;
    r.email = emailOf(userName);
    r.emailConfirm = r.email;
    return r.toJson();
}

QString TestServerAccounts::registerAccount(const QString &userName, const Headers &headers)
{
    const Reply reply = post(QStringLiteral("/api/v1/accounts"), registration(userName), headers);
    if (reply.status != 201) {
        qWarning().noquote() << "registration of" << userName << "answered" << reply.status
                             << reply.body;
        return {};
    }
    const QString token = tokenIn(takeMail(emailOf(userName)));
    m_secrets.append(token);
    return token;
}

QString TestServerAccounts::registerAndActivate(const QString &userName)
{
    const QString token = registerAccount(userName);
    if (token.isEmpty()) {
        return {};
    }
    const Reply reply =
        post(QStringLiteral("/api/v1/accounts/activate"), {{QStringLiteral("token"), token}});
    return reply.status == 200 ? token : QString();
}

QJsonObject TestServerAccounts::solvedCaptcha(quint16 port, const Headers &headers)
{
    const quint32 seed = m_nextSeed++;
    const Reply reply = get(QStringLiteral("/api/v1/captcha?seed=%1").arg(seed), headers, port);
    return QJsonObject{
        {QStringLiteral("captchaId"), reply.json.value(u"id").toString()},
        {QStringLiteral("captchaAnswer"), dd::server::Captcha::make(seed).answer},
    };
}

Reply TestServerAccounts::login(const QString &userName, const QString &password,
                                const QString &client, const Headers &headers)
{
    QJsonObject body = solvedCaptcha(0, headers);
    body.insert(QStringLiteral("userName"), userName);
    body.insert(QStringLiteral("password"), password);
    return post(QStringLiteral("/api/v1/sessions"), body,
                Headers{{"X-DD-Testing-Client", client.toLatin1()}} + headers);
}

QString TestServerAccounts::sessionToken(const QString &userName)
{
    const Reply reply = login(userName, m_password, QStringLiteral("198.51.100.1"));
    const QString token = reply.json.value(u"token").toString();
    m_secrets.append(token);
    return reply.status == 201 ? token : QString();
}

// --- mail --------------------------------------------------------------------------------

QString TestServerAccounts::tokenIn(const QString &mail)
{
    static const QRegularExpression link(QStringLiteral("/activate\\?token=([A-Za-z0-9_-]{43})"));
    const QRegularExpressionMatch match = link.match(mail);
    if (!match.hasMatch()) {
        return {};
    }
    // The token is also in the text by itself, for typing.
    const QString token = match.captured(1);
    return mail.count(token) >= 4 ? token : QString(); // link and code, in both languages
}

// --- tests -------------------------------------------------------------------------------

void TestServerAccounts::commandLine()
{
    QProcess help;
    help.start(QStringLiteral(DD_SERVER_PATH), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    for (const char *name :
         {"DD_SERVER_LISTEN", "DD_SERVER_DATABASE", "DD_SERVER_SMTP_URL", "DD_SERVER_SMTP_FROM",
          "DD_SERVER_SMTP_USER", "DD_SERVER_SMTP_PASSWORD", "DD_SERVER_SMTP_TLS",
          "DD_SERVER_PUBLIC_URL", "DD_SERVER_TLS_CERT", "DD_SERVER_TLS_KEY",
          "DD_SERVER_PURGE_HOURS", "DD_SERVER_TESTING", "--config"}) {
        QVERIFY2(text.contains(QLatin1String(name)), name);
    }

    QProcess bad;
    QProcessEnvironment env = baseEnvironment();
    env.insert(QStringLiteral("DD_SERVER_PURGE_HOURS"), QStringLiteral("often"));
    bad.setProcessEnvironment(env);
    bad.start(QStringLiteral(DD_SERVER_PATH), {});
    QVERIFY(bad.waitForFinished(10000));
    QCOMPARE(bad.exitCode(), 2);
    const QString error = QString::fromUtf8(bad.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("DD_SERVER_PURGE_HOURS")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("\"often\"")), qPrintable(error));
}

void TestServerAccounts::health()
{
    const Reply reply = get(QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"status").toString(), QStringLiteral("ok"));
    QCOMPARE(reply.json.value(u"schemaVersion").toInt(),
             dd::server::ServerMigrations::latestVersion());
    QCOMPARE(reply.json.value(u"testing").toBool(), true);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    // Under scripts/with-postgres (ctest -L postgres) the suite really runs on PostgreSQL.
    QCOMPARE(reply.json.value(u"database").toString(),
             qEnvironmentVariableIsSet("DD_TEST_SERVER_DATABASE") ? QStringLiteral("postgresql")
                                                                  : QStringLiteral("sqlite"));
}

void TestServerAccounts::registerActivateAndLogIn()
{
    const QString userName = QStringLiteral("Wang.Lei.01");
    const Reply created = post(QStringLiteral("/api/v1/accounts"), registration(userName));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json.value(u"userName").toString(), userName);
    QCOMPARE(created.json.value(u"activated").toBool(true), false);
    QVERIFY(!QUuid::fromString(created.json.value(u"id").toString()).isNull());

    // The activation mail: the link on the public URL and the token itself.
    const QString mail = takeMail(emailOf(userName));
    QVERIFY2(!mail.isEmpty(), "no activation mail arrived");
    QVERIFY(
        mail.contains(QStringLiteral("http://127.0.0.1:%1/activate?token=").arg(m_server->port)));
    QVERIFY(mail.contains(QStringLiteral("王磊")));
    QVERIFY(mail.contains(userName));
    const QString token = tokenIn(mail);
    QVERIFY(!token.isEmpty());
    m_secrets.append(token);
    QVERIFY(!mail.contains(m_password)); // never the password

    // Before activation: a wrong password is a wrong password; the right one is "not
    // activated", and only then.
    const Reply wrong = login(userName, QStringLiteral("Wrong123456"), QStringLiteral("10.0.0.1"));
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), QStringLiteral("badCredentials"));
    const Reply early = login(userName, m_password, QStringLiteral("10.0.0.1"));
    QCOMPARE(early.status, 403);
    QCOMPARE(early.errorCode(), QStringLiteral("notActivated"));
    QVERIFY(!early.json.contains(u"token"));

    const Reply activated =
        post(QStringLiteral("/api/v1/accounts/activate"), {{QStringLiteral("token"), token}});
    QCOMPARE(activated.status, 200);
    QCOMPARE(activated.json.value(u"activated").toBool(), true);
    QCOMPARE(activated.json.value(u"id"), created.json.value(u"id"));
    const Reply again =
        post(QStringLiteral("/api/v1/accounts/activate"), {{QStringLiteral("token"), token}});
    QCOMPARE(again.status, 404);
    QCOMPARE(again.errorCode(), QStringLiteral("tokenUnknown"));
    const Reply unknown = post(QStringLiteral("/api/v1/accounts/activate"),
                               {{QStringLiteral("token"), QString(43, u'A')}});
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), QStringLiteral("tokenUnknown"));

    // Logged in: the account as the server keeps it, never a password or its hash. The user
    // name is found whatever its case.
    const Reply session = login(userName.toUpper(), m_password, QStringLiteral("10.0.0.1"));
    QCOMPARE(session.status, 201);
    const QString sessionToken = session.json.value(u"token").toString();
    m_secrets.append(sessionToken);
    QCOMPARE(sessionToken.size(), 43);
    const QDateTime expiresAt =
        QDateTime::fromString(session.json.value(u"expiresAt").toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expiresAt) - 12 * 3600) < 120);
    const QJsonObject account = session.json.value(u"account").toObject();
    QCOMPARE(account.value(u"userName").toString(), userName);
    QCOMPARE(account.value(u"role").toString(), QStringLiteral("applicant"));
    QCOMPARE(account.value(u"activated").toBool(), true);
    QCOMPARE(account.value(u"name").toString(), QStringLiteral("王磊"));
    QCOMPARE(account.value(u"email").toString(), emailOf(userName));
    const QJsonObject registered = account.value(u"registration").toObject();
    QCOMPARE(registered.value(u"idNumber").toString(), dd::test::validRegistration().idNumber);
    QVERIFY(!registered.contains(u"password"));
    QVERIFY(!registered.contains(u"passwordConfirm"));
    QVERIFY(!session.body.contains(m_password.toUtf8()));
    QVERIFY(!session.body.contains("argon2"));
}

void TestServerAccounts::registrationRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    // Each row under a user name of its own, so that the test can show it was not created.
    int row = 0;
    const auto with = [this, &row](const char *key, const QJsonValue &value) {
        QJsonObject body = registration(QStringLiteral("refused.%1").arg(++row));
        body.insert(QLatin1String(key), value);
        return body;
    };
    QTest::newRow("user name too short")
        << with("userName", QStringLiteral("ab")) << QStringLiteral("invalidField")
        << QStringLiteral("userName");
    QJsonObject noDigit = with("password", QStringLiteral("abcdefgh"));
    noDigit.insert(QStringLiteral("passwordConfirm"), QStringLiteral("abcdefgh"));
    QTest::newRow("password without a digit")
        << noDigit << QStringLiteral("invalidField") << QStringLiteral("password");
    QTest::newRow("passwords differ")
        << with("passwordConfirm", QStringLiteral("Wl19900308")) << QStringLiteral("invalidField")
        << QStringLiteral("passwordConfirm");
    QTest::newRow("hotmail") <<
        [&] {
            QJsonObject body = with("email", QStringLiteral("wang@hotmail.com"));
            body.insert(QStringLiteral("emailConfirm"), QStringLiteral("wang@hotmail.com"));
            return body;
        }() << QStringLiteral("invalidField")
                             << QStringLiteral("email");
    QJsonObject badId = with("idNumber", QStringLiteral("110105199003074510"));
    badId.insert(QStringLiteral("idNumberConfirm"), QStringLiteral("110105199003074510"));
    QTest::newRow("ID number check digit")
        << badId << QStringLiteral("invalidField") << QStringLiteral("idNumber");
    QTest::newRow("name missing") <<
        [&] {
            QJsonObject body = with("remarks", QString());
            body.remove(QStringLiteral("name"));
            return body;
        }() << QStringLiteral("invalidField")
                                  << QStringLiteral("name");
    QTest::newRow("address over the form's limit")
        << with("address", QString(150, QChar(0x8DEF))) << QStringLiteral("invalidField")
        << QStringLiteral("address");
    QTest::newRow("address over every limit")
        << with("address", QString(5000, u'x')) << QStringLiteral("tooLong")
        << QStringLiteral("address");
    QTest::newRow("mobile as a number")
        << with("mobile", 13811112222.0) << QStringLiteral("wrongType") << QStringLiteral("mobile");
    QTest::newRow("remarks as a list") << with("remarks", QJsonArray{1, 2})
                                       << QStringLiteral("wrongType") << QStringLiteral("remarks");
    QTest::newRow("unknown field") << with("nickname", QStringLiteral("Lei"))
                                   << QStringLiteral("unknownField") << QStringLiteral("nickname");
    QTest::newRow("role smuggled in") << with("role", QStringLiteral("admin"))
                                      << QStringLiteral("unknownField") << QStringLiteral("role");
}

void TestServerAccounts::registrationRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const Reply reply = post(QStringLiteral("/api/v1/accounts"), body);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
    const QJsonObject error = reply.json.value(u"error").toObject();
    QVERIFY(!error.value(u"message").toString().isEmpty());
    if (code == u"invalidField" || code == u"wrongType" || code == u"unknownField") {
        // Every finding is listed, the one named among them.
        const QJsonArray findings = error.value(u"findings").toArray();
        QVERIFY(!findings.isEmpty());
        const bool named = std::any_of(findings.begin(), findings.end(), [&](const QJsonValue &f) {
            return f.toObject().value(u"field").toString() == field;
        });
        QVERIFY(named);
    }
    // Nothing was created: with its password the user name is unknown (401), where an account
    // waiting for activation would answer 403.
    const Reply attempt = login(body.value(u"userName").toString(),
                                body.value(u"password").toString(), QStringLiteral("192.0.2.201"));
    QCOMPARE(attempt.status, 401);
}

void TestServerAccounts::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed JSON")
        << QByteArray(R"({"userName": "x",)") << QByteArray("application/json") << 400
        << QStringLiteral("malformedJson");
    QTest::newRow("a list") << QByteArray("[]") << QByteArray("application/json") << 400
                            << QStringLiteral("malformedJson");
    QTest::newRow("empty") << QByteArray() << QByteArray("application/json") << 400
                           << QStringLiteral("malformedJson");
    QTest::newRow("form encoded") << QByteArray("userName=x")
                                  << QByteArray("application/x-www-form-urlencoded") << 415
                                  << QStringLiteral("unsupportedMediaType");
    QByteArray large = R"({"remarks":")" + QByteArray(70 * 1024, 'x') + R"("})";
    QTest::newRow("over 64 KiB") << large << QByteArray("application/json") << 413
                                 << QStringLiteral("bodyTooLarge");
}

void TestServerAccounts::malformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    for (const char *path : {"/api/v1/accounts", "/api/v1/sessions", "/api/v1/accounts/activate",
                             "/api/v1/password-resets", "/api/v1/password-resets/confirm"}) {
        const Reply reply =
            send("POST", QLatin1String(path), body, {{"Content-Type", contentType}});
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.errorCode(), code);
    }
}

void TestServerAccounts::duplicateUserName()
{
    QVERIFY(!registerAccount(QStringLiteral("zhang.san")).isEmpty());
    for (const QString &again : {QStringLiteral("zhang.san"), QStringLiteral("Zhang.San")}) {
        const Reply reply = post(QStringLiteral("/api/v1/accounts"), registration(again));
        QCOMPARE(reply.status, 409);
        QCOMPARE(reply.errorCode(), QStringLiteral("userNameTaken"));
        QCOMPARE(reply.errorField(), QStringLiteral("userName"));
    }
}

void TestServerAccounts::expiredActivationToken()
{
    const QString token = registerAccount(QStringLiteral("li.si"));
    QVERIFY(!token.isEmpty());
    // 25 hours later the link has expired...
    const Reply late =
        post(QStringLiteral("/api/v1/accounts/activate"), {{QStringLiteral("token"), token}},
             {{"X-DD-Testing-Now", isoIn(25 * 3600).toLatin1()}});
    QCOMPARE(late.status, 410);
    QCOMPARE(late.errorCode(), QStringLiteral("tokenExpired"));
    // ... 23 hours later it still works (once).
    const Reply inTime =
        post(QStringLiteral("/api/v1/accounts/activate"), {{QStringLiteral("token"), token}},
             {{"X-DD-Testing-Now", isoIn(23 * 3600).toLatin1()}});
    QCOMPARE(inTime.status, 200);
    const Reply used =
        post(QStringLiteral("/api/v1/accounts/activate"), {{QStringLiteral("token"), token}});
    QCOMPARE(used.status, 404);

    // A clock header that is not a time is refused, not ignored.
    const Reply bad = get(QStringLiteral("/api/v1/health"), {{"X-DD-Testing-Now", "yesterday"}});
    QCOMPARE(bad.status, 400);
    QCOMPARE(bad.errorCode(), QStringLiteral("badTestingNow"));
}

void TestServerAccounts::activationLinkPage()
{
    const QString userName = QStringLiteral("link.user");
    const Reply created = post(QStringLiteral("/api/v1/accounts"), registration(userName));
    QCOMPARE(created.status, 201);
    const QString mail = takeMail(emailOf(userName));
    const QRegularExpressionMatch link =
        QRegularExpression(QStringLiteral("http://127\\.0\\.0\\.1:\\d+(/activate\\?token=\\S+)"))
            .match(mail);
    QVERIFY(link.hasMatch());
    m_secrets.append(tokenIn(mail));
    const Reply page = get(link.captured(1));
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("账户已激活")));
    const Reply again = get(link.captured(1));
    QCOMPARE(again.status, 404);
    QVERIFY(!sessionToken(userName).isEmpty());
}

void TestServerAccounts::resendActivation()
{
    const QString first = registerAccount(QStringLiteral("wang.wu"));
    QVERIFY(!first.isEmpty());
    const QString path = QStringLiteral("/api/v1/accounts/resend-activation");
    const Reply known = post(path, {{QStringLiteral("userName"), QStringLiteral("wang.wu")}});
    const Reply unknown = post(path, {{QStringLiteral("userName"), QStringLiteral("nobody.here")}});
    QCOMPARE(known.status, 202);
    QCOMPARE(unknown.status, 202);
    QCOMPARE(known.body, unknown.body); // the same answer: nothing to learn about user names

    const QString second = tokenIn(takeMail(emailOf(QStringLiteral("wang.wu"))));
    QVERIFY2(!second.isEmpty(), "no second activation mail");
    m_secrets.append(second);
    QVERIFY(second != first);
    // The first link no longer works; the new one does.
    QCOMPARE(post(QStringLiteral("/api/v1/accounts/activate"), {{QStringLiteral("token"), first}})
                 .status,
             404);
    QCOMPARE(post(QStringLiteral("/api/v1/accounts/activate"), {{QStringLiteral("token"), second}})
                 .status,
             200);
    // Activated: the same answer again.
    QCOMPARE(post(path, {{QStringLiteral("userName"), QStringLiteral("wang.wu")}}).body,
             unknown.body);
    const Reply missing = post(path, {});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("missingField"));
    QCOMPARE(missing.errorField(), QStringLiteral("userName"));
}

void TestServerAccounts::captcha()
{
    const Reply reply = get(QStringLiteral("/api/v1/captcha?seed=42"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"expiresIn").toInt(), 300);
    QVERIFY(!reply.json.value(u"id").toString().isEmpty());
    const QByteArray png = QByteArray::fromBase64(reply.json.value(u"png").toString().toLatin1());
    QVERIFY(png.startsWith("\x89PNG"));
    const QImage image = QImage::fromData(png, "PNG");
    QCOMPARE(image.size(), QSize(dd::server::Captcha::Width, dd::server::Captcha::Height));
    // The seed gives the same picture as Captcha::make(seed), so the test knows its answer.
    QCOMPARE(image, QImage::fromData(dd::server::Captcha::make(42).png, "PNG"));
    QCOMPARE(get(QStringLiteral("/api/v1/captcha?seed=42")).json.value(u"png"),
             reply.json.value(u"png"));
    QVERIFY(get(QStringLiteral("/api/v1/captcha?seed=42")).json.value(u"id")
            != reply.json.value(u"id"));
    QCOMPARE(get(QStringLiteral("/api/v1/captcha?seed=minus")).errorCode(),
             QStringLiteral("badSeed"));
}

void TestServerAccounts::loginAndLogout()
{
    QVERIFY(!registerAndActivate(QStringLiteral("zhao.liu")).isEmpty());
    const QString token = sessionToken(QStringLiteral("zhao.liu"));
    QVERIFY(!token.isEmpty());
    const QByteArray bearer = "Bearer " + token.toLatin1();

    const Reply me = get(QStringLiteral("/api/v1/me"), {{"Authorization", bearer}});
    QCOMPARE(me.status, 200);
    QCOMPARE(me.json.value(u"userName").toString(), QStringLiteral("zhao.liu"));
    QVERIFY(!me.json.contains(u"passwordHash"));
    QVERIFY(!me.json.contains(u"password_hash"));
    QVERIFY(!me.body.contains("argon2"));

    const Reply anonymous = get(QStringLiteral("/api/v1/me"));
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.errorCode(), QStringLiteral("unauthenticated"));
    const Reply forged =
        get(QStringLiteral("/api/v1/me"), {{"Authorization", "Bearer " + QByteArray(43, 'x')}});
    QCOMPARE(forged.status, 401);
    QCOMPARE(forged.errorCode(), QStringLiteral("unauthenticated"));
    const Reply basic = get(QStringLiteral("/api/v1/me"), {{"Authorization", "Basic eDp5"}});
    QCOMPARE(basic.status, 401);

    // Two sessions are independent: ending one leaves the other.
    const QString other = sessionToken(QStringLiteral("zhao.liu"));
    QVERIFY(!other.isEmpty() && other != token);
    const Reply logout =
        send("DELETE", QStringLiteral("/api/v1/sessions/current"), {}, {{"Authorization", bearer}});
    QCOMPARE(logout.status, 204);
    QVERIFY(logout.body.isEmpty());
    QCOMPARE(get(QStringLiteral("/api/v1/me"), {{"Authorization", bearer}}).status, 401);
    QCOMPARE(
        send("DELETE", QStringLiteral("/api/v1/sessions/current"), {}, {{"Authorization", bearer}})
            .status,
        401);
    QCOMPARE(
        get(QStringLiteral("/api/v1/me"), {{"Authorization", "Bearer " + other.toLatin1()}}).status,
        200);
}

void TestServerAccounts::badCredentialsLookAlike()
{
    QVERIFY(!registerAndActivate(QStringLiteral("sun.qi")).isEmpty());
    const QString client = QStringLiteral("192.0.2.50");
    const Reply wrongPassword =
        login(QStringLiteral("sun.qi"), QStringLiteral("Wrong1234"), client);
    const Reply unknownUser = login(QStringLiteral("no.such.user"), m_password, client);
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(unknownUser.status, 401);
    QCOMPARE(wrongPassword.errorCode(), QStringLiteral("badCredentials"));
    QCOMPARE(wrongPassword.body, unknownUser.body);

    // A known but unactivated user with a wrong password answers the same too.
    QVERIFY(!registerAccount(QStringLiteral("sun.ba")).isEmpty());
    QCOMPARE(login(QStringLiteral("sun.ba"), QStringLiteral("Wrong1234"), client).body,
             unknownUser.body);
}

void TestServerAccounts::badCaptcha()
{
    QVERIFY(!registerAndActivate(QStringLiteral("zhou.jiu")).isEmpty());
    const QString client = QStringLiteral("192.0.2.60");
    const auto attempt = [&](const QJsonObject &captcha) {
        QJsonObject body = captcha;
        body.insert(QStringLiteral("userName"), QStringLiteral("zhou.jiu"));
        body.insert(QStringLiteral("password"), m_password);
        return post(QStringLiteral("/api/v1/sessions"), body,
                    {{"X-DD-Testing-Client", client.toLatin1()}});
    };
    QJsonObject captcha = solvedCaptcha();
    QJsonObject wrong = captcha;
    wrong.insert(QStringLiteral("captchaAnswer"), QStringLiteral("?????"));
    const Reply refused = attempt(wrong);
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), QStringLiteral("badCaptcha"));
    // The wrong answer used the captcha up: the right one now comes too late.
    QCOMPARE(attempt(captcha).errorCode(), QStringLiteral("badCaptcha"));

    // Case and spaces of the answer do not matter; a success uses the captcha up as well.
    QJsonObject relaxed = solvedCaptcha();
    relaxed.insert(
        QStringLiteral("captchaAnswer"),
        QString(QStringLiteral("  ") + relaxed.value(u"captchaAnswer").toString().toLower()));
    QCOMPARE(attempt(relaxed).status, 201);
    QCOMPARE(attempt(relaxed).errorCode(), QStringLiteral("badCaptcha"));

    // Five minutes later a captcha has expired.
    const QJsonObject old = solvedCaptcha();
    QJsonObject body = old;
    body.insert(QStringLiteral("userName"), QStringLiteral("zhou.jiu"));
    body.insert(QStringLiteral("password"), m_password);
    const Reply expired = post(
        QStringLiteral("/api/v1/sessions"), body,
        {{"X-DD-Testing-Client", client.toLatin1()}, {"X-DD-Testing-Now", isoIn(301).toLatin1()}});
    QCOMPARE(expired.errorCode(), QStringLiteral("badCaptcha"));

    QJsonObject unknown = solvedCaptcha();
    unknown.insert(QStringLiteral("captchaId"),
                   QStringLiteral("00000000-0000-0000-0000-000000000000"));
    QCOMPARE(attempt(unknown).errorCode(), QStringLiteral("badCaptcha"));
    const Reply missing = post(QStringLiteral("/api/v1/sessions"),
                               {{QStringLiteral("userName"), QStringLiteral("zhou.jiu")},
                                {QStringLiteral("password"), m_password}});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("missingField"));
    QCOMPARE(missing.errorField(), QStringLiteral("captchaId"));
}

void TestServerAccounts::tooManyFailuresPerUserName()
{
    QVERIFY(!registerAndActivate(QStringLiteral("wu.shi")).isEmpty());
    // Five failures, each from another address: the user name's own limit.
    for (int i = 0; i < 5; ++i) {
        const Reply reply = login(QStringLiteral("wu.shi"), QStringLiteral("Guess%1abc").arg(i),
                                  QStringLiteral("203.0.113.%1").arg(i + 1));
        QCOMPARE(reply.status, 401);
    }
    // The sixth attempt is refused, even with the right password and a fresh address.
    const Reply refused =
        login(QStringLiteral("wu.shi"), m_password, QStringLiteral("203.0.113.99"));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), QStringLiteral("tooManyAttempts"));
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY2(retryAfter > 800 && retryAfter <= 900, refused.header("Retry-After").constData());
    // Another user name from the same addresses is not affected.
    QVERIFY(!registerAndActivate(QStringLiteral("wu.shiyi")).isEmpty());
    QCOMPARE(login(QStringLiteral("wu.shiyi"), m_password, QStringLiteral("203.0.113.1")).status,
             201);
    // Fifteen minutes later the user name may try again.
    QCOMPARE(login(QStringLiteral("wu.shi"), m_password, QStringLiteral("203.0.113.99"),
                   {{"X-DD-Testing-Now", isoIn(15 * 60 + 5).toLatin1()}})
                 .status,
             201);
}

void TestServerAccounts::tooManyFailuresPerAddress()
{
    const QString client = QStringLiteral("198.18.0.20");
    for (int i = 0; i < 20; ++i) {
        const Reply reply = login(QStringLiteral("unknown.%1").arg(i), m_password, client);
        QCOMPARE(reply.status, 401);
    }
    const Reply refused = login(QStringLiteral("unknown.x"), m_password, client);
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    QCOMPARE(login(QStringLiteral("unknown.x"), m_password, QStringLiteral("198.18.0.21")).status,
             401);
}

void TestServerAccounts::sessionExpiresAfterTwelveIdleHours()
{
    QVERIFY(!registerAndActivate(QStringLiteral("qian.yi")).isEmpty());
    const QString token = sessionToken(QStringLiteral("qian.yi"));
    QVERIFY(!token.isEmpty());
    const Headers auth{{"Authorization", "Bearer " + token.toLatin1()}};
    const auto meAt = [&](qint64 hours) {
        return get(QStringLiteral("/api/v1/me"),
                   auth + Headers{{"X-DD-Testing-Now", isoIn(hours * 3600).toLatin1()}});
    };
    // Each use keeps it alive for 12 more hours.
    QCOMPARE(meAt(11).status, 200);
    QCOMPARE(meAt(22).status, 200);
    const Reply expired = meAt(35);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), QStringLiteral("sessionExpired"));
    // Expired sessions are gone.
    QCOMPARE(get(QStringLiteral("/api/v1/me"), auth).errorCode(),
             QStringLiteral("unauthenticated"));
}

void TestServerAccounts::unknownRoutes()
{
    const Reply missing = get(QStringLiteral("/api/v1/nothing"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), QStringLiteral("notFound"));
    const Reply method = get(QStringLiteral("/api/v1/accounts"));
    QCOMPARE(method.status, 405);
    QCOMPARE(method.errorCode(), QStringLiteral("methodNotAllowed"));
    QCOMPARE(method.header("Allow"), QByteArray("POST"));
    QCOMPARE(
        send("POST", QStringLiteral("/api/v1/me"), "{}", {{"Content-Type", "application/json"}})
            .status,
        405);
}

void TestServerAccounts::mailNotSentAndNoTestMode()
{
    // A server whose mail server does not answer, and not in test mode.
    QProcessEnvironment env;
    env.insert(QStringLiteral("DD_SERVER_SMTP_URL"),
               QStringLiteral("smtp://127.0.0.1:%1").arg(freePort()));
    const auto server = startServer(env, m_dir.filePath(QStringLiteral("nomail.sqlite")),
                                    {QStringLiteral("DD_SERVER_TESTING")});
    QVERIFY(server);
    const Reply created = post(QStringLiteral("/api/v1/accounts"),
                               registration(QStringLiteral("no.mail")), {}, server->port);
    QCOMPARE(created.status, 202);
    QCOMPARE(created.json.value(u"code").toString(), QStringLiteral("mailNotSent"));
    QCOMPARE(created.json.value(u"activated").toBool(true), false);
    // The account exists all the same.
    QCOMPARE(post(QStringLiteral("/api/v1/accounts"), registration(QStringLiteral("no.mail")), {},
                  server->port)
                 .status,
             409);

    // A second server uses the run's kind of database too (PostgreSQL under with-postgres).
    QCOMPARE(get(QStringLiteral("/api/v1/health"), {}, server->port).json.value(u"database"),
             qEnvironmentVariableIsSet("DD_TEST_SERVER_DATABASE") ? QStringLiteral("postgresql")
                                                                  : QStringLiteral("sqlite"));
    // Outside test mode the seed and the clock header mean nothing.
    QCOMPARE(
        get(QStringLiteral("/api/v1/health"), {}, server->port).json.value(u"testing").toBool(true),
        false);
    const Reply a = get(QStringLiteral("/api/v1/captcha?seed=7"), {}, server->port);
    const Reply b = get(QStringLiteral("/api/v1/captcha?seed=7"), {}, server->port);
    QCOMPARE(a.status, 200);
    QVERIFY(a.json.value(u"png") != b.json.value(u"png"));
    const QImage drawn =
        QImage::fromData(QByteArray::fromBase64(a.json.value(u"png").toString().toLatin1()), "PNG");
    QVERIFY(!drawn.isNull());
    QVERIFY(drawn != QImage::fromData(dd::server::Captcha::make(7).png, "PNG"));
    QCOMPARE(
        get(QStringLiteral("/api/v1/health"), {{"X-DD-Testing-Now", "yesterday"}}, server->port)
            .status,
        200);
    m_serverLog += server->process->readAll();
    QCOMPARE(server->stop(), 0);
    m_serverLog += server->process->readAll();
}

void TestServerAccounts::purgeOfUnactivatedAccounts()
{
    const QString database = m_dir.filePath(QStringLiteral("purge.sqlite"));
    auto server = startServer({}, database);
    QVERIFY(server);
    const auto registerAt = [&](const QString &userName, qint64 daysAgo) {
        return post(QStringLiteral("/api/v1/accounts"), registration(userName),
                    {{"X-DD-Testing-Now", isoIn(-daysAgo * 24 * 3600).toLatin1()}}, server->port)
            .status;
    };
    QCOMPARE(registerAt(QStringLiteral("eight.days"), 8), 201);
    QCOMPARE(registerAt(QStringLiteral("six.days"), 6), 201);
    for (const char *user : {"eight.days", "six.days"}) {
        m_secrets.append(tokenIn(takeMail(emailOf(QLatin1String(user)))));
    }
    // Both still there: the purge runs at start and every DD_SERVER_PURGE_HOURS.
    QCOMPARE(registerAt(QStringLiteral("eight.days"), 0), 409);
    m_serverLog += server->process->readAll();
    QCOMPARE(server->stop(), 0);
    m_serverLog += server->process->readAll();

    // The next start purges: the account of eight days ago is gone (its user name free
    // again), the one of six days ago stays.
    server = startServer({}, database);
    QVERIFY(server);
    QCOMPARE(registerAt(QStringLiteral("six.days"), 0), 409);
    QCOMPARE(registerAt(QStringLiteral("eight.days"), 0), 201);
    m_secrets.append(tokenIn(takeMail(emailOf(QStringLiteral("eight.days")))));
    m_serverLog += server->process->readAll();
    QVERIFY(m_serverLog.contains("purge: 1 unactivated accounts"));
    QCOMPARE(server->stop(), 0);
    m_serverLog += server->process->readAll();
}

void TestServerAccounts::httpsWithACertificate()
{
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        QSKIP("openssl is not installed: no certificate to test HTTPS with");
    }
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    QProcess make;
    make.start(openssl,
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                key, QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(make.waitForFinished(60000));
    QCOMPARE(make.exitCode(), 0);

    QProcessEnvironment env;
    env.insert(QStringLiteral("DD_SERVER_TLS_CERT"), cert);
    env.insert(QStringLiteral("DD_SERVER_TLS_KEY"), key);
    const auto server = startServer(env, m_dir.filePath(QStringLiteral("tls.sqlite")));
    QVERIFY(server);

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(cert));
    QNetworkRequest request(
        QUrl(QStringLiteral("https://127.0.0.1:%1/api/v1/health").arg(server->port)));
    request.setSslConfiguration(tls);
    QNetworkReply *reply = m_network.get(request);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(u"status").toString(),
             QStringLiteral("ok"));
    reply->deleteLater();
    // Plain HTTP gets no answer from it.
    QCOMPARE(get(QStringLiteral("/api/v1/health"), {}, server->port).status, 0);

    // A key that is not one stops the server at start with exit code 2.
    QProcess bad;
    QProcessEnvironment badEnv = baseEnvironment();
    badEnv.insert(QStringLiteral("DD_SERVER_LISTEN"),
                  QStringLiteral("127.0.0.1:%1").arg(freePort()));
    badEnv.insert(QStringLiteral("DD_SERVER_DATABASE"),
                  QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("tls.sqlite")));
    badEnv.insert(QStringLiteral("DD_SERVER_TLS_CERT"), cert);
    badEnv.insert(QStringLiteral("DD_SERVER_TLS_KEY"), cert);
    bad.setProcessEnvironment(badEnv);
    bad.start(QStringLiteral(DD_SERVER_PATH), {});
    QVERIFY(bad.waitForFinished(20000));
    QCOMPARE(bad.exitCode(), 2);
    QVERIFY(bad.readAllStandardError().contains("DD_SERVER_TLS_KEY"));
}

// --- password reset and 账户管理 (PUT /me/...) -------------------------------------------

Reply TestServerAccounts::put(const QString &path, const QJsonObject &body, const QString &token,
                              const Headers &headers)
{
    Headers all{{"Content-Type", "application/json"}};
    if (!token.isEmpty()) {
        all.append({"Authorization", "Bearer " + token.toLatin1()});
    }
    return send("PUT", path, jsonBody(body), all + headers);
}

Reply TestServerAccounts::me(const QString &token)
{
    return get(QStringLiteral("/api/v1/me"), {{"Authorization", "Bearer " + token.toLatin1()}});
}

Reply TestServerAccounts::askReset(const QString &userName, const QString &client,
                                   const Headers &headers)
{
    return post(QStringLiteral("/api/v1/password-resets"), {{QStringLiteral("userName"), userName}},
                Headers{{"X-DD-Testing-Client", client.toLatin1()}} + headers);
}

Reply TestServerAccounts::confirmReset(const QString &token, const QString &newPassword,
                                       const Headers &headers)
{
    return post(QStringLiteral("/api/v1/password-resets/confirm"),
                {{QStringLiteral("token"), token}, {QStringLiteral("newPassword"), newPassword}},
                headers);
}

QString TestServerAccounts::resetToken(const QString &userName)
{
    const Reply reply = askReset(userName, QStringLiteral("reset-client-") + userName);
    if (reply.status != 202) {
        qWarning().noquote() << "password reset of" << userName << "answered" << reply.status
                             << reply.body;
        return {};
    }
    const QString token = resetTokenIn(takeMail(emailOf(userName)));
    m_secrets.append(token);
    return token;
}

QString TestServerAccounts::sessionOf(const QString &userName)
{
    if (!m_sessionsOf.contains(userName)) {
        if (registerAndActivate(userName).isEmpty()) {
            return {};
        }
        m_sessionsOf.insert(userName, sessionToken(userName));
    }
    return m_sessionsOf.value(userName);
}

QString TestServerAccounts::resetTokenIn(const QString &mail)
{
    static const QRegularExpression link(
        QStringLiteral("/reset-password\\?token=([A-Za-z0-9_-]{43})"));
    const QRegularExpressionMatch match = link.match(mail);
    if (!match.hasMatch()) {
        return {};
    }
    const QString token = match.captured(1);
    return mail.count(token) >= 4 ? token : QString(); // link and code, in both languages
}

void TestServerAccounts::passwordResetByMail()
{
    const QString userName = QStringLiteral("reset.zhang");
    const QString client = QStringLiteral("192.0.2.70");
    QVERIFY(!registerAndActivate(userName).isEmpty());
    const QString first = sessionToken(userName);
    const QString second = sessionToken(userName);
    QVERIFY(!first.isEmpty() && !second.isEmpty());

    const Reply asked = askReset(userName, client);
    QCOMPARE(asked.status, 202);
    QVERIFY(!asked.json.value(u"message").toString().isEmpty());

    // The mail: the link on the public URL and the code by itself, never a password.
    const QString mail = takeMail(emailOf(userName));
    QVERIFY2(!mail.isEmpty(), "no password-reset mail arrived");
    QVERIFY(mail.contains(
        QStringLiteral("http://127.0.0.1:%1/reset-password?token=").arg(m_server->port)));
    QVERIFY(mail.contains(QStringLiteral("王磊")));
    QVERIFY(mail.contains(userName));
    QVERIFY(!mail.contains(m_password));
    const QString token = resetTokenIn(mail);
    QVERIFY(!token.isEmpty());
    m_secrets.append(token);

    // The link's page says the token is good, and does not use it.
    const QString pagePath = QStringLiteral("/reset-password?token=") + token;
    const Reply page = get(pagePath);
    QCOMPARE(page.status, 200);
    QVERIFY(page.header("Content-Type").startsWith("text/html"));
    QVERIFY(QString::fromUtf8(page.body).contains(QStringLiteral("链接有效")));

    const QString newPassword = QStringLiteral("Nw20261129");
    m_secrets.append(newPassword);
    const Reply confirmed = confirmReset(token, newPassword);
    QCOMPARE(confirmed.status, 204);
    QVERIFY(confirmed.body.isEmpty());

    // Every session of the account has ended; the old password is gone, the new one works.
    QCOMPARE(me(first).errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(me(second).errorCode(), QStringLiteral("unauthenticated"));
    QCOMPARE(login(userName, m_password, client).status, 401);
    const Reply session = login(userName, newPassword, client);
    QCOMPARE(session.status, 201);
    const QString fresh = session.json.value(u"token").toString();
    m_secrets.append(fresh);
    QCOMPARE(me(fresh).json.value(u"userName").toString(), userName);

    // A token works once.
    const Reply again = confirmReset(token, QStringLiteral("Other2026x"));
    QCOMPARE(again.status, 404);
    QCOMPARE(again.errorCode(), QStringLiteral("tokenUnknown"));
    QCOMPARE(again.errorField(), QStringLiteral("token"));
    QCOMPARE(get(pagePath).status, 404);
    QCOMPARE(login(userName, QStringLiteral("Other2026x"), client).status, 401);
}

void TestServerAccounts::passwordResetAnswersAlike()
{
    QVERIFY(!registerAndActivate(QStringLiteral("reset.active")).isEmpty());
    QVERIFY(!registerAccount(QStringLiteral("reset.waiting")).isEmpty());
    const QString client = QStringLiteral("192.0.2.71");
    const Reply unknown = askReset(QStringLiteral("reset.nobody"), client);
    const Reply waiting = askReset(QStringLiteral("reset.waiting"), client);
    const Reply active = askReset(QStringLiteral("Reset.Active"), client); // any case
    QCOMPARE(unknown.status, 202);
    QCOMPARE(waiting.status, 202);
    QCOMPARE(active.status, 202);
    // The same answer, byte for byte: nothing to learn about user names.
    QCOMPARE(waiting.body, unknown.body);
    QCOMPARE(active.body, unknown.body);

    // Only the activated account gets a mail.
    const QString token = resetTokenIn(takeMail(emailOf(QStringLiteral("reset.active"))));
    QVERIFY2(!token.isEmpty(), "no password-reset mail for the activated account");
    m_secrets.append(token);
    QTest::qWait(1000);
    QVERIFY(!hasUnreadMail(emailOf(QStringLiteral("reset.waiting"))));
    QVERIFY(!hasUnreadMail(emailOf(QStringLiteral("reset.nobody"))));

    const Reply missing = post(QStringLiteral("/api/v1/password-resets"), {});
    QCOMPARE(missing.status, 400);
    QCOMPARE(missing.errorCode(), QStringLiteral("missingField"));
    QCOMPARE(missing.errorField(), QStringLiteral("userName"));
    const Reply extra = post(QStringLiteral("/api/v1/password-resets"),
                             {{QStringLiteral("userName"), QStringLiteral("reset.active")},
                              {QStringLiteral("email"), QStringLiteral("x@qq.com")}});
    QCOMPARE(extra.status, 400);
    QCOMPARE(extra.errorCode(), QStringLiteral("unknownField"));
    QCOMPARE(extra.errorField(), QStringLiteral("email"));
}

void TestServerAccounts::passwordResetExpiresAfterAnHour()
{
    const QString userName = QStringLiteral("reset.li");
    QVERIFY(!registerAndActivate(userName).isEmpty());
    const QString first = resetToken(userName);
    QVERIFY(!first.isEmpty());
    const QString newPassword = QStringLiteral("Li20261129");
    m_secrets.append(newPassword);

    // 61 minutes later it has expired (the page says so too) and sets nothing.
    const Headers late{{"X-DD-Testing-Now", isoIn(61 * 60).toLatin1()}};
    const Reply expired = confirmReset(first, newPassword, late);
    QCOMPARE(expired.status, 410);
    QCOMPARE(expired.errorCode(), QStringLiteral("tokenExpired"));
    QCOMPARE(expired.errorField(), QStringLiteral("token"));
    QCOMPARE(get(QStringLiteral("/reset-password?token=") + first, late).status, 410);

    // A new request replaces it: the first is unknown from then on.
    const QString second = resetToken(userName);
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    QCOMPARE(confirmReset(first, newPassword).errorCode(), QStringLiteral("tokenUnknown"));

    // 59 minutes later the new one still works.
    QCOMPARE(
        confirmReset(second, newPassword, {{"X-DD-Testing-Now", isoIn(59 * 60).toLatin1()}}).status,
        204);
    QCOMPARE(login(userName, newPassword, QStringLiteral("192.0.2.72")).status, 201);
}

void TestServerAccounts::passwordResetRefused_data()
{
    QTest::addColumn<QJsonObject>("body"); // "TOKEN" stands for a good token
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const auto with = [](const QJsonValue &password) {
        return QJsonObject{{QStringLiteral("token"), QStringLiteral("TOKEN")},
                           {QStringLiteral("newPassword"), password}};
    };
    const QString invalid = QStringLiteral("invalidField");
    const QString newPassword = QStringLiteral("newPassword");
    QTest::newRow("seven characters")
        << with(QStringLiteral("Nw20261")) << 400 << invalid << newPassword;
    QTest::newRow("21 characters")
        << with(QStringLiteral("Nw2026112912345678901")) << 400 << invalid << newPassword;
    QTest::newRow("no digit") << with(QStringLiteral("abcdefghij")) << 400 << invalid
                              << newPassword;
    QTest::newRow("no letter") << with(QStringLiteral("2026112900")) << 400 << invalid
                               << newPassword;
    QTest::newRow("a space") << with(QStringLiteral("Nw 20261129")) << 400 << invalid
                             << newPassword;
    QTest::newRow("Chinese") << with(QStringLiteral(u"密码Nw20261129")) << 400 << invalid
                             << newPassword;
    QTest::newRow("empty") << with(QString()) << 400 << QStringLiteral("missingField")
                           << newPassword;
    QTest::newRow("a number") << with(20261129) << 400 << QStringLiteral("wrongType")
                              << newPassword;
    QTest::newRow("no token") << QJsonObject{{newPassword, QStringLiteral("Nw20261129")}} << 400
                              << QStringLiteral("missingField") << QStringLiteral("token");
    QTest::newRow("token over 128") << QJsonObject{{QStringLiteral("token"), QString(129, u'A')},
                                                   {newPassword, QStringLiteral("Nw20261129")}}
                                    << 400 << QStringLiteral("tooLong") << QStringLiteral("token");
    QJsonObject extra = with(QStringLiteral("Nw20261129"));
    extra.insert(QStringLiteral("passwordConfirm"), QStringLiteral("Nw20261129"));
    QTest::newRow("unknown field")
        << extra << 400 << QStringLiteral("unknownField") << QStringLiteral("passwordConfirm");
    QTest::newRow("unknown token")
        << QJsonObject{{QStringLiteral("token"), QString(43, u'A')},
                       {newPassword, QStringLiteral("Nw20261129")}}
        << 404 << QStringLiteral("tokenUnknown") << QStringLiteral("token");
}

void TestServerAccounts::passwordResetRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    // One token for every row: a refusal uses nothing up (passwordResetAfterRefusals uses it).
    if (m_refusedResetToken.isEmpty()) {
        QVERIFY(!registerAndActivate(QStringLiteral("reset.refused")).isEmpty());
        m_refusedResetToken = resetToken(QStringLiteral("reset.refused"));
        QVERIFY(!m_refusedResetToken.isEmpty());
    }
    if (body.value(u"token").toString() == u"TOKEN") {
        body.insert(QStringLiteral("token"), m_refusedResetToken);
    }
    const Reply reply = post(QStringLiteral("/api/v1/password-resets/confirm"), body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
    if (code == u"invalidField") {
        // The password rule's findings, about the field named.
        const QJsonArray findings =
            reply.json.value(u"error").toObject().value(u"findings").toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(u"field").toString(), field);
        QVERIFY(findings.first().toObject().value(u"rule").toString().startsWith(u"password."));
    }
}

void TestServerAccounts::passwordResetAfterRefusals()
{
    QVERIFY(!m_refusedResetToken.isEmpty());
    const QString newPassword = QStringLiteral("Rf20261129");
    m_secrets.append(newPassword);
    QCOMPARE(confirmReset(m_refusedResetToken, newPassword).status, 204);
    QCOMPARE(
        login(QStringLiteral("reset.refused"), newPassword, QStringLiteral("192.0.2.73")).status,
        201);
}

void TestServerAccounts::passwordResetRateLimited()
{
    // Per user name: five requests from five addresses, then 429 from any address. An unknown
    // user name is limited alike (the 429 says nothing about it either).
    for (const QString &userName : {QStringLiteral("reset.busy"), QStringLiteral("reset.ghost")}) {
        if (userName == u"reset.busy") {
            QVERIFY(!registerAndActivate(userName).isEmpty());
        }
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(askReset(userName, QStringLiteral("203.0.113.%1").arg(40 + i)).status, 202);
        }
        const Reply refused = askReset(userName, QStringLiteral("203.0.113.99"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.errorCode(), QStringLiteral("tooManyAttempts"));
        const int retryAfter = refused.header("Retry-After").toInt();
        QVERIFY2(retryAfter > 800 && retryAfter <= 900, refused.header("Retry-After").constData());
    }
    for (int i = 0; i < 5; ++i) {
        const QString token = resetTokenIn(takeMail(emailOf(QStringLiteral("reset.busy"))));
        QVERIFY(!token.isEmpty());
        m_secrets.append(token);
    }
    // Asking for resets blocks no login.
    QCOMPARE(login(QStringLiteral("reset.busy"), m_password, QStringLiteral("203.0.113.40")).status,
             201);
    // Fifteen minutes later the user name may ask again.
    QCOMPARE(askReset(QStringLiteral("reset.ghost"), QStringLiteral("203.0.113.99"),
                      {{"X-DD-Testing-Now", isoIn(15 * 60 + 5).toLatin1()}})
                 .status,
             202);

    // Per address: twenty requests, then 429 for any user name from there.
    const QString client = QStringLiteral("198.18.1.1");
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(askReset(QStringLiteral("flood.%1").arg(i), client).status, 202);
    }
    const Reply refused = askReset(QStringLiteral("flood.x"), client);
    QCOMPARE(refused.status, 429);
    QVERIFY(refused.header("Retry-After").toInt() > 0);
    QCOMPARE(askReset(QStringLiteral("flood.x"), QStringLiteral("198.18.1.2")).status, 202);
}

void TestServerAccounts::changePassword()
{
    const QString userName = QStringLiteral("change.pw");
    QVERIFY(!registerAndActivate(userName).isEmpty());
    const QString mine = sessionToken(userName);
    const QString other = sessionToken(userName);
    QVERIFY(!mine.isEmpty() && !other.isEmpty());
    // A reset link mailed before the change.
    const QString pending = resetToken(userName);
    QVERIFY(!pending.isEmpty());

    const QString path = QStringLiteral("/api/v1/me/password");
    const QString newPassword = QStringLiteral("Cp20261129");
    m_secrets.append(newPassword);
    const auto body = [](const QString &current, const QString &next) {
        return QJsonObject{{QStringLiteral("currentPassword"), current},
                           {QStringLiteral("newPassword"), next}};
    };
    const Reply wrong = put(path, body(QStringLiteral("Wrong1234"), newPassword), mine);
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.errorCode(), QStringLiteral("badCredentials"));
    QCOMPARE(wrong.errorField(), QStringLiteral("currentPassword"));
    const Reply weak = put(path, body(m_password, QStringLiteral("short1")), mine);
    QCOMPARE(weak.status, 400);
    QCOMPARE(weak.errorCode(), QStringLiteral("invalidField"));
    QCOMPARE(weak.errorField(), QStringLiteral("newPassword"));
    const Reply missing = put(path, {{QStringLiteral("currentPassword"), m_password}}, mine);
    QCOMPARE(missing.errorCode(), QStringLiteral("missingField"));
    QCOMPARE(missing.errorField(), QStringLiteral("newPassword"));
    const Reply noCurrent = put(path, {{QStringLiteral("newPassword"), newPassword}}, mine);
    QCOMPARE(noCurrent.errorCode(), QStringLiteral("missingField"));
    QCOMPARE(noCurrent.errorField(), QStringLiteral("currentPassword"));
    QCOMPARE(put(path, body(m_password, newPassword), QString()).status, 401);
    QCOMPARE(put(path, body(m_password, newPassword), QString(43, u'x')).errorCode(),
             QStringLiteral("unauthenticated"));
    // None of these changed anything: every session still works.
    QCOMPARE(me(other).status, 200);

    const Reply changed = put(path, body(m_password, newPassword), mine);
    QCOMPARE(changed.status, 204);
    QVERIFY(changed.body.isEmpty());
    // This session stays, the others end.
    QCOMPARE(me(mine).status, 200);
    QCOMPARE(me(other).errorCode(), QStringLiteral("unauthenticated"));
    const QString client = QStringLiteral("192.0.2.74");
    QCOMPARE(login(userName, m_password, client).status, 401);
    const Reply session = login(userName, newPassword, client);
    QCOMPARE(session.status, 201);
    m_secrets.append(session.json.value(u"token").toString());
    // The reset link mailed before no longer sets a password.
    QCOMPARE(confirmReset(pending, QStringLiteral("Late20261129")).errorCode(),
             QStringLiteral("tokenUnknown"));
}

void TestServerAccounts::changePasswordRateLimited()
{
    const QString userName = QStringLiteral("change.guess");
    const QString token = sessionOf(userName);
    QVERIFY(!token.isEmpty());
    const QString path = QStringLiteral("/api/v1/me/password");
    const Headers from{{"X-DD-Testing-Client", "198.51.100.77"}};
    // Guessing the current password with a stolen session counts as failed logins.
    for (int i = 0; i < 5; ++i) {
        const Reply reply =
            put(path,
                {{QStringLiteral("currentPassword"), QStringLiteral("Guess%1abc").arg(i)},
                 {QStringLiteral("newPassword"), QStringLiteral("Gs20261129")}},
                token, from);
        QCOMPARE(reply.status, 403);
    }
    const Reply refused = put(path,
                              {{QStringLiteral("currentPassword"), m_password},
                               {QStringLiteral("newPassword"), QStringLiteral("Gs20261129")}},
                              token, from);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), QStringLiteral("tooManyAttempts"));
    QVERIFY(refused.header("Retry-After").toInt() > 800);
    // The same limit as the login's: the user name cannot log in either.
    QCOMPARE(login(userName, m_password, QStringLiteral("198.51.100.78")).status, 429);
    // The password did not change.
    QCOMPARE(login(userName, m_password, QStringLiteral("198.51.100.78"),
                   {{"X-DD-Testing-Now", isoIn(15 * 60 + 5).toLatin1()}})
                 .status,
             201);
}

void TestServerAccounts::changeEmail()
{
    const QString userName = QStringLiteral("change.mail");
    const QString oldAddress = emailOf(userName);
    const QString newAddress = QStringLiteral("change.mail.new@126.com");
    const QString token = sessionOf(userName);
    QVERIFY(!token.isEmpty());
    const QString pending = resetToken(userName); // mailed to the old address

    const QString path = QStringLiteral("/api/v1/me/email");
    const Reply wrong = put(path,
                            {{QStringLiteral("email"), newAddress},
                             {QStringLiteral("password"), QStringLiteral("Wrong1234")}},
                            token);
    QCOMPARE(wrong.status, 403);
    QCOMPARE(wrong.errorCode(), QStringLiteral("badCredentials"));
    QCOMPARE(wrong.errorField(), QStringLiteral("password"));
    QCOMPARE(me(token).json.value(u"email").toString(), oldAddress);

    const Reply changed =
        put(path,
            {{QStringLiteral("email"), QString(QStringLiteral("  ") + newAddress)},
             {QStringLiteral("password"), m_password}},
            token);
    QCOMPARE(changed.status, 200);
    QCOMPARE(changed.json.value(u"email").toString(), newAddress);
    QCOMPARE(changed.json.value(u"userName").toString(), userName);
    const QJsonObject registered = changed.json.value(u"registration").toObject();
    QCOMPARE(registered.value(u"email").toString(), newAddress);
    QCOMPARE(registered.value(u"emailConfirm").toString(), newAddress);
    QVERIFY(!changed.body.contains("argon2"));
    QCOMPARE(me(token).json, changed.json);

    // A notice to the OLD address, the new one masked; nothing to the new address.
    const QString notice = takeMail(oldAddress);
    QVERIFY2(!notice.isEmpty(), "no notice at the old address");
    QVERIFY(notice.contains(QStringLiteral("c******@126.com")));
    QVERIFY(!notice.contains(newAddress));
    QVERIFY(notice.contains(userName));
    QVERIFY(!notice.contains(QStringLiteral("token=")));
    QVERIFY(!hasUnreadMail(newAddress));

    // Reset links went to the old address: they no longer work; new ones go to the new one.
    QCOMPARE(confirmReset(pending, QStringLiteral("Late20261129")).errorCode(),
             QStringLiteral("tokenUnknown"));
    QCOMPARE(askReset(userName, QStringLiteral("192.0.2.75")).status, 202);
    const QString reset = resetTokenIn(takeMail(newAddress));
    QVERIFY2(!reset.isEmpty(), "no reset mail at the new address");
    m_secrets.append(reset);
    QVERIFY(!hasUnreadMail(oldAddress));

    // Outlook is only warned about by the e-mail rule: accepted.
    const Reply outlook = put(path,
                              {{QStringLiteral("email"), QStringLiteral("change.mail@outlook.com")},
                               {QStringLiteral("password"), m_password}},
                              token);
    QCOMPARE(outlook.status, 200);
    QCOMPARE(outlook.json.value(u"email").toString(), QStringLiteral("change.mail@outlook.com"));
    QVERIFY(takeMail(newAddress).contains(QStringLiteral("c******@outlook.com")));
}

void TestServerAccounts::changeEmailRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule"); // the first finding's, for invalidField
    const auto with = [this](const QJsonValue &email) {
        return QJsonObject{{QStringLiteral("email"), email},
                           {QStringLiteral("password"), m_password}};
    };
    const QString invalid = QStringLiteral("invalidField");
    const QString email = QStringLiteral("email");
    QTest::newRow("Hotmail") << with(QStringLiteral("wang@hotmail.com")) << invalid << email
                             << QStringLiteral("email.refusedProvider");
    QTest::newRow("Yahoo China") << with(QStringLiteral("wang@yahoo.com.cn")) << invalid << email
                                 << QStringLiteral("email.refusedProvider");
    QTest::newRow("no @") << with(QStringLiteral("wang.163.com")) << invalid << email
                          << QStringLiteral("email.syntax");
    QTest::newRow("full-width @") << with(QStringLiteral(u"wang＠163.com")) << invalid << email
                                  << QStringLiteral("email.fullWidth");
    QTest::newRow("empty") << with(QString()) << QStringLiteral("missingField") << email
                           << QString();
    QTest::newRow("a list") << with(QJsonArray{QStringLiteral("a@qq.com")})
                            << QStringLiteral("wrongType") << email << QString();
    QTest::newRow("over 256") << with(QString(QString(250, u'a') + QStringLiteral("@qq.com")))
                              << QStringLiteral("tooLong") << email << QString();
    QTest::newRow("no password") << QJsonObject{{email, QStringLiteral("wang@126.com")}}
                                 << QStringLiteral("missingField") << QStringLiteral("password")
                                 << QString();
    QJsonObject confirm = with(QStringLiteral("wang@126.com"));
    confirm.insert(QStringLiteral("emailConfirm"), QStringLiteral("wang@126.com"));
    QTest::newRow("unknown field")
        << confirm << QStringLiteral("unknownField") << QStringLiteral("emailConfirm") << QString();
}

void TestServerAccounts::changeEmailRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    const QString userName = QStringLiteral("change.mail.refused");
    const QString token = sessionOf(userName);
    QVERIFY(!token.isEmpty());
    const Reply reply = put(QStringLiteral("/api/v1/me/email"), body, token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
    if (!rule.isEmpty()) {
        const QJsonArray findings =
            reply.json.value(u"error").toObject().value(u"findings").toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(u"rule").toString(), rule);
    }
    // Nothing changed, and nobody was told.
    QCOMPARE(me(token).json.value(u"email").toString(), emailOf(userName));
    QVERIFY(!hasUnreadMail(emailOf(userName)));
}

void TestServerAccounts::changeMobile()
{
    const QString token = sessionOf(QStringLiteral("change.mobile"));
    QVERIFY(!token.isEmpty());
    const QString path = QStringLiteral("/api/v1/me/mobile");
    const auto change = [&](const QString &mobile) {
        return put(path, {{QStringLiteral("mobile"), mobile}}, token);
    };
    const Reply plain = change(QStringLiteral("13912345678"));
    QCOMPARE(plain.status, 200);
    QCOMPARE(plain.json.value(u"mobile").toString(), QStringLiteral("13912345678"));
    QCOMPARE(plain.json.value(u"registration").toObject().value(u"mobile").toString(),
             QStringLiteral("13912345678"));
    // Written as the phone rule reads it: digits only.
    QCOMPARE(change(QStringLiteral("+86 139-1234-5679")).json.value(u"mobile").toString(),
             QStringLiteral("13912345679"));
    QCOMPARE(change(QStringLiteral(u"１３９１２３４５６７０")).json.value(u"mobile").toString(),
             QStringLiteral("13912345670"));
    const Reply now = me(token);
    QCOMPARE(now.json.value(u"mobile").toString(), QStringLiteral("13912345670"));
    QCOMPARE(now.json.value(u"registration").toObject().value(u"mobile").toString(),
             QStringLiteral("13912345670"));
    // Nothing else of the account changed.
    QCOMPARE(now.json.value(u"email").toString(), emailOf(QStringLiteral("change.mobile")));
    QCOMPARE(now.json.value(u"registration").toObject().value(u"idNumber").toString(),
             dd::test::validRegistration().idNumber);
}

void TestServerAccounts::changeMobileRefused_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("rule");
    const auto with = [](const QJsonValue &mobile) {
        return QJsonObject{{QStringLiteral("mobile"), mobile}};
    };
    const QString invalid = QStringLiteral("invalidField");
    QTest::newRow("ten digits") << with(QStringLiteral("1391234567")) << invalid
                                << QStringLiteral("mobile.length");
    QTest::newRow("a landline") << with(QStringLiteral("01062961234")) << invalid
                                << QStringLiteral("mobile.prefix");
    QTest::newRow("begins with 12")
        << with(QStringLiteral("12912345678")) << invalid << QStringLiteral("mobile.prefix");
    QTest::newRow("letters") << with(QStringLiteral("139abc45678")) << invalid
                             << QStringLiteral("mobile.characters");
    QTest::newRow("empty") << with(QString()) << QStringLiteral("missingField") << QString();
    QTest::newRow("a number") << with(13912345678.0) << QStringLiteral("wrongType") << QString();
    QTest::newRow("over 256") << with(QString(300, u'1')) << QStringLiteral("tooLong") << QString();
}

void TestServerAccounts::changeMobileRefused()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, code);
    QFETCH(QString, rule);
    const QString token = sessionOf(QStringLiteral("change.mobile.refused"));
    QVERIFY(!token.isEmpty());
    const Reply reply = put(QStringLiteral("/api/v1/me/mobile"), body, token);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), QStringLiteral("mobile"));
    if (!rule.isEmpty()) {
        const QJsonArray findings =
            reply.json.value(u"error").toObject().value(u"findings").toArray();
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().toObject().value(u"rule").toString(), rule);
    }
    QCOMPARE(me(token).json.value(u"mobile").toString(), dd::test::validRegistration().mobile);
}

void TestServerAccounts::accountManagementNeedsASession()
{
    const QStringList paths{QStringLiteral("/api/v1/me/password"),
                            QStringLiteral("/api/v1/me/email"),
                            QStringLiteral("/api/v1/me/mobile")};
    for (const QString &path : paths) {
        // The session comes first: without one, even a malformed body gets 401.
        const Reply anonymous = send("PUT", path, "{", {{"Content-Type", "application/json"}});
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.errorCode(), QStringLiteral("unauthenticated"));
        QCOMPARE(put(path, QJsonObject(), QString(43, u'x')).errorCode(),
                 QStringLiteral("unauthenticated"));

        // An expired session answers so, whatever the body.
        const QString userName = QStringLiteral("idle.") + path.section(u'/', -1);
        QVERIFY(!registerAndActivate(userName).isEmpty());
        const QString token = sessionToken(userName);
        const Reply expired = put(path, {{QStringLiteral("mobile"), QStringLiteral("13912345678")}},
                                  token, {{"X-DD-Testing-Now", isoIn(13 * 3600).toLatin1()}});
        QCOMPARE(expired.status, 401);
        QCOMPARE(expired.errorCode(), QStringLiteral("sessionExpired"));

        // With a session, the body's checks.
        const QString live = sessionToken(userName);
        const Reply malformed = send(
            "PUT", path, "{",
            {{"Content-Type", "application/json"}, {"Authorization", "Bearer " + live.toLatin1()}});
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.errorCode(), QStringLiteral("malformedJson"));
        const Reply form = send("PUT", path, "mobile=1",
                                {{"Content-Type", "application/x-www-form-urlencoded"},
                                 {"Authorization", "Bearer " + live.toLatin1()}});
        QCOMPARE(form.status, 415);

        // Only PUT.
        const Reply method = get(path, {{"Authorization", "Bearer " + live.toLatin1()}});
        QCOMPARE(method.status, 405);
        QCOMPARE(method.header("Allow"), QByteArray("PUT"));
    }
}

void TestServerAccounts::logsHoldNoSecrets()
{
    m_serverLog += m_server->process->readAll();
    QVERIFY(m_serverLog.contains("account"));
    QVERIFY(m_serverLog.contains("TEST MODE"));
    m_secrets.removeAll(QString());
    QVERIFY(m_secrets.size() > 10);
    const QStringList never = m_secrets
                              + QStringList{m_password, dd::test::validRegistration().idNumber,
                                            QStringLiteral("Wrong1234")};
    for (const QString &secret : never) {
        QVERIFY2(!m_serverLog.contains(secret.toUtf8()), qPrintable(secret.left(6)));
    }
}

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "TestServerAccounts.moc"
