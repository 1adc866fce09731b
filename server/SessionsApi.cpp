#include "SessionsApi.h"

#include "ClientAddress.h"
#include "HttpJson.h"
#include "ServerDatabase.h"
#include "Tokens.h"

#include "domain/Field.h"

#include <QLoggingCategory>
#include <QUrlQuery>

namespace dd::server {

Q_LOGGING_CATEGORY(lcSessionsApi, "dd.server.api.sessions")

namespace {

using Status = QHttpServerResponse::StatusCode;

const QString CaptchaId = QStringLiteral("captchaId");
const QString CaptchaAnswer = QStringLiteral("captchaAnswer");

} // namespace

SessionsApi::SessionsApi(const ServerDatabase &database, Settings settings)
    : m_settings(settings)
    , m_accounts(database)
    , m_sessions(database)
    , m_captchas(database)
    , m_limiter(database)
    , m_hasher(settings.cost)
    , m_decoyHash(m_hasher.hash(Tokens::generate()))
{}

ApiError SessionsApi::badCredentials()
{
    return ApiError::make(Status::Unauthorized, QStringLiteral("badCredentials"),
                          QStringLiteral("The user name or the password is wrong."));
}

QString SessionsApi::clientAddress(const QHttpServerRequest &request) const
{
    return ClientAddress::of(request.headers(), request.remoteAddress(), m_settings.testing);
}

QHttpServerResponse SessionsApi::captcha(const QHttpServerRequest &request)
{
    std::optional<quint32> seed;
    if (m_settings.testing && request.query().hasQueryItem(QStringLiteral("seed"))) {
        bool ok = false;
        const uint value = request.query().queryItemValue(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            return ApiError::make(Status::BadRequest, QStringLiteral("badSeed"),
                                  QStringLiteral("seed must be a whole number 0-4294967295."),
                                  QStringLiteral("seed"))
                .toResponse();
        }
        seed = value;
    }
    const auto issued = m_captchas.issue(seed);
    if (!issued) {
        return issued.error().toResponse();
    }
    return HttpJson::reply(QJsonObject{
        {QStringLiteral("id"), issued->id},
        {QStringLiteral("png"), QString::fromLatin1(issued->png.toBase64())},
        {QStringLiteral("expiresIn"), Captchas::LifetimeSeconds},
    });
}

QHttpServerResponse SessionsApi::login(const QHttpServerRequest &request)
{
    const auto body =
        HttpJson::parseObject(request.body(), HttpJson::header(request.headers(), "Content-Type"));
    if (!body) {
        return body.error().toResponse();
    }
    static const QList<HttpJson::FieldSpec> fields{
        {domain::Field::UserName},
        {domain::Field::Password},
        {CaptchaId, HttpJson::Type::String, true, 64},
        {CaptchaAnswer, HttpJson::Type::String, true, 32},
    };
    if (const auto checked = HttpJson::checkFields(*body, fields); !checked) {
        return checked.error().toResponse();
    }
    const QString userName = body->value(domain::Field::UserName).toString();
    const QString password = body->value(domain::Field::Password).toString();
    const QString userKey = LoginLimiter::userKey(userName);
    const QString addressKey = LoginLimiter::addressKey(clientAddress(request));

    // The captcha is used up by this attempt, whatever comes of it (a refusal too).
    const auto solved = m_captchas.consume(body->value(CaptchaId).toString(),
                                           body->value(CaptchaAnswer).toString());
    if (!solved) {
        return solved.error().toResponse();
    }
    if (const auto allowed = m_limiter.check(userKey, addressKey); !allowed) {
        return allowed.error().toResponse();
    }
    if (!solved.value()) {
        if (const auto recorded = m_limiter.recordFailure({addressKey}); !recorded) {
            return recorded.error().toResponse();
        }
        return ApiError::make(Status::BadRequest, QStringLiteral("badCaptcha"),
                              QStringLiteral("The captcha is wrong, used or expired; get a new "
                                             "one and try again."),
                              CaptchaAnswer)
            .toResponse();
    }

    const auto found = m_accounts.findByUserName(userName);
    if (!found) {
        return found.error().toResponse();
    }
    bool passwordRight = false;
    if (found.value()) {
        passwordRight = m_hasher.verify(password, found.value()->passwordHash);
    } else {
        m_hasher.verify(password, m_decoyHash);
    }
    if (!passwordRight) {
        if (const auto recorded = m_limiter.recordFailure({userKey, addressKey}); !recorded) {
            return recorded.error().toResponse();
        }
        return badCredentials().toResponse();
    }
    const Account &account = *found.value();
    if (!account.activated()) {
        return ApiError::make(Status::Forbidden, QStringLiteral("notActivated"),
                              QStringLiteral("This account is not activated yet: open the link "
                                             "of the activation e-mail, or ask for a new one."))
            .toResponse();
    }
    if (const auto cleared = m_limiter.clear(userKey); !cleared) {
        return cleared.error().toResponse();
    }
    if (m_hasher.needsRehash(account.passwordHash)) {
        const QByteArray rehashed = m_hasher.hash(password);
        if (!rehashed.isEmpty()) {
            m_accounts.setPasswordHash(account.id, rehashed);
        }
    }
    const auto session = m_sessions.create(account.id);
    if (!session) {
        return session.error().toResponse();
    }
    return HttpJson::reply(
        QJsonObject{
            {QStringLiteral("token"), session->token},
            {QStringLiteral("expiresAt"), ServerDatabase::timestamp(session->expiresAt)},
            {QStringLiteral("account"), account.toJson()},
        },
        Status::Created);
}

QHttpServerResponse SessionsApi::logout(const QHttpServerRequest &request)
{
    if (const auto removed = m_sessions.remove(HttpJson::bearer(request)); !removed) {
        return removed.error().toResponse();
    }
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse SessionsApi::me(const QHttpServerRequest &request)
{
    const auto account = m_sessions.accountOf(HttpJson::bearer(request), m_accounts);
    if (!account) {
        return account.error().toResponse();
    }
    return HttpJson::reply(account.value().toJson());
}

} // namespace dd::server
