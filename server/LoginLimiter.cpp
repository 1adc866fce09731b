#include "LoginLimiter.h"

#include "Account.h"
#include "ServerDatabase.h"

#include <QLoggingCategory>

#include <algorithm>

namespace dd::server {

Q_LOGGING_CATEGORY(lcLimiter, "dd.server.limiter")

LoginLimiter::LoginLimiter(const ServerDatabase &database)
    : m_database(database)
{}

namespace {

QString prefix(LoginLimiter::Action action)
{
    return action == LoginLimiter::Action::PasswordReset ? QStringLiteral("reset:") : QString();
}

} // namespace

QString LoginLimiter::userKey(const QString &userName, Action action)
{
    return prefix(action) + QStringLiteral("user:") + Account::foldUserName(userName);
}

QString LoginLimiter::addressKey(const QString &address, Action action)
{
    return prefix(action) + QStringLiteral("address:") + address;
}

ApiResult<qint64> LoginLimiter::secondsBlocked(const QString &key, int limit) const
{
    const QDateTime now = m_database.clock().now();
    const auto times = m_database.rows(
        QStringLiteral("SELECT failed_at FROM login_failures "
                       "WHERE failure_key = :key AND failed_at > :since ORDER BY failed_at"),
        {
            {QStringLiteral("key"), key},
            {QStringLiteral("since"),
             ServerDatabase::timestamp(now.addSecs(-qint64(WindowMinutes) * 60))},
        },
        [](const QSqlQuery &query) { return query.value(0).toString(); });
    if (!times) {
        return times.error();
    }
    if (times->size() < limit) {
        return qint64(0);
    }
    // The failure whose ageing out brings the count under the limit.
    const QDateTime pivot = ServerDatabase::parseTimestamp(times->at(times->size() - limit));
    const qint64 ms = now.msecsTo(pivot.addSecs(qint64(WindowMinutes) * 60));
    return std::max<qint64>(1, (ms + 999) / 1000);
}

ApiResult<void> LoginLimiter::check(const QString &userKey, const QString &addressKey,
                                    Action action) const
{
    const auto user = secondsBlocked(userKey, UserLimit);
    if (!user) {
        return user.error();
    }
    const auto address = secondsBlocked(addressKey, AddressLimit);
    if (!address) {
        return address.error();
    }
    const qint64 wait = std::max(user.value(), address.value());
    if (wait == 0) {
        return {};
    }
    const bool reset = action == Action::PasswordReset;
    qCWarning(lcLimiter).noquote()
        << (reset ? "password reset refused:" : "login refused:")
        << (user.value() > 0 ? "user name" : "address") << "over its limit for" << wait << "s";
    ApiError error = ApiError::make(
        ApiError::Status::TooManyRequests, QStringLiteral("tooManyAttempts"),
        (reset ? QStringLiteral("Too many password reset requests; try again in %1 seconds.")
               : QStringLiteral("Too many failed logins; try again in %1 seconds."))
            .arg(wait));
    error.retryAfterSeconds = int(wait);
    return error;
}

ApiResult<void> LoginLimiter::recordFailure(const QStringList &keys)
{
    const QString now = m_database.now();
    for (const QString &key : keys) {
        auto query = m_database.exec(
            QStringLiteral(
                "INSERT INTO login_failures (failure_key, failed_at) VALUES (:key, :at)"),
            {{QStringLiteral("key"), key}, {QStringLiteral("at"), now}});
        if (!query) {
            return query.error();
        }
    }
    return {};
}

ApiResult<void> LoginLimiter::clear(const QString &key)
{
    auto query =
        m_database.exec(QStringLiteral("DELETE FROM login_failures WHERE failure_key = :key"),
                        {{QStringLiteral("key"), key}});
    if (!query) {
        return query.error();
    }
    return {};
}

ApiResult<int> LoginLimiter::purge(const QDateTime &now)
{
    auto query =
        m_database.exec(QStringLiteral("DELETE FROM login_failures WHERE failed_at < :cutoff"),
                        {{QStringLiteral("cutoff"),
                          ServerDatabase::timestamp(now.addSecs(-qint64(WindowMinutes) * 60))}});
    if (!query) {
        return query.error();
    }
    return query.value().numRowsAffected();
}

} // namespace dd::server
