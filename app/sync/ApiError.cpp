#include "sync/ApiError.h"

#include "domain/Field.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::sync {

using domain::Field;

bool ApiError::isTransient() const
{
    switch (kind) {
    case Kind::ConnectionRefused:
    case Kind::HostNotFound:
    case Kind::Timeout:
    case Kind::Network:
        return true;
    case Kind::Server:
        return status >= 500 || status == 429;
    case Kind::Tls:
    case Kind::BadAnswer:
    case Kind::NotConfigured:
        break;
    }
    return false;
}

QString ApiError::fieldLabel(const QString &field)
{
    if (field == u"captchaAnswer" || field == u"captchaId") {
        return tr("Captcha");
    }
    if (field == u"currentPassword") {
        return tr("Current password");
    }
    if (field == u"newPassword") {
        return tr("New password");
    }
    if (field == u"token") {
        return tr("Code from the e-mail");
    }
    if (field.isEmpty()) {
        return {};
    }
    const QString label = Field::label(field);
    return label.isEmpty() ? field : label;
}

QString ApiError::messageFor(const QString &code, const QString &field, int retryAfter)
{
    const QString label = fieldLabel(field);
    if (code == u"badCaptcha") {
        return tr("%1: the characters do not match the picture, or the picture expired. Type the "
                  "characters of the new picture.")
            .arg(fieldLabel(QStringLiteral("captchaAnswer")));
    }
    if (code == u"badCredentials") {
        if (field == u"currentPassword" || field == u"password") {
            return tr("%1 is wrong. Type the password you log in with.").arg(label);
        }
        return tr("The user name or the password is wrong.");
    }
    if (code == u"notActivated") {
        return tr("The account is not activated yet. Enter the code of the activation e-mail, or "
                  "ask for the e-mail again.");
    }
    if (code == u"tooManyAttempts") {
        const int minutes = retryAfter > 0 ? (retryAfter + 59) / 60 : 15;
        return tr("Too many attempts. Try again in %n minute(s).", nullptr, minutes);
    }
    if (code == u"userNameTaken") {
        return tr("%1: this user name is taken on the server. Choose another one.")
            .arg(fieldLabel(Field::UserName));
    }
    if (code == u"tokenUnknown") {
        return tr("%1: the code is unknown, was already used or was replaced by a newer one. "
                  "Check it against the latest e-mail.")
            .arg(fieldLabel(QStringLiteral("token")));
    }
    if (code == u"tokenExpired") {
        return tr("%1: the code has expired. Ask for a new e-mail.")
            .arg(fieldLabel(QStringLiteral("token")));
    }
    if (code == u"unauthenticated") {
        return tr("You are not logged in to the server. Log in again.");
    }
    if (code == u"sessionExpired") {
        return tr("Your session on the server has expired. Log in again.");
    }
    if (code == u"invalidField") {
        return tr("%1: the server does not accept this value. Correct it and try again.")
            .arg(label);
    }
    if (code == u"missingField") {
        return tr("%1: this field is required.").arg(label);
    }
    if (code == u"tooLong") {
        return tr("%1: the value is too long.").arg(label);
    }
    if (code == u"wrongType" || code == u"unknownField" || code == u"malformedJson"
        || code == u"unsupportedMediaType" || code == u"bodyTooLarge") {
        return tr("The server did not understand the request (%1). This DegreeDesk may be too old "
                  "for the server.")
            .arg(code);
    }
    if (code == u"notFound" || code == u"methodNotAllowed") {
        return tr("The server does not offer this. Check that the address is that of a "
                  "DegreeDesk server.");
    }
    if (code == u"internalError") {
        return tr("The server failed to answer (an internal error). Try again later; if it goes "
                  "on, tell the training center.");
    }
    return tr("The server refused the request (%1).").arg(code);
}

ApiError ApiError::fromServer(int status, const QByteArray &body, int retryAfter)
{
    ApiError error;
    error.kind = Kind::Server;
    error.status = status;
    error.retryAfter = retryAfter;
    error.answer = QJsonDocument::fromJson(body).object();
    const QJsonObject object = error.answer.value(u"error").toObject();
    error.code = object.value(u"code").toString();
    error.field = object.value(u"field").toString();
    error.detail = object.value(u"message").toString();
    if (error.code.isEmpty()) {
        error.code =
            status >= 500 ? QStringLiteral("internalError") : QStringLiteral("http%1").arg(status);
    }
    const QJsonArray findings = object.value(u"findings").toArray();
    for (const QJsonValue &value : findings) {
        const QJsonObject f = value.toObject();
        domain::Finding finding;
        finding.field = f.value(u"field").toString();
        finding.rule = f.value(u"rule").toString();
        finding.message = f.value(u"message").toString();
        const QString severity = f.value(u"severity").toString();
        finding.severity = severity == u"warning" ? domain::Severity::Warning
                           : severity == u"info"  ? domain::Severity::Info
                                                  : domain::Severity::Error;
        finding.detail = f.value(u"detail").toString();
        error.findings.append(finding);
    }
    error.message = messageFor(error.code, error.field, retryAfter);
    return error;
}

ApiError ApiError::network(Kind kind, const QString &server, const QString &detail, int timeoutMs)
{
    ApiError error;
    error.kind = kind;
    error.detail = detail;
    switch (kind) {
    case Kind::ConnectionRefused:
        error.code = QStringLiteral("connectionRefused");
        error.message = tr("Cannot connect to %1: the server refused the connection. Check the "
                           "address and that the server is running.")
                            .arg(server);
        break;
    case Kind::HostNotFound:
        error.code = QStringLiteral("hostNotFound");
        error.message = tr("Cannot find the server %1. Check the address and the network "
                           "connection.")
                            .arg(server);
        break;
    case Kind::Timeout:
        error.code = QStringLiteral("timeout");
        error.message = tr("The server %1 did not answer within %n second(s). Check the network "
                           "connection and try again.",
                           nullptr, qMax(1, (timeoutMs + 999) / 1000))
                            .arg(server);
        break;
    case Kind::Tls:
        error.code = QStringLiteral("tls");
        error.message = tr("The secure connection to %1 failed: %2. The server's certificate may "
                           "be wrong or expired; ask the training center.")
                            .arg(server, detail);
        break;
    case Kind::Network:
    case Kind::Server:
    case Kind::BadAnswer:
    case Kind::NotConfigured:
        error.code = QStringLiteral("network");
        error.message = tr("The connection to %1 failed: %2").arg(server, detail);
        break;
    }
    return error;
}

ApiError ApiError::badAnswer(const QString &server, const QString &detail)
{
    ApiError error;
    error.kind = Kind::BadAnswer;
    error.code = QStringLiteral("badAnswer");
    error.detail = detail;
    error.message =
        tr("The answer of %1 is not that of a DegreeDesk server. Check the address.").arg(server);
    return error;
}

ApiError ApiError::notConfigured(const QString &message)
{
    ApiError error;
    error.kind = Kind::NotConfigured;
    error.code = QStringLiteral("notConfigured");
    error.message = message;
    return error;
}

} // namespace dd::sync
