#pragma once

#include "platform/SecretStore.h"

namespace dd::platform {

// The OS keychain through QtKeychain (libsecret / the Secret Service on Linux, the Keychain on
// macOS, the Credential Manager on Windows). Without a running secret service every call
// answers SecretError::Kind::Unavailable: the caller then asks the user what to do; QtKeychain's
// own plain-text fallback is never switched on.
class KeychainSecretStore : public SecretStore
{
public:
    // `service` groups DegreeDesk's entries in the keychain.
    explicit KeychainSecretStore(const QString &service = QStringLiteral("DegreeDesk"));

    Place place() const override { return Place::Keychain; }
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    QString m_service;
};

} // namespace dd::platform
