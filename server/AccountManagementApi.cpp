#include "AccountManagementApi.h"

#include "ClientAddress.h"
#include "EmailChangeMail.h"
#include "HttpJson.h"
#include "ServerDatabase.h"

#include "domain/EmailRule.h"
#include "domain/Field.h"
#include "domain/PasswordRule.h"
#include "domain/PhoneRule.h"

#include <QLoggingCategory>

namespace dd::server {

Q_LOGGING_CATEGORY(lcAccountManagementApi, "dd.server.api.me")

const QString AccountManagementApi::CurrentPassword = QStringLiteral("currentPassword");
const QString AccountManagementApi::NewPassword = QStringLiteral("newPassword");

namespace {

using Status = QHttpServerResponse::StatusCode;

} // namespace

AccountManagementApi::AccountManagementApi(const ServerDatabase &database, Settings settings)
    : m_database(database)
    , m_settings(std::move(settings))
    , m_accounts(database)
    , m_sessions(database)
    , m_resets(database)
    , m_limiter(database)
    , m_hasher(m_settings.cost)
{}

ApiResult<Account> AccountManagementApi::authenticate(const QHttpServerRequest &request)
{
    return m_sessions.accountOf(HttpJson::bearer(request), m_accounts);
}

ApiResult<void> AccountManagementApi::checkPassword(const QHttpServerRequest &request,
                                                    const Account &account, const QString &password,
                                                    const QString &field)
{
    const QString userKey = LoginLimiter::userKey(account.userName);
    const QString addressKey = LoginLimiter::addressKey(
        ClientAddress::of(request.headers(), request.remoteAddress(), m_settings.testing));
    if (const auto allowed = m_limiter.check(userKey, addressKey); !allowed) {
        return allowed.error();
    }
    if (!m_hasher.verify(password, account.passwordHash)) {
        if (const auto recorded = m_limiter.recordFailure({userKey, addressKey}); !recorded) {
            return recorded.error();
        }
        qCInfo(lcAccountManagementApi).noquote()
            << "wrong password given to change account" << account.id;
        return ApiError::make(Status::Forbidden, QStringLiteral("badCredentials"),
                              QStringLiteral("The password is wrong."), field);
    }
    return m_limiter.clear(userKey);
}

QHttpServerResponse AccountManagementApi::changePassword(const QHttpServerRequest &request)
{
    const auto account = authenticate(request);
    if (!account) {
        return account.error().toResponse();
    }
    static const QList<HttpJson::FieldSpec> fields{{CurrentPassword}, {NewPassword}};
    const auto body = HttpJson::readObject(request, fields);
    if (!body) {
        return body.error().toResponse();
    }
    const QString password = body->value(NewPassword).toString();
    if (const auto checked =
            HttpJson::checkFindings(domain::PasswordRule::checkPassword(password, NewPassword));
        !checked) {
        return checked.error().toResponse();
    }
    if (const auto checked = checkPassword(
            request, *account, body->value(CurrentPassword).toString(), CurrentPassword);
        !checked) {
        return checked.error().toResponse();
    }
    const QByteArray hash = m_hasher.hash(password);
    if (hash.isEmpty()) {
        qCCritical(lcAccountManagementApi) << "the password could not be hashed";
        return ApiError::internal().toResponse();
    }
    const QString keep = HttpJson::bearer(request);
    const ApiResult<void> done = m_database.inTransaction([&]() -> ApiResult<void> {
        if (const auto set = m_accounts.setPasswordHash(account->id, hash); !set) {
            return set.error();
        }
        if (const auto ended = m_sessions.removeAllOf(account->id, keep); !ended) {
            return ended.error();
        }
        // A reset link mailed before no longer sets a password.
        if (const auto revoked = m_resets.revokeAll(account->id); !revoked) {
            return revoked.error();
        }
        return {};
    });
    if (!done) {
        return done.error().toResponse();
    }
    qCInfo(lcAccountManagementApi).noquote()
        << "password of account" << account->id << "changed; its other sessions ended";
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse AccountManagementApi::changeEmail(const QHttpServerRequest &request)
{
    const auto found = authenticate(request);
    if (!found) {
        return found.error().toResponse();
    }
    static const QList<HttpJson::FieldSpec> fields{{domain::Field::Email},
                                                   {domain::Field::Password}};
    const auto body = HttpJson::readObject(request, fields);
    if (!body) {
        return body.error().toResponse();
    }
    const QString email = body->value(domain::Field::Email).toString().trimmed();
    if (const auto checked = HttpJson::checkFindings(domain::EmailRule::check(
            body->value(domain::Field::Email).toString(), domain::Field::Email));
        !checked) {
        return checked.error().toResponse();
    }
    if (const auto checked =
            checkPassword(request, *found, body->value(domain::Field::Password).toString(),
                          domain::Field::Password);
        !checked) {
        return checked.error().toResponse();
    }

    Account account = *found;
    const QString oldEmail = account.email;
    account.email = email;
    if (!account.registration.isEmpty()) {
        account.registration.insert(domain::Field::Email, email);
        account.registration.insert(domain::Field::EmailConfirm, email);
    }
    const ApiResult<void> done = m_database.inTransaction([&]() -> ApiResult<void> {
        if (const auto updated = m_accounts.updateContact(account); !updated) {
            return updated.error();
        }
        // Reset links went to the old address: they no longer work.
        if (const auto revoked = m_resets.revokeAll(account.id); !revoked) {
            return revoked.error();
        }
        return {};
    });
    if (!done) {
        return done.error().toResponse();
    }
    if (Account::foldEmail(oldEmail) != Account::foldEmail(email) && !oldEmail.isEmpty()) {
        Mailer::sendInBackground(
            m_settings.mail, EmailChangeMail::make(oldEmail, account.name, account.userName, email),
            QStringLiteral("e-mail change notice (to the old address)"), account.id);
    }
    qCInfo(lcAccountManagementApi).noquote()
        << "e-mail address of account" << account.id << "changed";
    return HttpJson::reply(account.toJson());
}

QHttpServerResponse AccountManagementApi::changeMobile(const QHttpServerRequest &request)
{
    const auto found = authenticate(request);
    if (!found) {
        return found.error().toResponse();
    }
    static const QList<HttpJson::FieldSpec> fields{{domain::Field::Mobile}};
    const auto body = HttpJson::readObject(request, fields);
    if (!body) {
        return body.error().toResponse();
    }
    const QString mobile = body->value(domain::Field::Mobile).toString();
    if (const auto checked =
            HttpJson::checkFindings(domain::PhoneRule::checkMobile(mobile, domain::Field::Mobile));
        !checked) {
        return checked.error().toResponse();
    }
    Account account = *found;
    // Stored as the rule reads it, digits only ("+86 138-1111-2222" → "13811112222").
    account.mobile = domain::PhoneRule::normalize(mobile);
    if (!account.registration.isEmpty()) {
        account.registration.insert(domain::Field::Mobile, account.mobile);
    }
    if (const auto updated = m_accounts.updateContact(account); !updated) {
        return updated.error().toResponse();
    }
    qCInfo(lcAccountManagementApi).noquote()
        << "mobile number of account" << account.id << "changed";
    return HttpJson::reply(account.toJson());
}

} // namespace dd::server
