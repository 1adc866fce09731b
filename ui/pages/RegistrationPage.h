#pragma once

#include "pages/Page.h"

#include <functional>
#include <memory>

namespace Ui {
class RegistrationPage;
}

namespace dd::ui {

// 账户管理 → 注册信息: the portal's registration form (注册系统新用户), every field in the
// portal's order, checked by RegistrationValidator and saved on every accepted edit. 姓名 can
// never change once registered on the portal: a note says so, and changing a saved name is
// asked about (the safe answer keeps the old one); until the user agrees the new name is shown
// but never written to the store.
class RegistrationPage : public Page
{
    Q_OBJECT

public:
    // Asks whether 姓名 may change from `oldName` to `newName`; true: change it. A dialog by
    // default (its default button keeps the old name); tests set their own answer.
    using ConfirmNameChange = std::function<bool(const QString &oldName, const QString &newName)>;

    explicit RegistrationPage(Session *session, QWidget *parent = nullptr);
    ~RegistrationPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;

    void setConfirmNameChange(ConfirmNameChange confirm)
    {
        m_confirmNameChange = std::move(confirm);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    store::Result<void> save(const QJsonObject &json);
    // The user is done with the name field (Return, or the focus left it).
    void onNameFinished();
    void onRecordsChanged(const QString &kind);
    ConfirmNameChange dialogAsking();

    std::unique_ptr<Ui::RegistrationPage> m_ui;
    RecordForm *m_form;
    ConfirmNameChange m_confirmNameChange;
    QString m_registeredName; // 姓名 as saved; empty until a first name was entered
    bool m_saving = false;
    bool m_asking = false;
};

} // namespace dd::ui
