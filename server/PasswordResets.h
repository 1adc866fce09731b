#pragma once

#include "ApiResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace dd::server {

class ServerDatabase;

// The password-reset tokens of POST /password-resets, stored as digests only. An account has
// at most one live token: a new one replaces the older ones. Using a token sets the new
// password, deletes every reset token of the account and ends all its sessions, in one
// transaction.
class PasswordResets
{
public:
    static constexpr int LifetimeMinutes = 60;
    // An expired token still answers "expired" (410) this long, then the purge deletes it.
    static constexpr int ExpiredKeptHours = 24;

    enum class State { Valid, Expired, Unknown };
    struct Lookup
    {
        State state = State::Unknown;
        QString accountId; // empty when Unknown
        QDateTime expiresAt;
    };

    explicit PasswordResets(const ServerDatabase &database);

    // Stores a token for the account, valid LifetimeMinutes from the clock's now, and deletes
    // its older ones; when it expires.
    ApiResult<QDateTime> issue(const QString &accountId, const QByteArray &digest);
    // What the token is, without using it.
    ApiResult<Lookup> find(const QByteArray &digest) const;
    // Uses a valid token: the account's password hash becomes `passwordHash`, every reset token
    // and every session of the account are deleted. Nothing is written when the token is
    // expired or unknown (also when another request used it first).
    ApiResult<Lookup> redeem(const QByteArray &digest, const QByteArray &passwordHash);
    // Deletes every reset token of the account (its password or e-mail address changed).
    ApiResult<int> revokeAll(const QString &accountId);
    // Deletes the tokens that expired before `cutoff`.
    ApiResult<int> purgeExpired(const QDateTime &cutoff);

private:
    const ServerDatabase &m_database;
};

} // namespace dd::server
