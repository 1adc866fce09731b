#pragma once

#include "Account.h"
#include "Accounts.h"
#include "LoginLimiter.h"
#include "Mailer.h"
#include "PasswordHasher.h"
#include "PasswordResets.h"
#include "Sessions.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

namespace dd::server {

class ServerDatabase;

// 账户管理 (修改密码、邮箱、手机) for the logged-in account: PUT /api/v1/me/password,
// /me/email and /me/mobile. The new values are checked with app/domain's rules, the client's
// own code (PasswordRule, EmailRule, PhoneRule). Changing the password or the e-mail address
// asks for the current password; wrong ones count as failed logins (LoginLimiter).
class AccountManagementApi
{
public:
    struct Settings
    {
        Mailer::Settings mail;
        PasswordHasher::Cost cost = PasswordHasher::Cost::Interactive;
        bool testing = false; // X-DD-Testing-Client as the client's address
    };

    AccountManagementApi(const ServerDatabase &database, Settings settings);

    QHttpServerResponse changePassword(const QHttpServerRequest &request);
    QHttpServerResponse changeEmail(const QHttpServerRequest &request);
    QHttpServerResponse changeMobile(const QHttpServerRequest &request);

    static const QString CurrentPassword;
    static const QString NewPassword;

private:
    // The account of the request's session (401 without one).
    ApiResult<Account> authenticate(const QHttpServerRequest &request);
    // The password proves the owner: 429 when the account or the address has too many
    // failures, 403 "badCredentials" (recorded as a failure) when it is wrong.
    ApiResult<void> checkPassword(const QHttpServerRequest &request, const Account &account,
                                  const QString &password, const QString &field);

    const ServerDatabase &m_database;
    Settings m_settings;
    Accounts m_accounts;
    Sessions m_sessions;
    PasswordResets m_resets;
    LoginLimiter m_limiter;
    PasswordHasher m_hasher;
};

} // namespace dd::server
