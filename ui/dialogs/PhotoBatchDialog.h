#pragma once

#include "PhotoBatch.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeView;

namespace dd::ui {

class Session;

// 批量处理照片, for staff: a folder of photos, optionally matched to applicants by file name
// (ID number or name), processed on every core with a progress bar and Cancel; the table of
// results (compliant, fixed, needs a new photo and why) can be saved as CSV. The compliant
// photos of matched applicants are attached when the whole batch has finished; a cancelled
// batch writes nothing. Esc while it runs cancels it; Esc again closes.
class PhotoBatchDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks for the folder of photos (`current` the one shown); empty: cancelled. A test
    // answers without a dialog.
    using ChooseFolder = std::function<QString(const QString &current)>;

    explicit PhotoBatchDialog(Session *session, QWidget *parent = nullptr);

    PhotoBatch *batch() const { return m_batch; }
    void setChooseFolder(ChooseFolder choose) { m_chooseFolder = std::move(choose); }
    void setFolder(const QString &folder);

    void reject() override;

private:
    void chooseFolder();
    void preview();
    void start();
    void saveCsv();
    void onProgress(int done, int total);
    void onFinished(PhotoBatch::Outcome outcome);
    void setRunning(bool running);
    void showStatus(const QString &text);

    PhotoBatch *m_batch;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QCheckBox *m_match;
    QPushButton *m_start;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QTreeView *m_table;
    QLabel *m_status;
    QPushButton *m_saveCsv;
    QDialogButtonBox *m_buttons;
    ChooseFolder m_chooseFolder;
    bool m_ran = false;
};

} // namespace dd::ui
