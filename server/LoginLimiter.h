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

    explicit LoginLimiter(const ServerDatabase &database);

    static QString userKey(const QString &userName);
    static QString addressKey(const QString &address);

    // Nothing when both may try again, else the 429.
    ApiResult<void> check(const QString &userKey, const QString &addressKey) const;
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
