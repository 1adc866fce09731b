#pragma once

#include "pages/Page.h"

#include <memory>

namespace Ui {
class DefenseRequestPage;
}

namespace dd::ui {

// 申请论文答辩资格: the request's fields, checked by ThesisValidator, and the degree application
// it is for (DefenseRequestTarget): its year, discipline, institution and state, or a note that
// the defence can be requested only once an application is submitted.
class DefenseRequestPage : public Page
{
    Q_OBJECT

public:
    explicit DefenseRequestPage(Session *session, QWidget *parent = nullptr);
    ~DefenseRequestPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;

private:
    void showApplication();

    std::unique_ptr<Ui::DefenseRequestPage> m_ui;
    RecordForm *m_form;
};

} // namespace dd::ui
