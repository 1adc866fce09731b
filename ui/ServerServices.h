#pragma once

#include "platform/FileSecretStore.h"
#include "platform/KeychainSecretStore.h"
#include "platform/SecretStore.h"
#include "platform/Settings.h"
#include "platform/TokenVault.h"
#include "sync/ServerConnection.h"

#include <memory>

namespace dd::ui {

// What the connection to the training center's server needs, owned together: the settings
// (its address, the user name, the answer about storing the token without a keychain), the
// keychain and the owner-only file the TokenVault may use, and the connection itself. The
// program uses the platform's; a test gives its own settings file, a fake keychain and a
// temporary folder.
class ServerServices
{
public:
    // The platform's settings, keychain and application-data folder.
    ServerServices();
    ServerServices(std::unique_ptr<platform::Settings> settings,
                   std::unique_ptr<platform::SecretStore> keychain, const QString &secretsFolder);

    platform::Settings &settings() { return *m_settings; }
    platform::TokenVault &vault() { return *m_vault; }
    sync::ServerConnection &connection() { return *m_connection; }

private:
    std::unique_ptr<platform::Settings> m_settings;
    std::unique_ptr<platform::SecretStore> m_keychain;
    std::unique_ptr<platform::FileSecretStore> m_file;
    std::unique_ptr<platform::TokenVault> m_vault;
    std::unique_ptr<sync::ServerConnection> m_connection;
};

} // namespace dd::ui
