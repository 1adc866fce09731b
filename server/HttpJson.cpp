#include "HttpJson.h"

#include "domain/JsonReader.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <cmath>

namespace dd::server {

namespace {

using Status = QHttpServerResponse::StatusCode;

QString typeName(HttpJson::Type type)
{
    switch (type) {
    case HttpJson::Type::String:
        return QStringLiteral("a string");
    case HttpJson::Type::Integer:
        return QStringLiteral("an integer");
    case HttpJson::Type::Boolean:
        return QStringLiteral("true or false");
    }
    return QStringLiteral("a string");
}

bool hasType(const QJsonValue &value, HttpJson::Type type)
{
    switch (type) {
    case HttpJson::Type::String:
        return value.isString();
    case HttpJson::Type::Integer: {
        const double number = value.toDouble();
        return value.isDouble() && std::isfinite(number) && std::trunc(number) == number
               && std::abs(number) <= 9007199254740991.0;
    }
    case HttpJson::Type::Boolean:
        return value.isBool();
    }
    return false;
}

ApiError tooLong(const QString &field, int maxLength)
{
    return ApiError::make(
        Status::BadRequest, QStringLiteral("tooLong"),
        QStringLiteral("%1 is longer than %2 characters.").arg(field).arg(maxLength), field);
}

ApiError unknownField(const QString &field)
{
    return ApiError::make(Status::BadRequest, QStringLiteral("unknownField"),
                          QStringLiteral("%1: this request has no such field.").arg(field), field);
}

} // namespace

ApiResult<QJsonObject> HttpJson::parseObject(const QByteArray &body, const QByteArray &contentType,
                                             qsizetype maxBytes)
{
    if (body.size() > maxBytes) {
        return ApiError::make(
            Status::PayloadTooLarge, QStringLiteral("bodyTooLarge"),
            QStringLiteral("The request body is larger than %1 bytes.").arg(maxBytes));
    }
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    if (mediaType != "application/json") {
        return ApiError::make(Status::UnsupportedMediaType, QStringLiteral("unsupportedMediaType"),
                              QStringLiteral("Send the body as JSON, with the header "
                                             "Content-Type: application/json."));
    }
    if (body.trimmed().isEmpty()) {
        return ApiError::make(Status::BadRequest, QStringLiteral("malformedJson"),
                              QStringLiteral("The request has no body; send a JSON object."));
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        return ApiError::make(Status::BadRequest, QStringLiteral("malformedJson"),
                              QStringLiteral("The body is not valid JSON: %1 at byte %2.")
                                  .arg(error.errorString())
                                  .arg(error.offset));
    }
    if (!document.isObject()) {
        return ApiError::make(Status::BadRequest, QStringLiteral("malformedJson"),
                              QStringLiteral("The body must be a JSON object."));
    }
    return document.object();
}

ApiResult<void> HttpJson::checkFields(const QJsonObject &object, const QList<FieldSpec> &specs)
{
    QSet<QString> known;
    for (const FieldSpec &spec : specs) {
        known.insert(spec.name);
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            return unknownField(it.key());
        }
    }
    for (const FieldSpec &spec : specs) {
        const QJsonValue value = object.value(spec.name);
        if (value.isUndefined() || value.isNull()
            || (spec.type == Type::String && value.isString() && value.toString().isEmpty())) {
            if (spec.required) {
                return ApiError::make(Status::BadRequest, QStringLiteral("missingField"),
                                      QStringLiteral("%1 is required.").arg(spec.name), spec.name);
            }
            continue;
        }
        if (!hasType(value, spec.type)) {
            return ApiError::make(
                Status::BadRequest, QStringLiteral("wrongType"),
                QStringLiteral("%1 must be %2.").arg(spec.name, typeName(spec.type)), spec.name);
        }
        if (spec.type == Type::String && value.toString().size() > spec.maxLength) {
            return tooLong(spec.name, spec.maxLength);
        }
    }
    return {};
}

ApiResult<void> HttpJson::checkLengths(const QJsonObject &object, int maxLength)
{
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString() && it.value().toString().size() > maxLength) {
            return tooLong(it.key(), maxLength);
        }
    }
    return {};
}

ApiResult<void> HttpJson::checkFindings(const domain::Findings &findings)
{
    const domain::Findings errors = domain::errorsOnly(findings);
    if (errors.isEmpty()) {
        return {};
    }
    const domain::Finding &first = errors.constFirst();
    QString code = QStringLiteral("invalidField");
    if (first.rule == domain::JsonReader::UnknownFieldRule) {
        code = QStringLiteral("unknownField");
    } else if (first.rule == domain::JsonReader::WrongTypeRule) {
        code = QStringLiteral("wrongType");
    }
    ApiError error = ApiError::make(Status::BadRequest, code, first.message, first.field);
    error.findings = domain::toJson(findings);
    return error;
}

QHttpServerResponse HttpJson::reply(const QJsonObject &body, QHttpServerResponse::StatusCode status)
{
    return QHttpServerResponse(body, status);
}

QByteArray HttpJson::header(const QList<QPair<QByteArray, QByteArray>> &headers,
                            QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return {};
}

QString HttpJson::bearerToken(const QByteArray &authorization)
{
    const QByteArray value = authorization.trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space <= 0 || value.left(space).compare("bearer", Qt::CaseInsensitive) != 0) {
        return {};
    }
    const QByteArray token = value.mid(space + 1).trimmed();
    if (token.isEmpty() || token.size() > 256 || token.contains(' ')) {
        return {};
    }
    return QString::fromLatin1(token);
}

ApiResult<QJsonObject> HttpJson::readObject(const QHttpServerRequest &request,
                                            const QList<FieldSpec> &specs)
{
    auto body = parseObject(request.body(), header(request.headers(), "Content-Type"));
    if (!body) {
        return body.error();
    }
    if (auto checked = checkFields(*body, specs); !checked) {
        return checked.error();
    }
    return body;
}

QString HttpJson::bearer(const QHttpServerRequest &request)
{
    return bearerToken(header(request.headers(), "Authorization"));
}

} // namespace dd::server
