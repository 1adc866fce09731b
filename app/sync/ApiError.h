#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace dd::sync {

// Why a request to the server failed: the network's reason or the server's error code
// (server/API.md), with a translated message for the user that names the field, and the
// technical detail for the log. isTransient() tells the sync's retry (with backoff) which
// failures are worth trying again.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        ConnectionRefused, // nothing listens at the address (the server is down)
        HostNotFound,      // the name of the server does not resolve
        Timeout,           // no complete answer within the time allowed
        Tls,               // the secure connection failed (certificate, handshake)
        Network,           // another network failure
        Server,            // the server answered with an error (`code`, `field`)
        BadAnswer,         // the answer is not what a DegreeDesk server says
        NotConfigured,     // no server address, or not logged in
    };

    Kind kind = Kind::Network;
    int status = 0;            // the HTTP status, 0 without an answer
    QString code;              // the server's code ("badCaptcha"), or the kind's name ("timeout")
    QString field;             // the field the error is about, "" for the whole request
    QString message;           // translated, for the user
    QString detail;            // technical, English (never a password or a token)
    int retryAfter = -1;       // seconds, from Retry-After (429)
    domain::Findings findings; // the server's validator findings (registration)
    // The server's whole error answer: {"error": {...}} and what comes beside it (a 409's
    // "current", the value the server has now). Empty without an answer.
    QJsonObject answer;

    // Failures that may go away by themselves: no connection, a timeout, a 5xx, a 429.
    bool isTransient() const;

    // The server's error answer {"error": {...}} of status `status`.
    static ApiError fromServer(int status, const QByteArray &body, int retryAfter);
    static ApiError network(Kind kind, const QString &server, const QString &detail,
                            int timeoutMs = 0);
    static ApiError badAnswer(const QString &server, const QString &detail);
    static ApiError notConfigured(const QString &message);

    // The translated label of a field the API names ("captchaAnswer", "newPassword", or a
    // registration field of app/domain's Field).
    static QString fieldLabel(const QString &field);
    // The translated message of a server error code about `field`.
    static QString messageFor(const QString &code, const QString &field, int retryAfter);
};

} // namespace dd::sync
