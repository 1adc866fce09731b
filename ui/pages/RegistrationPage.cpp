#include "pages/RegistrationPage.h"
#include "ui_RegistrationPage.h"

#include "domain/Field.h"
#include "domain/Registration.h"
#include "domain/RegistrationValidator.h"

#include <QEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace dd::ui {

using domain::Field;
using domain::Registration;

RegistrationPage::RegistrationPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::RegistrationPage>())
{
    m_ui->setupUi(this);
    m_form = new RecordForm(this, undoStack(), this);
    m_form->bindChildren();
    // 姓名 shares its cell with the note, so the form does not find its row's label: set here.
    m_ui->nameLabel->setText(Field::label(Field::Name));
    m_ui->nameLabel->setBuddy(m_ui->name);
    m_form->setValidator([this](const QJsonObject &json) {
        return domain::RegistrationValidator::validate(Registration::fromJson(json, nullptr),
                                                       this->session()->context());
    });
    m_form->setSaver([this](const QJsonObject &json) { return save(json); });
    connect(m_form, &RecordForm::saveFailed, session, &Session::reportError);
    trackProblems(m_form);

    // Connected after the form's own handlers: the edit has been accepted when this runs.
    connect(m_ui->name, &QLineEdit::editingFinished, this, &RegistrationPage::onNameFinished);
    m_ui->name->installEventFilter(this);
    connect(session, &Session::recordsChanged, this, &RegistrationPage::onRecordsChanged);
    m_confirmNameChange = dialogAsking();
}

RegistrationPage::~RegistrationPage()
{
    m_ui->name->removeEventFilter(this);
}

QString RegistrationPage::pageId() const
{
    return domain::Progress::stepKey(domain::Progress::Step::Registration);
}

QString RegistrationPage::title() const
{
    return tr("Registration details");
}

void RegistrationPage::reload()
{
    loadSingleRecord<Registration>(m_form);
    m_registeredName = m_form->record().value(Field::Name).toString();
}

store::Result<void> RegistrationPage::save(const QJsonObject &json)
{
    Registration registration = Registration::fromJson(json, nullptr);
    // A new 姓名 is written only once the user has agreed to change the saved one.
    if (!m_registeredName.isEmpty()) {
        registration.name = m_registeredName;
    }
    m_saving = true;
    const auto saved = session()->store().save(session()->applicant(), registration);
    if (saved) {
        session()->notifyChanged(Registration::kind());
    }
    m_saving = false;
    if (!saved) {
        return saved.error();
    }
    return {};
}

void RegistrationPage::onNameFinished()
{
    const QString name = m_form->record().value(Field::Name).toString();
    if (m_asking || name == m_registeredName) {
        return;
    }
    if (m_registeredName.isEmpty()) {
        // A first name: nothing to confirm (it was saved as typed).
        m_registeredName = name.trimmed().isEmpty() ? QString() : name;
        return;
    }
    m_asking = true;
    const bool change = m_confirmNameChange(m_registeredName, name);
    m_asking = false;
    if (change) {
        m_registeredName = name;
        if (const auto saved = save(m_form->record()); !saved) {
            session()->reportError(saved.error());
        }
    } else {
        m_form->setValue(Field::Name, m_registeredName);
    }
}

bool RegistrationPage::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the field is "done" even when the line edit reports no editingFinished (an undo
    // put the text back, say); asked once the focus change is over.
    if (watched == m_ui->name && event->type() == QEvent::FocusOut) {
        QMetaObject::invokeMethod(this, &RegistrationPage::onNameFinished, Qt::QueuedConnection);
    }
    return Page::eventFilter(watched, event);
}

void RegistrationPage::onRecordsChanged(const QString &kind)
{
    // Another page (账户管理) changed the registration: show what is saved now.
    if (kind == Registration::kind() && !m_saving) {
        undoStack()->clear();
        reload();
    }
}

RegistrationPage::ConfirmNameChange RegistrationPage::dialogAsking()
{
    return [this](const QString &oldName, const QString &newName) {
        QMessageBox box(QMessageBox::Warning, tr("Change the name?"),
                        tr("Change the name from \"%1\" to \"%2\"?").arg(oldName, newName),
                        QMessageBox::NoButton, this);
        box.setInformativeText(tr("Once an account is registered on the portal, its name can "
                                  "never be changed there. Change it here only if you have not "
                                  "registered yet, or the name here was typed wrongly."));
        QPushButton *change = box.addButton(tr("Change the name"), QMessageBox::AcceptRole);
        QPushButton *keep = box.addButton(tr("Keep \"%1\"").arg(oldName), QMessageBox::RejectRole);
        box.setDefaultButton(keep);
        box.setEscapeButton(keep);
        box.exec();
        return box.clickedButton() == change;
    };
}

} // namespace dd::ui
