#pragma once

#include "sync/ApiError.h"

#include <QGroupBox>

#include <functional>
#include <memory>

namespace Ui {
class ServerAccountPanel;
}

namespace dd::ui {

class ServerServices;
class Session;

// 账户管理 → the account on the training center's server: its address, registration with the
// details of 注册系统新用户 (checked by app/domain's RegistrationValidator first), the
// activation code of the e-mail, login with the captcha the server draws, the logged-in user
// and role, logout, and the forgotten password (reset code and new password). Talks to the
// server through app/sync; every refusal is shown in the panel's message bar.
class ServerAccountPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit ServerAccountPanel(Session *session, QWidget *parent = nullptr);
    ~ServerAccountPanel() override;

    // Replaces the platform's services (tests); done before the event loop runs.
    void setServices(std::unique_ptr<ServerServices> services);
    ServerServices &services() { return *m_services; }

    // Asks whether the session token may be written to a file where there is no keychain
    // (default: a question box whose default answer is no). Tests answer it themselves.
    void setConsentQuestion(std::function<bool()> ask) { m_askConsent = std::move(ask); }

private:
    enum class Step { Login, Activation, Reset, Account };

    void wireServices();
    void restore();
    void show(Step step);
    void setBusy(bool busy);
    void inform(const QString &text);
    void fail(const sync::ApiError &error);
    bool applyAddress();

    void fetchCaptcha();
    void registerAccount();
    void activate();
    void resendActivation();
    void logIn();
    void logOut();
    void requestReset();
    void confirmReset();
    void showAccount();
    bool askConsent();

    std::unique_ptr<Ui::ServerAccountPanel> m_ui;
    Session *m_session;
    std::unique_ptr<ServerServices> m_services;
    std::function<bool()> m_askConsent;
    QString m_captchaId;
    QString m_tokenPlace;
};

} // namespace dd::ui
