#pragma once

#include "platform/SecretStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <optional>

namespace dd::test {

// A keychain for tests: secrets in memory, answered from the event loop as QtKeychain does,
// and a switch for the machines without a keychain (Unavailable) or that refuse (Denied).
class FakeSecretStore : public platform::SecretStore
{
public:
    enum class Mode { Working, Unavailable, Denied };
    using Error = platform::SecretError;

    void setMode(Mode mode) { m_mode = mode; }
    const QHash<QString, QString> &secrets() const { return m_secrets; }

    Place place() const override { return Place::Keychain; }

    void read(const QString &key, ReadDone done) override
    {
        later([this, key, done] {
            if (auto error = failure()) {
                done(*error);
            } else if (!m_secrets.contains(key)) {
                done(Error{Error::Kind::NotFound, QStringLiteral("not found")});
            } else {
                done(m_secrets.value(key));
            }
        });
    }
    void write(const QString &key, const QString &secret, Done done) override
    {
        later([this, key, secret, done] {
            if (auto error = failure()) {
                done(*error);
                return;
            }
            m_secrets.insert(key, secret);
            done({});
        });
    }
    void remove(const QString &key, Done done) override
    {
        later([this, key, done] {
            if (auto error = failure()) {
                done(*error);
                return;
            }
            m_secrets.remove(key);
            done({});
        });
    }

private:
    std::optional<Error> failure() const
    {
        switch (m_mode) {
        case Mode::Unavailable:
            return Error{Error::Kind::Unavailable, QStringLiteral("no secret service")};
        case Mode::Denied:
            return Error{Error::Kind::Denied, QStringLiteral("access denied")};
        case Mode::Working:
            break;
        }
        return std::nullopt;
    }
    template<typename F>
    void later(F f)
    {
        QTimer::singleShot(0, &m_context, f);
    }

    Mode m_mode = Mode::Working;
    QHash<QString, QString> m_secrets;
    QObject m_context;
};

} // namespace dd::test
