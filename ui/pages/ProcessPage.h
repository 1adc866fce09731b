#pragma once

#include "pages/Page.h"

#include <QMap>

#include <memory>

class QCommandLinkButton;
class QLabel;

namespace Ui {
class ProcessPage;
}

namespace dd::ui {

// 查看申请流程: the steps of Progress in order, each with its state (icon and label) and a
// link to its page, a line on what the portal asks in it, and the national process from
// application to degree (REFERENCE.md §1.2). States follow the saved records.
class ProcessPage : public Page
{
    Q_OBJECT

public:
    explicit ProcessPage(Session *session, QWidget *parent = nullptr);
    ~ProcessPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;
    // The page shows the steps; their problems belong to their own pages.
    int problemCount() const override { return 0; }

    // What the portal asks in a step, in a line.
    static QString description(domain::Progress::Step step);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        QCommandLinkButton *link;
        QLabel *state;
    };

    std::unique_ptr<Ui::ProcessPage> m_ui;
    QMap<domain::Progress::Step, Row> m_rows;
};

} // namespace dd::ui
