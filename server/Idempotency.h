#pragma once

#include "ApiResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dd::server {

class ServerDatabase;

// Idempotency-Key (a UUID) on the record writes: the first successful answer to a key of an
// account is kept with a digest of its request; the same key again with the same request
// replays that answer, with another request it is refused (422 idempotencyKeyReused). Kept
// KeptDays days, then purged by Housekeeping. Refusals are not kept: a retry is judged again.
class Idempotency
{
public:
    static constexpr int KeptDays = 7;

    struct Stored
    {
        QString digest;
        int status = 0;
        QByteArray body;
    };

    explicit Idempotency(const ServerDatabase &database);

    // A key is a UUID ("3f2a…-…", with or without braces, any case).
    static bool isValidKey(const QString &key);
    // The key as stored: the UUID in lower case without braces.
    static QString normalizedKey(const QString &key);
    // The SHA-256 (hex) of what makes two requests the same: method, path, If-Match and body.
    static QString digest(const QByteArray &method, const QString &path, const QByteArray &ifMatch,
                          const QByteArray &body);

    // The answer kept for the account's key, if one was kept within KeptDays.
    ApiResult<std::optional<Stored>> find(const QString &accountId, const QString &key) const;
    // Keeps an answer (inside the write's transaction).
    ApiResult<void> store(const QString &accountId, const QString &key, const Stored &answer) const;
    // Deletes the keys kept before `cutoff`; the number deleted.
    ApiResult<int> purge(const QDateTime &cutoff) const;

private:
    const ServerDatabase &m_database;
};

} // namespace dd::server
