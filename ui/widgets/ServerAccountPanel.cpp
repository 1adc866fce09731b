#include "widgets/ServerAccountPanel.h"
#include "ui_ServerAccountPanel.h"

#include "ServerServices.h"
#include "Session.h"
#include "domain/Field.h"
#include "domain/PasswordRule.h"
#include "domain/Registration.h"
#include "domain/RegistrationValidator.h"
#include "store/Store.h"
#include "widgets/MessageBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

namespace dd::ui {

using platform::Expected;
using platform::SecretStore;
using platform::Settings;
using sync::ApiError;

ServerAccountPanel::ServerAccountPanel(Session *session, QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::ServerAccountPanel>())
    , m_session(session)
    , m_services(std::make_unique<ServerServices>())
{
    m_ui->setupUi(this);
    m_askConsent = [this] {
        QMessageBox box(QMessageBox::Question, tr("No keychain"),
                        tr("This computer has no keychain to keep the server's session in. "
                           "Keep it in a file that only your user account can read? Otherwise "
                           "you log in again each time DegreeDesk starts."),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    };
    // The forms of the address and of each step share one label column.
    const QList<QLabel *> labels{
        m_ui->serverAddressLabel, m_ui->serverUserNameLabel, m_ui->serverPasswordLabel,
        m_ui->captchaImageLabel,  m_ui->captchaAnswerLabel,  m_ui->activationCodeLabel,
        m_ui->resetCodeLabel,     m_ui->resetPasswordLabel,  m_ui->resetPasswordConfirmLabel,
        m_ui->loggedInAsLabel,    m_ui->roleLabel,           m_ui->tokenPlaceLabel};
    int labelWidth = 0;
    for (const QLabel *label : labels) {
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    }
    for (QLabel *label : labels) {
        label->setMinimumWidth(labelWidth);
    }
    m_ui->captchaImage->setAccessibleName(tr("Captcha picture"));
    m_ui->serverMessageBar->setAccessibleName(tr("Server messages"));

    connect(m_ui->connectButton, &QPushButton::clicked, this, [this] {
        if (applyAddress()) {
            restore();
        }
    });
    connect(m_ui->serverAddress, &QLineEdit::returnPressed, m_ui->connectButton,
            &QPushButton::click);
    connect(m_ui->refreshCaptchaButton, &QPushButton::clicked, this,
            &ServerAccountPanel::fetchCaptcha);
    connect(m_ui->logInButton, &QPushButton::clicked, this, &ServerAccountPanel::logIn);
    for (QLineEdit *edit : {m_ui->serverPassword, m_ui->captchaAnswer}) {
        connect(edit, &QLineEdit::returnPressed, this, &ServerAccountPanel::logIn);
    }
    connect(m_ui->registerButton, &QPushButton::clicked, this,
            &ServerAccountPanel::registerAccount);
    connect(m_ui->showActivationButton, &QPushButton::clicked, this,
            [this] { show(Step::Activation); });
    connect(m_ui->showResetButton, &QPushButton::clicked, this, [this] { show(Step::Reset); });
    connect(m_ui->activateButton, &QPushButton::clicked, this, &ServerAccountPanel::activate);
    connect(m_ui->activationCode, &QLineEdit::returnPressed, this, &ServerAccountPanel::activate);
    connect(m_ui->resendButton, &QPushButton::clicked, this, &ServerAccountPanel::resendActivation);
    connect(m_ui->requestResetButton, &QPushButton::clicked, this,
            &ServerAccountPanel::requestReset);
    connect(m_ui->confirmResetButton, &QPushButton::clicked, this,
            &ServerAccountPanel::confirmReset);
    for (QPushButton *back : {m_ui->activationBackButton, m_ui->resetBackButton}) {
        connect(back, &QPushButton::clicked, this, [this] { show(Step::Login); });
    }
    connect(m_ui->logOutButton, &QPushButton::clicked, this, &ServerAccountPanel::logOut);

    wireServices();
    show(Step::Login);
    // After the constructor, so that a test's services are in place first.
    QTimer::singleShot(0, this, &ServerAccountPanel::restore);
}

ServerAccountPanel::~ServerAccountPanel() = default;

void ServerAccountPanel::setServices(std::unique_ptr<ServerServices> services)
{
    m_services = std::move(services);
    wireServices();
}

void ServerAccountPanel::wireServices()
{
    m_services->vault().setConsent([this] { return askConsent(); });
    sync::ServerConnection &connection = m_services->connection();
    connect(&connection, &sync::ServerConnection::sessionEnded, this, [this](const QString &text) {
        show(Step::Login);
        m_ui->serverMessageBar->showMessage(text, MessageBar::Kind::Error);
    });
    Settings &settings = m_services->settings();
    m_ui->serverAddress->setText(settings.value(Settings::Key::ServerAddress).toString());
    m_ui->serverUserName->setText(settings.value(Settings::Key::ServerUserName).toString());
}

bool ServerAccountPanel::askConsent()
{
    return m_askConsent && m_askConsent();
}

bool ServerAccountPanel::applyAddress()
{
    const QString typed = m_ui->serverAddress->text();
    if (!m_services->connection().setServerAddress(typed)) {
        m_ui->serverMessageBar->showMessage(
            tr("%1: enter the address of the training center's server, e.g. "
               "https://dd.example.edu.cn or http://192.168.1.10:8080.")
                .arg(tr("Server address")),
            MessageBar::Kind::Error);
        m_ui->serverAddress->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_services->settings().setValue(Settings::Key::ServerAddress, typed.trimmed());
    m_services->settings().sync();
    return true;
}

void ServerAccountPanel::restore()
{
    if (m_ui->serverAddress->text().trimmed().isEmpty()
        || !m_services->connection().setServerAddress(m_ui->serverAddress->text())) {
        return;
    }
    setBusy(true);
    m_services->connection().restore([this](Expected<sync::ServerAccount, ApiError> account) {
        setBusy(false);
        if (account) {
            m_tokenPlace = tr("(kept from the last time)");
            showAccount();
        } else {
            show(Step::Login);
            if (account.error().kind != ApiError::Kind::NotConfigured) {
                fail(account.error());
            }
        }
    });
}

void ServerAccountPanel::show(Step step)
{
    QWidget *page = m_ui->loginPage;
    switch (step) {
    case Step::Login:
        break;
    case Step::Activation:
        page = m_ui->activationPage;
        break;
    case Step::Reset:
        page = m_ui->resetPage;
        break;
    case Step::Account:
        page = m_ui->accountPage;
        break;
    }
    m_ui->stack->setCurrentWidget(page);
    const bool loggedIn = step == Step::Account;
    m_ui->serverUserNameLabel->setVisible(!loggedIn);
    m_ui->serverUserName->setVisible(!loggedIn);
    m_ui->serverAddress->setReadOnly(loggedIn);
    m_ui->connectButton->setEnabled(!loggedIn);
    if (step == Step::Login && m_services->connection().server().isValid()) {
        fetchCaptcha();
    }
}

void ServerAccountPanel::setBusy(bool busy)
{
    m_ui->stack->setEnabled(!busy);
    setCursor(busy ? Qt::BusyCursor : Qt::ArrowCursor);
}

void ServerAccountPanel::inform(const QString &text)
{
    m_ui->serverMessageBar->showMessage(text, MessageBar::Kind::Information);
}

void ServerAccountPanel::fail(const ApiError &error)
{
    m_ui->serverMessageBar->showMessage(error.message, MessageBar::Kind::Error);
}

void ServerAccountPanel::fetchCaptcha()
{
    m_captchaId.clear();
    m_ui->captchaAnswer->clear();
    m_ui->captchaImage->setPixmap({});
    m_services->connection().fetchCaptcha(
        [this](Expected<sync::CaptchaChallenge, ApiError> captcha) {
            if (!captcha) {
                m_ui->captchaImage->setText(tr("(no picture)"));
                fail(captcha.error());
                return;
            }
            QPixmap pixmap;
            pixmap.loadFromData(captcha->png, "PNG");
            m_ui->captchaImage->setPixmap(pixmap);
            m_captchaId = captcha->id;
        });
}

void ServerAccountPanel::registerAccount()
{
    if (!applyAddress()) {
        return;
    }
    const auto loaded = m_session->store().single<domain::Registration>(m_session->applicant());
    const domain::Registration registration =
        loaded && loaded->has_value() ? loaded->value().value : domain::Registration{};
    const domain::Findings findings =
        domain::RegistrationValidator::validate(registration, m_session->context());
    const auto errors = std::count_if(findings.cbegin(), findings.cend(), [](const auto &f) {
        return f.severity == domain::Severity::Error;
    });
    if (errors > 0) {
        m_ui->serverMessageBar->showMessage(
            tr("The registration details (注册系统新用户) have %n problem(s). Correct them on "
               "that page first: the server checks them with the same rules.",
               nullptr, int(errors)),
            MessageBar::Kind::Error);
        return;
    }
    setBusy(true);
    m_services->connection().registerAccount(
        registration, [this, registration](Expected<sync::RegistrationResult, ApiError> result) {
            setBusy(false);
            if (!result) {
                fail(result.error());
                return;
            }
            m_ui->serverUserName->setText(result->userName);
            show(Step::Activation);
            m_ui->activationCode->setFocus(Qt::OtherFocusReason);
            inform(result->mailSent
                       ? tr("Registered as %1. The activation e-mail went to %2: enter its code.")
                             .arg(result->userName, registration.email)
                       : tr("Registered as %1, but the server could not send the activation "
                            "e-mail. Press \"Send the e-mail again\".")
                             .arg(result->userName));
        });
}

void ServerAccountPanel::activate()
{
    if (m_ui->activationCode->text().trimmed().isEmpty()) {
        fail(ApiError::fromServer(400, R"({"error":{"code":"missingField","field":"token"}})", -1));
        return;
    }
    setBusy(true);
    m_services->connection().activate(
        m_ui->activationCode->text(), [this](Expected<QString, ApiError> userName) {
            setBusy(false);
            if (!userName) {
                fail(userName.error());
                return;
            }
            m_ui->serverUserName->setText(userName.value());
            m_ui->activationCode->clear();
            show(Step::Login);
            m_ui->serverPassword->setFocus(Qt::OtherFocusReason);
            inform(tr("The account %1 is activated. Log in.").arg(userName.value()));
        });
}

void ServerAccountPanel::resendActivation()
{
    if (!applyAddress()) {
        return;
    }
    m_services->connection().resendActivation(
        m_ui->serverUserName->text(), [this](Expected<void, ApiError> sent) {
            if (!sent) {
                fail(sent.error());
                return;
            }
            inform(tr("If %1 waits for activation, a new e-mail is on its way; codes sent "
                      "before no longer work.")
                       .arg(m_ui->serverUserName->text().trimmed()));
        });
}

void ServerAccountPanel::logIn()
{
    if (!applyAddress()) {
        return;
    }
    setBusy(true);
    const QString userName = m_ui->serverUserName->text().trimmed();
    m_services->connection().logIn(
        userName, m_ui->serverPassword->text(), m_captchaId, m_ui->captchaAnswer->text(),
        [this, userName](Expected<sync::LoginResult, ApiError> login) {
            setBusy(false);
            m_ui->serverPassword->clear();
            if (!login) {
                fail(login.error());
                fetchCaptcha(); // a captcha is good for one attempt
                m_ui->captchaAnswer->setFocus(Qt::OtherFocusReason);
                return;
            }
            m_services->settings().setValue(Settings::Key::ServerUserName, userName);
            m_services->settings().sync();
            const auto place = login->tokenPlace;
            m_tokenPlace = !place ? tr("Nowhere: %1").arg(login->tokenError)
                           : *place == SecretStore::Place::Keychain ? tr("In the system's keychain")
                           : *place == SecretStore::Place::File
                               ? tr("In a file only your user account can read")
                               : tr("For this session only: log in again next time");
            showAccount();
            inform(tr("Logged in to %1.").arg(m_services->connection().api().serverName()));
        });
}

void ServerAccountPanel::showAccount()
{
    const auto &account = m_services->connection().account();
    if (!account) {
        return;
    }
    m_ui->loggedInAs->setText(
        account->name.isEmpty() ? account->userName
                                : QStringLiteral("%1 (%2)").arg(account->userName, account->name));
    m_ui->role->setText(account->roleLabel());
    m_ui->tokenPlace->setText(m_tokenPlace);
    show(Step::Account);
    m_ui->logOutButton->setFocus(Qt::OtherFocusReason);
}

void ServerAccountPanel::logOut()
{
    setBusy(true);
    m_services->connection().logOut([this](Expected<void, ApiError> done) {
        setBusy(false);
        show(Step::Login);
        if (!done) {
            fail(done.error());
            return;
        }
        inform(tr("Logged out. The session is ended and forgotten on this computer."));
    });
}

void ServerAccountPanel::requestReset()
{
    if (!applyAddress()) {
        return;
    }
    m_services->connection().requestPasswordReset(
        m_ui->serverUserName->text(), [this](Expected<void, ApiError> sent) {
            if (!sent) {
                fail(sent.error());
                return;
            }
            m_ui->resetCode->setFocus(Qt::OtherFocusReason);
            inform(tr("If %1 has an activated account, a reset e-mail is on its way to its "
                      "address. Enter the code it holds.")
                       .arg(m_ui->serverUserName->text().trimmed()));
        });
}

void ServerAccountPanel::confirmReset()
{
    const QString password = m_ui->resetPassword->text();
    // The registration's own password rule, before anything goes to the server.
    const domain::Findings findings =
        domain::PasswordRule::checkPassword(password, domain::Field::Password);
    if (domain::hasErrors(findings)) {
        m_ui->serverMessageBar->showMessage(findings.first().message, MessageBar::Kind::Error);
        m_ui->resetPassword->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (password != m_ui->resetPasswordConfirm->text()) {
        m_ui->serverMessageBar->showMessage(
            tr("%1: the two passwords differ. Type the same password twice.")
                .arg(tr("Confirm new password")),
            MessageBar::Kind::Error);
        m_ui->resetPasswordConfirm->setFocus(Qt::OtherFocusReason);
        return;
    }
    setBusy(true);
    m_services->connection().confirmPasswordReset(
        m_ui->resetCode->text(), password, [this](Expected<void, ApiError> done) {
            setBusy(false);
            if (!done) {
                fail(done.error());
                return;
            }
            for (QLineEdit *edit :
                 {m_ui->resetCode, m_ui->resetPassword, m_ui->resetPasswordConfirm}) {
                edit->clear();
            }
            show(Step::Login);
            m_ui->serverPassword->setFocus(Qt::OtherFocusReason);
            inform(tr("The new password is set. Log in with it."));
        });
}

} // namespace dd::ui
