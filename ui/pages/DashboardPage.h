#pragma once

#include "pages/Page.h"

#include <functional>
#include <memory>

class QListWidgetItem;
class QTreeWidgetItem;

namespace Ui {
class DashboardPage;
}

namespace dd::ui {

// 我的主页: every step's state, what is still missing (each item leads to its field), and
// the next deadline.
class DashboardPage : public Page
{
    Q_OBJECT

public:
    // The next deadline after a day, as text ("National exam registration closes on ..."),
    // empty when none is known. Set by the window from app/domain's deadlines.
    using NextDeadline = std::function<QString(const domain::Dossier &, QDate today)>;

    explicit DashboardPage(Session *session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;
    int problemCount() const override;

    void setNextDeadline(NextDeadline nextDeadline);

    // The page and field a finding of a step leads to.
    static std::pair<QString, QString> targetOf(domain::Progress::Step step,
                                                const domain::Finding &finding);

private:
    void onStepActivated(QTreeWidgetItem *item);
    void onMissingActivated(QListWidgetItem *item);

    std::unique_ptr<Ui::DashboardPage> m_ui;
    NextDeadline m_nextDeadline;
    int m_missing = 0;
};

} // namespace dd::ui
