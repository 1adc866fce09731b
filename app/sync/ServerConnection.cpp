#include "sync/ServerConnection.h"

#include "platform/TokenVault.h"

#include <QLoggingCategory>
#include <QPointer>

Q_LOGGING_CATEGORY(lcAccounts, "dd.sync.accounts")

namespace dd::sync {

using platform::Expected;

namespace {

ApiError notAnAccount(const ApiClient &api)
{
    return ApiError::badAnswer(api.serverName(), QStringLiteral("the answer holds no account"));
}

} // namespace

ServerConnection::ServerConnection(platform::TokenVault &vault, QObject *parent)
    : QObject(parent)
    , m_api(new ApiClient(this))
    , m_vault(vault)
{}

bool ServerConnection::setServerAddress(const QString &typed)
{
    const QUrl url = ApiClient::serverUrlFrom(typed);
    if (!url.isValid()) {
        return false;
    }
    if (url != m_api->server()) {
        m_api->setServer(url);
        setAccount(std::nullopt);
    }
    return true;
}

QString ServerConnection::tokenKey() const
{
    return QStringLiteral("session@") + m_api->server().toString(QUrl::RemoveUserInfo);
}

void ServerConnection::setAccount(const std::optional<ServerAccount> &account)
{
    const bool was = m_account.has_value();
    m_account = account;
    if (was != m_account.has_value()) {
        emit loggedInChanged(m_account.has_value());
    }
    emit accountChanged();
}

void ServerConnection::dropSession(std::function<void()> then)
{
    m_api->setToken({});
    setAccount(std::nullopt);
    m_vault.forget(tokenKey(), [then](Expected<void, platform::SecretError> forgotten) {
        if (!forgotten) {
            qCWarning(lcAccounts) << "the token could not be removed:" << forgotten.error().detail;
        }
        if (then) {
            then();
        }
    });
}

void ServerConnection::authenticated(const QByteArray &method, const QString &path,
                                     const std::optional<QJsonObject> &body, ApiClient::Done done)
{
    if (!m_api->hasToken()) {
        const ApiError error =
            ApiError::notConfigured(tr("You are not logged in to the server. Log in first."));
        done({}, &error);
        return;
    }
    m_api->send(method, path, body, this,
                [this, done](const ApiResponse &response, const ApiError *error) {
                    if (error && error->status == 401) {
                        dropSession();
                        emit sessionEnded(error->message);
                    }
                    done(response, error);
                });
}

void ServerConnection::restore(Callback<ServerAccount> done)
{
    QPointer<ServerConnection> self(this);
    const QUrl server = m_api->server();
    m_vault.load(tokenKey(), [self, server, done](Expected<QString, platform::SecretError> token) {
        if (!self || self->m_api->server() != server) {
            return;
        }
        if (!token || token.value().isEmpty()) {
            done(ApiError::notConfigured(tr("No session is kept for this server.")));
            return;
        }
        self->m_api->setToken(token.value());
        self->fetchMe(done);
    });
}

void ServerConnection::registerAccount(const domain::Registration &registration,
                                       Callback<RegistrationResult> done)
{
    m_api->send("POST", QStringLiteral("/accounts"), registration.toJson(), this,
                [this, done](const ApiResponse &response, const ApiError *error) {
                    if (error) {
                        done(*error);
                        return;
                    }
                    RegistrationResult result;
                    result.id = response.json.value(u"id").toString();
                    result.userName = response.json.value(u"userName").toString();
                    result.mailSent = response.status == 201;
                    if (result.id.isEmpty()) {
                        done(notAnAccount(*m_api));
                        return;
                    }
                    done(result);
                });
}

void ServerConnection::activate(const QString &code, Callback<QString> done)
{
    m_api->send("POST", QStringLiteral("/accounts/activate"),
                QJsonObject{{QStringLiteral("token"), code.trimmed()}}, this,
                [done](const ApiResponse &response, const ApiError *error) {
                    if (error) {
                        done(*error);
                        return;
                    }
                    done(response.json.value(u"userName").toString());
                });
}

void ServerConnection::resendActivation(const QString &userName, Callback<void> done)
{
    m_api->send("POST", QStringLiteral("/accounts/resend-activation"),
                QJsonObject{{QStringLiteral("userName"), userName.trimmed()}}, this,
                [done](const ApiResponse &, const ApiError *error) {
                    if (error) {
                        done(*error);
                        return;
                    }
                    done({});
                });
}

void ServerConnection::fetchCaptcha(Callback<CaptchaChallenge> done)
{
    QString path = QStringLiteral("/captcha");
    if (m_nextTestingSeed) {
        m_lastTestingSeed = (*m_nextTestingSeed)++;
        path += QStringLiteral("?seed=%1").arg(*m_lastTestingSeed);
    }
    m_api->send("GET", path, std::nullopt, this,
                [this, done](const ApiResponse &response, const ApiError *error) {
                    if (error) {
                        done(*error);
                        return;
                    }
                    CaptchaChallenge captcha;
                    captcha.id = response.json.value(u"id").toString();
                    captcha.png =
                        QByteArray::fromBase64(response.json.value(u"png").toString().toLatin1());
                    captcha.expiresIn = response.json.value(u"expiresIn").toInt();
                    if (captcha.id.isEmpty() || !captcha.png.startsWith("\x89PNG")) {
                        done(ApiError::badAnswer(m_api->serverName(),
                                                 QStringLiteral("the captcha holds no PNG")));
                        return;
                    }
                    done(captcha);
                });
}

void ServerConnection::logIn(const QString &userName, const QString &password,
                             const QString &captchaId, const QString &captchaAnswer,
                             Callback<LoginResult> done)
{
    const QJsonObject body{
        {QStringLiteral("userName"), userName.trimmed()},
        {QStringLiteral("password"), password},
        {QStringLiteral("captchaId"), captchaId},
        {QStringLiteral("captchaAnswer"), captchaAnswer.trimmed()},
    };
    m_api->setToken({});
    m_api->send(
        "POST", QStringLiteral("/sessions"), body, this,
        [this, done](const ApiResponse &response, const ApiError *error) {
            if (error) {
                done(*error);
                return;
            }
            const QString token = response.json.value(u"token").toString();
            LoginResult result;
            if (token.isEmpty()
                || !ServerAccount::fromJson(response.json.value(u"account").toObject(),
                                            &result.account)) {
                done(notAnAccount(*m_api));
                return;
            }
            m_api->setToken(token);
            setAccount(result.account);
            QPointer<ServerConnection> self(this);
            m_vault.store(
                tokenKey(), token,
                [self, result,
                 done](Expected<platform::SecretStore::Place, platform::SecretError> kept) mutable {
                    if (kept) {
                        result.tokenPlace = kept.value();
                    } else {
                        qCWarning(lcAccounts)
                            << "the token could not be kept:" << kept.error().detail;
                        result.tokenError = kept.error().detail;
                    }
                    done(result);
                });
        });
}

void ServerConnection::logOut(Callback<void> done)
{
    if (!m_api->hasToken()) {
        dropSession([done] { done({}); });
        return;
    }
    m_api->send("DELETE", QStringLiteral("/sessions/current"), std::nullopt, this,
                [this, done](const ApiResponse &, const ApiError *error) {
                    // Forgotten here whatever the server says: the user asked to log out.
                    std::optional<ApiError> failure;
                    if (error && error->status != 401) {
                        failure = *error;
                    }
                    dropSession([done, failure] {
                        if (failure) {
                            done(*failure);
                        } else {
                            done({});
                        }
                    });
                });
}

void ServerConnection::requestPasswordReset(const QString &userName, Callback<void> done)
{
    m_api->send("POST", QStringLiteral("/password-resets"),
                QJsonObject{{QStringLiteral("userName"), userName.trimmed()}}, this,
                [done](const ApiResponse &, const ApiError *error) {
                    if (error) {
                        done(*error);
                        return;
                    }
                    done({});
                });
}

void ServerConnection::confirmPasswordReset(const QString &code, const QString &newPassword,
                                            Callback<void> done)
{
    const QJsonObject body{{QStringLiteral("token"), code.trimmed()},
                           {QStringLiteral("newPassword"), newPassword}};
    m_api->send("POST", QStringLiteral("/password-resets/confirm"), body, this,
                [done](const ApiResponse &, const ApiError *error) {
                    if (error) {
                        done(*error);
                        return;
                    }
                    done({});
                });
}

void ServerConnection::changePassword(const QString &currentPassword, const QString &newPassword,
                                      Callback<void> done)
{
    const QJsonObject body{{QStringLiteral("currentPassword"), currentPassword},
                           {QStringLiteral("newPassword"), newPassword}};
    authenticated("PUT", QStringLiteral("/me/password"), body,
                  [done](const ApiResponse &, const ApiError *error) {
                      if (error) {
                          done(*error);
                          return;
                      }
                      done({});
                  });
}

void ServerConnection::accountCall(const QByteArray &method, const QString &path,
                                   const QJsonObject &body, Callback<ServerAccount> done)
{
    authenticated(method, path, method == "GET" ? std::nullopt : std::optional(body),
                  [this, done](const ApiResponse &response, const ApiError *error) {
                      if (error) {
                          done(*error);
                          return;
                      }
                      ServerAccount account;
                      if (!ServerAccount::fromJson(response.json, &account)) {
                          done(notAnAccount(*m_api));
                          return;
                      }
                      setAccount(account);
                      done(account);
                  });
}

void ServerConnection::changeEmail(const QString &email, const QString &password,
                                   Callback<ServerAccount> done)
{
    accountCall("PUT", QStringLiteral("/me/email"),
                {{QStringLiteral("email"), email}, {QStringLiteral("password"), password}}, done);
}

void ServerConnection::changeMobile(const QString &mobile, Callback<ServerAccount> done)
{
    accountCall("PUT", QStringLiteral("/me/mobile"), {{QStringLiteral("mobile"), mobile}}, done);
}

void ServerConnection::fetchMe(Callback<ServerAccount> done)
{
    accountCall("GET", QStringLiteral("/me"), {}, done);
}

} // namespace dd::sync
