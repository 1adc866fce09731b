#include "pages/ScoresPage.h"
#include "ui_ScoresPage.h"

#include "ScoreFileImport.h"
#include "domain/Deadlines.h"
#include "domain/ExamScoreImport.h"
#include "domain/ExamValidator.h"
#include "domain/Field.h"
#include "models/ExamScoreModel.h"
#include "platform/Clock.h"
#include "widgets/MessageBar.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QRegularExpression>

namespace dd::ui {

using domain::ExamScore;
using domain::ExamScoreImport;
using domain::Field;

ScoresPage::ScoresPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::ScoresPage>())
    , m_model(new ExamScoreModel(this))
    , m_message(new MessageBar(this))
{
    m_ui->setupUi(this);
    m_message->setObjectName(QStringLiteral("pageMessage"));
    m_ui->pageLayout->insertWidget(0, m_message);

    QTableView *table = m_ui->scoreTable;
    table->setModel(m_model);
    table->setAccessibleName(Field::label(Field::ExamScores));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(ExamScoreModel::SubjectColumn,
                                                    QHeaderView::Stretch);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScoresPage::onCurrentRowChanged);
    connect(m_ui->newScore, &QPushButton::clicked, this, &ScoresPage::addScore);
    connect(m_ui->deleteScore, &QPushButton::clicked, this, &ScoresPage::removeCurrent);
    connect(m_ui->importScores, &QPushButton::clicked, this, [this] {
        const QString path = m_chooseFile();
        if (!path.isEmpty()) {
            importFile(path);
        }
    });

    m_form = new RecordForm(this, undoStack(), this);
    m_form->bindChildren();
    m_form->setValidator([this](const QJsonObject &json) {
        domain::Findings findings;
        const ExamScore score = fromForm(json, &findings);
        return findings + domain::ExamValidator::validate(score, this->session()->context());
    });
    m_form->setSaver([this](const QJsonObject &json) -> store::Result<void> {
        // Nothing typed for one applicant is saved once another is shown.
        if (m_current.isNull() || m_owner != this->session()->applicant()) {
            return {};
        }
        const ExamScore value = fromForm(json, nullptr);
        const auto saved =
            this->session()->store().save(this->session()->applicant(), value, m_current);
        if (!saved) {
            return saved.error();
        }
        m_model->setScore(m_model->rowOf(m_current), value);
        this->session()->notifyChanged(ExamScore::kind());
        return {};
    });
    connect(m_form, &RecordForm::saveFailed, session, &Session::reportError);
    connect(m_form, &RecordForm::saved, this, &ScoresPage::showResult);
    trackProblems(m_form);
    connect(session, &Session::recordsChanged, this,
            [this] { emit problemCountChanged(problemCount()); });

    m_chooseFile = [this] {
        return QFileDialog::getOpenFileName(this, tr("Import scores"), QString(),
                                            tr("CSV files (*.csv);;All files (*)"));
    };
}

ScoresPage::~ScoresPage()
{
    m_form->commitPending(); // while the record it belongs to is still known
}

QString ScoresPage::pageId() const
{
    return domain::Progress::stepKey(domain::Progress::Step::ExamScores);
}

QString ScoresPage::title() const
{
    return tr("Score lookup");
}

int ScoresPage::problemCount() const
{
    return stepProblemCount(domain::Progress::Step::ExamScores);
}

QJsonObject ScoresPage::toForm(const ExamScore &score)
{
    QJsonObject json = score.toJson();
    json.insert(Field::Score, score.score ? QString::number(*score.score) : QString());
    return json;
}

ExamScore ScoresPage::fromForm(const QJsonObject &json, domain::Findings *problems) const
{
    QJsonObject record = json;
    record.remove(Field::Score);
    ExamScore score = ExamScore::fromJson(record, nullptr);
    // A score that is not a number is not saved: the one saved before stays.
    score.score = m_model->scoreAt(m_model->rowOf(m_current)).score;
    domain::Finding problem;
    if (!ExamScoreImport::scoreFromText(json.value(Field::Score).toString(), &score.score, &problem)
        && problems) {
        problems->append(problem);
    }
    return score;
}

void ScoresPage::reload()
{
    m_form->commitPending();
    const auto loaded = session()->store().list<ExamScore>(session()->applicant());
    if (!loaded) {
        session()->reportError(loaded.error());
    }
    m_owner = session()->applicant();
    m_model->setContext(session()->context());
    m_model->setRecords(loaded ? loaded.value() : QList<store::Stored<ExamScore>>{});
    const int row = m_model->rowOf(m_current);
    selectRow(row >= 0 ? row : m_model->rowCount() - 1);
    emit problemCountChanged(problemCount());
}

