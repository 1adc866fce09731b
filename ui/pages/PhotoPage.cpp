#include "pages/PhotoPage.h"
#include "ui_PhotoPage.h"

#include "PhotoCropper.h"
#include "domain/Field.h"
#include "domain/Photo.h"
#include "domain/PhotoRules.h"
#include "models/PhotoFindingsModel.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QSaveFile>
#include <QShortcut>
#include <QUndoCommand>

#include <algorithm>

namespace dd::ui {

using Step = domain::Progress::Step;
using photo::PhotoPipeline;

namespace {

// One move, resize or turn of the frame. Pushed after the cropper has moved it, so the first
// redo does nothing; wheel notches of one burst merge into one step.
class FrameCommand : public QUndoCommand
{
public:
    FrameCommand(PhotoCropper *cropper, const QRectF &before, double beforeRotation,
                 const QString &text, bool mergeable)
        : QUndoCommand(text)
        , m_cropper(cropper)
        , m_before(before)
        , m_beforeRotation(beforeRotation)
        , m_after(cropper->frame())
        , m_afterRotation(cropper->rotation())
        , m_mergeable(mergeable)
    {}
    int id() const override { return m_mergeable ? 1 : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const FrameCommand *>(other);
        m_after = next->m_after;
        m_afterRotation = next->m_afterRotation;
        return true;
    }
    void undo() override { m_cropper->setFrame(m_before, m_beforeRotation); }
    void redo() override
    {
        if (m_done) {
            m_cropper->setFrame(m_after, m_afterRotation);
        }
        m_done = true;
    }

private:
    PhotoCropper *m_cropper;
    QRectF m_before;
    double m_beforeRotation;
    QRectF m_after;
    double m_afterRotation;
    bool m_mergeable;
    bool m_done = false;
};

QString imageFilter()
{
    return PhotoPage::tr("Photos (*.jpg *.jpeg *.png *.heic *.heif *.webp *.tif *.tiff *.bmp);;"
                         "All files (*)");
}

} // namespace

PhotoPage::PhotoPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::PhotoPage>())
    , m_cropper(new PhotoCropper(this))
    , m_findings(new PhotoFindingsModel(this))
{
    m_ui->setupUi(this);
    setAcceptDrops(true);
    m_ui->cropView->setCropper(m_cropper);
    m_ui->cropView->setAccessibleName(tr("Photo and crop frame"));
    m_ui->cropView->setPlaceholderText(
        tr("Open a photo, drop one here or paste one (Ctrl+V). It is decoded and measured, and "
           "the frame placed for you; nothing is retouched."));
    m_ui->findingsView->setModel(m_findings);
    m_ui->findingsView->setAccessibleName(tr("Findings of the photo check"));
    m_ui->findingsView->verticalHeader()->hide();
    m_ui->findingsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->findingsView->horizontalHeader()->setSectionResizeMode(PhotoFindingsModel::Check,
                                                                 QHeaderView::Stretch);
    m_ui->previewView->setAccessibleName(tr("The photo as it will be written"));
    m_ui->originalNameLabel->setText(domain::Field::label(domain::Field::PhotoOriginalName));
    m_ui->checkNote->setAccessibleName(tr("Result of the photo check"));
    m_ui->rulesList->setAccessibleName(
        m_ui->resultTabs->tabText(m_ui->resultTabs->indexOf(m_ui->rulesGroup)).remove(u'&'));
    m_ui->busyBar->setAccessibleName(tr("Reading the photo"));

    connect(m_ui->openButton, &QPushButton::clicked, this, [this] {
        openFile(m_chooseOpen
                     ? m_chooseOpen()
                     : QFileDialog::getOpenFileName(this, tr("Open a photo"), {}, imageFilter()));
    });
    connect(m_ui->autoButton, &QPushButton::clicked, this, [this] {
        if (const auto frame = m_cropper->automaticFrame()) {
            pushFrame(*frame, 0.0, tr("Automatic crop"));
        }
    });
    connect(m_ui->straightenButton, &QPushButton::clicked, this, [this] {
        const auto *analysis = m_cropper->analysis();
        if (analysis && analysis->head && analysis->head->roll) {
            pushFrame(m_cropper->frame(), *analysis->head->roll, tr("Straighten by eyes"));
        }
    });
    connect(m_ui->rotationSpin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (std::abs(value - m_cropper->rotation()) > 1e-6) {
            pushFrame(m_cropper->frame(), value, tr("Turn the frame"));
        }
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &PhotoPage::save);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &PhotoPage::exportPhoto);
    connect(m_ui->cropView, &PhotoCropView::frameEdited, this,
            [this](const QRectF &before, double rotation, bool mergeable) {
                undoStack()->push(
                    new FrameCommand(m_cropper, before, rotation, tr("Move the frame"), mergeable));
                m_unsaved = true;
                updateActions();
            });
    auto *pasteShortcut = new QShortcut(QKeySequence::Paste, this);
    pasteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(pasteShortcut, &QShortcut::activated, this, &PhotoPage::paste);

    connect(m_cropper, &PhotoCropper::loadingStarted, this, &PhotoPage::showResult);
    connect(m_cropper, &PhotoCropper::analysed, this, [this] {
        undoStack()->clear();
        showResult();
    });
    connect(m_cropper, &PhotoCropper::frameChanged, this, [this] {
        const QSignalBlocker blocker(m_ui->rotationSpin);
        m_ui->rotationSpin->setValue(m_cropper->rotation());
        m_findings->setFindings(m_cropper->findings());
    });
    connect(m_cropper, &PhotoCropper::rendered, this, &PhotoPage::showResult);
    connect(session, &Session::recordsChanged, this, [this](const QString &kind) {
        // Saved elsewhere (the batch dialog, sync): shown, unless a crop is being worked on.
        if (kind == domain::Photo::kind() && !m_saving && !m_unsaved) {
            m_shownFor = QUuid();
        }
        if (kind == domain::Photo::kind()) {
            reload();
        }
    });
}

