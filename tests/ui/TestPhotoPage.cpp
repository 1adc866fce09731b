#include "pages/PhotoPage.h"

#include "PhotoCropper.h"
#include "domain/Photo.h"
#include "domain/PhotoRules.h"
#include "models/PhotoFindingsModel.h"
#include "photo/CropPlanner.h"
#include "photo/JpegStructure.h"
#include "photo/PhotoSamples.h"
#include "support/PhotoFixtures.h"
#include "support/UiFixture.h"
#include "widgets/NoteBox.h"
#include "widgets/PhotoCropView.h"
#include "widgets/PhotoView.h"

#include <QApplication>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using domain::PhotoRules;
using photo::PhotoFinding;
using Guide = ui::PhotoCropView::Guide;

namespace {

// A camera photo of a real face on the blue background (compliant once cropped).
QByteArray cameraPhoto(double tilt = 0.0,
                       const test::LabelledPortrait &portrait = test::graceHopper())
{
    const auto c = test::composite(portrait, QSize(1500, 2000), 2.0, QPointF(750, 330));
    if (!c) {
        return {};
    }
    QImage image = c->image;
    if (tilt != 0.0) {
        QImage turned(image.size(), QImage::Format_RGB888);
        turned.fill(test::idBlue());
        QPainter painter(&turned);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.translate(750, 800);
        painter.rotate(tilt);
        painter.translate(-750, -800);
        painter.drawImage(0, 0, image);
        painter.end();
        image = turned;
    }
    return photo::samples::jpeg(image, 92);
}

ui::NoteBox *noteOf(QWidget *page)
{
    return page->findChild<ui::NoteBox *>(QStringLiteral("checkNote"));
}

QPushButton *button(QWidget *page, const char *name)
{
    return page->findChild<QPushButton *>(QLatin1String(name));
}

ui::PhotoCropView *cropView(QWidget *page)
{
    return page->findChild<ui::PhotoCropView *>(QStringLiteral("cropView"));
}

// Waits until the photo is read, measured and its result rendered.
bool settle(ui::PhotoPage &page)
{
    const bool done = QTest::qWaitFor(
        [&] { return !page.cropper()->busy() && page.cropper()->hasPhoto(); }, 20000);
    if (done) {
        page.cropper()->renderNow();
        QCoreApplication::processEvents();
    }
    return done;
}

} // namespace

class TestPhotoPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(test::testPhoto(test::graceHopper().file)),
                 "the Debian test photos are missing: run scripts/fetch-test-photos");
    }

    void withoutAPhotoThePageSaysSo()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        ui::PhotoPage page(fixture.session());
        page.reload();
        page.show();
        QCOMPARE(page.pageId(), QStringLiteral("photo"));
        QVERIFY(!page.cropper()->hasPhoto());
        QCOMPARE(noteOf(&page)->kind(), ui::NoteBox::Kind::Warning);
        QVERIFY(!button(&page, "saveButton")->isEnabled());
        QVERIFY(!button(&page, "exportButton")->isEnabled());
        QVERIFY(!button(&page, "autoButton")->isEnabled());
        QCOMPARE(page.problemCount(), 1); // the step is not started
        const QString rules = page.findChild<QLabel *>(QStringLiteral("rulesList"))->text();
        QVERIFY(rules.contains(PhotoRules::summary(PhotoRules::Size).toHtmlEscaped()));
    }

    // Open, automatic crop, save; reopened, the saved photo is back in its crop, its original
    // kept, ready to crop again.
    void openSaveAndFindItAgain()
    {
        test::UiFixture fixture;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("IMG_2041.jpg"));
        QVERIFY(test::writeFile(file, cameraPhoto()));
        QRectF savedFrame;
        {
            ui::PhotoPage page(fixture.session());
            page.reload();
            page.show();
            page.setOpenFileChooser([file] { return file; });
            QTest::mouseClick(button(&page, "openButton"), Qt::LeftButton);
            QVERIFY(settle(page));
            QCOMPARE(page.cropper()->originalName(), QStringLiteral("IMG_2041.jpg"));
            QCOMPARE(noteOf(&page)->kind(), ui::NoteBox::Kind::Information);
            // Compliant, with the warning that the eyes were not found behind the glasses.
            QVERIFY2(noteOf(&page)->text().contains(QStringLiteral("1 warning")),
                     qPrintable(noteOf(&page)->text()));
            for (const Guide guide : {Guide::HeadTop, Guide::Chin, Guide::Width}) {
                QCOMPARE(cropView(&page)->guideState(guide), PhotoFinding::Severity::Pass);
            }
            // The findings table: no failed check; the preview at the output size.
            auto *findings = page.findChild<QTableView *>(QStringLiteral("findingsView"));
            QVERIFY(findings->model()->rowCount() > 5);
            for (int row = 0; row < findings->model()->rowCount(); ++row) {
                QVERIFY(findings->model()
                            ->index(row, 0)
                            .data(ui::PhotoFindingsModel::SeverityRole)
                            .toInt()
                        != int(PhotoFinding::Severity::Error));
            }
            QCOMPARE(page.findChild<ui::PhotoView *>(QStringLiteral("previewView"))->image().size(),
                     QSize(390, 567));
            const QString size = page.findChild<QLabel *>(QStringLiteral("fileSize"))->text();
            QVERIFY2(
                size.contains(QLocale().toString(qint64(page.cropper()->output().jpeg.size()))),
                qPrintable(size));

            QVERIFY(button(&page, "saveButton")->isEnabled());
            QTest::mouseClick(button(&page, "saveButton"), Qt::LeftButton);
            QVERIFY(!button(&page, "saveButton")->isEnabled());
            QVERIFY(noteOf(&page)->text().contains(QStringLiteral("saved")));
            savedFrame = page.cropper()->frame();
            const auto stored = fixture.store().single<domain::Photo>(fixture.applicant());
            QVERIFY(stored && stored->has_value());
            const domain::Photo &photo = stored->value().value;
            QCOMPARE(photo.jpeg, page.cropper()->output().jpeg);
            QVERIFY(photo.failedRules.isEmpty());
            QCOMPARE(photo.crop.frame, savedFrame);
            QCOMPARE(photo.crop.sourceSize, QSize(1500, 2000));
            QVERIFY(!photo.originalSha256.isEmpty());
            QCOMPARE(page.problemCount(), 0);
        }
        fixture.reopen();
        ui::PhotoPage page(fixture.session());
        page.reload();
        QVERIFY(settle(page));
        QCOMPARE(page.cropper()->originalName(), QStringLiteral("IMG_2041.jpg"));
        QCOMPARE(page.cropper()->original().size(), QFileInfo(file).size());
        QCOMPARE(page.cropper()->frame(), savedFrame);
        QVERIFY(noteOf(&page)->text().contains(QStringLiteral("saved")));
        QVERIFY(!button(&page, "saveButton")->isEnabled());
    }

    // Moving the frame down, the head-top guide turns red and the verdict with it; undo brings
    // it back. The wheel makes the frame smaller until the width guide turns red.
    void guidesFollowTheFrameAndUndoBringsItBack()
    {
        test::UiFixture fixture;
        ui::PhotoPage page(fixture.session());
        page.reload();
        page.show();
        page.openPhoto(cameraPhoto(), QStringLiteral("camera.jpg"));
        QVERIFY(settle(page));
        ui::PhotoCropView *view = cropView(&page);
        view->setFocus();
        const QRectF start = page.cropper()->frame();
        int presses = 0;
        while (view->guideState(Guide::HeadTop) != PhotoFinding::Severity::Error && presses < 40) {
            QTest::keyClick(view, Qt::Key_Down, Qt::ShiftModifier);
            ++presses;
        }

        QCOMPARE(view->guideState(Guide::HeadTop), PhotoFinding::Severity::Error);
        QVERIFY(page.cropper()->frame().top() > start.top());
        page.cropper()->renderNow();
        QCOMPARE(noteOf(&page)->kind(), ui::NoteBox::Kind::Warning);
        QVERIFY(!button(&page, "saveButton")->isEnabled());
        QCOMPARE(page.undoStack()->count(), presses);
        while (page.undoStack()->canUndo()) {
            page.undoStack()->undo();
        }
        QCOMPARE(page.cropper()->frame(), start);
        QCOMPARE(view->guideState(Guide::HeadTop), PhotoFinding::Severity::Pass);

        // The wheel: a burst of notches is one undo step.
        const QPoint centre = view->framePolygon().boundingRect().center().toPoint();
        int notches = 0;
        while (view->guideState(Guide::Width) == PhotoFinding::Severity::Pass && notches < 40) {
            QWheelEvent wheel(centre, view->mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(view, &wheel);
            ++notches;
        }
        QCOMPARE(view->guideState(Guide::Width), PhotoFinding::Severity::Error);
        QVERIFY(page.cropper()->frame().width() < start.width());
        QCOMPARE(page.undoStack()->count(), 1);
        page.undoStack()->undo();
        QCOMPARE(page.cropper()->frame(), start);

        // A drag moves the frame; it stays inside the photo however far it goes.
        const QPointF grip = view->framePolygon().boundingRect().center();
        QTest::mousePress(view, Qt::LeftButton, {}, grip.toPoint());
        QTest::mouseMove(view, (grip + QPointF(-2000, 0)).toPoint());
        QTest::mouseRelease(view, Qt::LeftButton, {}, (grip + QPointF(-2000, 0)).toPoint());
        QCOMPARE(page.cropper()->frame().left(), 0.0);
        QCOMPARE(page.cropper()->frame().size(), start.size());
        QCOMPARE(view->guideState(Guide::HeadTop), PhotoFinding::Severity::Pass);
        page.cropper()->renderNow();
        QVERIFY(page.cropper()->output().jpeg.isEmpty()); // off centre
        page.undoStack()->undo();
        QCOMPARE(page.cropper()->frame(), start);

        // The automatic crop puts it back after any move.
        QTest::keyClick(view, Qt::Key_Left, Qt::ShiftModifier);
        QTest::mouseClick(button(&page, "autoButton"), Qt::LeftButton);
        QCOMPARE(page.cropper()->frame(), *page.cropper()->automaticFrame());
    }

    // A tilted head: the eye line says by how much, and the frame turns to level it. (The
    // astronaut: her eyes are found; Hopper's glasses hide hers from the eye detector.)
    void straightenByTheEyes()
    {
        test::UiFixture fixture;
        ui::PhotoPage page(fixture.session());
        page.reload();
        page.openPhoto(cameraPhoto(4.0, test::astronaut()), QStringLiteral("tilted.jpg"));
        QVERIFY(settle(page));
        const auto &head = page.cropper()->analysis()->head;
        QVERIFY(head && head->roll);
        QVERIFY2(*head->roll > 5.0, qPrintable(QString::number(*head->roll)));
        QVERIFY(button(&page, "straightenButton")->isEnabled());
        QTest::mouseClick(button(&page, "straightenButton"), Qt::LeftButton);
        QCOMPARE(page.cropper()->rotation(), *head->roll);
        QCOMPARE(page.findChild<QDoubleSpinBox *>(QStringLiteral("rotationSpin"))->value(),
                 std::round(*head->roll * 10) / 10);
        // Limited to ±10°, and undone in one step.
        page.findChild<QDoubleSpinBox *>(QStringLiteral("rotationSpin"))->setValue(-10);
        QCOMPARE(page.cropper()->rotation(), -10.0);
        page.undoStack()->undo();
        QCOMPARE(page.cropper()->rotation(), *head->roll);
    }

    void unreadableFileIsExplained()
    {
        test::UiFixture fixture;
        ui::PhotoPage page(fixture.session());
        page.reload();
        page.openPhoto(QByteArray("these are not the pixels you are looking for"),
                       QStringLiteral("notes.jpg"));
        QTRY_VERIFY_WITH_TIMEOUT(!page.cropper()->busy(), 10000);
        QCoreApplication::processEvents();
        QVERIFY(!page.cropper()->hasPhoto());
        QCOMPARE(noteOf(&page)->kind(), ui::NoteBox::Kind::Warning);
        QVERIFY2(noteOf(&page)->text().contains(QStringLiteral("not a photo")),
                 qPrintable(noteOf(&page)->text()));
        QVERIFY(!button(&page, "saveButton")->isEnabled());
    }

    void exportWritesTheCompliantFile()
    {
        test::UiFixture fixture;
        QTemporaryDir dir;
        const QString target = dir.filePath(QStringLiteral("证件照.jpg"));
        ui::PhotoPage page(fixture.session());
        page.reload();
        page.setExportFileChooser([target] { return target; });
        page.openPhoto(cameraPhoto(), QStringLiteral("camera.jpg"));
        QVERIFY(settle(page));
        QTest::mouseClick(button(&page, "exportButton"), Qt::LeftButton);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray jpeg = file.readAll();
        QCOMPARE(jpeg, page.cropper()->output().jpeg);
        const photo::JpegStructure structure = photo::JpegStructure::parse(jpeg);
        QCOMPARE(structure.size, QSize(390, 567));
        QVERIFY(!structure.hasMetadata());
    }

    // A file dropped on the page, or a picture pasted, opens like the button's.
    void dropAndPaste()
    {
        test::UiFixture fixture;
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("dropped.jpg"));
        QVERIFY(test::writeFile(file, cameraPhoto()));
        ui::PhotoPage page(fixture.session());
        page.reload();
        page.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(file)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &drop);
        QVERIFY(settle(page));
        QCOMPARE(page.cropper()->originalName(), QStringLiteral("dropped.jpg"));

        QImage picture;
        QVERIFY(picture.loadFromData(cameraPhoto()));
        QApplication::clipboard()->setImage(picture);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        cropView(&page)->setFocus();
        QTest::keyClick(cropView(&page), Qt::Key_V, Qt::ControlModifier);
        QVERIFY(settle(page));
        QCOMPARE(page.cropper()->originalName(), ui::PhotoPage::tr("pasted photo.png"));
        QCOMPARE(noteOf(&page)->kind(), ui::NoteBox::Kind::Information);
    }
};

QTEST_MAIN(TestPhotoPage)
#include "TestPhotoPage.moc"
