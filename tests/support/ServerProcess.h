#pragma once

// The real degreedesk-server for integration tests: the built binary started on a free
// loopback port (a temporary SQLite file, or the PostgreSQL database DD_TEST_SERVER_DATABASE
// names, as scripts/with-postgres sets it) in test mode, with python3 -m aiosmtpd as its SMTP
// sink (a Maildir); HTTP requests to it, and accounts registered, activated (the mailed
// token) and logged in (the captcha's test-only seed). Tests link dd_server (Captcha::make).

#include "Captcha.h"

#include "support/Maildir.h"
#include "support/SampleRecords.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

namespace dd::test {

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    HttpHeaders headers;
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
    QJsonObject error() const { return json.value(u"error").toObject(); }
    QString errorCode() const { return error().value(u"code").toString(); }
    QString errorField() const { return error().value(u"field").toString(); }
    // For QVERIFY2: the status and the body.
    QByteArray describe() const { return QByteArray::number(status) + ' ' + body.left(2000); }
};

// A child process stopped (SIGTERM, then SIGKILL) when it goes.
struct ChildProcess
{
    std::unique_ptr<QProcess> process;
    quint16 port = 0;

    // The exit code of a clean stop, -1 when it had to be killed.
    int stop()
    {
        if (!process || process->state() == QProcess::NotRunning) {
            return process ? process->exitCode() : -1;
        }
        process->terminate();
        if (process->waitForFinished(10000)) {
            return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
        }
        process->kill();
        process->waitForFinished(5000);
        return -1;
    }
    ~ChildProcess() { stop(); }
};

inline quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

inline bool waitForPort(QProcess &process, quint16 port, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (process.state() == QProcess::NotRunning) {
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200)) {
            return true;
        }
        QTest::qWait(50);
    }
    return false;
}

// The system's python3 with aiosmtpd (python3-aiosmtpd), or DD_TEST_PYTHON; empty if none.
inline QString pythonWithAiosmtpd()
{
    QStringList candidates;
    if (qEnvironmentVariableIsSet("DD_TEST_PYTHON")) {
        candidates.append(qEnvironmentVariable("DD_TEST_PYTHON"));
    }
    // The system's python3 first: python3-aiosmtpd is a Debian package, and a pyenv shim
    // earlier on PATH would not see it.
    candidates.append(QStringLiteral("/usr/bin/python3"));
    candidates.append(QStandardPaths::findExecutable(QStringLiteral("python3")));
    for (const QString &python : std::as_const(candidates)) {
        if (python.isEmpty()) {
            continue;
        }
        QProcess probe;
        probe.start(python, {QStringLiteral("-c"), QStringLiteral("import aiosmtpd")});
        if (probe.waitForFinished(15000) && probe.exitStatus() == QProcess::NormalExit
            && probe.exitCode() == 0) {
            return python;
        }
    }
    return {};
}

// This process's environment without its DD_SERVER_ settings: what a server started by a test
// begins with, so that nothing of the developer's shell leaks into it.
inline QProcessEnvironment serverEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QStringLiteral("DD_SERVER_"))) {
            env.remove(key);
        }
    }
    return env;
}

// What a command of degreedesk-server (create-center) printed and how it ended.
struct CommandResult
{
    int exitCode = -1; // -1: it did not finish (killed after 60 s) or crashed
    QString out;
    QString err;
};

class ServerProcess
{
public:
    // Starts the SMTP sink and the server; empty on success, else what failed.
    QString start(const QString &serverPath)
    {
        if (!m_dir.isValid()) {
            return QStringLiteral("no temporary folder");
        }
        const QString python = pythonWithAiosmtpd();
        if (python.isEmpty()) {
            return QStringLiteral("no python3 with aiosmtpd (Debian: python3-aiosmtpd; or set "
                                  "DD_TEST_PYTHON)");
        }
        m_mail.setFolder(m_dir.filePath(QStringLiteral("maildir")));
        m_smtp.port = freePort();
        m_smtp.process = std::make_unique<QProcess>();
        m_smtp.process->setProcessChannelMode(QProcess::MergedChannels);
        m_smtp.process->start(
            python,
            {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"),
             QStringLiteral("-l"), QStringLiteral("127.0.0.1:%1").arg(m_smtp.port),
             QStringLiteral("-c"), QStringLiteral("aiosmtpd.handlers.Mailbox"), m_mail.folder()});
        if (!waitForPort(*m_smtp.process, m_smtp.port)) {
            return QStringLiteral("aiosmtpd did not start: ")
                   + QString::fromUtf8(m_smtp.process->readAll().right(2000));
        }

        QProcessEnvironment env = serverEnvironment();
        m_server.port = freePort();
        env.insert(QStringLiteral("DD_SERVER_SMTP_URL"),
                   QStringLiteral("smtp://127.0.0.1:%1").arg(m_smtp.port));
        env.insert(QStringLiteral("DD_SERVER_SMTP_FROM"),
                   QStringLiteral("DegreeDesk Test <noreply@degreedesk.test>"));
        env.insert(QStringLiteral("DD_SERVER_TESTING"), QStringLiteral("1"));
        env.insert(QStringLiteral("DD_SERVER_LISTEN"),
                   QStringLiteral("127.0.0.1:%1").arg(m_server.port));
        env.insert(QStringLiteral("DD_SERVER_DATABASE"), databaseUrl());
        m_server.process = std::make_unique<QProcess>();
        m_server.process->setProcessEnvironment(env);
        m_server.process->setProcessChannelMode(QProcess::MergedChannels);
        m_server.process->start(serverPath, {});
        if (!waitForPort(*m_server.process, m_server.port)) {
            return QStringLiteral("degreedesk-server did not start: ")
                   + QString::fromUtf8(m_server.process->readAll().right(3000));
        }
        return {};
    }

