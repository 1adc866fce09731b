#include "pages/DashboardPage.h"
#include "ui_DashboardPage.h"

#include "domain/Field.h"
#include "platform/Clock.h"
#include "widgets/StateIcon.h"

#include <QHeaderView>
#include <QStyle>

namespace dd::ui {

namespace {
constexpr int PageRole = Qt::UserRole + 1;
constexpr int FieldRole = Qt::UserRole + 2;
} // namespace

DashboardPage::DashboardPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::DashboardPage>())
{
    m_ui->setupUi(this);
    QFont heading = m_ui->greeting->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.15);
    m_ui->greeting->setFont(heading);
    m_ui->stepsView->setAccessibleName(tr("Your steps"));
    m_ui->missingView->setAccessibleName(tr("What is still missing"));
    m_ui->stepsView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->stepsView->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->stepsView->header()->setStretchLastSection(true);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->missingView->setIconSize(QSize(icon, icon));
    connect(m_ui->stepsView, &QTreeWidget::itemActivated, this, &DashboardPage::onStepActivated);
    connect(m_ui->missingView, &QListWidget::itemActivated, this,
            &DashboardPage::onMissingActivated);
    connect(session, &Session::recordsChanged, this, &DashboardPage::reload);
}

DashboardPage::~DashboardPage() = default;

QString DashboardPage::pageId() const
{
    return QStringLiteral("dashboard");
}

QString DashboardPage::title() const
{
    return tr("My home page");
}

int DashboardPage::problemCount() const
{
    return m_missing;
}

void DashboardPage::setNextDeadline(NextDeadline nextDeadline)
{
    m_nextDeadline = std::move(nextDeadline);
    reload();
}

std::pair<QString, QString> DashboardPage::targetOf(domain::Progress::Step step,
                                                    const domain::Finding &finding)
{
    const QString page = domain::Progress::stepKey(step);
    // A finding on the step itself ("not started") opens the page at its first field.
    return {page, finding.field == page ? QString() : finding.field};
}

void DashboardPage::reload()
{
    const domain::Dossier &dossier = session()->dossier();
    const QList<domain::Progress::StepStatus> &progress = session()->progress();

    QString name;
    if (dossier.basicInfo && !dossier.basicInfo->name.trimmed().isEmpty()) {
        name = dossier.basicInfo->name.trimmed();
    } else if (dossier.registration && !dossier.registration->name.trimmed().isEmpty()) {
        name = dossier.registration->name.trimmed();
    }
    int done = 0;
    int required = 0;
    for (const auto &status : progress) {
        if (!status.required) {
            continue;
        }
        ++required;
        if (status.state == domain::Progress::State::Complete
            || status.state == domain::Progress::State::Submitted) {
            ++done;
        }
    }
    const QString count =
        //: %1 steps done out of %2
        tr("%1 of %2 steps are complete.").arg(done).arg(required);
    m_ui->greeting->setText(name.isEmpty() ? count
                                           //: %1 the applicant's name, %2 "3 of 9 steps ..."
                                           : tr("%1: %2").arg(name, count));

    const QString deadline =
        m_nextDeadline ? m_nextDeadline(dossier, session()->clock().today()) : QString();
    m_ui->deadlineLabel->setText(deadline);
    m_ui->deadlineLabel->setVisible(!deadline.isEmpty());

    m_ui->stepsView->clear();
    m_ui->missingView->clear();
    m_missing = 0;
    for (const auto &status : progress) {
        auto *item = new QTreeWidgetItem(m_ui->stepsView);
        const QString page = domain::Progress::stepKey(status.step);
        item->setText(0, domain::Progress::stepLabel(status.step));
        const bool notNeeded =
            !status.required && status.state == domain::Progress::State::NotStarted;
        item->setIcon(0, notNeeded ? StateIcon::notNeeded(palette())
                                   : StateIcon::forState(status.state, palette()));
        item->setText(1, notNeeded ? tr("Not needed") : domain::Progress::stateLabel(status.state));
        const int errors = int(domain::errorsOnly(status.missing).size());
        //: %n things still to do in a step
        item->setText(2, errors > 0 && !notNeeded ? tr("%n item(s)", nullptr, errors) : QString());
        item->setData(0, PageRole, page);
        if (!status.required) {
            continue;
        }
        for (const domain::Finding &finding : status.missing) {
            if (finding.severity != domain::Severity::Error) {
                continue;
            }
            const auto [target, field] = targetOf(status.step, finding);
            // "Not started" names its step already; other findings get the step in front.
            const QString text =
                finding.rule == domain::Progress::MissingRule
                    ? finding.message
                    //: %1 the step, %2 what is missing in it
                    : tr("%1 — %2").arg(domain::Progress::stepLabel(status.step), finding.message);
            auto *entry = new QListWidgetItem(StateIcon::forState(status.state, palette()), text,
                                              m_ui->missingView);
            entry->setData(PageRole, target);
            entry->setData(FieldRole, field);
            entry->setToolTip(tr("Go to the field"));
            ++m_missing;
        }
    }
    if (m_missing == 0) {
        auto *entry = new QListWidgetItem(tr("Nothing is missing. Check the summary before you "
                                             "type it into the portal."),
                                          m_ui->missingView);
        entry->setFlags(Qt::ItemIsEnabled);
    }
    emit problemCountChanged(m_missing);
}

void DashboardPage::onStepActivated(QTreeWidgetItem *item)
{
    emit navigationRequested(item->data(0, PageRole).toString());
}

void DashboardPage::onMissingActivated(QListWidgetItem *item)
{
    const QString page = item->data(PageRole).toString();
    if (!page.isEmpty()) {
        emit navigationRequested(page, item->data(FieldRole).toString());
    }
}

} // namespace dd::ui
