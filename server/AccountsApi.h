#pragma once

#include "Accounts.h"
#include "Mailer.h"
#include "PasswordHasher.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

namespace dd::server {

class ServerDatabase;

// POST /api/v1/accounts, /accounts/activate, /accounts/resend-activation, and the page the
// activation link opens (GET /activate?token=...). Registration is validated by app/domain's
// RegistrationValidator, the same code as the client's.
class AccountsApi
{
public:
    static constexpr int ActivationHours = 24;

    struct Settings
    {
        QString publicUrl;
        Mailer::Settings mail;
        PasswordHasher::Cost cost = PasswordHasher::Cost::Interactive;
    };

    AccountsApi(const ServerDatabase &database, Settings settings);

    QHttpServerResponse registerAccount(const QHttpServerRequest &request);
    QHttpServerResponse activate(const QHttpServerRequest &request);
    QHttpServerResponse activatePage(const QHttpServerRequest &request);
    QHttpServerResponse resendActivation(const QHttpServerRequest &request);

private:
    const ServerDatabase &m_database;
    Accounts m_accounts;
    Settings m_settings;
    PasswordHasher m_hasher;
};

} // namespace dd::server