PhotoPage::~PhotoPage() = default;

QString PhotoPage::pageId() const
{
    return domain::Progress::stepKey(Step::Photo);
}

QString PhotoPage::title() const
{
    return tr("Upload photo");
}

int PhotoPage::problemCount() const
{
    return m_problems;
}

void PhotoPage::reload()
{
    // A photo being cropped stays while the same applicant is shown (our own save comes back
    // here too); another applicant's saved photo replaces it.
    if (session()->applicant() != m_shownFor) {
        loadSaved();
    }
    m_problems = stepProblemCount(Step::Photo);
    emit problemCountChanged(m_problems);
    showResult();
}

void PhotoPage::loadSaved()
{
    m_shownFor = session()->applicant();
    m_unsaved = false;
    undoStack()->clear();
    const std::optional<domain::Photo> &photo = session()->dossier().photo;
    if (!photo || photo->jpeg.isEmpty()) {
        m_cropper->clear();
        return;
    }
    // The original and the crop when the original was kept: the photo can be cropped again.
    if (!photo->originalSha256.isEmpty()) {
        const auto original = session()->store().originalPhoto(photo->originalSha256);
        if (original) {
            if (photo->crop.isNull()) {
                m_cropper->load(*original, photo->originalName);
            } else {
                m_cropper->load(*original, photo->originalName, photo->crop.frame,
                                photo->crop.rotation);
            }
            return;
        }
    }
    m_cropper->load(photo->jpeg, photo->originalName,
                    QRectF(0, 0, domain::PhotoRules::Width, domain::PhotoRules::Height), 0.0);
}

void PhotoPage::openPhoto(const QByteArray &bytes, const QString &name)
{
    m_shownFor = session()->applicant();
    m_unsaved = true;
    m_cropper->load(bytes, name);
}

void PhotoPage::openFile(const QString &path)
{
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->checkNote->setNote(tr("%1 cannot be read: %2").arg(path, file.errorString()),
                                 NoteBox::Kind::Warning);
        return;
    }
    openPhoto(file.readAll(), QFileInfo(path).fileName());
}

void PhotoPage::paste()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (mime && mime->hasUrls() && mime->urls().first().isLocalFile()) {
        openFile(mime->urls().first().toLocalFile());
    } else if (mime && mime->hasImage()) {
        // A pasted picture has no file: it is kept as PNG, losslessly.
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        qvariant_cast<QImage>(mime->imageData()).save(&buffer, "PNG");
        openPhoto(png, tr("pasted photo.png"));
    }
}

void PhotoPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void PhotoPage::dropEvent(QDropEvent *event)
{
    openFile(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

void PhotoPage::pushFrame(const QRectF &frame, double rotation, const QString &text)
{
    const QRectF before = m_cropper->frame();
    const double beforeRotation = m_cropper->rotation();
    m_cropper->setFrame(frame, rotation);
    undoStack()->push(new FrameCommand(m_cropper, before, beforeRotation, text, false));
    m_unsaved = true;
    updateActions();
}

void PhotoPage::showResult()
{
    const bool busy = m_cropper->busy();
    m_ui->busyBar->setVisible(busy);
    m_findings->setFindings(m_cropper->findings());
    const PhotoPipeline::Output &output = m_cropper->output();
    const QLocale locale;
    m_ui->previewView->setImage(m_cropper->preview());
    m_ui->previewView->setPlaceholderText(busy ? tr("Reading the photo…") : tr("No photo yet"));
    const bool shown = m_cropper->hasPhoto();
    m_ui->pixelSize->setText(
        shown ? tr("%1 × %2 pixels").arg(domain::PhotoRules::Width).arg(domain::PhotoRules::Height)
              : tr("None"));
    const qint64 bytes = output.jpeg.size();
    m_ui->fileSize->setText(
        bytes > 0
            //: %1 the size in kB, %2 the exact number of bytes
            ? tr("%1 (%2 bytes)")
                  .arg(locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat),
                       locale.toString(bytes))
            : shown ? tr("Not written while a rule fails") : tr("None"));
    m_ui->originalName->setText(m_cropper->originalName());

    const QStringList errors = output.report.errorMessages();
    if (busy) {
        m_ui->checkNote->setNote(tr("Reading and measuring the photo…"));
    } else if (!shown && errors.isEmpty()) {
        m_ui->checkNote->setNote(tr("There is no certificate photo for this applicant yet. Open "
                                    "a photo from a camera or phone: DegreeDesk crops it to the "
                                    "portal's rules and tells you if it cannot."),
                                 NoteBox::Kind::Warning);
    } else if (errors.isEmpty()) {
        QString text = m_unsaved
                           ? tr("The photo meets every rule. Save it to keep it for the applicant.")
                           : tr("The photo meets every rule and is saved.");
        const auto warnings =
            std::count_if(output.report.findings.cbegin(), output.report.findings.cend(),
                          [](const photo::PhotoFinding &f) {
                              return f.severity == photo::PhotoFinding::Severity::Warning;
                          });
        if (warnings > 0) {
            text += QLatin1Char(' ')
                    + tr("Worth a look in the findings: %n warning(s).", nullptr, int(warnings));
        }
        m_ui->checkNote->setNote(text, NoteBox::Kind::Information);
    } else {
        //: followed by one line per failed check
        QString text = tr("The photo does not pass %n check(s):", nullptr, int(errors.size()));
        for (const QString &message : errors) {
            text += QStringLiteral("\n• ") + message;
        }
        m_ui->checkNote->setNote(text, NoteBox::Kind::Warning);
    }
    showRules();
    updateActions();
}

void PhotoPage::showRules()
{
    const QStringList failed = m_cropper->output().report.failedRules();
    // A table rather than a list: the bullets hang, without a list's wide indent.
    QString html = QStringLiteral("<table cellspacing=\"1\" cellpadding=\"0\">");
    for (const domain::PhotoRules::Rule &rule : domain::PhotoRules::rules()) {
        const QString text = rule.summary.toHtmlEscaped();
        html += QStringLiteral("<tr><td>•&nbsp;</td><td>%1</td></tr>")
                    .arg(failed.contains(rule.code)
                             //: a rule of the photo that the photo breaks
                             ? QStringLiteral("<b>%1</b>").arg(tr("%1 (not met)").arg(text))
                             : text);
    }
    html += QStringLiteral("</table>");
    m_ui->rulesList->setText(html);
}

void PhotoPage::updateActions()
{
    const bool ready = m_cropper->hasPhoto() && !m_cropper->busy();
    const auto *analysis = m_cropper->analysis();
    m_ui->autoButton->setEnabled(ready && m_cropper->automaticFrame().has_value());
    m_ui->straightenButton->setEnabled(ready && analysis->head && analysis->head->roll);
    m_ui->rotationSpin->setEnabled(ready);
    const bool compliant = ready && !m_cropper->output().jpeg.isEmpty();
    m_ui->saveButton->setEnabled(compliant && m_unsaved && !session()->applicant().isNull());
    m_ui->exportButton->setEnabled(compliant);
}

void PhotoPage::save()
{
    m_cropper->renderNow();
    const PhotoPipeline::Output &output = m_cropper->output();
    if (output.jpeg.isEmpty() || session()->applicant().isNull()) {
        return;
    }
    const auto saved = session()->store().savePhoto(
        session()->applicant(), PhotoPipeline::record(output, m_cropper->originalName()),
        m_cropper->original());
    if (!saved) {
        session()->reportError(saved.error());
        return;
    }
    m_unsaved = false;
    m_saving = true;
    session()->notifyChanged(domain::Photo::kind());
    m_saving = false;
}

void PhotoPage::exportPhoto()
{
    m_cropper->renderNow();
    const QByteArray jpeg = m_cropper->output().jpeg;
    if (jpeg.isEmpty()) {
        return;
    }
    const QString path =
        m_chooseExport
            ? m_chooseExport()
            : QFileDialog::getSaveFileName(this, tr("Export the certificate photo"),
                                           tr("photo.jpg"), tr("JPEG photos (*.jpg *.jpeg)"));
    if (path.isEmpty()) {
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(jpeg) != jpeg.size() || !file.commit()) {
        m_ui->checkNote->setNote(tr("%1 cannot be written: %2").arg(path, file.errorString()),
                                 NoteBox::Kind::Warning);
    }
}

} // namespace dd::ui
