#include "Housekeeping.h"

#include "Accounts.h"
#include "Captchas.h"
#include "Idempotency.h"
#include "LoginLimiter.h"
#include "PasswordResets.h"
#include "ServerDatabase.h"
#include "Sessions.h"

#include <QLoggingCategory>

namespace dd::server {

Q_LOGGING_CATEGORY(lcHousekeeping, "dd.server.housekeeping")

Housekeeping::Housekeeping(const ServerDatabase &database)
    : m_database(database)
{}

ApiResult<Housekeeping::Counts> Housekeeping::run()
{
    const QDateTime now = m_database.clock().now();
    Accounts accounts(m_database);
    Counts counts;

    const auto unactivated = accounts.purgeUnactivated(now.addDays(-Accounts::UnactivatedDays));
    if (!unactivated) {
        return unactivated.error();
    }
    counts.accounts = unactivated.value();
    // An expired activation token still answers "expired" (410) until its account is purged.
    const auto tokens = accounts.purgeTokens(now.addDays(-Accounts::UnactivatedDays));
    if (!tokens) {
        return tokens.error();
    }
    counts.tokens = tokens.value();
    const auto sessions = Sessions(m_database).purgeExpired(now);
    if (!sessions) {
        return sessions.error();
    }
    counts.sessions = sessions.value();
    const auto captchas = Captchas(m_database).purgeExpired(now);
    if (!captchas) {
        return captchas.error();
    }
    counts.captchas = captchas.value();
    const auto failures = LoginLimiter(m_database).purge(now);
    if (!failures) {
        return failures.error();
    }
    counts.failures = failures.value();
    const auto resetTokens =
        PasswordResets(m_database)
            .purgeExpired(now.addSecs(-qint64(PasswordResets::ExpiredKeptHours) * 3600));
    if (!resetTokens) {
        return resetTokens.error();
    }
    counts.resetTokens = resetTokens.value();
    const auto idempotencyKeys = Idempotency(m_database).purge(now.addDays(-Idempotency::KeptDays));
    if (!idempotencyKeys) {
        return idempotencyKeys.error();
    }
    counts.idempotencyKeys = idempotencyKeys.value();

    qCInfo(lcHousekeeping).nospace()
        << "purge: " << counts.accounts << " unactivated accounts, " << counts.sessions
        << " sessions, " << counts.tokens << " activation tokens, " << counts.captchas
        << " captchas, " << counts.failures << " login failures, " << counts.resetTokens
        << " password-reset tokens, " << counts.idempotencyKeys << " idempotency keys";
    return counts;
}

} // namespace dd::server
