#pragma once

#include "pages/Page.h"

#include <memory>

namespace Ui {
class ResidencyCertificatePage;
}

namespace dd::ui {

// 填写规培、医师证书信息: the physician qualification and practising certificates and the
// standardised residency training, checked by ResidencyCertificateValidator. Asked only where
// the professional degree needs it: when Progress says the step is not required, the page says
// so and why (ResidencyRequirement), keeps the form open, and counts none of its problems.
class ResidencyCertificatePage : public Page
{
    Q_OBJECT

public:
    explicit ResidencyCertificatePage(Session *session, QWidget *parent = nullptr);
    ~ResidencyCertificatePage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;
    int problemCount() const override;

    // Whether Progress requires the step of the current applicant (as last shown).
    bool isRequired() const { return m_required; }

private:
    void showRequirement();
    void alignGroups();

    std::unique_ptr<Ui::ResidencyCertificatePage> m_ui;
    RecordForm *m_form;
    bool m_required = false;
};

} // namespace dd::ui
