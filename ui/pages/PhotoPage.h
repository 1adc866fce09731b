#pragma once

#include "pages/Page.h"

#include <QUuid>

#include <functional>
#include <memory>

namespace Ui {
class PhotoPage;
}

namespace dd::ui {

class PhotoCropper;
class PhotoFindingsModel;

// 上传电子照片: the cropper. A photo opened (button, drop, paste) is decoded and analysed off
// the GUI thread; the frame is placed automatically and can be moved, resized and turned
// (PhotoCropView; every move can be undone); the findings, the 390 × 567 result with its
// file size and a verdict follow the frame. Save keeps the compliant photo, its original and
// its crop for the applicant; Export writes it to a file. On return the saved photo is shown
// in its crop, ready to be cropped again when its original was kept.
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

    // Opens a photo as if chosen in the file dialog (a dropped or pasted file too).
    void openPhoto(const QByteArray &bytes, const QString &name);
    PhotoCropper *cropper() const { return m_cropper; }
    // Test seams: the file to open, the file to export to (empty: cancelled).
    void setOpenFileChooser(std::function<QString()> chooser) { m_chooseOpen = std::move(chooser); }
    void setExportFileChooser(std::function<QString()> chooser)
    {
        m_chooseExport = std::move(chooser);
    }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void openFile(const QString &path);
    void paste();
    void loadSaved();
    void pushFrame(const QRectF &frame, double rotation, const QString &text);
    void showResult();
    void showRules();
    void save();
    void exportPhoto();
    void updateActions();

    std::unique_ptr<Ui::PhotoPage> m_ui;
    PhotoCropper *m_cropper;
    PhotoFindingsModel *m_findings;
    QUuid m_shownFor;       // the applicant whose photo is shown
    bool m_unsaved = false; // a new photo or a moved frame not saved yet
    bool m_saving = false;
    int m_problems = 0;
    std::function<QString()> m_chooseOpen;
    std::function<QString()> m_chooseExport;
};

} // namespace dd::ui
