#include "Captchas.h"

#include "Captcha.h"
#include "ServerDatabase.h"
#include "Tokens.h"

#include <QUuid>

namespace dd::server {

Captchas::Captchas(const ServerDatabase &database)
    : m_database(database)
{}

QByteArray Captchas::answerDigest(const QString &answer)
{
    return Tokens::digest(answer.trimmed().toUpper());
}

ApiResult<Captchas::Issued> Captchas::issue(std::optional<quint32> seed)
{
    const QDateTime now = m_database.clock().now();
    // Expired captchas go at once: a client asking again and again fills nothing.
    const auto purged = purgeExpired(now);
    if (!purged) {
        return purged.error();
    }
    const Captcha::Challenge challenge = Captcha::make(seed);
    if (challenge.png.isEmpty()) {
        return ApiError::internal();
    }
    Issued issued{QUuid::createUuid().toString(QUuid::WithoutBraces), challenge.png};
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO captchas (id, answer_digest, expires_at) "
                       "VALUES (:id, :digest, :expires)"),
        {
            {QStringLiteral("id"), issued.id},
            {QStringLiteral("digest"), QString::fromLatin1(answerDigest(challenge.answer))},
            {QStringLiteral("expires"), ServerDatabase::timestamp(now.addSecs(LifetimeSeconds))},
        });
    if (!query) {
        return query.error();
    }
    return issued;
}

ApiResult<bool> Captchas::consume(const QString &id, const QString &typed)
{
    auto found = m_database.exec(
        QStringLiteral("SELECT answer_digest, expires_at FROM captchas WHERE id = :id"),
        {{QStringLiteral("id"), id}});
    if (!found) {
        return found.error();
    }
    if (!found.value().next()) {
        return false;
    }
    const QByteArray digest = found.value().value(0).toString().toLatin1();
    const QString expiresAt = found.value().value(1).toString();
    auto removed = m_database.exec(QStringLiteral("DELETE FROM captchas WHERE id = :id"),
                                   {{QStringLiteral("id"), id}});
    if (!removed) {
        return removed.error();
    }
    // Another request may have used it between the two statements: only one wins.
    if (removed.value().numRowsAffected() != 1) {
        return false;
    }
    if (expiresAt <= m_database.now()) {
        return false;
    }
    return Tokens::equal(answerDigest(typed), digest);
}

ApiResult<int> Captchas::purgeExpired(const QDateTime &cutoff)
{
    auto query = m_database.exec(QStringLiteral("DELETE FROM captchas WHERE expires_at < :cutoff"),
                                 {{QStringLiteral("cutoff"), ServerDatabase::timestamp(cutoff)}});
    if (!query) {
        return query.error();
    }
    return query.value().numRowsAffected();
}

} // namespace dd::server
