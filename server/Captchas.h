#pragma once

#include "ApiResult.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace dd::server {

class ServerDatabase;

// The captchas handed out and not yet used: an id, the digest of the answer and an expiry.
// A captcha is good for one login attempt, whatever its result.
class Captchas
{
public:
    static constexpr int LifetimeSeconds = 300;

    struct Issued
    {
        QString id;
        QByteArray png;
    };

    explicit Captchas(const ServerDatabase &database);

    // A new captcha (Captcha::make); with a seed (test mode only) a reproducible one.
    ApiResult<Issued> issue(std::optional<quint32> seed = std::nullopt);
    // Uses the captcha up and says whether `typed` answers it in time. False for an unknown,
    // used or expired id too.
    ApiResult<bool> consume(const QString &id, const QString &typed);
    ApiResult<int> purgeExpired(const QDateTime &cutoff);

private:
    static QByteArray answerDigest(const QString &answer);

    const ServerDatabase &m_database;
};

} // namespace dd::server
