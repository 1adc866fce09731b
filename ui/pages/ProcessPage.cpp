#include "pages/ProcessPage.h"
#include "ui_ProcessPage.h"

#include "domain/ExamScore.h"
#include "widgets/StateIcon.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>

namespace dd::ui {

using domain::Progress;
using Step = Progress::Step;

ProcessPage::ProcessPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::ProcessPage>())
{
    m_ui->setupUi(this);
    m_ui->nationalProcess->setAccessibleName(m_ui->nationalGroup->title());
    int row = 0;
    for (const Step step : Progress::steps()) {
        const QString key = Progress::stepKey(step);
        auto *link =
            new QCommandLinkButton(Progress::stepLabel(step), description(step), m_ui->stepsGroup);
        link->setObjectName(key + QStringLiteral("Link"));
        link->setAccessibleName(Progress::stepLabel(step));
        link->setAccessibleDescription(description(step));
        auto *state = new QLabel(m_ui->stepsGroup);
        state->setObjectName(key + QStringLiteral("State"));
        state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->stepsLayout->addWidget(link, row, 0);
        m_ui->stepsLayout->addWidget(state, row, 1);
        connect(link, &QCommandLinkButton::clicked, this,
                [this, key] { emit navigationRequested(key); });
        m_rows.insert(step, Row{link, state});
        ++row;
    }
    m_ui->stepsLayout->setColumnStretch(0, 1);
    connect(session, &Session::recordsChanged, this, &ProcessPage::reload);
}

ProcessPage::~ProcessPage() = default;

QString ProcessPage::pageId() const
{
    return QStringLiteral("process");
}

QString ProcessPage::title() const
{
    return tr("View application process");
}

QString ProcessPage::description(Step step)
{
    switch (step) {
    case Step::Registration:
        return tr("User name, a password of letters and digits, an e-mail address (not "
                  "Hotmail or Yahoo), mobile, and 姓名, which can never be changed. Activate the "
                  "account from the e-mail within 24 hours.");
    case Step::Photo:
        return tr("A recent frontal colour photo: JPG, 390 × 567 pixels, under 200 KB, blue "
                  "background, no retouching. It is printed on the degree certificate.");
    case Step::BasicInfo:
        return tr("姓名拼音, sex, ethnic group, date of birth, the ID number twice, political "
                  "status, the months of starting work and of the prior degree, and the personal "
                  "history up to this month.");
    case Step::DegreeApplication:
        return tr("Choose the awarding institution, the degree type, 学科门类 and 学科名称; save, "
                  "then submit. It is done when the state shows 已提交.");
    case Step::DefenseRequest:
        return tr("After the qualification review and all tests, request the thesis defence for "
                  "the submitted application.");
    case Step::Thesis:
        return tr("The thesis title in Chinese and English, 3 to 5 keywords, its type, source, "
                  "length and dates, and the supervisor.");
    case Step::ResidencyCertificate:
        return tr("Only for the professional degrees in clinical medicine, stomatology and "
                  "traditional Chinese medicine: the physician certificates and the standardised "
                  "residency training.");
    case Step::ExamRegistration:
        return tr("Register for the national exam (foreign language and 学科综合水平) in March, "
                  "pay and print the admission ticket; the exam is on a Sunday in May.");
    case Step::ExamScores:
        //: %1 the pass mark (60), %2 how many years a pass stays valid (4)
        return tr("Scores come out about 60 working days after the exam; %1 passes, and a pass "
                  "stays valid for %2 years.")
            .arg(domain::ExamScore::PassMark)
            .arg(domain::ExamScore::DefaultValidityYears);
    }
    return {};
}

void ProcessPage::reload()
{
    for (const Progress::StepStatus &status : session()->progress()) {
        const auto row = m_rows.constFind(status.step);
        if (row == m_rows.cend()) {
            continue;
        }
        const bool notNeeded = !status.required && status.state == Progress::State::NotStarted;
        const QString label = notNeeded ? tr("Not needed") : Progress::stateLabel(status.state);
        row->link->setIcon(notNeeded ? StateIcon::notNeeded(palette())
                                     : StateIcon::forState(status.state, palette()));
        row->state->setText(label);
        //: %1 a step, %2 its state
        row->link->setToolTip(tr("%1: %2").arg(Progress::stepLabel(status.step), label));
        row->link->setAccessibleName(tr("%1: %2").arg(Progress::stepLabel(status.step), label));
    }
}

void ProcessPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        reload(); // the icons are drawn in the palette's colours
    }
}

} // namespace dd::ui
