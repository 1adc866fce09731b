#include "photo/PhotoDecoder.h"

#include "photo/JpegStructure.h"

#include "HeicSamples.h"
#include "PhotoSamples.h"

#include <QColorSpace>
#include <QColorTransform>
#include <QFile>
#include <QImageReader>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace dd::photo;
using namespace Qt::StringLiterals;

namespace {

QString describe(const PhotoDecoder::Result &result)
{
    return result.problem ? result.problem->message : u"decoded"_s;
}

// Which quadrant of the image is red: "TL", "TR", "BL", "BR", or "none" / "several".
QString redQuadrant(const QImage &image)
{
    const int w = image.width();
    const int h = image.height();
    const QList<std::pair<QString, QPoint>> centres = {
        {u"TL"_s, QPoint(w / 4, h / 4)},
        {u"TR"_s, QPoint(3 * w / 4, h / 4)},
        {u"BL"_s, QPoint(w / 4, 3 * h / 4)},
        {u"BR"_s, QPoint(3 * w / 4, 3 * h / 4)},
    };
    QStringList red;
    for (const auto &[name, point] : centres) {
        const QColor colour = image.pixelColor(point);
        if (colour.red() > 180 && colour.green() < 70 && colour.blue() < 70) {
            red.append(name);
        }
    }
    if (red.isEmpty()) {
        return u"none"_s;
    }
    return red.size() == 1 ? red.first() : u"several"_s;
}

bool closeTo(const QColor &colour, const QColor &expected, int tolerance)
{
    return qAbs(colour.red() - expected.red()) <= tolerance
           && qAbs(colour.green() - expected.green()) <= tolerance
           && qAbs(colour.blue() - expected.blue()) <= tolerance;
}

QString colourText(const QColor &colour)
{
    return u"rgb(%1,%2,%3)"_s.arg(colour.red()).arg(colour.green()).arg(colour.blue());
}

// Qt's warnings about corrupt data ("Corrupt JPEG data: ...") while hostile input is fed.
class QuietWarnings
{
public:
    QuietWarnings()
        : m_previous(qInstallMessageHandler(&QuietWarnings::drop))
    {}
    ~QuietWarnings() { qInstallMessageHandler(m_previous); }
    QuietWarnings(const QuietWarnings &) = delete;
    QuietWarnings &operator=(const QuietWarnings &) = delete;

private:
    static void drop(QtMsgType, const QMessageLogContext &, const QString &) {}
    QtMessageHandler m_previous;
};

quint32 crc32(QByteArrayView data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit) {
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
    }
    return ~crc;
}

QByteArray be32(quint32 value)
{
    QByteArray bytes;
    for (int shift = 24; shift >= 0; shift -= 8) {
        bytes.append(char((value >> shift) & 0xFF));
    }
    return bytes;
}

// A PNG signature and an IHDR (with a right CRC) claiming width × height, then garbage.
QByteArray pngHeaderClaiming(quint32 width, quint32 height)
{
    QByteArray chunk("IHDR");
    chunk += be32(width);
    chunk += be32(height);
    chunk += QByteArray("\x08\x02\0\0\0", 5); // 8-bit RGB, deflate, no filter, no interlace
    QByteArray data("\x89PNG\r\n\x1A\n", 8);
    data += be32(13);
    data += chunk;
    data += be32(crc32(chunk));
    data += QByteArray(4096, '\x5A');
    return data;
}

// SOI, a valid baseline frame header claiming width × height, then garbage.
QByteArray jpegHeaderClaiming(int width, int height)
{
    QByteArray frame;
    for (const int value : {8, height >> 8, height & 0xFF, width >> 8, width & 0xFF, 3, 1, 0x22, 0,
                            2, 0x11, 1, 3, 0x11, 1}) {
        frame.append(char(value));
    }
    QByteArray data("\xFF\xD8", 2);
    data += samples::segment(0xC0, frame);
    data += QByteArray(4096, '\x5A');
    return data;
}

void verifyPlainRgb(const DecodedPhoto &photo)
{
    QCOMPARE(photo.image.format(), QImage::Format_RGB888);
    QVERIFY(!photo.image.colorSpace().isValid());
}

} // namespace

