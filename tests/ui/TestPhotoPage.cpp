#include "pages/PhotoPage.h"

#include "domain/Photo.h"
#include "domain/PhotoRules.h"
#include "support/SampleRecords.h"
#include "support/UiFixture.h"
#include "widgets/NoteBox.h"
#include "widgets/PhotoView.h"

#include <QBuffer>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QTest>

using namespace dd;
using domain::PhotoRules;

class TestPhotoPage : public QObject
{
    Q_OBJECT

private:
    // A real JPEG of the certificate's size: a blue background with a darker head.
    static QByteArray certificateJpeg(QSize size = {PhotoRules::Width, PhotoRules::Height})
    {
        QImage image(size, QImage::Format_RGB32);
        image.fill(QColor(0x62, 0x8b, 0xce));
        QPainter painter(&image);
        painter.setBrush(QColor(0x40, 0x30, 0x28));
        painter.drawEllipse(
            QRect(size.width() / 4, size.height() / 8, size.width() / 2, size.height() / 2));
        painter.end();
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 90);
        return bytes;
    }
    static void savePhoto(test::UiFixture &fixture, const QByteArray &jpeg,
                          const QStringList &failed)
    {
        domain::Photo photo = test::validPhoto();
        photo.jpeg = jpeg;
        photo.failedRules = failed;
        QVERIFY(fixture.store().savePhoto(fixture.applicant(), photo).ok());
        fixture.session()->notifyChanged(domain::Photo::kind());
    }
    static QString textOf(QWidget *page, const QString &name)
    {
        auto *label = page->findChild<QLabel *>(name);
        return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
    }
    static ui::NoteBox *noteOf(QWidget *page)
    {
        return page->findChild<ui::NoteBox *>(QStringLiteral("checkNote"));
    }

