#include "photo/JpegEncoder.h"

#include "domain/PhotoRules.h"
#include "photo/JpegStructure.h"

#include "PhotoSamples.h"

#include <QColorSpace>
#include <QTest>

using namespace dd::photo;
using namespace Qt::StringLiterals;

namespace {

constexpr int Width = 390;
constexpr int Height = 567;

// What every file the encoder makes must be: a baseline 8-bit YCbCr JPEG of the image's size,
// JFIF at 300 dpi, and nothing else.
void verifyStructure(const QByteArray &jpeg, const QSize &size)
{
    const JpegStructure s = JpegStructure::parse(jpeg);
    QVERIFY(s.isJpeg);
    QVERIFY(s.complete);
    QVERIFY(s.baseline);
    QVERIFY(!s.progressive);
    QCOMPARE(s.size, size);
    QCOMPARE(s.components, 3);
    QCOMPARE(s.precision, 8);
    QVERIFY(s.jfif);
    QCOMPARE(s.densityUnits, 1);
    QCOMPARE(s.densityX, 300);
    QCOMPARE(s.densityY, 300);
    QVERIFY(!s.exif);
    QVERIFY(!s.xmp);
    QVERIFY(!s.icc);
    QVERIFY(!s.comment);
    QVERIFY(!s.adobeTransform);
    QCOMPARE(s.trailingBytes, 0);
}

int maxChannelDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB888);
    const QImage y = b.convertToFormat(QImage::Format_RGB888);
    int worst = 0;
    for (int row = 0; row < x.height(); ++row) {
        const uchar *p = x.constScanLine(row);
        const uchar *q = y.constScanLine(row);
        for (int i = 0; i < 3 * x.width(); ++i) {
            worst = qMax(worst, qAbs(int(p[i]) - int(q[i])));
        }
    }
    return worst;
}

} // namespace

class TestJpegEncoder : public QObject
{
    Q_OBJECT

private slots:
    void smoothPhotoTakesTheBestQuality()
    {
        const QImage image = samples::smooth(Width, Height);
        const JpegEncoder::Result result = JpegEncoder::encode(image);
        QVERIFY(!result.problem);
        QCOMPARE(result.quality, 100);
        QVERIFY(result.jpeg.size() <= JpegEncoder::MaxBytes);
        verifyStructure(result.jpeg, QSize(Width, Height));
        QCOMPARE(result.jpeg, JpegEncoder::encodeAt(image, 100));

        const QImage back = QImage::fromData(result.jpeg, "jpeg");
        QCOMPARE(back.size(), image.size());
        QVERIFY(maxChannelDifference(back, image) <= 8);
    }

