#pragma once

#include "ApiResult.h"

namespace dd::server {

class ServerDatabase;

// The server's purge: accounts not activated within Accounts::UnactivatedDays, and the
// sessions, captchas, activation and password-reset tokens, login failures and idempotency
// keys that can no longer be used. It keeps no state, so that any instance may run it at any time.
class Housekeeping
{
public:
    struct Counts
    {
        int accounts = 0;
        int sessions = 0;
        int captchas = 0;
        int tokens = 0;
        int failures = 0;
        int resetTokens = 0; // password-reset tokens expired PasswordResets::ExpiredKeptHours ago
        int idempotencyKeys = 0; // kept longer than Idempotency::KeptDays
    };

    explicit Housekeeping(const ServerDatabase &database);

    // Runs one purge at the database clock's now, and logs what went.
    ApiResult<Counts> run();

private:
    const ServerDatabase &m_database;
};

} // namespace dd::server
