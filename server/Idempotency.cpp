#include "Idempotency.h"

#include "ServerDatabase.h"

#include <QCryptographicHash>
#include <QUuid>

namespace dd::server {

Idempotency::Idempotency(const ServerDatabase &database)
    : m_database(database)
{}

bool Idempotency::isValidKey(const QString &key)
{
    return key.size() <= 38 && !QUuid::fromString(key).isNull();
}

QString Idempotency::normalizedKey(const QString &key)
{
    return QUuid::fromString(key).toString(QUuid::WithoutBraces);
}

QString Idempotency::digest(const QByteArray &method, const QString &path,
                            const QByteArray &ifMatch, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Each part with its length first, so that no two different requests give the same input.
    for (const QByteArray &part : {method.toUpper(), path.toUtf8(), ifMatch.trimmed(), body}) {
        hash.addData(QByteArray(QByteArray::number(part.size()) + ':'));
        hash.addData(part);
    }
    return QString::fromLatin1(hash.result().toHex());
}

ApiResult<std::optional<Idempotency::Stored>> Idempotency::find(const QString &accountId,
                                                                const QString &key) const
{
    const QString since = ServerDatabase::timestamp(m_database.clock().now().addDays(-KeptDays));
    auto query =
        m_database.exec(QStringLiteral("SELECT request_digest, status, body FROM idempotency_keys "
                                       "WHERE account_id = :account AND idempotency_key = :key "
                                       "AND created_at >= :since"),
                        {{QStringLiteral("account"), accountId},
                         {QStringLiteral("key"), normalizedKey(key)},
                         {QStringLiteral("since"), since}});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<Stored>();
    }
    return std::optional<Stored>(Stored{query.value().value(0).toString(),
                                        query.value().value(1).toInt(),
                                        query.value().value(2).toString().toUtf8()});
}

ApiResult<void> Idempotency::store(const QString &accountId, const QString &key,
                                   const Stored &answer) const
{
    // A key older than KeptDays that the purge has not removed yet is replaced.
    auto removed = m_database.exec(
        QStringLiteral("DELETE FROM idempotency_keys WHERE account_id = :account "
                       "AND idempotency_key = :key"),
        {{QStringLiteral("account"), accountId}, {QStringLiteral("key"), normalizedKey(key)}});
    if (!removed) {
        return removed.error();
    }
    auto query =
        m_database.exec(QStringLiteral("INSERT INTO idempotency_keys (account_id, idempotency_key, "
                                       "request_digest, status, body, created_at) "
                                       "VALUES (:account, :key, :digest, :status, :body, :at)"),
                        {{QStringLiteral("account"), accountId},
                         {QStringLiteral("key"), normalizedKey(key)},
                         {QStringLiteral("digest"), answer.digest},
                         {QStringLiteral("status"), answer.status},
                         {QStringLiteral("body"), QString::fromUtf8(answer.body)},
                         {QStringLiteral("at"), m_database.now()}});
    if (!query) {
        return query.error();
    }
    return {};
}

ApiResult<int> Idempotency::purge(const QDateTime &cutoff) const
{
    auto query =
        m_database.exec(QStringLiteral("DELETE FROM idempotency_keys WHERE created_at < :cutoff"),
                        {{QStringLiteral("cutoff"), ServerDatabase::timestamp(cutoff)}});
    if (!query) {
        return query.error();
    }
    return query.value().numRowsAffected();
}

} // namespace dd::server
