#include "pages/StatusPage.h"
#include "ui_StatusPage.h"

#include "domain/ApplicationStateMachine.h"
#include "models/MenuModel.h"
#include "models/TimelineModel.h"

#include <QHeaderView>
#include <QLocale>

namespace dd::ui {

namespace {

using domain::ApplicationStateMachine;
using domain::DegreeApplication;

} // namespace

StatusPage::StatusPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::StatusPage>())
    , m_model(new TimelineModel(this))
{
    m_ui->setupUi(this);
    for (QLabel *heading : {m_ui->currentHeading, m_ui->historyHeading}) {
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
    }
    QTableView *view = m_ui->timelineView;
    view->setModel(m_model);
    view->setAccessibleName(m_ui->historyHeading->text());
    view->verticalHeader()->hide();
    // The application and the note share what room there is; a long note wraps.
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const int column : {TimelineModel::Application, TimelineModel::Note}) {
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setWordWrap(true);

    //: %1 is a link to the page 提交学位申请
    m_ui->emptyLabel->setText(
        tr("No degree application yet. Prepare one under %1.")
            .arg(QStringLiteral("<a href=\"#\">%1</a>")
                     .arg(domain::Progress::stepLabel(domain::Progress::Step::DegreeApplication)
                              .toHtmlEscaped())));
    m_ui->emptyLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_ui->emptyLabel, &QLabel::linkActivated, this, [this] {
        emit navigationRequested(
            domain::Progress::stepKey(domain::Progress::Step::DegreeApplication));
    });
    connect(session, &Session::recordsChanged, this, [this](const QString &kind) {
        if (kind == DegreeApplication::kind()) {
            reload();
        }
    });
}

StatusPage::~StatusPage() = default;

QString StatusPage::pageId() const
{
    return MenuModel::StatusPage;
}

QString StatusPage::title() const
{
    return tr("Application status");
}

void StatusPage::reload()
{
    const auto loaded = session()->store().list<DegreeApplication>(session()->applicant());
    if (!loaded) {
        session()->reportError(loaded.error());
    }
    const QList<store::Stored<DegreeApplication>> applications =
        loaded ? loaded.value() : QList<store::Stored<DegreeApplication>>{};
    m_model->setApplications(applications);

    qDeleteAll(m_current);
    m_current.clear();
    const QLocale locale;
    for (const auto &stored : applications) {
        const DegreeApplication &a = stored.value;
        const auto state = ApplicationStateMachine::stateFromCode(a.state);
        const QString label = state ? ApplicationStateMachine::stateLabel(*state) : a.state;
        QString since;
        if (!a.timeline.isEmpty()) {
            //: %1 is the date and time of the last state change
            since = tr("since %1")
                        .arg(locale.toString(a.timeline.constLast().at.toLocalTime(),
                                             QLocale::ShortFormat));
        }
        auto *line = new QLabel(m_ui->currentStates);
        line->setTextFormat(Qt::RichText);
        line->setWordWrap(true);
        line->setTextInteractionFlags(Qt::TextSelectableByMouse);
        line->setText(QStringLiteral("<span style=\"font-size:large\"><b>%1</b></span>"
                                     "&nbsp;&nbsp;%2<br/><small>%3</small>")
                          .arg(label.toHtmlEscaped(), TimelineModel::describe(a).toHtmlEscaped(),
                               since.toHtmlEscaped()));
        //: %1 is an application (year, discipline, institution), %2 its state
        line->setAccessibleName(tr("%1: %2").arg(TimelineModel::describe(a), label));
        m_ui->currentLayout->addWidget(line);
        m_current.append(line);
    }
    m_ui->emptyLabel->setVisible(applications.isEmpty());
    m_ui->noHistoryLabel->setVisible(!applications.isEmpty() && m_model->rowCount() == 0);
    m_ui->timelineView->setVisible(m_model->rowCount() > 0);
}

} // namespace dd::ui
