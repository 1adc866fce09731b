#include "pages/BasicInfoPage.h"
#include "ui_BasicInfoPage.h"

#include "domain/BasicInfo.h"
#include "domain/BasicInfoValidator.h"
#include "domain/Field.h"
#include "domain/IdNumberFacts.h"
#include "domain/Pinyin.h"
#include "domain/Registration.h"
#include "models/ResumeTableModel.h"

#include <QUndoStack>

#include <utility>

namespace dd::ui {

using domain::Field;

BasicInfoPage::BasicInfoPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::BasicInfoPage>())
{
    m_ui->setupUi(this);
    m_ui->resumeGroup->setTitle(Field::label(Field::Resume));
    // Rows whose field shares its line with a button: RecordForm labels only plain form rows.
    m_ui->genderLabel->setText(Field::label(Field::Gender));
    m_ui->genderLabel->setBuddy(m_ui->gender);
    m_ui->birthDateLabel->setText(Field::label(Field::BirthDate));
    m_ui->birthDateLabel->setBuddy(m_ui->birthDate);
    m_ui->genderRow->setAlignment(m_ui->useIdGender, Qt::AlignTop);
    m_ui->birthDateRow->setAlignment(m_ui->useIdBirthDate, Qt::AlignTop);
    for (auto [button, key] : {std::pair{m_ui->useIdGender, Field::Gender},
                               std::pair{m_ui->useIdBirthDate, Field::BirthDate}}) {
        button->setToolTip(tr("Sets %1 to what the ID number says").arg(Field::label(key)));
        button->setAccessibleDescription(button->toolTip());
    }
    m_ui->useIdGender->setVisible(false);
    m_ui->useIdBirthDate->setVisible(false);
    m_ui->formLayout->setRowVisible(m_ui->namePinyinHint, false);

    m_form = new RecordForm(this, undoStack(), this);
    m_form->bindChildren();
    connectSingleRecord<domain::BasicInfo>(
        m_form, [](const domain::BasicInfo &info, const domain::ValidationContext &context) {
            return domain::BasicInfoValidator::validate(info, context);
        });

    // Connected after the form's own handlers: the value left is accepted first.
    connect(m_ui->name, &QLineEdit::editingFinished, this, &BasicInfoPage::onNameLeft);
    connect(m_ui->idNumber, &QLineEdit::editingFinished, this, &BasicInfoPage::onDocumentLeft);
    connect(m_ui->idType, &QComboBox::activated, this, &BasicInfoPage::onDocumentLeft);
    connect(m_ui->useIdBirthDate, &QPushButton::clicked, this,
            [this] { useIdValue(Field::BirthDate); });
    connect(m_ui->useIdGender, &QPushButton::clicked, this, [this] { useIdValue(Field::Gender); });
    connect(m_form, &RecordForm::findingsChanged, this, &BasicInfoPage::onFindingsChanged);
    connect(m_form, &RecordForm::edited, this, &BasicInfoPage::onEdited);
    connect(m_ui->resumeEditor, &ResumeEditor::entriesEdited, this,
            [this] { m_form->setValue(Field::Resume, m_ui->resumeEditor->model()->toJson()); });
}

BasicInfoPage::~BasicInfoPage()
{
    m_ui->resumeEditor->commitEditing();
    // The editors outlive this destructor (QWidget's deletes them, and the one with the focus
    // is left then); Page's saves what is being typed. Neither may call back into this part.
    disconnect(m_form, nullptr, this, nullptr);
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children) {
        disconnect(child, nullptr, this, nullptr);
    }
}

QString BasicInfoPage::pageId() const
{
    return domain::Progress::stepKey(domain::Progress::Step::BasicInfo);
}

QString BasicInfoPage::title() const
{
    return tr("Fill in basic information");
}

void BasicInfoPage::reload()
{
    store::Store &store = session()->store();
    const auto loaded = store.single<domain::BasicInfo>(session()->applicant());
    if (!loaded) {
        session()->reportError(loaded.error());
    }
    domain::BasicInfo info;
    if (loaded && loaded->has_value()) {
        info = loaded->value().value;
    } else if (const auto registration = store.single<domain::Registration>(session()->applicant());
               registration && registration->has_value()) {
        // A first visit starts from what the registration already says (the portal shows the
        // registered 姓名 here); nothing is saved until the first edit.
        const domain::Registration &r = registration->value().value;
        info.name = r.name;
        info.country = r.country;
        info.idType = r.idType;
        info.idNumber = r.idNumber;
        info.idNumberConfirm = r.idNumberConfirm;
    }
    m_suggestions.clear();
    m_form->load(info.toJson());
    rememberSuggestion();
    showResume();
    updatePinyinHint();
}