void ScoresPage::selectRow(int row)
{
    if (row >= 0) {
        m_ui->scoreTable->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                            QItemSelectionModel::ClearAndSelect
                                                                | QItemSelectionModel::Rows);
    }
    onCurrentRowChanged();
}

void ScoresPage::onCurrentRowChanged()
{
    const QUuid uuid = m_model->uuidAt(m_ui->scoreTable->currentIndex().row());
    if (uuid != m_current) {
        m_form->commitPending();
        undoStack()->clear();
        m_current = uuid;
    }
    showCurrent();
}

void ScoresPage::showCurrent()
{
    const int row = m_model->rowOf(m_current);
    m_form->load(toForm(m_model->scoreAt(row)));
    m_ui->detailsBox->setEnabled(row >= 0);
    m_ui->deleteScore->setEnabled(row >= 0);
    showResult();
}

void ScoresPage::showResult()
{
    const int row = m_model->rowOf(m_current);
    if (row < 0) {
        m_ui->resultValue->clear();
        return;
    }
    const ExamScore score = m_model->scoreAt(row);
    QString text = ExamScoreModel::resultText(score);
    const QString until = ExamScoreModel::validityText(score, session()->context());
    if (!until.isEmpty()) {
        //: %1 is "Pass", %2 the last month the pass counts ("2030-05")
        text = tr("%1: counts until %2").arg(text, until);
    } else if (score.score && !score.passed()) {
        //: %1 is "Fail", %2 the pass mark
        text = tr("%1: %2 of 100 are needed").arg(text).arg(ExamScore::PassMark);
    }
    m_ui->resultValue->setText(text);
}

void ScoresPage::addScore()
{
    m_form->commitPending();
    ExamScore score;
    // The scores ahead are those of the exam of this cycle, or the last one's once released.
    const QDate today = session()->clock().today();
    const int cycle = domain::Deadlines::cycleYear(today);
    score.examYear = QString::number(today < domain::Deadlines::examDay(cycle) ? cycle - 1 : cycle);
    const auto saved = session()->store().save(session()->applicant(), score);
    if (!saved) {
        session()->reportError(saved.error());
        return;
    }
    session()->notifyChanged(ExamScore::kind());
    m_current = saved->uuid;
    undoStack()->clear();
    reload();
    m_form->focusField(Field::ExamSubject);
}

void ScoresPage::removeCurrent()
{
    const int row = m_model->rowOf(m_current);
    if (row < 0) {
        return;
    }
    const ExamScore score = m_model->scoreAt(row);
    const QString paper = m_model->index(row, ExamScoreModel::SubjectColumn).data().toString();
    //: %1 is an exam paper such as "English" (may be empty), %2 a year
    if (!confirm(tr("Delete the score of the %1 paper of %2? This cannot be undone.")
                     .arg(paper, score.examYear))) {
        return;
    }
    const auto removed = session()->store().removeRecord(m_current);
    if (!removed) {
        session()->reportError(removed.error());
        return;
    }
    undoStack()->clear();
    m_current = QUuid();
    session()->notifyChanged(ExamScore::kind());
    reload();
}

bool ScoresPage::importFile(const QString &path)
{
    m_form->commitPending();
    const ScoreFileImport::Outcome outcome =
        ScoreFileImport::run(session(), path, m_model->records());
    if (outcome.imported) {
        undoStack()->clear();
        session()->notifyChanged(ExamScore::kind());
        reload();
    }
    m_message->showMessage(outcome.message, outcome.imported ? MessageBar::Kind::Information
                                                             : MessageBar::Kind::Error);
    return outcome.imported;
}

bool ScoresPage::focusField(const QString &key)
{
    // "examScores[2].score": the row, then the field.
    static const QRegularExpression rowKey(QStringLiteral(R"(^(\w+)\[(\d+)\]\.(\w+)$)"));
    const QRegularExpressionMatch match = rowKey.match(key);
    if (match.hasMatch() && match.captured(1) == Field::ExamScores) {
        const int row = match.captured(2).toInt();
        if (row < m_model->rowCount()) {
            selectRow(row);
            return m_form->focusField(match.captured(3));
        }
    }
    return Page::focusField(key);
}

} // namespace dd::ui
