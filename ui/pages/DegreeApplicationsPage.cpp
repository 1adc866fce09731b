#include "pages/DegreeApplicationsPage.h"
#include "ui_DegreeApplicationsPage.h"

#include "domain/DegreeApplicationValidator.h"
#include "domain/Field.h"
#include "models/ApplicationTableModel.h"
#include "models/TimelineModel.h"
#include "widgets/ApplicationActionBar.h"
#include "widgets/DependentChoices.h"
#include "widgets/MessageBar.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

namespace dd::ui {

namespace {

using domain::ApplicationAction;
using domain::ApplicationState;
using domain::ApplicationStateMachine;
using domain::DegreeApplication;
using domain::Field;

QString quoted(const QString &text)
{
    return DegreeApplicationsPage::tr("“%1”").arg(text);
}

} // namespace

DegreeApplicationsPage::DegreeApplicationsPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::DegreeApplicationsPage>())
    , m_model(new ApplicationTableModel(this))
    , m_actions(session)
{
    m_ui->setupUi(this);
    QFont heading = m_ui->tableHeading->font();
    heading.setBold(true);
    m_ui->tableHeading->setFont(heading);
    QTableView *view = m_ui->applicationsView;
    view->setModel(m_model);
    view->setAccessibleName(m_ui->tableHeading->text());
    view->verticalHeader()->hide();
    // The names share what room there is, wrapped when long; the rest fit their text.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column :
         {ApplicationTableModel::Discipline, ApplicationTableModel::Institution}) {
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DegreeApplicationsPage::onCurrentRowChanged);
    // Return (or a double click) on a row goes to its form.
    connect(view, &QAbstractItemView::activated, this, [this] { m_form->focusField(Field::Year); });
    connect(m_ui->actionBar, &ApplicationActionBar::triggered, this,
            &DegreeApplicationsPage::onAction);

    m_form = new RecordForm(m_ui->formBox, undoStack(), this);
    m_form->bindChildren();
    m_form->setValidator([this](const QJsonObject &json) {
        return validate(DegreeApplication::fromJson(json, nullptr));
    });
    m_form->setSaver([this](const QJsonObject &json) -> store::Result<void> {
        return m_current.isNull() ? store::Result<void>{}
                                  : saveCurrent(DegreeApplication::fromJson(json, nullptr));
    });
    connect(m_form, &RecordForm::saveFailed, session, &Session::reportError);
    connect(m_form, &RecordForm::findingsChanged, this, &DegreeApplicationsPage::refreshActions);
    trackProblems(m_form);

    m_choices = new DependentChoices(m_form, undoStack(), this);
    m_choices->setStudentRows(m_ui->studyingThere, m_ui->formLayout);
    m_choices->setTypeGuard(
        [this](const QString &from, const QString &to) { return degreeTypeRefusal(from, to); });
    connect(m_choices, &DependentChoices::typeChangeRefused, this, [this](const QString &reason) {
        m_ui->formMessage->showMessage(reason, MessageBar::Kind::Error);
    });
    // The eligibility check reads the basic information: check again when it changes.
    connect(session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == domain::BasicInfo::kind() && !m_current.isNull()) {
            m_form->setValue(Field::ApplicationMonth,
                             m_form->record().value(Field::ApplicationMonth));
        }
    });
}

DegreeApplicationsPage::~DegreeApplicationsPage() = default;

QString DegreeApplicationsPage::pageId() const
{
    return domain::Progress::stepKey(domain::Progress::Step::DegreeApplication);
}

QString DegreeApplicationsPage::title() const
{
    return tr("Submit degree application");
}

QPushButton *DegreeApplicationsPage::actionButton(ApplicationAction action) const
{
    return m_ui->actionBar->button(action);
}

void DegreeApplicationsPage::reload()
{
    const auto loaded = session()->store().list<DegreeApplication>(session()->applicant());
    if (!loaded) {
        session()->reportError(loaded.error());
    }
    m_selecting = true;
    m_model->setApplications(loaded ? loaded.value() : QList<store::Stored<DegreeApplication>>{});
    m_selecting = false;
    // The application shown so far, else the newest one.
    select(m_model->rowOf(m_current) >= 0 ? m_current : m_model->uuidAt(m_model->rowCount() - 1));
}

int DegreeApplicationsPage::problemCount() const
{
    return m_current.isNull() ? 0 : Page::problemCount();
}

