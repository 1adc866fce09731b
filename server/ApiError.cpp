#include "ApiError.h"

#include <QByteArray>

namespace dd::server {

ApiError ApiError::make(Status status, const QString &code, const QString &message,
                        const QString &field)
{
    ApiError error;
    error.status = status;
    error.code = code;
    error.message = message;
    error.field = field;
    return error;
}

ApiError ApiError::internal()
{
    return make(Status::InternalServerError, QStringLiteral("internalError"),
                QStringLiteral("The server could not complete the request. Try again later."));
}

QJsonObject ApiError::toJson() const
{
    QJsonObject error{
        {QStringLiteral("code"), code},
        {QStringLiteral("field"), field},
        {QStringLiteral("message"), message},
    };
    if (!findings.isEmpty()) {
        error.insert(QStringLiteral("findings"), findings);
    }
    return QJsonObject{{QStringLiteral("error"), error}};
}

QHttpServerResponse ApiError::toResponse() const
{
    QHttpServerResponse response(toJson(), status);
    if (retryAfterSeconds > 0) {
        response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfterSeconds));
    }
    return response;
}

} // namespace dd::server
