#pragma once

#include "ApiResult.h"

#include "domain/Finding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace dd::server {

// What every endpoint does with a request body before it looks at the meaning: the size
// limit, JSON only, one object, strictly typed fields of bounded length and no unknown ones;
// and the replies (JSON, errors with a code and the field named). Works on bytes, not on
// QHttpServerRequest, so that it is tested without a server.
class HttpJson
{
public:
    static constexpr qsizetype MaxBodyBytes = 64 * 1024;
    // Every text field of a request is at most this long unless its spec says otherwise.
    static constexpr int DefaultMaxLength = 256;

    enum class Type { String, Integer, Boolean };
    struct FieldSpec
    {
        QString name;
        Type type = Type::String;
        bool required = true; // present, not null and (text) not empty
        int maxLength = DefaultMaxLength;
    };

    // The body as one JSON object: 413 "bodyTooLarge" over MaxBodyBytes, 415
    // "unsupportedMediaType" unless the Content-Type is application/json, 400 "malformedJson"
    // for anything that does not parse, or parses to something other than an object.
    // `maxBytes`: a route's own limit instead of MaxBodyBytes (PUT /records: a photo).
    static ApiResult<QJsonObject> parseObject(const QByteArray &body, const QByteArray &contentType,
                                              qsizetype maxBytes = MaxBodyBytes);
    // An object of exactly these fields: 400 "unknownField", "wrongType", "missingField" or
    // "tooLong", naming the first field in error (in the object's key order, then the specs').
    static ApiResult<void> checkFields(const QJsonObject &object, const QList<FieldSpec> &specs);
    // A request's body as an object of exactly these fields: parseObject with the request's
    // Content-Type, then checkFields.
    static ApiResult<QJsonObject> readObject(const QHttpServerRequest &request,
                                             const QList<FieldSpec> &specs);
    // The bearer token of a request's Authorization header; empty without one.
    static QString bearer(const QHttpServerRequest &request);
    // Every text value of a flat object within maxLength: 400 "tooLong" naming the field.
    static ApiResult<void> checkLengths(const QJsonObject &object,
                                        int maxLength = DefaultMaxLength);
    // 400 for a validator's findings, or nothing when none is an error. The first error names
    // the field and gives the code: "unknownField" and "wrongType" for JsonReader's findings,
    // "invalidField" for a rule's; every finding (warnings too) is listed in "findings".
    static ApiResult<void> checkFindings(const domain::Findings &findings);

    static QHttpServerResponse
    reply(const QJsonObject &body,
          QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok);

    // A request header by name, ignoring case; empty when absent.
    static QByteArray header(const QList<QPair<QByteArray, QByteArray>> &headers,
                             QByteArrayView name);
    // The token of "Authorization: Bearer TOKEN"; empty when the header has another form.
    static QString bearerToken(const QByteArray &authorization);
};

} // namespace dd::server
