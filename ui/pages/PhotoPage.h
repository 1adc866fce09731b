#pragma once

#include "pages/Page.h"

#include <memory>

namespace Ui {
class PhotoPage;
}

namespace dd::ui {

// 上传电子照片, until the cropper comes: the saved certificate photo (its 390 × 567 shape,
// scaled to fit), its pixel and file size, the result of its check (Photo::failedRules, in
// PhotoRules' words) or a clear "no photo yet", and the portal's photo rules in brief.
class PhotoPage : public Page
{
    Q_OBJECT

public:
    explicit PhotoPage(Session *session, QWidget *parent = nullptr);
    ~PhotoPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;
    int problemCount() const override;

private:
    void showRules(const QStringList &failed);

    std::unique_ptr<Ui::PhotoPage> m_ui;
    int m_problems = 0;
};

} // namespace dd::ui