private slots:
    void withoutAPhotoThePageSaysSo()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        ui::PhotoPage page(fixture.session());
        page.reload();
        page.show();
        QCOMPARE(page.pageId(), QStringLiteral("photo"));
        auto *view = page.findChild<ui::PhotoView *>(QStringLiteral("photoView"));
        QVERIFY(view);
        QVERIFY(view->image().isNull());
        QVERIFY(!view->placeholderText().isEmpty());
        QCOMPARE(noteOf(&page)->kind(), ui::NoteBox::Kind::Warning);
        QVERIFY(!noteOf(&page)->text().isEmpty());
        QVERIFY(!textOf(&page, QStringLiteral("pixelSize")).contains(QLatin1Char('0')));
        QCOMPARE(page.problemCount(), 1); // the step is not started
        // The rules are there all the same, the portal's numbers included.
        const QString rules = textOf(&page, QStringLiteral("rulesList"));
        QVERIFY(rules.contains(PhotoRules::summary(PhotoRules::Size).toHtmlEscaped()));
        QVERIFY(rules.contains(PhotoRules::summary(PhotoRules::Background).toHtmlEscaped()));
        QVERIFY(!rules.contains(QStringLiteral("<b>")));
    }

    void aSavedPhotoShowsItsSizesAndFailedRulesAndIsFoundAfterReopening()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        const QByteArray jpeg = certificateJpeg();
        const QStringList failed = {PhotoRules::Background, PhotoRules::FileSize};
        {
            ui::PhotoPage page(fixture.session());
            page.reload();
            page.show();
            // Saved elsewhere (the cropper, an import): the open page follows.
            savePhoto(fixture, jpeg, failed);
            auto *view = page.findChild<ui::PhotoView *>(QStringLiteral("photoView"));
            QCOMPARE(view->image().size(), QSize(PhotoRules::Width, PhotoRules::Height));
            const QString pixels = textOf(&page, QStringLiteral("pixelSize"));
            QVERIFY2(pixels.contains(QStringLiteral("390"))
                         && pixels.contains(QStringLiteral("567")),
                     qPrintable(pixels));
            const QString bytes = textOf(&page, QStringLiteral("fileSize"));
            QVERIFY2(bytes.contains(QLocale().toString(qint64(jpeg.size()))), qPrintable(bytes));
            QCOMPARE(textOf(&page, QStringLiteral("originalName")),
                     test::validPhoto().originalName);

            const QString note = noteOf(&page)->text();
            QCOMPARE(noteOf(&page)->kind(), ui::NoteBox::Kind::Warning);
            QVERIFY2(note.contains(PhotoRules::failure(PhotoRules::Background)), qPrintable(note));
            QVERIFY2(note.contains(PhotoRules::failure(PhotoRules::FileSize)), qPrintable(note));
            QVERIFY(!note.contains(PhotoRules::failure(PhotoRules::Size)));
            QCOMPARE(page.problemCount(), 2);
            // The broken rules stand out in the list of rules.
            const QString rules = textOf(&page, QStringLiteral("rulesList"));
            QVERIFY(rules.contains(QStringLiteral("<b>")
                                   + PhotoRules::summary(PhotoRules::Background).toHtmlEscaped()));
            QVERIFY(!rules.contains(QStringLiteral("<b>")
                                    + PhotoRules::summary(PhotoRules::Size).toHtmlEscaped()));
        }
        fixture.reopen();
        ui::PhotoPage page(fixture.session());
        page.reload();
        QCOMPARE(page.findChild<ui::PhotoView *>(QStringLiteral("photoView"))->image().size(),
                 QSize(PhotoRules::Width, PhotoRules::Height));
        QVERIFY(noteOf(&page)->text().contains(PhotoRules::failure(PhotoRules::Background)));
        QCOMPARE(page.problemCount(), 2);

        // Checked again and compliant: the page says it passes.
        savePhoto(fixture, jpeg, {});
        QCOMPARE(noteOf(&page)->kind(), ui::NoteBox::Kind::Information);
        QVERIFY(!noteOf(&page)->text().contains(PhotoRules::failure(PhotoRules::Background)));
        QCOMPARE(page.problemCount(), 0);
    }

    void anUnknownCheckIsNamedAndAWrongSizeIsShown()
    {
        test::UiFixture fixture;
        ui::PhotoPage page(fixture.session());
        page.reload();
        savePhoto(fixture, certificateJpeg(QSize(400, 600)),
                  {PhotoRules::Size, QStringLiteral("photo.exposure")});
        QVERIFY(textOf(&page, QStringLiteral("pixelSize")).contains(QStringLiteral("400")));
        const QString note = noteOf(&page)->text();
        QVERIFY2(note.contains(QStringLiteral("photo.exposure")), qPrintable(note));
        QVERIFY(note.contains(PhotoRules::failure(PhotoRules::Size)));
    }

    void thePhotoKeepsItsShapeAndNeverGrowsBeyondItsSize()
    {
        ui::PhotoView view;
        QImage image(PhotoRules::Width, PhotoRules::Height, QImage::Format_RGB32);
        image.fill(Qt::blue);
        view.setImage(image);
        QCOMPARE(view.sizeHint(), QSize(PhotoRules::Width, PhotoRules::Height));
        view.resize(195, 600);
        QCOMPARE(view.photoRect().size(), QSize(195, 283));
        view.resize(300, 300);
        QCOMPARE(view.photoRect().height(), 300);
        QCOMPARE(view.photoRect().width(), 300 * PhotoRules::Width / PhotoRules::Height);
        view.setMaximumSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX);
        view.resize(1000, 1000);
        QCOMPARE(view.photoRect().size(), QSize(PhotoRules::Width, PhotoRules::Height));

        // At 200 % the photo's own pixels are drawn: a one-pixel stripe stays one pixel pair.
        QImage stripes(PhotoRules::Width, PhotoRules::Height, QImage::Format_RGB32);
        stripes.fill(Qt::white);
        for (int y = 0; y < stripes.height(); ++y) {
            stripes.setPixel(100, y, qRgb(0, 0, 0));
        }
        view.setImage(stripes);
        view.resize(PhotoRules::Width, PhotoRules::Height);
        QImage rendered(view.size() * 2, QImage::Format_RGB32);
        rendered.setDevicePixelRatio(2);
        rendered.fill(Qt::red);
        view.render(&rendered);
        const int y = 300;
        QVERIFY(qGray(rendered.pixel(200, y)) < 80);
        QVERIFY(qGray(rendered.pixel(201, y)) < 80);
        QVERIFY(qGray(rendered.pixel(197, y)) > 200);
        QVERIFY(qGray(rendered.pixel(204, y)) > 200);
    }
};

QTEST_MAIN(TestPhotoPage)
#include "TestPhotoPage.moc"
