#include "PasswordResetsApi.h"

#include "ClientAddress.h"
#include "HttpJson.h"
#include "PasswordResetMail.h"
#include "ServerDatabase.h"
#include "Tokens.h"

#include "domain/Field.h"
#include "domain/PasswordRule.h"

#include <QLoggingCategory>
#include <QUrlQuery>

namespace dd::server {

Q_LOGGING_CATEGORY(lcPasswordResetsApi, "dd.server.api.resets")

const QString PasswordResetsApi::NewPassword = QStringLiteral("newPassword");

namespace {

using Status = QHttpServerResponse::StatusCode;

constexpr int MaxTokenLength = 128;

ApiError tokenError(PasswordResets::State state)
{
    if (state == PasswordResets::State::Expired) {
        return ApiError::make(Status::Gone, QStringLiteral("tokenExpired"),
                              QStringLiteral("The password-reset link has expired; ask for a "
                                             "new one."),
                              QStringLiteral("token"));
    }
    return ApiError::make(Status::NotFound, QStringLiteral("tokenUnknown"),
                          QStringLiteral("This password-reset link is unknown, was used already, "
                                         "or a newer one replaced it."),
                          QStringLiteral("token"));
}

} // namespace

PasswordResetsApi::PasswordResetsApi(const ServerDatabase &database, Settings settings)
    : m_settings(std::move(settings))
    , m_accounts(database)
    , m_resets(database)
    , m_limiter(database)
    , m_hasher(m_settings.cost)
{}

QHttpServerResponse PasswordResetsApi::request(const QHttpServerRequest &request)
{
    static const QList<HttpJson::FieldSpec> fields{{domain::Field::UserName}};
    const auto body = HttpJson::readObject(request, fields);
    if (!body) {
        return body.error().toResponse();
    }
    const QString userName = body->value(domain::Field::UserName).toString();
    const QString userKey = LoginLimiter::userKey(userName, LoginLimiter::Action::PasswordReset);
    const QString addressKey = LoginLimiter::addressKey(
        ClientAddress::of(request.headers(), request.remoteAddress(), m_settings.testing),
        LoginLimiter::Action::PasswordReset);
    if (const auto allowed =
            m_limiter.check(userKey, addressKey, LoginLimiter::Action::PasswordReset);
        !allowed) {
        return allowed.error().toResponse();
    }
    // Every request counts, for a user name with an account or without.
    if (const auto recorded = m_limiter.recordFailure({userKey, addressKey}); !recorded) {
        return recorded.error().toResponse();
    }

    const auto account = m_accounts.findByUserName(userName);
    if (!account) {
        return account.error().toResponse();
    }
    if (account.value() && account.value()->activated()) {
        const Account &found = *account.value();
        const QString token = Tokens::generate();
        if (const auto issued = m_resets.issue(found.id, Tokens::digest(token)); !issued) {
            return issued.error().toResponse();
        }
        // Sent in the background: the answer comes as fast, and says the same, whether a mail
        // goes out or not.
        Mailer::sendInBackground(m_settings.mail,
                                 PasswordResetMail::make(found.email, found.name, found.userName,
                                                         m_settings.publicUrl, token),
                                 QStringLiteral("password-reset e-mail"), found.id);
    }
    return HttpJson::reply(
        QJsonObject{{QStringLiteral("message"),
                     QStringLiteral("If this user name has an activated account, an e-mail with "
                                    "a password-reset link is on its way to its address; the "
                                    "link works for %1 minutes, and earlier links no longer "
                                    "work.")
                         .arg(PasswordResets::LifetimeMinutes)}},
        Status::Accepted);
}

QHttpServerResponse PasswordResetsApi::confirm(const QHttpServerRequest &request)
{
    static const QList<HttpJson::FieldSpec> fields{
        {QStringLiteral("token"), HttpJson::Type::String, true, MaxTokenLength},
        {NewPassword},
    };
    const auto body = HttpJson::readObject(request, fields);
    if (!body) {
        return body.error().toResponse();
    }
    // The body's own rule first: a refused password uses nothing up.
    const QString password = body->value(NewPassword).toString();
    if (const auto checked =
            HttpJson::checkFindings(domain::PasswordRule::checkPassword(password, NewPassword));
        !checked) {
        return checked.error().toResponse();
    }
    const QByteArray digest = Tokens::digest(body->value(u"token").toString());
    // Looked up before the (slow) hash, so that unknown tokens cost the server little.
    const auto found = m_resets.find(digest);
    if (!found) {
        return found.error().toResponse();
    }
    if (found->state != PasswordResets::State::Valid) {
        return tokenError(found->state).toResponse();
    }
    const QByteArray hash = m_hasher.hash(password);
    if (hash.isEmpty()) {
        qCCritical(lcPasswordResetsApi) << "the password could not be hashed";
        return ApiError::internal().toResponse();
    }
    const auto redeemed = m_resets.redeem(digest, hash);
    if (!redeemed) {
        return redeemed.error().toResponse();
    }
    if (redeemed->state != PasswordResets::State::Valid) {
        return tokenError(redeemed->state).toResponse();
    }
    // Whoever can read the account's mail may log in again at once: the user name's failed
    // logins are forgotten.
    const auto account = m_accounts.findById(redeemed->accountId);
    if (account && account.value()) {
        m_limiter.clear(LoginLimiter::userKey(account.value()->userName));
    }
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse PasswordResetsApi::page(const QHttpServerRequest &request)
{
    const QString token = request.query().queryItemValue(QStringLiteral("token"));
    Status status = Status::NotFound;
    QString text = QStringLiteral(u"重置密码的链接无效或已使用。 / This password-reset link is "
                                  u"unknown or was used already.");
    if (!token.isEmpty() && token.size() <= MaxTokenLength) {
        const auto found = m_resets.find(Tokens::digest(token));
        if (!found) {
            status = Status::InternalServerError;
            text = QStringLiteral(u"服务器出错，请稍后再试。 / The server could not complete the "
                                  u"request. Try again later.");
        } else if (found->state == PasswordResets::State::Valid) {
            status = Status::Ok;
            text = QStringLiteral(
                u"链接有效。请在 DegreeDesk 的“忘记密码”中输入邮件里的重置码，设置新密码。 / "
                u"The link is valid: in DegreeDesk, choose Forgotten password, enter the reset "
                u"code of the e-mail and choose a new password.");
        } else if (found->state == PasswordResets::State::Expired) {
            status = Status::Gone;
            text = QStringLiteral(u"重置密码的链接已过期，请重新申请。 / The password-reset link "
                                  u"has expired: ask for a new one.");
        }
    }
    const QString html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                                        "<title>DegreeDesk</title></head><body><p>")
                         + text.toHtmlEscaped() + QStringLiteral("</p></body></html>\n");
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(),
                               status);
}

} // namespace dd::server
