#pragma once

#include "Account.h"
#include "ApiResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dd::server {

class ServerDatabase;

// The accounts table and its activation tokens (stored as digests only).
class Accounts
{
public:
    // An account not activated within this many days is deleted by the purge.
    static constexpr int UnactivatedDays = 7;

    explicit Accounts(const ServerDatabase &database);

    ApiResult<std::optional<Account>> findByUserName(const QString &userName) const;
    ApiResult<std::optional<Account>> findById(const QString &id) const;
    // Inserts the account and its first activation token in one transaction. A user name taken
    // meanwhile gives 409 "userNameTaken".
    ApiResult<void> create(const Account &account, const QByteArray &tokenDigest,
                           const QDateTime &tokenExpiresAt);
    ApiResult<void> setPasswordHash(const QString &accountId, const QByteArray &hash);
    // Writes the account's e-mail address, mobile number and registration form (账户管理: the
    // e-mail address or the mobile number changed).
    ApiResult<void> updateContact(const Account &account);

    // Replaces every activation token of the account by this one.
    ApiResult<void> replaceActivationToken(const QString &accountId, const QByteArray &digest,
                                           const QDateTime &expiresAt);

    enum class Activation { Activated, Expired, Unknown };
    struct ActivationResult
    {
        Activation outcome = Activation::Unknown;
        QString accountId;
    };
    // Uses the token (once): Unknown when there is none with this digest or it was used.
    ApiResult<ActivationResult> activate(const QByteArray &digest);

    // Deletes the accounts created before `cutoff` and never activated (their tokens and
    // sessions go with them); the number deleted.
    ApiResult<int> purgeUnactivated(const QDateTime &cutoff);
    // Deletes activation tokens that expired before `cutoff`.
    ApiResult<int> purgeTokens(const QDateTime &cutoff);

private:
    ApiResult<std::optional<Account>> findOne(const QString &column, const QString &value) const;

    const ServerDatabase &m_database;
};

} // namespace dd::server