    void stop()
    {
        m_server.stop();
        m_smtp.stop();
    }

    // Runs `degreedesk-server ARGUMENTS` (create-center ...) on this server's database.
    CommandResult runCommand(const QString &serverPath, const QStringList &arguments) const
    {
        QProcess process;
        QProcessEnvironment env = serverEnvironment();
        env.insert(QStringLiteral("DD_SERVER_DATABASE"), databaseUrl());
        process.setProcessEnvironment(env);
        process.start(serverPath, arguments);
        CommandResult result;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // The server's database: DD_TEST_SERVER_DATABASE (postgresql://...) or the SQLite file.
    QString databaseUrl() const
    {
        if (qEnvironmentVariableIsSet("DD_TEST_SERVER_DATABASE")) {
            return qEnvironmentVariable("DD_TEST_SERVER_DATABASE");
        }
        return QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"));
    }
    bool onPostgres() const { return qEnvironmentVariableIsSet("DD_TEST_SERVER_DATABASE"); }
    quint16 port() const { return m_server.port; }
    // What the server wrote to its log so far.
    QByteArray log()
    {
        if (m_server.process) {
            m_log += m_server.process->readAll();
        }
        return m_log;
    }

    HttpReply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                   const HttpHeaders &headers = {})
    {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.port).arg(path)));
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpReply result;
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
    HttpReply sendJson(const QByteArray &method, const QString &path, const QJsonObject &body,
                       const HttpHeaders &headers = {})
    {
        return send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact),
                    HttpHeaders{{"Content-Type", "application/json"}} + headers);
    }

    // Registers an account of this user name (the sample registration), activates it with
    // the mailed token and logs in: the session token, empty when a step failed (warned).
    QString sessionFor(const QString &userName)
    {
        domain::Registration registration = validRegistration();
        registration.userName = userName;
        registration.email = userName + QStringLiteral("@qq.com");
        registration.emailConfirm = registration.email;
        const HttpReply created =
            sendJson("POST", QStringLiteral("/api/v1/accounts"), registration.toJson());
        if (created.status != 201) {
            qWarning() << "registration answered" << created.describe();
            return {};
        }
        const QString token = activationTokenIn(takeMail(registration.email));
        const HttpReply activated = sendJson("POST", QStringLiteral("/api/v1/accounts/activate"),
                                             {{QStringLiteral("token"), token}});
        if (activated.status != 200) {
            qWarning() << "activation answered" << activated.describe();
            return {};
        }
        const quint32 seed = m_nextSeed++;
        const HttpReply captcha = send("GET", QStringLiteral("/api/v1/captcha?seed=%1").arg(seed));
        const HttpReply session =
            sendJson("POST", QStringLiteral("/api/v1/sessions"),
                     {{QStringLiteral("userName"), userName},
                      {QStringLiteral("password"), registration.password},
                      {QStringLiteral("captchaId"), captcha.json.value(u"id").toString()},
                      {QStringLiteral("captchaAnswer"), server::Captcha::make(seed).answer}},
                     {{"X-DD-Testing-Client", "198.51.100.7"}});
        if (session.status != 201) {
            qWarning() << "login answered" << session.describe();
            return {};
        }
        return session.json.value(u"token").toString();
    }

    // The body of the next mail to `address` not read yet; empty after 10 s.
    QString takeMail(const QString &address) { return m_mail.take(address, 10000); }

    static QString activationTokenIn(const QString &mail)
    {
        static const QRegularExpression link(
            QStringLiteral("/activate\\?token=([A-Za-z0-9_-]{43})"));
        const QRegularExpressionMatch match = link.match(mail);
        return match.hasMatch() ? match.captured(1) : QString();
    }

private:
    QTemporaryDir m_dir;
    ChildProcess m_smtp;
    ChildProcess m_server;
    Maildir m_mail;
    QNetworkAccessManager m_network;
    quint32 m_nextSeed = 5000;
    QByteArray m_log;
};

} // namespace dd::test