class TestPhotoDecoder : public QObject
{
    Q_OBJECT

private slots:
    void sniffsTheContent_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<ImageFormat>("format");
        QTest::newRow("JPEG") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << ImageFormat::Jpeg;
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16)
                             << ImageFormat::Png;
        QTest::newRow("BMP") << QByteArray("BM\x36\x10\0\0\0\0\0\0\x36\0\0\0", 14)
                             << ImageFormat::Bmp;
        QTest::newRow("GIF87a") << QByteArray("GIF87a\x10\0\x10\0", 10) << ImageFormat::Gif;
        QTest::newRow("GIF89a") << QByteArray("GIF89a\x10\0\x10\0", 10) << ImageFormat::Gif;
        QTest::newRow("WebP") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << ImageFormat::WebP;
        QTest::newRow("TIFF little-endian")
            << QByteArray("II*\0\x08\0\0\0", 8) << ImageFormat::Tiff;
        QTest::newRow("TIFF big-endian") << QByteArray("MM\0*\0\0\0\x08", 8) << ImageFormat::Tiff;
        QTest::newRow("HEIC") << QByteArray("\0\0\0\x18"
                                            "ftypheic\0\0\0\0",
                                            16)
                              << ImageFormat::Heif;
        QTest::newRow("HEIF mif1") << QByteArray("\0\0\0\x18"
                                                 "ftypmif1\0\0\0\0",
                                                 16)
                                   << ImageFormat::Heif;
        QTest::newRow("RIFF that is no WebP")
            << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << ImageFormat::Unknown;
        QTest::newRow("MP4 video") << QByteArray("\0\0\0\x18"
                                                 "ftypisom\0\0\0\0",
                                                 16)
                                   << ImageFormat::Unknown;
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n") << ImageFormat::Unknown;
    }

    void sniffsTheContent()
    {
        QFETCH(QByteArray, head);
        QFETCH(ImageFormat, format);
        QCOMPARE(sniffImageFormat(head), format);
    }

    // A PNG renamed photo.jpg is a PNG: the name is never asked.
    void pngNamedJpgIsPng()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"photo.jpg"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(samples::png(samples::redQuadrant(40, 30)));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const PhotoDecoder::Result result = PhotoDecoder::decode(file.readAll());
        QVERIFY2(result.photo, qPrintable(describe(result)));
        QCOMPARE(result.photo->format, ImageFormat::Png);
        QCOMPARE(result.photo->image.size(), QSize(40, 30));
        QCOMPARE(redQuadrant(result.photo->image), u"TL"_s);
    }

    void unreadableContentIsRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("named");
        QTest::newRow("GIF") << QByteArray("GIF89a\x01\0\x01\0\x80\0\0\0\0\0\xFF\xFF\xFF!", 18)
                             << u"GIF"_s;
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") << u"PDF"_s;
        QTest::newRow("ZIP / DOCX") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << u"ZIP"_s;
        QTest::newRow("text") << QByteArray("name,id\nZhang San,1\n") << u"not an image"_s;
    }

    void unreadableContentIsRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, named);
        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY(!result.photo);
        QVERIFY(result.problem);
        QCOMPARE(result.problem->rule, Check::Input);
        QVERIFY(result.problem->isError());
        QVERIFY2(result.problem->message.contains(named), qPrintable(result.problem->message));
        QVERIFY2(result.problem->message.contains(u"JPEG or HEIC"_s),
                 qPrintable(result.problem->message));
        const PhotoDecoder::Probe probe = PhotoDecoder::probe(data);
        QVERIFY(probe.problem);
        QCOMPARE(probe.problem->message, result.problem->message);
    }

    void emptyFileIsRefused()
    {
        const PhotoDecoder::Result result = PhotoDecoder::decode(QByteArray());
        QVERIFY(!result.photo);
        QVERIFY(result.problem);
        QCOMPARE(result.problem->rule, Check::Input);
        QVERIFY2(result.problem->message.contains(u"empty"_s), qPrintable(result.problem->message));
        QVERIFY(PhotoDecoder::probe(QByteArray()).problem);
    }

    // EXIF orientation n (spliced into the file as a camera writes it) turns the image the
    // way the EXIF standard says; the red quadrant, top-left as stored, lands accordingly.
    void exifOrientation_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<bool>("swapped");
        QTest::addColumn<QString>("red");
        QTest::newRow("1 as stored") << 1 << false << u"TL"_s;
        QTest::newRow("2 mirrored") << 2 << false << u"TR"_s;
        QTest::newRow("3 rotated 180°") << 3 << false << u"BR"_s;
        QTest::newRow("4 flipped") << 4 << false << u"BL"_s;
        QTest::newRow("5 transposed") << 5 << true << u"TL"_s;
        QTest::newRow("6 rotated 90° clockwise") << 6 << true << u"TR"_s;
        QTest::newRow("7 transversed") << 7 << true << u"BR"_s;
        QTest::newRow("8 rotated 90° counter-clockwise") << 8 << true << u"BL"_s;
    }

    void exifOrientation()
    {
        QFETCH(int, orientation);
        QFETCH(bool, swapped);
        QFETCH(QString, red);
        const QByteArray data =
            samples::withExifOrientation(samples::jpeg(samples::redQuadrant(40, 30)), orientation);
        const QSize oriented = swapped ? QSize(30, 40) : QSize(40, 30);

        const PhotoDecoder::Probe probe = PhotoDecoder::probe(data);
        QVERIFY(!probe.problem);
        QCOMPARE(probe.format, ImageFormat::Jpeg);
        QCOMPARE(probe.exifOrientation, orientation);
        QCOMPARE(probe.fullSize, oriented);

        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        const DecodedPhoto &photo = *result.photo;
        verifyPlainRgb(photo);
        QCOMPARE(photo.exifOrientation, orientation);
        QCOMPARE(photo.fullSize, oriented);
        QCOMPARE(photo.image.size(), oriented);
        QCOMPARE(photo.scale, 1.0);
        QCOMPARE(redQuadrant(photo.image), red);
    }

    // Scaled decoding scales the stored image, then orients it.
    void exifOrientationScaled_data() { exifOrientation_data(); }

    void exifOrientationScaled()
    {
        QFETCH(int, orientation);
        QFETCH(bool, swapped);
        QFETCH(QString, red);
        const QByteArray data = samples::withExifOrientation(
            samples::jpeg(samples::redQuadrant(800, 600)), orientation);
        const PhotoDecoder::Result result = PhotoDecoder::decode(data, 0.25);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        const DecodedPhoto &photo = *result.photo;
        verifyPlainRgb(photo);
        QCOMPARE(photo.scale, 0.25);
        QCOMPARE(photo.fullSize, swapped ? QSize(600, 800) : QSize(800, 600));
        QCOMPARE(photo.image.size(), swapped ? QSize(150, 200) : QSize(200, 150));
        QCOMPARE(redQuadrant(photo.image), red);
    }

    // The smallest of 1/8, 1/4, 1/2 and 1 that is still at least minScale; libjpeg's sizes
    // are rounded up.
    void jpegScaleChoice_data()
    {
        QTest::addColumn<QSize>("stored");
        QTest::addColumn<double>("minScale");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QSize>("decoded");
        const QSize s(800, 600);
        QTest::newRow("1 is full size") << s << 1.0 << 1.0 << QSize(800, 600);
        QTest::newRow("more than 1 is full size") << s << 2.0 << 1.0 << QSize(800, 600);
        QTest::newRow("0.9 needs full size") << s << 0.9 << 1.0 << QSize(800, 600);
        QTest::newRow("0.5") << s << 0.5 << 0.5 << QSize(400, 300);
        QTest::newRow("0.3 needs a half") << s << 0.3 << 0.5 << QSize(400, 300);
        QTest::newRow("0.25") << s << 0.25 << 0.25 << QSize(200, 150);
        QTest::newRow("0.2 needs a quarter") << s << 0.2 << 0.25 << QSize(200, 150);
        QTest::newRow("0.125") << s << 0.125 << 0.125 << QSize(100, 75);
        QTest::newRow("0.01 stops at an eighth") << s << 0.01 << 0.125 << QSize(100, 75);
        QTest::newRow("0 stops at an eighth") << s << 0.0 << 0.125 << QSize(100, 75);
        QTest::newRow("801 × 601 at a quarter, rounded up")
            << QSize(801, 601) << 0.25 << 0.25 << QSize(201, 151);
        QTest::newRow("803 × 599 at an eighth, rounded up")
            << QSize(803, 599) << 0.1 << 0.125 << QSize(101, 75);
    }

    void jpegScaleChoice()
    {
        QFETCH(QSize, stored);
        QFETCH(double, minScale);
        QFETCH(double, scale);
        QFETCH(QSize, decoded);
        const QByteArray data =
            samples::jpeg(samples::redQuadrant(stored.width(), stored.height()));
        const PhotoDecoder::Result result = PhotoDecoder::decode(data, minScale);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        QCOMPARE(result.photo->scale, scale);
        QCOMPARE(result.photo->fullSize, stored);
        QCOMPARE(result.photo->image.size(), decoded);
        QCOMPARE(redQuadrant(result.photo->image), u"TL"_s);
    }

    // When the stored size divides evenly, the scaled image is libjpeg's DCT scaling alone, with
    // no resampling after it: the same pixels as a decode Qt can only do that way (a clip
    // rectangle makes its handler pick a power-of-two DCT scale and nothing else).
    void scaledDecodeIsPureDctScaling_data()
    {
        QTest::addColumn<int>("denominator");
        QTest::newRow("a half") << 2;
        QTest::newRow("a quarter") << 4;
        QTest::newRow("an eighth") << 8;
    }

    void scaledDecodeIsPureDctScaling()
    {
        QFETCH(int, denominator);
        const QByteArray data = samples::jpeg(samples::noisy(800, 600, 40), 90);
        const PhotoDecoder::Result result = PhotoDecoder::decode(data, 1.0 / denominator);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        const QSize scaled(800 / denominator, 600 / denominator);
        QCOMPARE(result.photo->image.size(), scaled);

        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reference(&buffer, "jpeg");
        reference.setClipRect(QRect(0, 0, 800, 600));
        reference.setScaledSize(scaled);
        const QImage expected = reference.read().convertToFormat(QImage::Format_RGB888);
        QCOMPARE(expected.size(), scaled);
        QVERIFY(result.photo->image == expected);
        // ...and not what resampling a full decode gives.
        const QImage resampled =
            QImage::fromData(data, "jpeg")
                .scaled(scaled, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_RGB888);
        QVERIFY(result.photo->image != resampled);
    }

    // Qt's default reader limit (256 MB) would refuse a 120-megapixel photo (480 MB as RGB32).
    void largePhotosAreAllowedByTheReader()
    {
        QVERIFY(PhotoDecoder::decode(samples::jpeg(samples::smooth(16, 16))).photo);
        const int limit = QImageReader::allocationLimit();
        QVERIFY2(limit == 0 || qint64(limit) * 1024 * 1024 >= PhotoDecoder::MaxPixels * 8,
                 qPrintable(QString::number(limit)));
    }

    void otherFormatsDecodeAtFullSize()
    {
        const PhotoDecoder::Result result =
            PhotoDecoder::decode(samples::png(samples::redQuadrant(800, 600)), 0.125);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        QCOMPARE(result.photo->scale, 1.0);
        QCOMPARE(result.photo->image.size(), QSize(800, 600));
    }

    void everyFormatDecodes_data()
    {
        QTest::addColumn<QByteArray>("qtFormat");
        QTest::addColumn<ImageFormat>("format");
        QTest::addColumn<int>("tolerance");
        QTest::newRow("JPEG") << QByteArray("jpeg") << ImageFormat::Jpeg << 12;
        QTest::newRow("PNG") << QByteArray("png") << ImageFormat::Png << 0;
        QTest::newRow("BMP") << QByteArray("bmp") << ImageFormat::Bmp << 0;
        QTest::newRow("WebP") << QByteArray("webp") << ImageFormat::WebP << 12;
        QTest::newRow("TIFF") << QByteArray("tiff") << ImageFormat::Tiff << 0;
    }

    void everyFormatDecodes()
    {
        QFETCH(QByteArray, qtFormat);
        QFETCH(ImageFormat, format);
        QFETCH(int, tolerance);
        if (!QImageReader::supportedImageFormats().contains(qtFormat)) {
            QFAIL(qPrintable(u"Qt has no %1 plugin: install qt6-image-formats-plugins"_s.arg(
                QString::fromLatin1(qtFormat))));
        }
        const QImage source = samples::redQuadrant(64, 48);
        const QByteArray data = samples::encoded(source, qtFormat.constData(), 95);
        QVERIFY(!data.isEmpty());
        QCOMPARE(sniffImageFormat(data), format);
        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        const DecodedPhoto &photo = *result.photo;
        verifyPlainRgb(photo);
        QCOMPARE(photo.format, format);
        QCOMPARE(photo.fullSize, QSize(64, 48));
        QCOMPARE(photo.image.size(), QSize(64, 48));
        QVERIFY(!photo.grayscale && !photo.cmyk && !photo.deepColor && !photo.colorManaged);
        QCOMPARE(redQuadrant(photo.image), u"TL"_s);
        const QColor grey = photo.image.pixelColor(48, 36);
        QVERIFY2(closeTo(grey, QColor(128, 128, 128), tolerance), qPrintable(colourText(grey)));
    }

    // Qt before 6.8 cannot write CMYK, so ImageMagick (a dependency from scripts/bootstrap)
    // makes the file.
    void cmykJpeg()
    {
        const QString convert = QStandardPaths::findExecutable(u"convert"_s);
        if (convert.isEmpty()) {
            QFAIL("ImageMagick's convert is missing: install the imagemagick package "
                  "(scripts/bootstrap)");
        }
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"cmyk.jpg"_s);
        QProcess process;
        process.start(convert, {u"-size"_s, u"64x48"_s, u"xc:rgb(67,142,219)"_s, u"-colorspace"_s,
                                u"CMYK"_s, path});
        QVERIFY(process.waitForFinished(30'000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QCOMPARE(JpegStructure::parse(data).components, 4);

        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        const DecodedPhoto &photo = *result.photo;
        verifyPlainRgb(photo);
        QVERIFY(photo.cmyk);
        QVERIFY(!photo.grayscale);
        QCOMPARE(photo.image.size(), QSize(64, 48));
        const QColor colour = photo.image.pixelColor(32, 24);
        QVERIFY2(closeTo(colour, QColor(67, 142, 219), 12), qPrintable(colourText(colour)));
    }

    void grayscale_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QImage gray = samples::redQuadrant(64, 48).convertToFormat(QImage::Format_Grayscale8);
        QTest::newRow("grayscale JPEG") << samples::jpeg(gray);
        QTest::newRow("grayscale PNG") << samples::png(gray);
        QTest::newRow("16-bit grayscale PNG")
            << samples::png(gray.convertToFormat(QImage::Format_Grayscale16));
    }

    void grayscale()
    {
        QFETCH(QByteArray, data);
        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        const DecodedPhoto &photo = *result.photo;
        verifyPlainRgb(photo);
        QVERIFY(photo.grayscale);
        QCOMPARE(photo.image.size(), QSize(64, 48));
        for (const QPoint point : {QPoint(10, 10), QPoint(50, 40)}) {
            const QColor colour = photo.image.pixelColor(point);
            QCOMPARE(colour.red(), colour.green());
            QCOMPARE(colour.green(), colour.blue());
        }
    }

    void sixteenBitPng()
    {
        QImage deep(64, 48, QImage::Format_RGBA64);
        deep.fill(QColor(67, 142, 219));
        const QByteArray data = samples::png(deep);
        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        const DecodedPhoto &photo = *result.photo;
        verifyPlainRgb(photo);
        QVERIFY(photo.deepColor);
        QVERIFY(photo.opaqueAlpha);
        QVERIFY(!photo.grayscale);
        const QColor colour = photo.image.pixelColor(10, 10);
        QVERIFY2(closeTo(colour, QColor(67, 142, 219), 1), qPrintable(colourText(colour)));
    }

    void transparentPixelsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QImage cutOut(64, 48, QImage::Format_ARGB32);
        cutOut.fill(QColor(67, 142, 219));
        for (int x = 0; x < 64; ++x) {
            cutOut.setPixelColor(x, 0, QColor(0, 0, 0, 0));
        }
        QTest::newRow("RGBA PNG with a transparent row") << samples::png(cutOut);
        QImage halfSeeThrough(64, 48, QImage::Format_ARGB32);
        halfSeeThrough.fill(QColor(67, 142, 219, 254));
        QTest::newRow("RGBA PNG barely translucent") << samples::png(halfSeeThrough);
        QImage deep(64, 48, QImage::Format_RGBA64);
        deep.fill(QColor(67, 142, 219, 128));
        QTest::newRow("16-bit RGBA PNG") << samples::png(deep);
    }

    void transparentPixelsAreRefused()
    {
        QFETCH(QByteArray, data);
        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY(!result.photo);
        QVERIFY(result.problem);
        QCOMPARE(result.problem->rule, Check::Input);
        QVERIFY2(result.problem->message.contains(u"transparent"_s),
                 qPrintable(result.problem->message));
        QVERIFY2(result.problem->message.contains(u"original photo"_s),
                 qPrintable(result.problem->message));
    }

    void opaqueAlphaIsDropped()
    {
        QImage opaque = samples::redQuadrant(64, 48).convertToFormat(QImage::Format_ARGB32);
        QVERIFY(opaque.hasAlphaChannel());
        const PhotoDecoder::Result result = PhotoDecoder::decode(samples::png(opaque));
        QVERIFY2(result.photo, qPrintable(describe(result)));
        verifyPlainRgb(*result.photo);
        QVERIFY(result.photo->opaqueAlpha);
        QVERIFY(!result.photo->deepColor);
        QCOMPARE(redQuadrant(result.photo->image), u"TL"_s);
    }

    void displayP3IsConvertedToSrgb()
    {
        QImage p3(64, 48, QImage::Format_RGB32);
        p3.fill(QColor(200, 100, 50));
        p3.setColorSpace(QColorSpace(QColorSpace::DisplayP3));
        const QByteArray data = samples::png(p3);
        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        const DecodedPhoto &photo = *result.photo;
        verifyPlainRgb(photo);
        QVERIFY(photo.colorManaged);
        const QColor expected =
            QColor::fromRgb(QColorSpace(QColorSpace::DisplayP3)
                                .transformationToColorSpace(QColorSpace(QColorSpace::SRgb))
                                .map(qRgb(200, 100, 50)));
        QVERIFY2(!closeTo(expected, QColor(200, 100, 50), 5), "P3 differs from sRGB here");
        const QColor colour = photo.image.pixelColor(10, 10);
        QVERIFY2(closeTo(colour, expected, 2),
                 qPrintable(colourText(colour) + u" expected "_s + colourText(expected)));
    }

    void srgbIsLeftAlone()
    {
        QImage srgb(64, 48, QImage::Format_RGB32);
        srgb.fill(QColor(200, 100, 50));
        srgb.setColorSpace(QColorSpace(QColorSpace::SRgb));
        const PhotoDecoder::Result result = PhotoDecoder::decode(samples::png(srgb));
        QVERIFY2(result.photo, qPrintable(describe(result)));
        verifyPlainRgb(*result.photo);
        QVERIFY(!result.photo->colorManaged);
        QCOMPARE(result.photo->image.pixelColor(10, 10), QColor(200, 100, 50));
    }

    void heic()
    {
        const QByteArray data = samples::heic(samples::redQuadrant(64, 48));
        QVERIFY2(!data.isEmpty(), "libheif could not encode HEVC (is the x265 encoder there?)");
        QCOMPARE(sniffImageFormat(data), ImageFormat::Heif);

        const PhotoDecoder::Probe probe = PhotoDecoder::probe(data);
        QVERIFY(!probe.problem);
        QCOMPARE(probe.format, ImageFormat::Heif);
        QCOMPARE(probe.fullSize, QSize(64, 48));

        const PhotoDecoder::Result result = PhotoDecoder::decode(data, 0.25);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        const DecodedPhoto &photo = *result.photo;
        verifyPlainRgb(photo);
        QCOMPARE(photo.format, ImageFormat::Heif);
        QCOMPARE(photo.scale, 1.0);
        QCOMPARE(photo.fullSize, QSize(64, 48));
        QCOMPARE(photo.image.size(), QSize(64, 48));
        QCOMPARE(photo.exifOrientation, 1);
        QVERIFY(!photo.opaqueAlpha && !photo.deepColor && !photo.cmyk);
        QCOMPARE(redQuadrant(photo.image), u"TL"_s);
        const QColor grey = photo.image.pixelColor(48, 36);
        QVERIFY2(closeTo(grey, QColor(128, 128, 128), 10), qPrintable(colourText(grey)));
    }

    // libheif applies irot/imir itself; the size it reports is already turned.
    void heicTransformations_data()
    {
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<QString>("red");
        QTest::newRow("rotated 90° clockwise")
            << int(heif_orientation_rotate_90_cw) << QSize(48, 64) << u"TR"_s;
        QTest::newRow("rotated 180°")
            << int(heif_orientation_rotate_180) << QSize(64, 48) << u"BR"_s;
        QTest::newRow("mirrored") << int(heif_orientation_flip_horizontally) << QSize(64, 48)
                                  << u"TR"_s;
        QTest::newRow("rotated 90° counter-clockwise")
            << int(heif_orientation_rotate_270_cw) << QSize(48, 64) << u"BL"_s;
    }

    void heicTransformations()
    {
        QFETCH(int, orientation);
        QFETCH(QSize, size);
        QFETCH(QString, red);
        const QByteArray data =
            samples::heic(samples::redQuadrant(64, 48), heif_orientation(orientation));
        QVERIFY(!data.isEmpty());
        QCOMPARE(PhotoDecoder::probe(data).fullSize, size);
        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY2(result.photo, qPrintable(describe(result)));
        QCOMPARE(result.photo->image.size(), size);
        QCOMPARE(result.photo->fullSize, size);
        QCOMPARE(result.photo->exifOrientation, 1);
        QCOMPARE(redQuadrant(result.photo->image), red);
    }

    void heicWithAlpha()
    {
        QImage opaque = samples::redQuadrant(64, 48).convertToFormat(QImage::Format_ARGB32);
        const PhotoDecoder::Result accepted = PhotoDecoder::decode(samples::heic(opaque));
        QVERIFY2(accepted.photo, qPrintable(describe(accepted)));
        QVERIFY(accepted.photo->opaqueAlpha);
        verifyPlainRgb(*accepted.photo);

        QImage cutOut = opaque;
        for (int x = 0; x < 64; ++x) {
            for (int y = 0; y < 8; ++y) {
                cutOut.setPixelColor(x, y, QColor(0, 0, 0, 0));
            }
        }
        const PhotoDecoder::Result refused = PhotoDecoder::decode(samples::heic(cutOut));
        QVERIFY(!refused.photo);
        QVERIFY(refused.problem);
        QVERIFY2(refused.problem->message.contains(u"transparent"_s),
                 qPrintable(refused.problem->message));
    }

    void truncatedOrCorrupt_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("says");
        const QByteArray jpeg = samples::jpeg(samples::noisy(200, 150, 30));
        QTest::newRow("JPEG cut at 60%") << jpeg.left(jpeg.size() * 6 / 10) << u"truncated"_s;
        QTest::newRow("JPEG without its EOI") << jpeg.chopped(2) << u"truncated"_s;
        QTest::newRow("JPEG cut in its header") << jpeg.left(100) << QString();

        // Huffman code counts that add up to more than 256 codes.
        QByteArray badHuffman = jpeg;
        const qsizetype dht = badHuffman.indexOf("\xFF\xC4");
        QVERIFY(dht > 0);
        for (qsizetype i = dht + 5; i < dht + 5 + 16; ++i) {
            badHuffman[i] = char(0x7F);
        }
        QTest::newRow("JPEG with a bogus Huffman table") << badHuffman << QString();

        QByteArray badFrame = jpeg;
        const qsizetype sof = badFrame.indexOf("\xFF\xC0");
        QVERIFY(sof > 0);
        badFrame[sof + 9] = char(7); // seven components
        QTest::newRow("JPEG with a broken frame header") << badFrame << QString();

        const QByteArray png = samples::png(samples::noisy(200, 150, 30));
        QTest::newRow("PNG cut at 60%") << png.left(png.size() * 6 / 10) << QString();
        QByteArray badPng = png;
        for (qsizetype i = png.size() / 2; i < png.size() / 2 + 64; ++i) {
            badPng[i] = char(0x5A);
        }
        QTest::newRow("PNG with damaged image data") << badPng << QString();
        const QByteArray bmp = samples::encoded(samples::noisy(200, 150, 30), "bmp");
        QTest::newRow("BMP cut at 60%") << bmp.left(bmp.size() * 6 / 10) << u"truncated"_s;
        QTest::newRow("BMP header only")
            << QByteArray("BM\x36\x10\0\0\0\0\0\0\x36\0\0\0", 14) << QString();

        const QByteArray heif = samples::heic(samples::noisy(64, 48, 30));
        QTest::newRow("HEIC cut at 60%") << heif.left(heif.size() * 6 / 10) << QString();
        QTest::newRow("HEIC header only") << heif.left(40) << QString();
    }

    void truncatedOrCorrupt()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, says);
        const QuietWarnings quiet;
        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY(!result.photo);
        QVERIFY(result.problem);
        QCOMPARE(result.problem->rule, Check::Input);
        QVERIFY(result.problem->isError());
        QVERIFY(!result.problem->message.isEmpty());
        if (!says.isEmpty()) {
            QVERIFY2(result.problem->message.contains(says), qPrintable(result.problem->message));
        }
    }

    // Absurd sizes are refused from the header, before any pixel is allocated: these return
    // at once (a 30000 × 30000 RGB32 image would take 3.6 GB).
    void absurdSizesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("maximum");
        QTest::newRow("JPEG 30000 × 30000")
            << jpegHeaderClaiming(30'000, 30'000) << 30'000.0 << double(PhotoDecoder::MaxSide);
        QTest::newRow("PNG 30000 × 30000")
            << pngHeaderClaiming(30'000, 30'000) << 30'000.0 << double(PhotoDecoder::MaxSide);
        QTest::newRow("PNG 4 billion wide")
            << pngHeaderClaiming(0xFFFF'FFFFu, 10) << double(0xFFFF'FFFFu)
            << double(PhotoDecoder::MaxSide);
        QTest::newRow("JPEG 20000 × 20000, 400 megapixels")
            << jpegHeaderClaiming(20'000, 20'000) << 400e6 << double(PhotoDecoder::MaxPixels);
        QTest::newRow("JPEG 0 pixels high") << jpegHeaderClaiming(640, 0) << -1.0 << -1.0;
        QTest::newRow("PNG 0 pixels wide") << pngHeaderClaiming(0, 480) << -1.0 << -1.0;
    }

    void absurdSizesAreRefused()
    {
        QFETCH(QByteArray, data);
        QFETCH(double, value);
        QFETCH(double, maximum);
        const QuietWarnings quiet;
        const PhotoDecoder::Probe probe = PhotoDecoder::probe(data);
        QVERIFY(probe.problem);
        QCOMPARE(probe.problem->rule, Check::Input);
        const PhotoDecoder::Result result = PhotoDecoder::decode(data);
        QVERIFY(!result.photo);
        QVERIFY(result.problem);
        QCOMPARE(result.problem->message, probe.problem->message);
        if (value >= 0) {
            QVERIFY(result.problem->value && result.problem->maximum);
            QCOMPARE(*result.problem->value, value);
            QCOMPARE(*result.problem->maximum, maximum);
        }
    }

    // A 12-megapixel camera photo at full size and at a quarter (libjpeg's DCT scaling).
    void twelveMegapixels()
    {
        QImage big(4000, 3000, QImage::Format_RGB888);
        big.fill(QColor(67, 142, 219));
        {
            QPainter painter(&big);
            painter.fillRect(0, 0, 2000, 1500, QColor(220, 20, 20));
        }
        const QByteArray data = samples::jpeg(big, 90);

        const PhotoDecoder::Result full = PhotoDecoder::decode(data);
        QVERIFY2(full.photo, qPrintable(describe(full)));
        QCOMPARE(full.photo->image.size(), QSize(4000, 3000));
        QCOMPARE(full.photo->scale, 1.0);
        QCOMPARE(redQuadrant(full.photo->image), u"TL"_s);

        const PhotoDecoder::Result quarter = PhotoDecoder::decode(data, 0.25);
        QVERIFY2(quarter.photo, qPrintable(describe(quarter)));
        QCOMPARE(quarter.photo->image.size(), QSize(1000, 750));
        QCOMPARE(quarter.photo->scale, 0.25);
        QCOMPARE(quarter.photo->fullSize, QSize(4000, 3000));
        QCOMPARE(redQuadrant(quarter.photo->image), u"TL"_s);

        // Pure DCT scaling, no resampling after it: the same pixels as a decode that Qt can
        // only do with DCT scaling (a clip rectangle forces a power-of-two scale).
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reference(&buffer, "jpeg");
        reference.setClipRect(QRect(0, 0, 4000, 3000));
        reference.setScaledSize(QSize(1000, 750));
        const QImage expected = reference.read().convertToFormat(QImage::Format_RGB888);
        QCOMPARE(expected.size(), QSize(1000, 750));
        QVERIFY(quarter.photo->image == expected);
    }

    // Prefixes and byte flips of a valid JPEG, PNG and HEIC: every one comes back as a photo
    // or a problem, never both and never neither, and never a crash or a hang.
    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("valid");
        const QImage image = samples::noisy(48, 32, 30);
        QTest::newRow("JPEG with EXIF")
            << samples::withExifOrientation(samples::jpeg(image, 90), 6);
        QTest::newRow("progressive JPEG") << samples::jpeg(image, 90, true);
        QTest::newRow("PNG") << samples::png(image);
        QTest::newRow("HEIC") << samples::heic(image);
    }

    void hostileInput()
    {
        QFETCH(QByteArray, valid);
        QVERIFY(!valid.isEmpty());
        QVERIFY(PhotoDecoder::decode(valid).photo);
        const QuietWarnings quiet;

        const auto verifyClean = [](const QByteArray &data, const QString &what) {
            const PhotoDecoder::Result result = PhotoDecoder::decode(data, 0.5);
            if (result.photo.has_value() == result.problem.has_value()) {
                return u"%1: photo %2, problem %3"_s.arg(what)
                    .arg(result.photo.has_value())
                    .arg(result.problem.has_value());
            }
            if (result.photo
                && (result.photo->image.isNull()
                    || result.photo->image.format() != QImage::Format_RGB888)) {
                return u"%1: an empty or non-RGB888 image"_s.arg(what);
            }
            if (result.problem && result.problem->rule != Check::Input) {
                return u"%1: rule %2"_s.arg(what, result.problem->rule);
            }
            return QString();
        };

        for (qsizetype length = 0; length < valid.size();
             length += length < 64 ? 1 : valid.size() / 40) {
            const QString failure =
                verifyClean(valid.left(length), u"prefix of %1 bytes"_s.arg(length));
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }

        QRandomGenerator random(2024);
        for (int round = 0; round < 150; ++round) {
            QByteArray damaged = valid;
            const int flips = 1 + int(random.bounded(4));
            for (int i = 0; i < flips; ++i) {
                const qsizetype at = qsizetype(random.bounded(quint32(damaged.size())));
                damaged[at] = char(damaged[at] ^ char(1 + random.bounded(255)));
            }
            const QString failure = verifyClean(damaged, u"flip round %1"_s.arg(round));
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
        }
    }
};

QTEST_GUILESS_MAIN(TestPhotoDecoder)
#include "TestPhotoDecoder.moc"
