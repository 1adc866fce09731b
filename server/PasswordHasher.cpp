#include "PasswordHasher.h"

#include <QLoggingCategory>

#include <sodium.h>

#include <algorithm>
#include <mutex>

namespace dd::server {

Q_LOGGING_CATEGORY(lcPassword, "dd.server.password")

namespace {

void initSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qCCritical(lcPassword, "libsodium failed to initialise");
    });
}

} // namespace

PasswordHasher::PasswordHasher(Cost cost)
    : m_opsLimit(cost == Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE
                                           : crypto_pwhash_OPSLIMIT_MIN)
    , m_memLimit(cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE
                                           : crypto_pwhash_MEMLIMIT_MIN)
{
    initSodium();
}

QByteArray PasswordHasher::hash(const QString &password) const
{
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, utf8.constData(), static_cast<quint64>(utf8.size()),
                                     m_opsLimit, m_memLimit);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0) {
        qCWarning(lcPassword, "crypto_pwhash_str failed (out of memory?)");
        return {};
    }
    return QByteArray(out);
}

bool PasswordHasher::verify(const QString &password, const QByteArray &encoded) const
{
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return false;
    // crypto_pwhash_str_verify reads a NUL-terminated string: copy into a buffer that has one.
    char str[crypto_pwhash_STRBYTES] = {};
    std::copy(encoded.cbegin(), encoded.cend(), str);
    QByteArray utf8 = password.toUtf8();
    const int rc =
        crypto_pwhash_str_verify(str, utf8.constData(), static_cast<quint64>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return rc == 0;
}

bool PasswordHasher::needsRehash(const QByteArray &encoded) const
{
    if (encoded.isEmpty() || encoded.size() >= crypto_pwhash_STRBYTES)
        return true;
    char str[crypto_pwhash_STRBYTES] = {};
    std::copy(encoded.cbegin(), encoded.cend(), str);
    // 1: other parameters; -1: not a hash of this algorithm. Either way: hash again.
    return crypto_pwhash_str_needs_rehash(str, m_opsLimit, m_memLimit) != 0;
}

} // namespace dd::server
