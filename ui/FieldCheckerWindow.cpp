#include "FieldCheckerWindow.h"
#include "ui_FieldCheckerWindow.h"

#include "domain/Catalogs.h"
#include "domain/Field.h"
#include "domain/FieldCheck.h"
#include "domain/Pinyin.h"

#include <QDate>
#include <QStyle>

namespace dd::ui {

using namespace dd::domain;

namespace {
constexpr int s_nameRole = Qt::UserRole;
constexpr int s_ruleRole = Qt::UserRole + 1;
} // namespace

FieldCheckerWindow::FieldCheckerWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::FieldCheckerWindow>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("DegreeDesk - check a field"));

    for (const FieldCheck::Kind &kind : FieldCheck::kinds()) {
        auto *item = new QListWidgetItem(Field::label(kind.field), m_ui->fieldList);
        item->setData(s_nameRole, kind.name);
        item->setToolTip(FieldCheck::summary(kind.name));
    }
    for (const CatalogOption &option : Catalogs::instance().get(Catalogs::IdTypes).options()) {
        m_ui->idTypeCombo->addItem(option.label(), option.code);
    }

    connect(m_ui->fieldList, &QListWidget::currentRowChanged, this,
            &FieldCheckerWindow::onFieldChanged);
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &FieldCheckerWindow::onValueChanged);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &FieldCheckerWindow::onValueChanged);
    connect(m_ui->idTypeCombo, &QComboBox::currentIndexChanged, this,
            &FieldCheckerWindow::onValueChanged);

    m_ui->fieldList->setCurrentRow(0);
    m_ui->valueEdit->setFocus();
}

FieldCheckerWindow::~FieldCheckerWindow() = default;

bool FieldCheckerWindow::selectField(const QString &name)
{
    for (int row = 0; row < m_ui->fieldList->count(); ++row) {
        if (m_ui->fieldList->item(row)->data(s_nameRole).toString() == name) {
            m_ui->fieldList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void FieldCheckerWindow::onFieldChanged()
{
    const QListWidgetItem *item = m_ui->fieldList->currentItem();
    if (!item) {
        return;
    }
    const QString name = item->data(s_nameRole).toString();
    m_ui->titleLabel->setText(QStringLiteral("<b>%1</b>").arg(item->text().toHtmlEscaped()));
    m_ui->summaryLabel->setText(FieldCheck::summary(name));
    const bool idNumber = name == u"id-number";
    const bool pinyin = name == u"pinyin";
    m_ui->idTypeLabel->setVisible(idNumber);
    m_ui->idTypeCombo->setVisible(idNumber);
    m_ui->nameLabel->setVisible(pinyin);
    m_ui->nameEdit->setVisible(pinyin);
    onValueChanged();
}

void FieldCheckerWindow::onValueChanged()
{
    const QListWidgetItem *item = m_ui->fieldList->currentItem();
    if (!item) {
        return;
    }
    const QString name = item->data(s_nameRole).toString();
    const QString value = m_ui->valueEdit->text();
    m_ui->findingsList->clear();
    if (name == u"pinyin" && value.isEmpty() && !m_ui->nameEdit->text().isEmpty()) {
        m_ui->valueEdit->setPlaceholderText(Pinyin::forName(m_ui->nameEdit->text()));
    } else {
        m_ui->valueEdit->setPlaceholderText({});
    }
    if (value.isEmpty()) {
        m_ui->verdictLabel->setText(tr("Type a value to check it."));
        return;
    }

    FieldCheck::Options options;
    options.idType = m_ui->idTypeCombo->currentData().toString();
    options.name = m_ui->nameEdit->text();
    const Findings findings =
        FieldCheck::check(name, value, ValidationContext::at(QDate::currentDate()), options);

    for (const Finding &finding : findings) {
        auto *row = new QListWidgetItem(finding.message, m_ui->findingsList);
        row->setData(s_ruleRole, finding.rule);
        row->setToolTip(tr("Rule: %1").arg(finding.rule));
        const QStyle::StandardPixmap icon =
            finding.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
            : finding.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                    : QStyle::SP_MessageBoxInformation;
        row->setIcon(style()->standardIcon(icon));
    }
    if (hasErrors(findings)) {
        m_ui->verdictLabel->setText(
            tr("Not accepted: correct the value as the findings below say."));
    } else if (!findings.isEmpty()) {
        m_ui->verdictLabel->setText(tr("Accepted: read the notes below before you copy it."));
    } else {
        m_ui->verdictLabel->setText(tr("Accepted."));
    }
}

} // namespace dd::ui
