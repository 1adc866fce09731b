#include "pages/ExamPage.h"
#include "ui_ExamPage.h"

#include "domain/Deadlines.h"
#include "domain/ExamRegistrationActions.h"
#include "domain/ExamValidator.h"
#include "domain/Field.h"
#include "models/ExamRegistrationModel.h"
#include "platform/Clock.h"
#include "widgets/MessageBar.h"

#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>

namespace dd::ui {

using domain::ExamRegistration;
using domain::ExamRegistrationAction;
using domain::ExamRegistrationStateMachine;
using domain::Field;

namespace {

QString messagesOf(const domain::Findings &findings)
{
    QStringList messages;
    for (const domain::Finding &finding : findings) {
        messages.append(finding.message);
    }
    return messages.join(u'\n');
}

} // namespace

ExamPage::ExamPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::ExamPage>())
    , m_model(new ExamRegistrationModel(this))
    , m_message(new MessageBar(this))
{
    m_ui->setupUi(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_ui->pageLayout->insertWidget(0, m_message);
    m_ui->examLanguage->setAttributeFilter(QStringLiteral("kind"), QStringLiteral("language"));
    m_ui->feePaid->setText(Field::label(Field::FeePaid));

    QTableView *table = m_ui->registrationTable;
    table->setModel(m_model);
    table->setAccessibleName(Field::label(Field::ExamRegistrations));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ExamRegistrationModel::SubjectColumn,
                                                    QHeaderView::Stretch);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ExamPage::onCurrentRowChanged);

    // A button per action of the state machine, shown while the state allows it.
    QWidget *previous = m_ui->newRegistration;
    for (const ExamRegistrationAction action : ExamRegistrationStateMachine::allActions()) {
        auto *button = new QPushButton(ExamRegistrationStateMachine::actionLabel(action), this);
        button->setObjectName(QStringLiteral("action_")
                              + ExamRegistrationStateMachine::actionCode(action));
        m_ui->actionsLayout->insertWidget(m_ui->actionsLayout->count() - 1, button);
        connect(button, &QPushButton::clicked, this, [this, action] { runAction(action); });
        setTabOrder(previous, button);
        previous = button;
        m_actions.append({action, button});
    }
    setTabOrder(previous, m_ui->examYear);
    connect(m_ui->newRegistration, &QPushButton::clicked, this, &ExamPage::addRegistration);

    m_form = new RecordForm(this, undoStack(), this);
    m_form->bindChildren();
    m_form->setValidator([this](const QJsonObject &json) {
        return domain::ExamValidator::validate(ExamRegistration::fromJson(json, nullptr),
                                               this->session()->context());
    });
    m_form->setSaver([this](const QJsonObject &json) -> store::Result<void> {
        // Nothing typed for one applicant is saved once another is shown.
        if (m_current.isNull() || m_owner != this->session()->applicant()) {
            return {};
        }
        const ExamRegistration value = ExamRegistration::fromJson(json, nullptr);
        const auto saved =
            this->session()->store().save(this->session()->applicant(), value, m_current);
        if (!saved) {
            return saved.error();
        }
        m_model->setRegistration(m_model->rowOf(m_current), value);
        this->session()->notifyChanged(ExamRegistration::kind());
        return {};
    });
    connect(m_form, &RecordForm::saveFailed, session, &Session::reportError);
    connect(m_form, &RecordForm::saved, this, &ExamPage::updateActions);
    trackProblems(m_form);
    connect(session, &Session::recordsChanged, this,
            [this] { emit problemCountChanged(problemCount()); });
}

ExamPage::~ExamPage()
{
    m_form->commitPending(); // while the record it belongs to is still known
}

QString ExamPage::pageId() const
{
    return domain::Progress::stepKey(domain::Progress::Step::ExamRegistration);
}

QString ExamPage::title() const
{
    return tr("National exam");
}

int ExamPage::problemCount() const
{
    return stepProblemCount(domain::Progress::Step::ExamRegistration);
}

void ExamPage::reload()
{
    m_form->commitPending();
    const auto loaded = session()->store().list<ExamRegistration>(session()->applicant());
    if (!loaded) {
        session()->reportError(loaded.error());
    }
    m_owner = session()->applicant();
    m_model->setContext(session()->context());
    m_model->setRecords(loaded ? loaded.value() : QList<store::Stored<ExamRegistration>>{});
    const int row = m_model->rowOf(m_current);
    selectRow(row >= 0 ? row : m_model->rowCount() - 1);
    emit problemCountChanged(problemCount());
}

