#pragma once

#include "ApiResult.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dd::server {

class ServerDatabase;

// Failed logins, counted per user name and per client address over a sliding window: more than
// UserLimit failures for one user name, or AddressLimit from one address, within WindowMinutes
// and the next attempt is refused with 429 "tooManyAttempts" and a Retry-After of the seconds
// until one of them ages out. Stored in the database, so that several server instances share
// the count.
class LoginLimiter
{
public:
    static constexpr int UserLimit = 5;
    static constexpr int AddressLimit = 20;
    static constexpr int WindowMinutes = 15;

    // What is counted. Login: failed logins, and wrong passwords given to change the password
    // or the e-mail address. PasswordReset: every request of POST /password-resets, whether the
    // user name exists or not (so that the 429 says nothing about it). Each action has keys of
    // its own ("user:…"/"address:…", "reset:user:…"/"reset:address:…"): asking for resets
    // blocks no login, and failed logins block no reset.
    enum class Action { Login, PasswordReset };

    explicit LoginLimiter(const ServerDatabase &database);

    static QString userKey(const QString &userName, Action action = Action::Login);
    static QString addressKey(const QString &address, Action action = Action::Login);

    // Nothing when both may try again, else the 429 (its message names the action).
    ApiResult<void> check(const QString &userKey, const QString &addressKey,
                          Action action = Action::Login) const;
    ApiResult<void> recordFailure(const QStringList &keys);
    // A successful login forgets the user name's failures (not the address's).
    ApiResult<void> clear(const QString &key);
    // Forgets failures older than the window.
    ApiResult<int> purge(const QDateTime &now);

private:
    // Seconds until `key` is under `limit` again; 0 when it already is.
    ApiResult<qint64> secondsBlocked(const QString &key, int limit) const;

    const ServerDatabase &m_database;
};

} // namespace dd::server
