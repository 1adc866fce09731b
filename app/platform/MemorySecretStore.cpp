#include "platform/MemorySecretStore.h"

namespace dd::platform {

void MemorySecretStore::read(const QString &key, ReadDone done)
{
    const auto found = m_secrets.constFind(key);
    if (found == m_secrets.constEnd()) {
        done(SecretError{SecretError::Kind::NotFound, QStringLiteral("no secret in memory")});
        return;
    }
    done(found.value());
}

void MemorySecretStore::write(const QString &key, const QString &secret, Done done)
{
    m_secrets.insert(key, secret);
    done({});
}

void MemorySecretStore::remove(const QString &key, Done done)
{
    m_secrets.remove(key);
    done({});
}

} // namespace dd::platform
