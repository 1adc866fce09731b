#include "pages/ThesisPage.h"
#include "ui_ThesisPage.h"

#include "domain/Thesis.h"
#include "domain/ThesisValidator.h"

namespace dd::ui {

ThesisPage::ThesisPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::ThesisPage>())
{
    m_ui->setupUi(this);
    m_form = new RecordForm(this, undoStack(), this);
    m_form->bindChildren();
    connectSingleRecord<domain::Thesis>(
        m_form, [](const domain::Thesis &thesis, const domain::ValidationContext &context) {
            return domain::ThesisValidator::validate(thesis, context);
        });
}

ThesisPage::~ThesisPage() = default;

QString ThesisPage::pageId() const
{
    return domain::Progress::stepKey(domain::Progress::Step::Thesis);
}

QString ThesisPage::title() const
{
    return tr("Report thesis information");
}

void ThesisPage::reload()
{
    loadSingleRecord<domain::Thesis>(m_form);
}

} // namespace dd::ui
