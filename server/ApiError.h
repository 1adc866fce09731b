#pragma once

#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace dd::server {

// An answer the API refuses a request with: the HTTP status, a stable code that clients
// translate, the field it is about (empty for the whole request) and an English message.
// Errors are values: every step of a handler returns one or its result (ApiResult).
struct ApiError
{
    using Status = QHttpServerResponse::StatusCode;

    Status status = Status::BadRequest;
    QString code;
    QString field;
    QString message;
    QJsonArray findings;       // all of a validator's findings, when it was one
    int retryAfterSeconds = 0; // > 0: a Retry-After header (429)

    static ApiError make(Status status, const QString &code, const QString &message,
                         const QString &field = {});
    // 500: the database or another part of the server failed; the log says why.
    static ApiError internal();

    // {"error": {"code", "field", "message"[, "findings"]}}
    QJsonObject toJson() const;
    QHttpServerResponse toResponse() const;
};

} // namespace dd::server
