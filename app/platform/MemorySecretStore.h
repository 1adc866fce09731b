#pragma once

#include "platform/SecretStore.h"

#include <QHash>

namespace dd::platform {

// Secrets kept for this run of the program only: what the user gets when there is no keychain
// and they do not want the token written to a file. Answers at once.
class MemorySecretStore : public SecretStore
{
public:
    Place place() const override { return Place::Memory; }
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, Done done) override;
    void remove(const QString &key, Done done) override;

private:
    QHash<QString, QString> m_secrets;
};

} // namespace dd::platform
