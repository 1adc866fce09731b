#pragma once

#include "domain/Registration.h"
#include "platform/Expected.h"
#include "platform/SecretStore.h"
#include "sync/ApiClient.h"
#include "sync/ServerAccount.h"

#include <QByteArray>
#include <QObject>

#include <functional>
#include <optional>

namespace dd::platform {
class TokenVault;
}

namespace dd::sync {

// A captcha of GET /captcha: the PNG to show and the id to answer with.
struct CaptchaChallenge
{
    QString id;
    QByteArray png;
    int expiresIn = 0; // seconds
};

// The answer of a registration: the account waits for its activation code.
struct RegistrationResult
{
    QString id;
    QString userName;
    bool mailSent = true; // false: 202 mailNotSent, ask for the mail again
};

// A login: the account, and where the session token is kept.
struct LoginResult
{
    ServerAccount account;
    std::optional<platform::SecretStore::Place> tokenPlace; // none: only in memory, see error
    QString tokenError;                                     // why it could not be kept
};

// The client side of the server's accounts (server/API.md): registration, activation,
// captcha, login (the token kept through the TokenVault: the keychain, or what the user agreed
// to), logout, forgotten password, 账户管理 on the server, /me. Every call answers once through
// its callback, with the value or an ApiError whose message is for the user. A 401 of a call
// made with a token means the session is gone: the token is forgotten and sessionEnded() says so.
class ServerConnection : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(platform::Expected<T, ApiError>)>;

    explicit ServerConnection(platform::TokenVault &vault, QObject *parent = nullptr);

    ApiClient &api() { return *m_api; }

    // The address typed by the user; false (and nothing changed) when it is not one.
    bool setServerAddress(const QString &typed);
    QUrl server() const { return m_api->server(); }

    bool isLoggedIn() const { return m_account.has_value(); }
    const std::optional<ServerAccount> &account() const { return m_account; }

    // Reads the token kept for the server, and asks /me: logged in again without a login.
    // NotConfigured when no token is kept.
    void restore(Callback<ServerAccount> done);

    void registerAccount(const domain::Registration &registration,
                         Callback<RegistrationResult> done);
    // The code (token) of the activation e-mail; answers the user name activated.
    void activate(const QString &code, Callback<QString> done);
    void resendActivation(const QString &userName, Callback<void> done);
    void fetchCaptcha(Callback<CaptchaChallenge> done);
    void logIn(const QString &userName, const QString &password, const QString &captchaId,
               const QString &captchaAnswer, Callback<LoginResult> done);
    // Ends the session on the server and forgets the token (also when the server is
    // unreachable: the token is forgotten here either way).
    void logOut(Callback<void> done);
    void requestPasswordReset(const QString &userName, Callback<void> done);
    void confirmPasswordReset(const QString &code, const QString &newPassword, Callback<void> done);
    void changePassword(const QString &currentPassword, const QString &newPassword,
                        Callback<void> done);
    void changeEmail(const QString &email, const QString &password, Callback<ServerAccount> done);
    void changeMobile(const QString &mobile, Callback<ServerAccount> done);
    void fetchMe(Callback<ServerAccount> done);

    // The key of the server's token in the vault.
    QString tokenKey() const;

    // Tests only: every captcha asked for from now on is that of a seed, `first`, `first` + 1,
    // …, so that the test knows its answer (the server honours the seed in its test mode only,
    // DD_SERVER_TESTING=1, and ignores it otherwise).
    void useTestingCaptchaSeeds(quint32 first) { m_nextTestingSeed = first; }
    std::optional<quint32> lastTestingSeed() const { return m_lastTestingSeed; }

signals:
    void loggedInChanged(bool loggedIn);
    void accountChanged();
    // The server said the session is over (401): the user must log in again.
    void sessionEnded(const QString &message);

private:
    void authenticated(const QByteArray &method, const QString &path,
                       const std::optional<QJsonObject> &body, ApiClient::Done done);
    void accountCall(const QByteArray &method, const QString &path, const QJsonObject &body,
                     Callback<ServerAccount> done);
    void setAccount(const std::optional<ServerAccount> &account);
    // Forgets the token here; `then` runs once the vault has forgotten it.
    void dropSession(std::function<void()> then = {});

    ApiClient *m_api;
    platform::TokenVault &m_vault;
    std::optional<ServerAccount> m_account;
    std::optional<quint32> m_nextTestingSeed;
    std::optional<quint32> m_lastTestingSeed;
};

} // namespace dd::sync
