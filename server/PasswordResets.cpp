#include "PasswordResets.h"

#include "Accounts.h"
#include "ServerDatabase.h"
#include "Sessions.h"

#include <QLoggingCategory>

namespace dd::server {

Q_LOGGING_CATEGORY(lcPasswordResets, "dd.server.resets")

PasswordResets::PasswordResets(const ServerDatabase &database)
    : m_database(database)
{}

ApiResult<QDateTime> PasswordResets::issue(const QString &accountId, const QByteArray &digest)
{
    const QDateTime now = m_database.clock().now();
    const QDateTime expiresAt = now.addSecs(qint64(LifetimeMinutes) * 60);
    const ApiResult<void> done = m_database.inTransaction([&]() -> ApiResult<void> {
        if (const auto revoked = revokeAll(accountId); !revoked) {
            return revoked.error();
        }
        auto inserted = m_database.exec(
            QStringLiteral("INSERT INTO password_reset_tokens (digest, account_id, created_at, "
                           "expires_at) VALUES (:digest, :account, :created, :expires)"),
            {
                {QStringLiteral("digest"), QString::fromLatin1(digest)},
                {QStringLiteral("account"), accountId},
                {QStringLiteral("created"), ServerDatabase::timestamp(now)},
                {QStringLiteral("expires"), ServerDatabase::timestamp(expiresAt)},
            });
        if (!inserted) {
            return inserted.error();
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    qCInfo(lcPasswordResets).noquote() << "password-reset token issued for account" << accountId;
    return expiresAt;
}

ApiResult<PasswordResets::Lookup> PasswordResets::find(const QByteArray &digest) const
{
    auto found = m_database.exec(
        QStringLiteral(
            "SELECT account_id, expires_at FROM password_reset_tokens WHERE digest = :digest"),
        {{QStringLiteral("digest"), QString::fromLatin1(digest)}});
    if (!found) {
        return found.error();
    }
    Lookup lookup;
    QSqlQuery &row = found.value();
    if (!row.next()) {
        return lookup;
    }
    lookup.accountId = row.value(0).toString();
    const QString expires = row.value(1).toString();
    lookup.expiresAt = ServerDatabase::parseTimestamp(expires);
    lookup.state = expires <= m_database.now() ? State::Expired : State::Valid;
    return lookup;
}

ApiResult<PasswordResets::Lookup> PasswordResets::redeem(const QByteArray &digest,
                                                         const QByteArray &passwordHash)
{
    auto lookup = find(digest);
    if (!lookup || lookup->state != State::Valid) {
        return lookup;
    }
    const QString accountId = lookup->accountId;
    const ApiResult<void> done = m_database.inTransaction([&]() -> ApiResult<void> {
        // Deleting the token is what uses it: of two requests with one token, one deletes it.
        auto used = m_database.exec(
            QStringLiteral("DELETE FROM password_reset_tokens WHERE digest = :digest"),
            {{QStringLiteral("digest"), QString::fromLatin1(digest)}});
        if (!used) {
            return used.error();
        }
        if (used.value().numRowsAffected() != 1) {
            lookup.value().state = State::Unknown;
            return {};
        }
        if (const auto set = Accounts(m_database).setPasswordHash(accountId, passwordHash); !set) {
            return set.error();
        }
        if (const auto revoked = revokeAll(accountId); !revoked) {
            return revoked.error();
        }
        if (const auto ended = Sessions(m_database).removeAllOf(accountId); !ended) {
            return ended.error();
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    if (lookup->state == State::Valid) {
        qCInfo(lcPasswordResets).noquote()
            << "password of account" << accountId << "reset; its sessions ended";
    }
    return lookup;
}

ApiResult<int> PasswordResets::revokeAll(const QString &accountId)
{
    auto removed = m_database.exec(
        QStringLiteral("DELETE FROM password_reset_tokens WHERE account_id = :account"),
        {{QStringLiteral("account"), accountId}});
    if (!removed) {
        return removed.error();
    }
    return removed.value().numRowsAffected();
}

ApiResult<int> PasswordResets::purgeExpired(const QDateTime &cutoff)
{
    auto query = m_database.exec(
        QStringLiteral("DELETE FROM password_reset_tokens WHERE expires_at < :cutoff"),
        {{QStringLiteral("cutoff"), ServerDatabase::timestamp(cutoff)}});
    if (!query) {
        return query.error();
    }
    return query.value().numRowsAffected();
}

} // namespace dd::server
