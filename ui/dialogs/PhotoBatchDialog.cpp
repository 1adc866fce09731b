#include "dialogs/PhotoBatchDialog.h"

#include "models/PhotoBatchModel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace dd::ui {

using Verdict = PhotoBatchModel::Verdict;

PhotoBatchDialog::PhotoBatchDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_batch(new PhotoBatch(session, this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("C&hoose..."), this))
    , m_match(new QCheckBox(tr("&Match to applicants by file name (ID number or name)"), this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_table(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_saveCsv(new QPushButton(tr("Save as CS&V..."), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("photoBatchDialog"));
    setWindowTitle(tr("Process a folder of photos"));
    setSizeGripEnabled(true);

    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setAccessibleName(tr("Folder of photos"));
    m_folder->setPlaceholderText(tr("A folder of photos named by ID number or name"));
    m_folder->setClearButtonEnabled(true);
    m_browse->setObjectName(QStringLiteral("browse"));
    m_browse->setAccessibleName(tr("Choose the folder of photos"));
    m_match->setObjectName(QStringLiteral("match"));
    m_match->setChecked(true);
    auto *note = new QLabel(tr("When the whole batch has finished, each compliant photo of a "
                               "matched applicant replaces that applicant's photo. A cancelled "
                               "batch saves nothing."),
                            this);
    note->setObjectName(QStringLiteral("note"));
    note->setWordWrap(true);

    m_start->setObjectName(QStringLiteral("start"));
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());

    m_table->setObjectName(QStringLiteral("results"));
    m_table->setAccessibleName(tr("Results"));
    m_table->setModel(m_batch->model());
    // A list of rows (compact, the whole row selected), not a grid of cells.
    m_table->setRootIsDecorated(false);
    m_table->setItemsExpandable(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    QHeaderView *header = m_table->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(PhotoBatchModel::ReasonColumn, QHeaderView::Stretch);

    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveCsv->setObjectName(QStringLiteral("saveCsv"));
    m_saveCsv->setAutoDefault(false);
    m_buttons->addButton(m_saveCsv, QDialogButtonBox::ActionRole);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_start);
    runRow->addWidget(m_progress, 1);
    runRow->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addWidget(m_match);
    layout->addWidget(note);
    layout->addLayout(runRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setTabOrder(m_folder, m_browse);
    setTabOrder(m_browse, m_match);
    setTabOrder(m_match, m_start);
    setTabOrder(m_start, m_cancel);
    setTabOrder(m_cancel, m_table);
    setTabOrder(m_table, m_saveCsv);

    connect(m_browse, &QPushButton::clicked, this, &PhotoBatchDialog::chooseFolder);
    connect(m_folder, &QLineEdit::editingFinished, this, [this] {
        if (QDir::fromNativeSeparators(m_folder->text()) != m_batch->folder()) {
            preview();
        }
    });
    connect(m_match, &QCheckBox::toggled, this, &PhotoBatchDialog::preview);
    connect(m_start, &QPushButton::clicked, this, &PhotoBatchDialog::start);
    connect(m_cancel, &QPushButton::clicked, m_batch, &PhotoBatch::cancel);
    connect(m_saveCsv, &QPushButton::clicked, this, &PhotoBatchDialog::saveCsv);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PhotoBatchDialog::reject);
    connect(m_batch, &PhotoBatch::progressChanged, this, &PhotoBatchDialog::onProgress);
    connect(m_batch, &PhotoBatch::finished, this, &PhotoBatchDialog::onFinished);

    m_batch->useDialogs(this);
    m_chooseFolder = [this](const QString &current) {
        return QFileDialog::getExistingDirectory(this, tr("Choose the folder of photos"), current);
    };
    setRunning(false);
    resize(860, 540);
}

void PhotoBatchDialog::setFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    preview();
}

void PhotoBatchDialog::chooseFolder()
{
    const QString folder = m_chooseFolder ? m_chooseFolder(m_folder->text()) : QString();
    if (!folder.isEmpty()) {
        setFolder(folder);
    }
}

void PhotoBatchDialog::preview()
{
    m_ran = false;
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (folder.isEmpty()) {
        showStatus(QString());
        return;
    }
    if (!m_batch->load(folder, m_match->isChecked())) {
        showStatus(m_batch->error());
        return;
    }
    const QList<PhotoBatchModel::Item> &items = m_batch->model()->items();
    const auto matched = std::count_if(items.cbegin(), items.cend(),
                                       [](const auto &item) { return !item.applicant.isNull(); });
    //: %1 files in the folder, %2 of them matched
    showStatus(tr("%1 files; %2 matched to an applicant.").arg(items.size()).arg(matched));
}

void PhotoBatchDialog::start()
{
    preview(); // the folder as it is now
    if (m_batch->total() == 0) {
        if (m_batch->error().isEmpty()) {
            showStatus(tr("The folder has no files to process."));
        }
        return;
    }
    if (m_batch->start()) {
        setRunning(true);
        onProgress(0, m_batch->total());
        showStatus(tr("Processing... Nothing is saved before the end."));
    }
}

void PhotoBatchDialog::onProgress(int done, int total)
{
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    //: progress: %1 photos done of %2
    m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
}

void PhotoBatchDialog::onFinished(PhotoBatch::Outcome outcome)
{
    m_ran = true;
    setRunning(false);
    const QList<PhotoBatchModel::Item> &items = m_batch->model()->items();
    switch (outcome) {
    case PhotoBatch::Outcome::Saved: {
        const auto compliant = std::count_if(items.cbegin(), items.cend(), [](const auto &item) {
            return item.verdict == Verdict::Compliant || item.verdict == Verdict::Fixed;
        });
        showStatus(tr("Done: %1 of %2 photos are compliant; %3 attached to their applicants.")
                       .arg(compliant)
                       .arg(items.size())
                       .arg(m_batch->savedCount()));
        break;
    }
    case PhotoBatch::Outcome::Cancelled:
        showStatus(tr("Cancelled: nothing was saved (%1 of %2 photos had been processed).")
                       .arg(m_batch->doneCount())
                       .arg(m_batch->total()));
        break;
    case PhotoBatch::Outcome::SaveFailed:
        showStatus(tr("Nothing was saved: %1").arg(m_batch->error()));
        break;
    }
    m_table->setFocus(Qt::OtherFocusReason);
}

void PhotoBatchDialog::saveCsv()
{
    const QString path = m_batch->saveCsv();
    if (!path.isEmpty()) {
        showStatus(tr("The results were saved to %1.").arg(QDir::toNativeSeparators(path)));
    } else if (!m_batch->error().isEmpty()) {
        showStatus(m_batch->error());
    }
}

void PhotoBatchDialog::setRunning(bool running)
{
    m_folder->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_match->setEnabled(!running);
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_saveCsv->setEnabled(!running && m_ran);
    if (running) {
        m_cancel->setFocus(Qt::OtherFocusReason);
    }
}

void PhotoBatchDialog::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

void PhotoBatchDialog::reject()
{
    // Esc (or Close) while the batch runs cancels it: nothing is saved; once more closes.
    if (m_batch->isRunning()) {
        m_batch->cancel();
        return;
    }
    QDialog::reject();
}

} // namespace dd::ui
