#pragma once

#include "Account.h"
#include "ApiResult.h"

#include <QDateTime>
#include <QString>

namespace dd::server {

class Accounts;
class ServerDatabase;

// Login sessions: a random token handed to the client once, kept only as its digest. A session
// lives Lifetime hours after its last use (sliding): every authenticated request moves
// last_seen and expires_at.
class Sessions
{
public:
    static constexpr int LifetimeHours = 12;

    struct Created
    {
        QString token; // the only time the server has it in clear
        QDateTime expiresAt;
    };

    explicit Sessions(const ServerDatabase &database);

    ApiResult<Created> create(const QString &accountId);
    // The account of a live session, its use recorded: 401 "unauthenticated" for an empty or
    // unknown token, 401 "sessionExpired" for an expired one (then removed).
    ApiResult<QString> authenticate(const QString &token);
    // authenticate(), then the account itself: 401 "unauthenticated" also when the account has
    // been deleted since (every endpoint that needs a logged-in caller starts here).
    ApiResult<Account> accountOf(const QString &token, const Accounts &accounts);
    // Ends the session of this token; 401 "unauthenticated" when there is none.
    ApiResult<void> remove(const QString &token);
    // Ends every session of the account except the one of `keepToken` (none when empty); the
    // number ended. A password reset ends them all, a password change all but its own.
    ApiResult<int> removeAllOf(const QString &accountId, const QString &keepToken = {});
    // Deletes the sessions expired before `cutoff`.
    ApiResult<int> purgeExpired(const QDateTime &cutoff);

    static ApiError unauthenticated();

private:
    const ServerDatabase &m_database;
};

} // namespace dd::server
