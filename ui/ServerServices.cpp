#include "ServerServices.h"

namespace dd::ui {

ServerServices::ServerServices()
    : ServerServices(std::make_unique<platform::Settings>(),
                     std::make_unique<platform::KeychainSecretStore>(),
                     platform::FileSecretStore::defaultFolder())
{}

ServerServices::ServerServices(std::unique_ptr<platform::Settings> settings,
                               std::unique_ptr<platform::SecretStore> keychain,
                               const QString &secretsFolder)
    : m_settings(std::move(settings))
    , m_keychain(std::move(keychain))
    , m_file(std::make_unique<platform::FileSecretStore>(secretsFolder))
    , m_vault(std::make_unique<platform::TokenVault>(*m_keychain, *m_file, *m_settings))
    , m_connection(std::make_unique<sync::ServerConnection>(*m_vault))
{}

} // namespace dd::ui
