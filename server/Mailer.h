#pragma once

#include <QString>
#include <QStringList>

namespace dd::server {

// Sends e-mail over SMTP with libcurl: plain SMTP (a local relay, the tests' sink), STARTTLS
// when required, or SMTPS; optional login. Messages are UTF-8 (subject as an RFC 2047
// encoded-word, body base64), with Date and Message-ID. One call, one message; it blocks up to
// the timeout.
class Mailer
{
public:
    struct Settings
    {
        QString url;  // smtp://host:port, smtps://host:port
        QString from; // the sender's address: "DegreeDesk <noreply@example.org>"
        QString user; // empty: no login
        QString password;
        bool requireTls = false; // STARTTLS required on smtp://
        int timeoutSeconds = 20;
    };
    struct Message
    {
        QString to;
        QString subject;
        QString body; // plain text
    };

    explicit Mailer(Settings settings);

    // Empty on success, else what went wrong (libcurl's words; never the password).
    QString send(const Message &message) const;
    // Sends on the global thread pool, so that an answer never waits for the mail server, and
    // logs (dd.server.mail) whether `what` ("activation e-mail") for `accountId` went out.
    static void sendInBackground(const Settings &settings, Message message, const QString &what,
                                 const QString &accountId);

private:
    Settings m_settings;
};

} // namespace dd::server
