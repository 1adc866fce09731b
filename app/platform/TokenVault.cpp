#include "platform/TokenVault.h"

#include "platform/Settings.h"

#include <QPointer>

namespace dd::platform {

using Kind = SecretError::Kind;
using Place = SecretStore::Place;

TokenVault::TokenVault(SecretStore &keychain, SecretStore &file, Settings &settings,
                       QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_file(file)
    , m_settings(settings)
{}

TokenVault::Fallback TokenVault::fallback() const
{
    const QString value = m_settings.value(Settings::Key::SecretFallback).toString();
    if (value == u"file") {
        return Fallback::File;
    }
    if (value == u"session") {
        return Fallback::Session;
    }
    return Fallback::NotAsked;
}

void TokenVault::setFallback(Fallback fallback)
{
    switch (fallback) {
    case Fallback::NotAsked:
        m_settings.remove(Settings::Key::SecretFallback);
        break;
    case Fallback::File:
        m_settings.setValue(Settings::Key::SecretFallback, QStringLiteral("file"));
        break;
    case Fallback::Session:
        m_settings.setValue(Settings::Key::SecretFallback, QStringLiteral("session"));
        break;
    }
    m_settings.sync();
}

void TokenVault::store(const QString &key, const QString &secret, StoreDone done)
{
    QPointer<TokenVault> self(this);
    m_keychain.write(key, secret, [self, key, secret, done](Expected<void, SecretError> written) {
        if (!self) {
            return;
        }
        if (written) {
            // A copy left from a time without keychain goes.
            self->m_memory.remove(key, [](auto) {});
            self->m_file.remove(key, [](auto) {});
            done(Place::Keychain);
            return;
        }
        if (written.error().kind != Kind::Unavailable) {
            done(written.error());
            return;
        }
        self->storeWithoutKeychain(key, secret, done);
    });
}

void TokenVault::storeWithoutKeychain(const QString &key, const QString &secret, StoreDone done)
{
    if (fallback() == Fallback::NotAsked) {
        const bool agreed = m_ask && m_ask();
        setFallback(agreed ? Fallback::File : Fallback::Session);
    }
    SecretStore &target = fallback() == Fallback::File ? m_file : m_memory;
    target.write(key, secret, [&target, done](Expected<void, SecretError> written) {
        if (!written) {
            done(written.error());
            return;
        }
        done(target.place());
    });
}

void TokenVault::load(const QString &key, SecretStore::ReadDone done)
{
    QPointer<TokenVault> self(this);
    m_keychain.read(key, [self, key, done](Expected<QString, SecretError> read) {
        if (!self) {
            return;
        }
        if (read
            || (read.error().kind != Kind::NotFound && read.error().kind != Kind::Unavailable)) {
            done(std::move(read));
            return;
        }
        self->m_memory.read(key, [self, key, done](Expected<QString, SecretError> inMemory) {
            if (inMemory || self->fallback() != Fallback::File) {
                done(std::move(inMemory));
                return;
            }
            self->m_file.read(key, done);
        });
    });
}

void TokenVault::forget(const QString &key, SecretStore::Done done)
{
    m_memory.remove(key, [](auto) {});
    m_file.remove(key, [](auto) {});
    QPointer<TokenVault> self(this);
    m_keychain.remove(key, [self, done](Expected<void, SecretError> removed) {
        if (!self) {
            return;
        }
        if (!removed && removed.error().kind == Kind::Unavailable) {
            done({});
            return;
        }
        done(std::move(removed));
    });
}

} // namespace dd::platform
