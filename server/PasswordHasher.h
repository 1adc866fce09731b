#pragma once

#include <QByteArray>
#include <QString>

namespace dd::server {

// Passwords as Argon2id hashes (libsodium's crypto_pwhash_str: the salt and the parameters are
// inside the string it returns), never stored or logged in clear.
class PasswordHasher
{
public:
    // Costs: libsodium's "interactive" limits (2 passes, 64 MiB), or the cheapest allowed for
    // tests (Fast) so that suites that register hundreds of accounts stay quick.
    enum class Cost { Interactive, Fast };

    explicit PasswordHasher(Cost cost = Cost::Interactive);

    // The encoded hash ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"); empty when libsodium fails
    // (out of memory).
    QByteArray hash(const QString &password) const;
    bool verify(const QString &password, const QByteArray &encoded) const;
    // The hash was made with other costs than this hasher's: hash again at the next login.
    bool needsRehash(const QByteArray &encoded) const;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
};

} // namespace dd::server