    void noisyPhotoIsSqueezedUnderTheLimit()
    {
        const QImage image = samples::noisy(Width, Height, 40);
        QVERIFY2(JpegEncoder::encodeAt(image, 100).size() > JpegEncoder::MaxBytes,
                 "the sample must be too big at quality 100");
        const JpegEncoder::Result result = JpegEncoder::encode(image);
        QVERIFY(!result.problem);
        QVERIFY(result.quality < 100);
        QVERIFY(result.quality >= JpegEncoder::MinQuality);
        QVERIFY(result.jpeg.size() <= 199'999);
        verifyStructure(result.jpeg, QSize(Width, Height));
        // The highest quality that fits: one step up does not.
        QVERIFY(JpegEncoder::encodeAt(image, result.quality + 1).size() > JpegEncoder::MaxBytes);
        QCOMPARE(result.jpeg, JpegEncoder::encodeAt(image, result.quality));
    }

    // Against any limit, the search lands on the highest quality that fits.
    void searchFindsTheHighestQuality_data()
    {
        QTest::addColumn<int>("amplitude");
        QTest::addColumn<qint64>("maxBytes");
        QTest::newRow("light noise, 60 000 bytes") << 10 << qint64(60'000);
        QTest::newRow("light noise, 100 000 bytes") << 10 << qint64(100'000);
        QTest::newRow("heavy noise, 150 000 bytes") << 40 << qint64(150'000);
        QTest::newRow("heavy noise, 199 999 bytes") << 40 << qint64(199'999);
        QTest::newRow("heavy noise, 400 000 bytes") << 40 << qint64(400'000);
    }

    void searchFindsTheHighestQuality()
    {
        QFETCH(int, amplitude);
        QFETCH(qint64, maxBytes);
        const QImage image = samples::noisy(Width, Height, amplitude);
        const JpegEncoder::Result result = JpegEncoder::encode(image, maxBytes);
        QVERIFY(!result.problem);
        QVERIFY(!result.jpeg.isEmpty());
        QVERIFY(result.jpeg.size() <= maxBytes);
        QCOMPARE(result.jpeg, JpegEncoder::encodeAt(image, result.quality));
        if (result.quality < 100) {
            QVERIFY(JpegEncoder::encodeAt(image, result.quality + 1).size() > maxBytes);
        }
        verifyStructure(result.jpeg, QSize(Width, Height));
    }

    // fix() encodes while the photo's checks run, and stops the search when one fails.
    void aStopEndsTheSearch()
    {
        const QImage image = samples::noisy(Width, Height, 40);
        const JpegEncoder::Result searched = JpegEncoder::encode(image, 150'000);
        QVERIFY(!searched.stopped);
        QVERIFY(searched.quality > JpegEncoder::MinQuality && searched.quality < 100);
        QVERIFY2(searched.encodes >= 3, "100, the floor, then at least one step between");

        const std::atomic_bool never{false};
        const JpegEncoder::Result unstopped = JpegEncoder::encode(image, 150'000, &never);
        QVERIFY(!unstopped.stopped);
        QCOMPARE(unstopped.jpeg, searched.jpeg);
        QCOMPARE(unstopped.quality, searched.quality);
        QCOMPARE(unstopped.encodes, searched.encodes);

        const std::atomic_bool stop{true};
        const JpegEncoder::Result stopped = JpegEncoder::encode(image, 150'000, &stop);
        QVERIFY(stopped.stopped);
        QCOMPARE(stopped.encodes, 0);
        QVERIFY(stopped.jpeg.isEmpty());
        QVERIFY(!stopped.problem);
    }

    void tooNoisyForTheLimitIsAFinding()
    {
        const QImage image = samples::noisy(Width, Height, 40);
        const JpegEncoder::Result result = JpegEncoder::encode(image, 5'000);
        QVERIFY(result.jpeg.isEmpty());
        QVERIFY(result.problem);
        const PhotoFinding &finding = *result.problem;
        QCOMPARE(finding.rule, dd::domain::PhotoRules::FileSize);
        QCOMPARE(finding.rule, u"photo.fileSize"_s);
        QVERIFY(finding.isError());
        QCOMPARE(finding.unit, u"bytes"_s);
        QVERIFY(finding.maximum);
        QCOMPARE(*finding.maximum, 5'000.0);
        QVERIFY(finding.value);
        QCOMPARE(*finding.value,
                 double(JpegEncoder::encodeAt(image, JpegEncoder::MinQuality).size()));
        QVERIFY(*finding.value > 5'000.0);
        QVERIFY2(finding.message.contains(u"200 KB"_s), qPrintable(finding.message));
        QVERIFY2(finding.message.contains(u"light"_s), qPrintable(finding.message));
    }

    // The boundary: a limit of exactly the size at MinQuality fits, one byte less does not.
    void lowestQualityIsTheFloor()
    {
        const QImage image = samples::noisy(Width, Height, 60);
        const QByteArray atFloor = JpegEncoder::encodeAt(image, JpegEncoder::MinQuality);
        const JpegEncoder::Result fits = JpegEncoder::encode(image, atFloor.size());
        QVERIFY(!fits.problem);
        QCOMPARE(fits.quality, JpegEncoder::MinQuality);
        QCOMPARE(fits.jpeg, atFloor);

        const JpegEncoder::Result tooBig = JpegEncoder::encode(image, atFloor.size() - 1);
        QVERIFY(tooBig.jpeg.isEmpty());
        QVERIFY(tooBig.problem);
        QCOMPARE(*tooBig.problem->value, double(atFloor.size()));
    }

    // Whatever the image carries (text, a colour space, another resolution, another pixel
    // format), the file holds pixels only.
    void metadataNeverReachesTheFile_data()
    {
        QTest::addColumn<QImage>("image");
        QImage withText = samples::smooth(Width, Height);
        withText.setText(u"Description"_s, u"taken at home"_s);
        withText.setText(u"GPS"_s, u"39.9, 116.4"_s);
        QTest::newRow("text keys") << withText;

        QImage withColorSpace = samples::smooth(Width, Height);
        withColorSpace.setColorSpace(QColorSpace(QColorSpace::SRgb));
        QTest::newRow("an sRGB colour space") << withColorSpace;

        QImage p3 = samples::smooth(Width, Height);
        p3.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
        QTest::newRow("a Display P3 colour space") << p3;

        QImage at72 = samples::smooth(Width, Height);
        at72.setDotsPerMeterX(2835);
        at72.setDotsPerMeterY(2835);
        QTest::newRow("72 dpi") << at72;

        QTest::newRow("ARGB32")
            << samples::smooth(Width, Height).convertToFormat(QImage::Format_ARGB32);
        QTest::newRow("RGB32")
            << samples::smooth(Width, Height).convertToFormat(QImage::Format_RGB32);
        QTest::newRow("Grayscale8 still makes 3 components")
            << samples::smooth(Width, Height).convertToFormat(QImage::Format_Grayscale8);
        QTest::newRow("RGBA64")
            << samples::smooth(Width, Height).convertToFormat(QImage::Format_RGBA64);
        QTest::newRow("odd size") << samples::smooth(101, 37);
    }

    void metadataNeverReachesTheFile()
    {
        QFETCH(QImage, image);
        const JpegEncoder::Result result = JpegEncoder::encode(image);
        QVERIFY(!result.problem);
        verifyStructure(result.jpeg, image.size());
        verifyStructure(JpegEncoder::encodeAt(image, 75), image.size());
        const QImage back = QImage::fromData(result.jpeg, "jpeg");
        QVERIFY(!back.colorSpace().isValid()
                || back.colorSpace() == QColorSpace(QColorSpace::SRgb));
        QVERIFY(back.textKeys().isEmpty());
    }

    void lowerQualityMakesSmallerFiles()
    {
        const QImage image = samples::noisy(Width, Height, 20);
        const qsizetype at60 = JpegEncoder::encodeAt(image, 60).size();
        const qsizetype at90 = JpegEncoder::encodeAt(image, 90).size();
        const qsizetype at100 = JpegEncoder::encodeAt(image, 100).size();
        QVERIFY(at60 < at90);
        QVERIFY(at90 < at100);
    }

    void nullImageGivesNothing()
    {
        QVERIFY(JpegEncoder::encodeAt(QImage(), 90).isEmpty());
        const JpegEncoder::Result result = JpegEncoder::encode(QImage());
        QVERIFY(result.jpeg.isEmpty());
        QCOMPARE(result.quality, 0);
    }
};

QTEST_GUILESS_MAIN(TestJpegEncoder)
#include "TestJpegEncoder.moc"
