#include "pages/PhotoPage.h"
#include "ui_PhotoPage.h"

#include "domain/Field.h"
#include "domain/Photo.h"
#include "domain/PhotoRules.h"

#include <QLocale>

namespace dd::ui {

using Step = domain::Progress::Step;

PhotoPage::PhotoPage(Session *session, QWidget *parent)
    : Page(session, parent)
    , m_ui(std::make_unique<Ui::PhotoPage>())
{
    m_ui->setupUi(this);
    m_ui->originalNameLabel->setText(domain::Field::label(domain::Field::PhotoOriginalName));
    m_ui->photoView->setAccessibleName(domain::Field::label(domain::Field::PhotoJpeg));
    m_ui->pixelSize->setAccessibleName(m_ui->pixelSizeLabel->text());
    m_ui->fileSize->setAccessibleName(m_ui->fileSizeLabel->text());
    m_ui->originalName->setAccessibleName(m_ui->originalNameLabel->text());
    m_ui->checkNote->setAccessibleName(tr("Result of the photo check"));
    m_ui->rulesList->setAccessibleName(m_ui->rulesGroup->title());
    // The photo is kept by the store; the cropper (or an import) saves it elsewhere.
    connect(session, &Session::recordsChanged, this, [this](const QString &kind) {
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
    const std::optional<domain::Photo> &photo = session()->dossier().photo;
    const bool present = photo && !photo->jpeg.isEmpty();
    const QImage image = present ? QImage::fromData(photo->jpeg) : QImage();
    const QLocale locale;

    m_ui->photoView->setImage(image);
    m_ui->photoView->setPlaceholderText(
        present ? tr("The saved photo cannot be shown: its data is not a readable image.")
                : tr("No photo yet"));
    m_ui->photoView->setAccessibleDescription(present ? QString() : tr("No photo yet"));
    const QString none = tr("None");
    m_ui->pixelSize->setText(!present ? none
                             : image.isNull()
                                 ? tr("Not readable as an image")
                                 //: %1 × %2: width and height in pixels
                                 : tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
    const qint64 bytes = present ? photo->jpeg.size() : 0;
    m_ui->fileSize->setText(
        present
            //: %1 the size in kB, %2 the exact number of bytes
            ? tr("%1 (%2 bytes)")
                  .arg(locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat),
                       locale.toString(bytes))
            : none);
    const QString original = photo ? photo->originalName : QString();
    m_ui->originalName->setText(original);
    m_ui->originalName->setVisible(!original.isEmpty());
    m_ui->originalNameLabel->setVisible(!original.isEmpty());

    const QStringList failed = photo ? photo->failedRules : QStringList();
    if (!present) {
        m_ui->checkNote->setNote(tr("There is no certificate photo for this applicant yet. The "
                                    "photo is cut from a camera photo and checked by the "
                                    "cropper, which comes in a later version; it must meet the "
                                    "rules below."),
                                 NoteBox::Kind::Warning);
    } else if (failed.isEmpty()) {
        m_ui->checkNote->setNote(tr("The photo passes every check."), NoteBox::Kind::Information);
    } else {
        //: followed by one line per failed check
        QString text = tr("The photo does not pass %n check(s):", nullptr, int(failed.size()));
        for (const QString &code : failed) {
            text += QStringLiteral("\n• ") + domain::PhotoRules::failure(code);
        }
        m_ui->checkNote->setNote(text, NoteBox::Kind::Warning);
    }
    showRules(failed);

    m_problems = stepProblemCount(Step::Photo);
    emit problemCountChanged(m_problems);
}

void PhotoPage::showRules(const QStringList &failed)
{
    // A table rather than a list: the bullets hang, without a list's wide indent.
    QString html = QStringLiteral("<table cellspacing=\"1\" cellpadding=\"0\">");
    for (const domain::PhotoRules::Rule &rule : domain::PhotoRules::rules()) {
        const QString text = rule.summary.toHtmlEscaped();
        html += QStringLiteral("<tr><td>•&nbsp;</td><td>%1</td></tr>")
                    .arg(failed.contains(rule.code)
                             //: a rule of the photo that the saved photo breaks
                             ? QStringLiteral("<b>%1</b>").arg(tr("%1 (not met)").arg(text))
                             : text);
    }
    html += QStringLiteral("</table>");
    m_ui->rulesList->setText(html);
}

} // namespace dd::ui
