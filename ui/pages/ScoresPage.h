#pragma once

#include "domain/ExamScore.h"
#include "pages/Page.h"

#include <QUuid>

#include <functional>
#include <memory>

namespace Ui {
class ScoresPage;
}

namespace dd::ui {

class ExamScoreModel;
class MessageBar;

// 成绩查询: the national-exam scores, entered one by one or imported from a CSV file (app/domain's
// ExamScoreImport: all lines or none), with pass or fail and the month until which a pass counts
// as app/domain's ExamScore computes them; each score checked by ExamValidator.
class ScoresPage : public Page
{
    Q_OBJECT

public:
    // Asks for the CSV file to import; empty: cancelled. A test gives the path instead.
    using ChooseFile = std::function<QString()>;

    explicit ScoresPage(Session *session, QWidget *parent = nullptr);
    ~ScoresPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;
    int problemCount() const override;
    bool focusField(const QString &key) override;

    void setChooseFile(ChooseFile choose) { m_chooseFile = std::move(choose); }
    QUuid currentRecord() const { return m_current; }

    // Imports the scores of a CSV file (what the import button does after the file dialog);
    // false when nothing was imported.
    bool importFile(const QString &path);

private:
    // The form keeps the score as typed; the record has a number or null.
    static QJsonObject toForm(const domain::ExamScore &score);
    domain::ExamScore fromForm(const QJsonObject &json, domain::Findings *problems) const;

    void onCurrentRowChanged();
    void showCurrent();
    void showResult();
    void selectRow(int row);
    void addScore();
    void removeCurrent();

    std::unique_ptr<Ui::ScoresPage> m_ui;
    ExamScoreModel *m_model;
    MessageBar *m_message;
    RecordForm *m_form;
    QUuid m_owner;   // the applicant whose records the table shows
    QUuid m_current; // the record the form shows
    ChooseFile m_chooseFile;
};

} // namespace dd::ui
