#pragma once

#include "pages/Page.h"

#include <memory>

namespace Ui {
class ThesisPage;
}

namespace dd::ui {

// 填报论文信息: the thesis, field by field, checked by ThesisValidator.
class ThesisPage : public Page
{
    Q_OBJECT

public:
    explicit ThesisPage(Session *session, QWidget *parent = nullptr);
    ~ThesisPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;

private:
    std::unique_ptr<Ui::ThesisPage> m_ui;
    RecordForm *m_form;
};

} // namespace dd::ui
