#pragma once

#include "domain/ExamRegistrationStateMachine.h"
#include "pages/Page.h"

#include <QList>
#include <QUuid>

#include <memory>
#include <utility>

class QPushButton;

namespace Ui {
class ExamPage;
}

namespace dd::ui {

class ExamRegistrationModel;
class MessageBar;

// 全国统考: the applicant's registrations for the national exam's papers (外国语水平 and
// 学科综合水平) in a table, the chosen one's details in a form checked by ExamValidator and
// saved as they are typed, and the actions the state machine allows in its state (报名 · 缴费 ·
// 取消报名 · 打印准考证 ...), carried out by app/domain's ExamRegistrationActions.
class ExamPage : public Page
{
    Q_OBJECT

public:
    explicit ExamPage(Session *session, QWidget *parent = nullptr);
    ~ExamPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;
    int problemCount() const override;
    bool focusField(const QString &key) override;

    QUuid currentRecord() const { return m_current; }

private:
    void onCurrentRowChanged();
    void showCurrent();
    void addRegistration();
    void runAction(domain::ExamRegistrationAction action);
    void removeCurrent();
    void updateActions();
    void selectRow(int row);

    std::unique_ptr<Ui::ExamPage> m_ui;
    ExamRegistrationModel *m_model;
    MessageBar *m_message;
    RecordForm *m_form;
    QList<std::pair<domain::ExamRegistrationAction, QPushButton *>> m_actions;
    QUuid m_owner;   // the applicant whose records the table shows
    QUuid m_current; // the record the form shows
};

} // namespace dd::ui
