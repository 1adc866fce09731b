#include "pages/ResidencyCertificatePage.h"
#include "ui_ResidencyCertificatePage.h"

#include "domain/Field.h"
#include "domain/ResidencyCertificate.h"
#include "domain/ResidencyCertificateValidator.h"
#include "domain/ResidencyRequirement.h"

#include <QFormLayout>

namespace dd::ui {

using Step = domain::Progress::Step;

ResidencyCertificatePage::ResidencyCertificatePage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::ResidencyCertificatePage>())
{
    m_ui->setupUi(this);
    // RecordForm labels the rows of its line edits and drop-downs; the check box is ours.
    m_ui->residencyCompletedLabel->setText(domain::Field::label(domain::Field::ResidencyCompleted));
    m_ui->residencyCompletedLabel->setBuddy(m_ui->residencyCompleted);
    //: the check box of 是否取得合格证书 (residency training certificate obtained)
    m_ui->residencyCompleted->setText(tr("Obtained"));
    m_ui->requirementNote->setAccessibleName(tr("Whether this step is needed"));

    m_form = new RecordForm(this, undoStack(), this);
    m_form->bindChildren();
    alignGroups();
    connectSingleRecord<domain::ResidencyCertificate>(
        m_form, [](const domain::ResidencyCertificate &certificate,
                   const domain::ValidationContext &context) {
            return domain::ResidencyCertificateValidator::validate(certificate, context);
        });
    // Whether the step is needed follows the degree applications, edited on another page.
    connect(session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == domain::DegreeApplication::kind()) {
            showRequirement();
        }
    });
}

ResidencyCertificatePage::~ResidencyCertificatePage() = default;

QString ResidencyCertificatePage::pageId() const
{
    return domain::Progress::stepKey(Step::ResidencyCertificate);
}

QString ResidencyCertificatePage::title() const
{
    return tr("Residency and physician certificates");
}

void ResidencyCertificatePage::reload()
{
    loadSingleRecord<domain::ResidencyCertificate>(m_form);
    showRequirement();
}

void ResidencyCertificatePage::alignGroups()
{
    // The labels of the three groups share one width, so that their fields line up.
    const QList<QFormLayout *> forms = {m_ui->qualificationGroupLayout, m_ui->practiceGroupLayout,
                                        m_ui->residencyGroupLayout};
    QList<QWidget *> labels;
    int width = 0;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole)) {
                if (QWidget *label = item->widget()) {
                    labels.append(label);
                    width = qMax(width, label->sizeHint().width());
                }
            }
        }
    }
    for (QWidget *label : std::as_const(labels)) {
        label->setMinimumWidth(width);
    }
}

int ResidencyCertificatePage::problemCount() const
{
    return m_required ? Page::problemCount() : 0;
}

void ResidencyCertificatePage::showRequirement()
{
    m_required = false;
    for (const domain::Progress::StepStatus &status : session()->progress()) {
        if (status.step == Step::ResidencyCertificate) {
            m_required = status.required;
        }
    }
    const QString why = domain::ResidencyRequirement::explain(session()->dossier().applications);
    m_ui->requirementNote->setNote(
        m_required ? why
                   //: %1 says why the step is not needed
                   : tr("%1 You may still fill in the form; it is kept but not counted.").arg(why),
        NoteBox::Kind::Information);
    emit problemCountChanged(problemCount());
}

} // namespace dd::ui
