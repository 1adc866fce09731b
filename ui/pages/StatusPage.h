#pragma once

#include "pages/Page.h"

#include <memory>

class QLabel;

namespace Ui {
class StatusPage;
}

namespace dd::ui {

class TimelineModel;

// 查看申请状态: the current state of each degree application, prominently, and below it every
// state change of every application, newest first (TimelineModel). Read-only: the states change
// on 提交学位申请, through the state machine.
class StatusPage : public Page
{
    Q_OBJECT

public:
    explicit StatusPage(Session *session, QWidget *parent = nullptr);
    ~StatusPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;

    // The labels of the current states, one per application (oldest application first).
    QList<QLabel *> currentStateLabels() const { return m_current; }
    TimelineModel *timelineModel() const { return m_model; }

private:
    std::unique_ptr<Ui::StatusPage> m_ui;
    TimelineModel *m_model;
    QList<QLabel *> m_current;
};

} // namespace dd::ui