bool DegreeApplicationsPage::focusField(const QString &key)
{
    static const QRegularExpression rowKey(QStringLiteral(R"(^applications\[(\d+)\]\.(\w+)$)"));
    const QRegularExpressionMatch match = rowKey.match(key);
    QString field = key;
    if (match.hasMatch()) {
        const QUuid uuid = m_model->uuidAt(match.captured(1).toInt());
        if (uuid.isNull()) {
            return false;
        }
        if (uuid != m_current) {
            m_form->commitPending();
            select(uuid);
        }
        field = match.captured(2);
    }
    if (m_current.isNull() || field == pageId()) {
        actionButton(ApplicationAction::Create)->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return m_form->focusField(field);
}

void DegreeApplicationsPage::select(const QUuid &uuid)
{
    const int row = m_model->rowOf(uuid);
    m_selecting = true;
    if (row >= 0) {
        m_ui->applicationsView->setCurrentIndex(m_model->index(row, 0));
    } else {
        m_ui->applicationsView->selectionModel()->clear();
    }
    m_selecting = false;
    m_current = row >= 0 ? uuid : QUuid();
    showCurrent();
}

void DegreeApplicationsPage::onCurrentRowChanged()
{
    if (m_selecting) {
        return;
    }
    m_form->commitPending(); // what is being typed belongs to the application shown so far
    m_current = m_model->uuidAt(m_ui->applicationsView->currentIndex().row());
    showCurrent();
}

void DegreeApplicationsPage::showCurrent()
{
    undoStack()->clear(); // an undo step belongs to the application it was made in
    m_ui->formMessage->hide();
    m_ui->emptyLabel->setVisible(m_model->rowCount() == 0);
    const auto state = currentState();
    m_ui->formBox->setVisible(!m_current.isNull());
    if (m_current.isNull()) {
        refreshActions();
        emit problemCountChanged(0);
        return;
    }
    const QJsonObject json = current().toJson();
    m_choices->prepare(json);
    m_form->load(json);

    // The degree type stays open to a try while it is locked, so that the state machine can say
    // why it cannot change.
    const bool editable = ApplicationActionBar::editsInPlace(state);
    m_form->setReadOnly(!editable);
    m_ui->studyingThere->setEnabled(editable);
    const bool typeLocked =
        state && !ApplicationStateMachine::checkDegreeTypeChange(*state).isEmpty();
    m_form->editor(Field::DegreeType)->setEnabled(editable || typeLocked);
    m_ui->stateHint->setText(ApplicationActionBar::stateHint(state, current().state));
    refreshActions();
}

void DegreeApplicationsPage::refreshActions()
{
    ApplicationActionBar::Situation situation;
    situation.others = m_model->states(m_current);
    situation.shown = !m_current.isNull();
    situation.state = currentState();
    situation.code = current().state;
    situation.formErrors = int(domain::errorsOnly(m_form->findings()).size());
    m_ui->actionBar->setSituation(situation);
}

void DegreeApplicationsPage::onAction(ApplicationAction action)
{
    if (action == ApplicationAction::Create) {
        createApplication();
    } else if (action == ApplicationAction::Delete) {
        deleteApplication();
    } else {
        changeState(action);
    }
}

bool DegreeApplicationsPage::done(const ApplicationActions::Outcome &outcome)
{
    if (!outcome.done && !outcome.refusal.isEmpty()) {
        m_ui->formMessage->showMessage(outcome.refusal, MessageBar::Kind::Error);
    }
    return outcome.done;
}

void DegreeApplicationsPage::createApplication()
{
    m_form->commitPending();
    QUuid created;
    if (done(m_actions.create(m_model->states(), &created))) {
        m_current = created;
        reload();
        m_form->focusField(Field::InstitutionProvince);
    }
}

void DegreeApplicationsPage::deleteApplication()
{
    const auto state = currentState();
    if (state && ApplicationStateMachine::isAllowed(*state, ApplicationAction::Delete)
        && !confirm(tr("Delete the application %1? This cannot be undone.")
                        .arg(quoted(TimelineModel::describe(current()))))) {
        return;
    }
    const int row = m_model->rowOf(m_current);
    if (done(m_actions.remove(m_current, current()))) {
        const QUuid next = m_model->uuidAt(row + 1);
        m_current = next.isNull() ? m_model->uuidAt(row - 1) : next;
        reload();
    }
}

void DegreeApplicationsPage::changeState(ApplicationAction action)
{
    m_form->commitPending();
    DegreeApplication application = DegreeApplication::fromJson(m_form->record(), nullptr);
    const auto state = currentState();
    if (state && action == ApplicationAction::Edit && ApplicationActionBar::editsInPlace(state)) {
        m_form->focusField(Field::Year); // already editable: 修改 leads to the form
        return;
    }
    if (action == ApplicationAction::Cancel && state
        && ApplicationStateMachine::isAllowed(*state, action)
        && !confirm(tr("Cancel the application %1? The awarding institution no longer "
                       "considers it; you can then edit it and submit it again.")
                        .arg(quoted(TimelineModel::describe(application))))) {
        return;
    }
    if (!done(m_actions.apply(m_current, application, action))) {
        return;
    }
    m_model->updateApplication(m_current, application);
    showCurrent();
    m_ui->formMessage->showMessage(
        tr("%1 done: the application is now %2.")
            .arg(quoted(ApplicationStateMachine::actionLabel(action)),
                 quoted(ApplicationStateMachine::stateLabel(*currentState()))),
        MessageBar::Kind::Information);
    if (action == ApplicationAction::Edit) {
        m_form->focusField(Field::Year);
    }
}

store::Result<void> DegreeApplicationsPage::saveCurrent(const DegreeApplication &application)
{
    const auto saved = session()->store().save(session()->applicant(), application, m_current);
    if (!saved) {
        return saved.error();
    }
    m_model->updateApplication(m_current, application);
    session()->notifyChanged(DegreeApplication::kind());
    refreshActions();
    return {};
}

DegreeApplication DegreeApplicationsPage::current() const
{
    return m_model->applicationAt(m_model->rowOf(m_current));
}

std::optional<ApplicationState> DegreeApplicationsPage::currentState() const
{
    return m_current.isNull() ? std::nullopt
                              : ApplicationStateMachine::stateFromCode(current().state);
}

domain::Findings DegreeApplicationsPage::validate(const DegreeApplication &application)
{
    const domain::Dossier &dossier = session()->dossier();
    return domain::DegreeApplicationValidator::validate(
        application, session()->context(), dossier.basicInfo ? &*dossier.basicInfo : nullptr);
}

QString DegreeApplicationsPage::degreeTypeRefusal(const QString &from, const QString &to) const
{
    const auto state = currentState();
    if (from == to || !state) {
        return {};
    }
    const domain::Findings locked = ApplicationStateMachine::checkDegreeTypeChange(*state);
    return locked.isEmpty() ? QString() : locked.first().message;
}

} // namespace dd::ui
