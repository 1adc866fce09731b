#include "Sessions.h"

#include "Accounts.h"

#include "ServerDatabase.h"
#include "Tokens.h"

#include <QLoggingCategory>

namespace dd::server {

Q_LOGGING_CATEGORY(lcSessions, "dd.server.sessions")

Sessions::Sessions(const ServerDatabase &database)
    : m_database(database)
{}

ApiError Sessions::unauthenticated()
{
    return ApiError::make(ApiError::Status::Unauthorized, QStringLiteral("unauthenticated"),
                          QStringLiteral("Log in first: send the session token as "
                                         "\"Authorization: Bearer TOKEN\"."));
}

ApiResult<Sessions::Created> Sessions::create(const QString &accountId)
{
    const QDateTime now = m_database.clock().now();
    Created created{Tokens::generate(), now.addSecs(qint64(LifetimeHours) * 3600)};
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO sessions (digest, account_id, created_at, expires_at, "
                       "last_seen) VALUES (:digest, :account, :now, :expires, :now)"),
        {
            {QStringLiteral("digest"), QString::fromLatin1(Tokens::digest(created.token))},
            {QStringLiteral("account"), accountId},
            {QStringLiteral("now"), ServerDatabase::timestamp(now)},
            {QStringLiteral("expires"), ServerDatabase::timestamp(created.expiresAt)},
        });
    if (!query) {
        return query.error();
    }
    qCInfo(lcSessions).noquote() << "session opened for account" << accountId;
    return created;
}

ApiResult<Account> Sessions::accountOf(const QString &token, const Accounts &accounts)
{
    const auto accountId = authenticate(token);
    if (!accountId) {
        return accountId.error();
    }
    const auto account = accounts.findById(accountId.value());
    if (!account) {
        return account.error();
    }
    if (!account.value()) {
        return unauthenticated();
    }
    return *account.value();
}

ApiResult<QString> Sessions::authenticate(const QString &token)
{
    if (token.isEmpty()) {
        return unauthenticated();
    }
    const QString digest = QString::fromLatin1(Tokens::digest(token));
    auto found = m_database.exec(
        QStringLiteral("SELECT account_id, expires_at FROM sessions WHERE digest = :digest"),
        {{QStringLiteral("digest"), digest}});
    if (!found) {
        return found.error();
    }
    if (!found.value().next()) {
        return unauthenticated();
    }
    const QString accountId = found.value().value(0).toString();
    const QDateTime now = m_database.clock().now();
    if (found.value().value(1).toString() <= ServerDatabase::timestamp(now)) {
        m_database.exec(QStringLiteral("DELETE FROM sessions WHERE digest = :digest"),
                        {{QStringLiteral("digest"), digest}});
        return ApiError::make(ApiError::Status::Unauthorized, QStringLiteral("sessionExpired"),
                              QStringLiteral("The session has expired; log in again."));
    }
    auto touched = m_database.exec(
        QStringLiteral(
            "UPDATE sessions SET last_seen = :now, expires_at = :expires WHERE digest = :digest"),
        {
            {QStringLiteral("now"), ServerDatabase::timestamp(now)},
            {QStringLiteral("expires"),
             ServerDatabase::timestamp(now.addSecs(qint64(LifetimeHours) * 3600))},
            {QStringLiteral("digest"), digest},
        });
    if (!touched) {
        return touched.error();
    }
    return accountId;
}

ApiResult<void> Sessions::remove(const QString &token)
{
    if (token.isEmpty()) {
        return unauthenticated();
    }
    auto removed =
        m_database.exec(QStringLiteral("DELETE FROM sessions WHERE digest = :digest"),
                        {{QStringLiteral("digest"), QString::fromLatin1(Tokens::digest(token))}});
    if (!removed) {
        return removed.error();
    }
    if (removed.value().numRowsAffected() != 1) {
        return unauthenticated();
    }
    return {};
}

ApiResult<int> Sessions::removeAllOf(const QString &accountId, const QString &keepToken)
{
    // A digest is never "": with no token to keep, the condition keeps nothing. (Not NULL:
    // "digest <> NULL" would be true for no row.)
    const QString keep =
        keepToken.isEmpty() ? QStringLiteral("") : QString::fromLatin1(Tokens::digest(keepToken));
    auto removed = m_database.exec(
        QStringLiteral("DELETE FROM sessions WHERE account_id = :account AND digest <> :keep"),
        {{QStringLiteral("account"), accountId}, {QStringLiteral("keep"), keep}});
    if (!removed) {
        return removed.error();
    }
    const int ended = removed.value().numRowsAffected();
    if (ended > 0) {
        qCInfo(lcSessions).noquote() << ended << "sessions of account" << accountId << "ended";
    }
    return ended;
}

ApiResult<int> Sessions::purgeExpired(const QDateTime &cutoff)
{
    auto query = m_database.exec(QStringLiteral("DELETE FROM sessions WHERE expires_at < :cutoff"),
                                 {{QStringLiteral("cutoff"), ServerDatabase::timestamp(cutoff)}});
    if (!query) {
        return query.error();
    }
    return query.value().numRowsAffected();
}

} // namespace dd::server