void ExamPage::selectRow(int row)
{
    if (row >= 0) {
        m_ui->registrationTable->selectionModel()->setCurrentIndex(
            m_model->index(row, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    onCurrentRowChanged();
}

void ExamPage::onCurrentRowChanged()
{
    const QUuid uuid = m_model->uuidAt(m_ui->registrationTable->currentIndex().row());
    if (uuid != m_current) {
        // What is being typed belongs to the record shown until now; the undo steps too.
        m_form->commitPending();
        undoStack()->clear();
        m_current = uuid;
    }
    showCurrent();
}

void ExamPage::showCurrent()
{
    const int row = m_model->rowOf(m_current);
    const ExamRegistration r = m_model->registrationAt(row);
    m_form->load(r.toJson());
    const auto state = ExamRegistrationStateMachine::stateFromCode(r.state);
    m_ui->detailsBox->setEnabled(row >= 0);
    m_form->setReadOnly(row < 0 || !state || !ExamRegistrationStateMachine::isEditable(*state));
    QString stateText = state ? ExamRegistrationStateMachine::stateLabel(*state) : r.state;
    if (!r.timeline.isEmpty()) {
        //: %1 is a state such as "Fee paid", %2 the time it was recorded
        stateText = tr("%1 (since %2)")
                        .arg(stateText, QLocale().toString(r.timeline.last().at.toLocalTime(),
                                                           QLocale::ShortFormat));
    }
    m_ui->stateValue->setText(row >= 0 ? stateText : QString());
    updateActions();
}

void ExamPage::updateActions()
{
    const int row = m_model->rowOf(m_current);
    const ExamRegistration r = m_model->registrationAt(row);
    const auto state = ExamRegistrationStateMachine::stateFromCode(r.state);
    for (const auto &[action, button] : std::as_const(m_actions)) {
        // Editing happens in the form; 修改 is a button only where it changes the state
        // (a cancelled registration becomes a draft again).
        const bool shown =
            row >= 0 && state && ExamRegistrationStateMachine::isAllowed(*state, action)
            && !(action == ExamRegistrationAction::Edit
                 && ExamRegistrationStateMachine::check(*state, action).next == *state);
        button->setVisible(shown);
        if (shown) {
            const domain::Findings why = domain::ExamRegistrationActions::check(
                r, action, session()->dossier(), session()->context());
            button->setToolTip(messagesOf(why));
        }
    }
}

void ExamPage::addRegistration()
{
    m_form->commitPending();
    ExamRegistration r;
    r.examYear = QString::number(domain::Deadlines::cycleYear(session()->clock().today()));
    const auto saved = session()->store().save(session()->applicant(), r);
    if (!saved) {
        session()->reportError(saved.error());
        return;
    }
    session()->notifyChanged(ExamRegistration::kind());
    m_current = saved->uuid;
    undoStack()->clear();
    reload();
    m_form->focusField(Field::ExamSubject);
}

void ExamPage::runAction(ExamRegistrationAction action)
{
    m_form->commitPending();
    const int row = m_model->rowOf(m_current);
    if (row < 0) {
        return;
    }
    if (action == ExamRegistrationAction::Delete) {
        removeCurrent();
        return;
    }
    ExamRegistration r = m_model->registrationAt(row);
    const domain::Findings refused = domain::ExamRegistrationActions::apply(
        r, action, session()->dossier(), session()->context(), session()->clock().now());
    if (!refused.isEmpty()) {
        m_form->touchAll(); // the fields at fault say why under them
        m_message->showMessage(messagesOf(refused), MessageBar::Kind::Error);
        return;
    }
    const auto saved = session()->store().save(session()->applicant(), r, m_current);
    if (!saved) {
        session()->reportError(saved.error());
        return;
    }
    m_model->setRegistration(row, r);
    undoStack()->clear(); // earlier edits would bring the old state back
    session()->notifyChanged(ExamRegistration::kind());
    showCurrent();
    const auto state = ExamRegistrationStateMachine::stateFromCode(r.state);
    //: %1 is an action such as "Pay the fee", %2 the new state such as "Fee paid"
    m_message->showMessage(tr("%1: done. The registration is now “%2”.")
                               .arg(ExamRegistrationStateMachine::actionLabel(action),
                                    ExamRegistrationStateMachine::stateLabel(*state)),
                           MessageBar::Kind::Information);
}

void ExamPage::removeCurrent()
{
    const ExamRegistration r = m_model->registrationAt(m_model->rowOf(m_current));
    const domain::Findings refused = domain::ExamRegistrationActions::check(
        r, ExamRegistrationAction::Delete, session()->dossier(), session()->context());
    if (!refused.isEmpty()) {
        m_message->showMessage(messagesOf(refused), MessageBar::Kind::Error);
        return;
    }
    const QString paper =
        m_model->index(m_model->rowOf(m_current), ExamRegistrationModel::SubjectColumn)
            .data()
            .toString();
    //: %1 is an exam paper such as "English" (may be empty), %2 a year
    if (!confirm(tr("Delete the registration for the %1 paper of %2 from DegreeDesk? This "
                    "cannot be undone.")
                     .arg(paper, r.examYear))) {
        return;
    }
    const auto removed = session()->store().removeRecord(m_current);
    if (!removed) {
        session()->reportError(removed.error());
        return;
    }
    undoStack()->clear();
    m_current = QUuid();
    session()->notifyChanged(ExamRegistration::kind());
    reload();
}

bool ExamPage::focusField(const QString &key)
{
    // "examRegistrations[1].ticketNumber": the row, then the field.
    static const QRegularExpression rowKey(QStringLiteral(R"(^(\w+)\[(\d+)\]\.(\w+)$)"));
    const QRegularExpressionMatch match = rowKey.match(key);
    if (match.hasMatch() && match.captured(1) == Field::ExamRegistrations) {
        const int row = match.captured(2).toInt();
        if (row < m_model->rowCount()) {
            selectRow(row);
            return m_form->focusField(match.captured(3));
        }
    }
    return Page::focusField(key);
}

} // namespace dd::ui
