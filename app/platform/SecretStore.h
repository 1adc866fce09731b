#pragma once

#include "platform/Expected.h"

#include <QString>

#include <functional>

namespace dd::platform {

// Why a secret could not be read, written or removed.
struct SecretError
{
    enum class Kind {
        NotFound,    // nothing is stored under the key
        Unavailable, // no keychain on this machine (no secret service running: CI, a bare box)
        Denied,      // the user or the system refused access
        Failed,      // anything else; `detail` says what
    };
    Kind kind = Kind::Failed;
    QString detail; // technical, English, never the secret
};

// Where secrets (the server's session token) are kept: the OS keychain in production, a
// file the user agreed to, the memory of this session, or a fake in tests. The answer may come
// at once or later (the keychain answers from the event loop); `done` is called exactly once.
class SecretStore
{
public:
    enum class Place { Keychain, File, Memory };

    using ReadDone = std::function<void(Expected<QString, SecretError>)>;
    using Done = std::function<void(Expected<void, SecretError>)>;

    virtual ~SecretStore() = default;

    virtual Place place() const = 0;
    virtual void read(const QString &key, ReadDone done) = 0;
    virtual void write(const QString &key, const QString &secret, Done done) = 0;
    virtual void remove(const QString &key, Done done) = 0;
};

} // namespace dd::platform
