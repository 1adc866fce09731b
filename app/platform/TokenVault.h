#pragma once

#include "platform/MemorySecretStore.h"
#include "platform/SecretStore.h"

#include <QObject>

#include <functional>

namespace dd::platform {

class Settings;

// Keeps a session token: in the OS keychain when there is one; where there is none, only
// where the user agreed to (an owner-only file), or else for this session only. The user's
// answer is asked once, by the consent function the UI gives, and kept in the settings
// (Settings::Key::SecretFallback). Nothing is ever written to a file without that consent, and
// a keychain that refuses access (rather than being absent) is reported, not worked around.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    enum class Fallback { NotAsked, File, Session };

    using StoreDone = std::function<void(Expected<SecretStore::Place, SecretError>)>;

    TokenVault(SecretStore &keychain, SecretStore &file, Settings &settings,
               QObject *parent = nullptr);

    // Asks the user whether a token may be written to a file when there is no keychain:
    // true = yes. Without one the answer is no (the safe choice).
    void setConsent(std::function<bool()> ask) { m_ask = std::move(ask); }

    Fallback fallback() const;
    void setFallback(Fallback fallback);

    // `done` gets the place the secret went to.
    void store(const QString &key, const QString &secret, StoreDone done);
    void load(const QString &key, SecretStore::ReadDone done);
    // Removes the secret from every place it may be in.
    void forget(const QString &key, SecretStore::Done done);

private:
    void storeWithoutKeychain(const QString &key, const QString &secret, StoreDone done);

    SecretStore &m_keychain;
    SecretStore &m_file;
    MemorySecretStore m_memory;
    Settings &m_settings;
    std::function<bool()> m_ask;
};

} // namespace dd::platform
