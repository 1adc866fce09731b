#pragma once

#include "domain/AccountChange.h"
#include "domain/Registration.h"
#include "pages/Page.h"

#include <memory>

namespace Ui {
class AccountPage;
}

namespace dd::ui {

class ServerAccountPanel;

// 账户管理 → 修改密码、邮箱、手机: changes the password, e-mail address and mobile phone of the
// applicant's account, checked by AccountChangeValidator (the registration form's rules) and
// written into the Registration record when the user presses "Save changes".
class AccountPage : public Page
{
    Q_OBJECT

public:
    explicit AccountPage(Session *session, QWidget *parent = nullptr);
    ~AccountPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;

    // True when the form differs from the saved registration.
    bool hasPendingChange() const;

    // The account on the training center's server (below the local changes).
    ServerAccountPanel *serverPanel() const { return m_serverPanel; }

private:
    domain::AccountChange typedChange() const;
    domain::Registration loadRegistration();
    void updateButtons();
    void saveChanges();
    void onRecordsChanged(const QString &kind);

    std::unique_ptr<Ui::AccountPage> m_ui;
    RecordForm *m_form;
    ServerAccountPanel *m_serverPanel;
    domain::Registration m_current; // the registration as saved
    bool m_saving = false;
};

} // namespace dd::ui
