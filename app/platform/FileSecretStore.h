#pragma once

#include "platform/SecretStore.h"

namespace dd::platform {

// Secrets in files readable and writable by the owner only (0600, in a 0700 folder), one file
// per key: the fallback where no keychain runs, used only after the user agreed to it
// (TokenVault asks). The folder is normally "secrets" under the application-data folder.
class FileSecretStore : public SecretStore
{
public:
    explicit FileSecretStore(const QString &folder);

    // The folder under QStandardPaths::AppDataLocation.
    static QString defaultFolder();

    Place place() const override { return Place::File; }
    void read(const QString &key, ReadDone done) override;
    void write(const QString &key, const QString &secret, Done done) override;
    void remove(const QString &key, Done done) override;

    // The file that holds `key` (whether it exists or not).
    QString fileOf(const QString &key) const;

private:
    QString m_folder;
};

} // namespace dd::platform
