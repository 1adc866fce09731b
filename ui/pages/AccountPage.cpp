#include "pages/AccountPage.h"
#include "ui_AccountPage.h"

#include "domain/AccountChangeValidator.h"
#include "domain/Field.h"
#include "models/MenuModel.h"
#include "widgets/MessageBar.h"
#include "widgets/ServerAccountPanel.h"

#include <QLineEdit>
#include <QPushButton>

namespace dd::ui {

using domain::AccountChange;
using domain::Field;
using domain::Registration;

AccountPage::AccountPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::AccountPage>())
{
    m_ui->setupUi(this);
    // The form binds the editors and shows each field's finding, but has no saver: nothing is
    // written while typing. RecordForm's autosave writes every accepted field on its own, and
    // here one field is only half of a change: a new password without its confirmation, or a
    // new e-mail address whose confirmation still holds the old one, would be written into the
    // registration as a pair that does not match (a password nobody could confirm, an address
    // the activation mail may not reach). So the change is written as a whole, on the button,
    // and only once the whole change is valid.
    m_form = new RecordForm(this, undoStack(), this);
    m_form->bindChildren();
    m_form->setValidator([](const QJsonObject &json) {
        return domain::AccountChangeValidator::validate(AccountChange::fromJson(json, nullptr));
    });
    trackProblems(m_form);

    m_ui->accountUserNameLabel->setText(Field::label(Field::UserName));
    m_ui->accountUserName->setAccessibleName(Field::label(Field::UserName));
    m_ui->passwordLabel->setText(tr("New password"));
    m_ui->password->setAccessibleName(tr("New password"));
    m_ui->passwordConfirmLabel->setText(tr("Confirm new password"));
    m_ui->passwordConfirm->setAccessibleName(tr("Confirm new password"));
    m_ui->saveButton->setAccessibleDescription(
        tr("Writes the new password, e-mail address and mobile phone into the registration "
           "details."));

    for (QLineEdit *edit :
         {m_ui->password, m_ui->passwordConfirm, m_ui->email, m_ui->emailConfirm, m_ui->mobile}) {
        connect(edit, &QLineEdit::textChanged, this, &AccountPage::updateButtons);
    }
    connect(m_form, &RecordForm::findingsChanged, this, &AccountPage::updateButtons);
    // Once anything is entered, every field says what stands in the way of saving (the
    // confirmation of a new password, above all, before the user has been there).
    connect(m_form, &RecordForm::edited, this, [this] { m_form->touchAll(); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &AccountPage::saveChanges);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &AccountPage::reload);
    connect(session, &Session::recordsChanged, this, &AccountPage::onRecordsChanged);

    // Added after bindChildren(): the panel's editors are not fields of the local record.
    m_serverPanel = new ServerAccountPanel(session, this);
    // Above the bottom spacer, the layout's last item.
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->count() - 1, m_serverPanel);
}

AccountPage::~AccountPage() = default;

QString AccountPage::pageId() const
{
    return MenuModel::AccountPage;
}

QString AccountPage::title() const
{
    return tr("Password, e-mail and phone");
}

void AccountPage::reload()
{
    m_current = loadRegistration();
    m_ui->accountUserName->setText(m_current.userName.isEmpty() ? tr("(not entered yet)")
                                                                : m_current.userName);
    m_form->load(AccountChange::of(m_current).toJson());
    undoStack()->clear();
    updateButtons();
}

bool AccountPage::hasPendingChange() const
{
    return typedChange().changes(m_current);
}

AccountChange AccountPage::typedChange() const
{
    return AccountChange::fromJson(m_form->record(), nullptr);
}

Registration AccountPage::loadRegistration()
{
    const auto loaded = session()->store().single<Registration>(session()->applicant());
    if (!loaded) {
        session()->reportError(loaded.error());
        return {};
    }
    return loaded->has_value() ? loaded->value().value : Registration{};
}

void AccountPage::updateButtons()
{
    const AccountChange change = typedChange();
    const bool pending = change.changes(m_current);
    const bool valid = !domain::hasErrors(domain::AccountChangeValidator::validate(change));
    m_ui->saveButton->setEnabled(pending && valid);
    m_ui->discardButton->setEnabled(pending);
}

void AccountPage::saveChanges()
{
    const AccountChange change = typedChange();
    if (domain::hasErrors(domain::AccountChangeValidator::validate(change))) {
        m_form->touchAll(); // say what is wrong; a half-typed change is never written
        updateButtons();
        return;
    }
    // Read again: the registration page may have saved other fields since this page loaded.
    const Registration updated = change.appliedTo(loadRegistration());
    m_saving = true;
    const auto saved = session()->store().save(session()->applicant(), updated);
    if (saved) {
        session()->notifyChanged(Registration::kind());
    }
    m_saving = false;
    if (!saved) {
        session()->reportError(saved.error());
        return;
    }
    reload();
    m_ui->password->setFocus(Qt::OtherFocusReason); // the button just disabled had it
    m_ui->messageBar->showMessage(tr("Saved: the registration details have the new values."),
                                  MessageBar::Kind::Information);
}

void AccountPage::onRecordsChanged(const QString &kind)
{
    if (kind != Registration::kind() || m_saving) {
        return;
    }
    // The registration page changed the record: follow it, unless a change is being typed
    // here (it is kept; what it leaves alone is read again when it is saved).
    if (hasPendingChange()) {
        m_current = loadRegistration();
        updateButtons();
    } else {
        reload();
    }
}

} // namespace dd::ui