bool BasicInfoPage::focusField(const QString &key)
{
    if (key == Field::Resume || key.startsWith(Field::Resume + QLatin1Char('['))) {
        return m_ui->resumeEditor->focusKey(key);
    }
    return Page::focusField(key);
}

void BasicInfoPage::commitPending()
{
    m_ui->resumeEditor->commitEditing();
    Page::commitPending();
}

void BasicInfoPage::onNameLeft()
{
    const QString suggestion = domain::Pinyin::forName(m_ui->name->text());
    const QString current = m_ui->namePinyin->text();
    if (!suggestion.isEmpty() && current != suggestion
        && (current.trimmed().isEmpty() || m_suggestions.contains(current))) {
        m_form->setValue(Field::NamePinyin, suggestion);
    }
    rememberSuggestion();
    updatePinyinHint();
}

void BasicInfoPage::onDocumentLeft()
{
    const QJsonObject record = m_form->record();
    const auto facts =
        domain::IdNumberFacts::of(record.value(Field::IdType).toString(),
                                  record.value(Field::IdNumber).toString(), session()->context());
    if (!facts) {
        return;
    }
    const bool fillBirth = record.value(Field::BirthDate).toString().trimmed().isEmpty();
    const bool fillGender = record.value(Field::Gender).toString().isEmpty();
    if (!fillBirth && !fillGender) {
        return; // what differs is reported under the fields, with a button to take it
    }
    undoStack()->beginMacro(tr("Date of birth and sex from the ID number"));
    if (fillBirth) {
        m_form->setValue(Field::BirthDate, facts->birthDate);
    }
    if (fillGender) {
        m_form->setValue(Field::Gender, facts->gender);
    }
    undoStack()->endMacro();
}

void BasicInfoPage::useIdValue(const QString &key)
{
    const QString value = key == Field::BirthDate ? m_idBirthDate : m_idGender;
    if (!value.isEmpty()) {
        m_form->setValue(key, value);
    }
}

void BasicInfoPage::onFindingsChanged(const domain::Findings &findings)
{
    m_idBirthDate.clear();
    m_idGender.clear();
    for (const domain::Finding &finding : findings) {
        // The ID number's own value travels in the finding's detail.
        if (finding.field == Field::BirthDate && finding.rule == u"id.birthDateMismatch") {
            m_idBirthDate = finding.detail;
        } else if (finding.field == Field::Gender && finding.rule == u"id.genderMismatch") {
            m_idGender = finding.detail;
        }
    }
    // The button says what it would set: its field's message is hidden until the field is left.
    m_ui->useIdBirthDate->setVisible(!m_idBirthDate.isEmpty());
    m_ui->useIdBirthDate->setText(tr("Use %1 from the ID number").arg(m_idBirthDate));
    const int genderIndex = m_ui->gender->findData(m_idGender);
    const QString genderText = genderIndex >= 0 ? m_ui->gender->itemText(genderIndex) : m_idGender;
    m_ui->useIdGender->setVisible(!m_idGender.isEmpty());
    m_ui->useIdGender->setText(tr("Use %1 from the ID number").arg(genderText));
    m_ui->resumeEditor->setFindings(findings);
}

void BasicInfoPage::onEdited(const QString &key)
{
    if (key == Field::Resume) {
        showResume();
    } else if (key == Field::Name) {
        rememberSuggestion();
        updatePinyinHint();
    }
}

void BasicInfoPage::showResume()
{
    m_ui->resumeEditor->model()->setEntries(
        domain::BasicInfo::fromJson(m_form->record(), nullptr).resume);
}

void BasicInfoPage::rememberSuggestion()
{
    const QString suggestion = domain::Pinyin::forName(m_ui->name->text());
    if (!suggestion.isEmpty()) {
        m_suggestions.insert(suggestion);
    }
}

void BasicInfoPage::updatePinyinHint()
{
    const QList<char32_t> unknown = domain::Pinyin::unknownCharacters(m_ui->name->text());
    QStringList characters;
    for (const char32_t ch : unknown) {
        characters.append(QString::fromUcs4(&ch, 1));
    }
    m_ui->namePinyinHint->setText(tr("No pinyin is known for %1: type its reading yourself.")
                                      .arg(characters.join(QStringLiteral(", "))));
    m_ui->formLayout->setRowVisible(m_ui->namePinyinHint, !characters.isEmpty());
}

} // namespace dd::ui
