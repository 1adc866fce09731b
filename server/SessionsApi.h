#pragma once

#include "Accounts.h"
#include "Captchas.h"
#include "LoginLimiter.h"
#include "PasswordHasher.h"
#include "Sessions.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

namespace dd::server {

class ServerDatabase;

// GET /api/v1/captcha, POST /sessions (login), DELETE /sessions/current (logout), GET /me.
// Every failure of the user name or the password gives the same answer; the captcha is used
// up by the attempt whatever its result; failures are rate-limited per user name and address.
class SessionsApi
{
public:
    struct Settings
    {
        PasswordHasher::Cost cost = PasswordHasher::Cost::Interactive;
        // Test mode: ?seed=N on the captcha, X-DD-Testing-Client as the client's address.
        bool testing = false;
    };

    SessionsApi(const ServerDatabase &database, Settings settings);

    QHttpServerResponse captcha(const QHttpServerRequest &request);
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse logout(const QHttpServerRequest &request);
    QHttpServerResponse me(const QHttpServerRequest &request);

private:
    QString clientAddress(const QHttpServerRequest &request) const;
    static ApiError badCredentials();

    Settings m_settings;
    Accounts m_accounts;
    Sessions m_sessions;
    Captchas m_captchas;
    LoginLimiter m_limiter;
    PasswordHasher m_hasher;
    // Checked when the user name is unknown, so that the answer takes as long as a wrong
    // password's.
    QByteArray m_decoyHash;
};

} // namespace dd::server
