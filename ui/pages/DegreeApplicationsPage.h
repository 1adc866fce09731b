#pragma once

#include "ApplicationActions.h"
#include "domain/ApplicationStateMachine.h"
#include "domain/DegreeApplication.h"
#include "pages/Page.h"

#include <QUuid>

#include <memory>

class QPushButton;

namespace Ui {
class DegreeApplicationsPage;
}

namespace dd::ui {

class ApplicationTableModel;
class DependentChoices;

// 提交学位申请: the table of the applicant's degree applications with the portal's actions
// (新增申请 · 删除 · 修改 · 提交申请 · 取消申请), each enabled by ApplicationStateMachine (a
// disabled one says why in its tooltip), and the form of the chosen application, checked by
// DegreeApplicationValidator with the basic information of the applicant. Actions that change
// the state go through the state machine, which records them in the application's timeline.
class DegreeApplicationsPage : public Page
{
    Q_OBJECT

public:
    explicit DegreeApplicationsPage(Session *session, QWidget *parent = nullptr);
    ~DegreeApplicationsPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;
    int problemCount() const override;
    // Also "applications[2].discipline" (Progress's keys): that application, at that field.
    bool focusField(const QString &key) override;

    // The application shown in the form (null when there is none).
    QUuid currentApplication() const { return m_current; }
    QPushButton *actionButton(domain::ApplicationAction action) const;

private:
    void select(const QUuid &uuid);
    void onCurrentRowChanged();
    void showCurrent();
    void refreshActions();
    void onAction(domain::ApplicationAction action);
    void createApplication();
    void deleteApplication();
    void changeState(domain::ApplicationAction action);
    // Whether an action was done; a refusal is shown in the page's message bar.
    bool done(const ApplicationActions::Outcome &outcome);
    store::Result<void> saveCurrent(const domain::DegreeApplication &application);
    domain::DegreeApplication current() const;
    std::optional<domain::ApplicationState> currentState() const;
    domain::Findings validate(const domain::DegreeApplication &application);
    QString degreeTypeRefusal(const QString &from, const QString &to) const;

    std::unique_ptr<Ui::DegreeApplicationsPage> m_ui;
    ApplicationTableModel *m_model;
    ApplicationActions m_actions;
    RecordForm *m_form;
    DependentChoices *m_choices;
    QUuid m_current;
    bool m_selecting = false;
};

} // namespace dd::ui
