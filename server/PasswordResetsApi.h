#pragma once

#include "Accounts.h"
#include "LoginLimiter.h"
#include "Mailer.h"
#include "PasswordHasher.h"
#include "PasswordResets.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

namespace dd::server {

class ServerDatabase;

// The forgotten password (忘记密码): POST /api/v1/password-resets mails a reset link and code to
// an activated account's address, answering the same whoever asks; POST
// /password-resets/confirm sets the new password (app/domain's PasswordRule) and ends every
// session of the account; GET /reset-password?token=... is the page the link opens.
class PasswordResetsApi
{
public:
    struct Settings
    {
        QString publicUrl;
        Mailer::Settings mail;
        PasswordHasher::Cost cost = PasswordHasher::Cost::Interactive;
        bool testing = false; // X-DD-Testing-Client as the client's address
    };

    PasswordResetsApi(const ServerDatabase &database, Settings settings);

    QHttpServerResponse request(const QHttpServerRequest &request);
    QHttpServerResponse confirm(const QHttpServerRequest &request);
    QHttpServerResponse page(const QHttpServerRequest &request);

    static const QString NewPassword;

private:
    Settings m_settings;
    Accounts m_accounts;
    PasswordResets m_resets;
    LoginLimiter m_limiter;
    PasswordHasher m_hasher;
};

} // namespace dd::server
