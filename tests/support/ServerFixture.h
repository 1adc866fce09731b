#pragma once

// The real degreedesk-server for client tests: started on a free loopback port with a
// temporary SQLite file and DD_SERVER_TESTING=1, beside a real SMTP sink (python3 -m aiosmtpd
// writing a Maildir) whose mails the test reads. Stopped (SIGTERM, then SIGKILL) when it goes.

#include "support/ServerProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace dd::test {

class ServerFixture
{
public:
    ServerFixture() = default;
    ServerFixture(const ServerFixture &) = delete;
    ServerFixture &operator=(const ServerFixture &) = delete;
    ~ServerFixture() { stop(); }

    // Starts the SMTP sink and the server at `serverPath`; false (with `error()`) when either
    // does not come up.
    bool start(const QString &serverPath)
    {
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        const QString python = pythonWithAiosmtpd();
        if (python.isEmpty()) {
            m_error = QStringLiteral(
                "no python3 with aiosmtpd (Debian: python3-aiosmtpd; or set DD_TEST_PYTHON)");
            return false;
        }
        m_mail.setFolder(m_dir.filePath(QStringLiteral("maildir")));
        const quint16 smtpPort = freePort();
        m_smtp = std::make_unique<QProcess>();
        m_smtp->setProcessChannelMode(QProcess::MergedChannels);
        m_smtp->start(python, {QStringLiteral("-m"), QStringLiteral("aiosmtpd"),
                               QStringLiteral("-n"), QStringLiteral("-l"),
                               QStringLiteral("127.0.0.1:%1").arg(smtpPort), QStringLiteral("-c"),
                               QStringLiteral("aiosmtpd.handlers.Mailbox"), m_mail.folder()});
        if (!waitForPort(*m_smtp, smtpPort)) {
            m_error = QStringLiteral("aiosmtpd did not start: ")
                      + QString::fromUtf8(m_smtp->readAll().right(2000));
            return false;
        }
        m_port = freePort();
        QProcessEnvironment env = serverEnvironment();
        env.insert(QStringLiteral("DD_SERVER_SMTP_URL"),
                   QStringLiteral("smtp://127.0.0.1:%1").arg(smtpPort));
        env.insert(QStringLiteral("DD_SERVER_SMTP_FROM"),
                   QStringLiteral("DegreeDesk Test <noreply@degreedesk.test>"));
        env.insert(QStringLiteral("DD_SERVER_TESTING"), QStringLiteral("1"));
        env.insert(QStringLiteral("DD_SERVER_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(m_port));
        env.insert(QStringLiteral("DD_SERVER_DATABASE"),
                   QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")));
        m_server = std::make_unique<QProcess>();
        m_server->setProcessEnvironment(env);
        m_server->setProcessChannelMode(QProcess::MergedChannels);
        m_server->start(serverPath, {});
        if (!waitForPort(*m_server, m_port)) {
            m_error = QStringLiteral("degreedesk-server did not start: ")
                      + QString::fromUtf8(m_server->readAll().right(3000));
            return false;
        }
        return true;
    }

    void stop()
    {
        for (QProcess *process : {m_server.get(), m_smtp.get()}) {
            if (!process || process->state() == QProcess::NotRunning) {
                continue;
            }
            process->terminate();
            if (!process->waitForFinished(10000)) {
                process->kill();
                process->waitForFinished(5000);
            }
        }
    }

    QString error() const { return m_error; }
    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    // The body of the next mail to `address` not read yet; empty after 10 s.
    QString takeMail(const QString &address) { return takeMail(address, 10000); }
    // The same, without waiting: a mail that is there now.
    QString takeMailNow(const QString &address) { return takeMail(address, 0); }

    QString takeMail(const QString &address, int waitMs) { return m_mail.take(address, waitMs); }

    // The code of an activation mail ("activate") or of a reset mail ("reset-password").
    static QString codeIn(const QString &mail, const QString &page)
    {
        const QRegularExpression link(QLatin1Char('/') + page
                                      + QStringLiteral("\\?token=([A-Za-z0-9_-]{43})"));
        const QRegularExpressionMatch match = link.match(mail);
        return match.hasMatch() ? match.captured(1) : QString();
    }

    static quint16 freePort() { return test::freePort(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_smtp;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    Maildir m_mail;
    QString m_error;
};

} // namespace dd::test
