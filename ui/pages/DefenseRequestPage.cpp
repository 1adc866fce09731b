#include "pages/DefenseRequestPage.h"
#include "ui_DefenseRequestPage.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Catalogs.h"
#include "domain/DefenseRequest.h"
#include "domain/DefenseRequestTarget.h"
#include "domain/Field.h"
#include "domain/ThesisValidator.h"

namespace dd::ui {

using domain::Field;

DefenseRequestPage::DefenseRequestPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::DefenseRequestPage>())
{
    m_ui->setupUi(this);
    // The application's rows in the portal's words (Field), read-only.
    const QList<std::pair<QLabel *, QLabel *>> rows = {
        {m_ui->applicationYearLabel, m_ui->applicationYear},
        {m_ui->applicationDisciplineLabel, m_ui->applicationDiscipline},
        {m_ui->applicationInstitutionLabel, m_ui->applicationInstitution},
        {m_ui->applicationStateLabel, m_ui->applicationState},
    };
    const QStringList keys = {Field::Year, Field::Discipline, Field::Institution, Field::State};
    for (qsizetype i = 0; i < rows.size(); ++i) {
        rows.at(i).first->setText(Field::label(keys.at(i)));
        rows.at(i).second->setAccessibleName(Field::label(keys.at(i)));
    }
    m_ui->openApplications->setText(
        //: %1 is the menu item "Submit degree application"
        tr("Go to %1").arg(domain::Progress::stepLabel(domain::Progress::Step::DegreeApplication)));
    connect(m_ui->openApplications, &QPushButton::clicked, this, [this] {
        emit navigationRequested(
            domain::Progress::stepKey(domain::Progress::Step::DegreeApplication));
    });

    m_form = new RecordForm(this, undoStack(), this);
    m_form->bindChildren();
    connectSingleRecord<domain::DefenseRequest>(
        m_form,
        [](const domain::DefenseRequest &request, const domain::ValidationContext &context) {
            return domain::ThesisValidator::validate(request, context);
        });
    // The application's state changes on another page.
    connect(session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == domain::DegreeApplication::kind()) {
            showApplication();
        }
    });
}

DefenseRequestPage::~DefenseRequestPage() = default;

QString DefenseRequestPage::pageId() const
{
    return domain::Progress::stepKey(domain::Progress::Step::DefenseRequest);
}

QString DefenseRequestPage::title() const
{
    return tr("Apply for thesis defence");
}

void DefenseRequestPage::reload()
{
    loadSingleRecord<domain::DefenseRequest>(m_form);
    showApplication();
}

void DefenseRequestPage::showApplication()
{
    const QList<domain::DegreeApplication> &applications = session()->dossier().applications;
    const std::optional<qsizetype> row = domain::DefenseRequestTarget::applicationFor(applications);
    const domain::Findings notes = domain::DefenseRequestTarget::check(applications);

    QString year;
    QString discipline;
    QString institution;
    QString state;
    if (row) {
        const domain::DegreeApplication &application = applications.at(*row);
        const auto &catalogs = domain::Catalogs::instance();
        year = application.year;
        discipline = catalogs.get(domain::Catalogs::Disciplines).labelOf(application.discipline);
        institution = catalogs.get(domain::Catalogs::Institutions).labelOf(application.institution);
        const auto code = domain::ApplicationStateMachine::stateFromCode(application.state);
        state = code ? domain::ApplicationStateMachine::stateLabel(*code) : application.state;
    }
    m_ui->applicationYear->setText(year);
    m_ui->applicationDiscipline->setText(discipline);
    m_ui->applicationInstitution->setText(institution);
    m_ui->applicationState->setText(state);
    for (QLabel *label :
         {m_ui->applicationYearLabel, m_ui->applicationYear, m_ui->applicationDisciplineLabel,
          m_ui->applicationDiscipline, m_ui->applicationInstitutionLabel,
          m_ui->applicationInstitution, m_ui->applicationStateLabel, m_ui->applicationState}) {
        label->setVisible(row.has_value());
    }

    if (notes.isEmpty()) {
        m_ui->applicationNote->setNote(tr("The request can be made now: the application's state "
                                          "allows it."));
    } else {
        const domain::Finding &note = notes.first();
        m_ui->applicationNote->setNote(note.message, note.severity == domain::Severity::Info
                                                         ? NoteBox::Kind::Information
                                                         : NoteBox::Kind::Warning);
    }
}

} // namespace dd::ui
