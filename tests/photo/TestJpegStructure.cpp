#include "photo/JpegStructure.h"

#include "PhotoSamples.h"

#include <QRandomGenerator>
#include <QTest>

using namespace dd::photo;
using namespace Qt::StringLiterals;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray result;
    for (const int value : values) {
        result.append(char(value));
    }
    return result;
}

// A frame header payload: precision, height, width and `components` component specs.
QByteArray frameHeader(int precision, int width, int height, int components)
{
    QByteArray payload =
        bytes({precision, height >> 8, height & 0xFF, width >> 8, width & 0xFF, components});
    for (int i = 1; i <= components; ++i) {
        payload.append(bytes({i, 0x11, 0}));
    }
    return payload;
}

// A hand-made file: SOI, the frame, a one-component scan whose entropy-coded data is
// `entropy`, then EOI. Only the markers are real; nothing here decodes to pixels.
QByteArray handMade(quint8 sof, const QByteArray &frame, const QByteArray &entropy)
{
    QByteArray data = bytes({0xFF, 0xD8});
    data += samples::segment(sof, frame);
    data += samples::segment(0xDA, bytes({1, 1, 0x00, 0, 63, 0}));
    data += entropy;
    data += bytes({0xFF, 0xD9});
    return data;
}

} // namespace

class TestJpegStructure : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatQtWrites()
    {
        QImage image = samples::smooth(64, 48);
        image.setDotsPerMeterX(11811);
        image.setDotsPerMeterY(11811);
        const QByteArray jpeg = samples::jpeg(image);
        const JpegStructure s = JpegStructure::parse(jpeg);
        QVERIFY(s.isJpeg);
        QVERIFY(s.complete);
        QVERIFY(s.baseline);
        QVERIFY(!s.progressive);
        QCOMPARE(s.size, QSize(64, 48));
        QCOMPARE(s.components, 3);
        QCOMPARE(s.precision, 8);
        QVERIFY(s.jfif);
        QCOMPARE(s.densityUnits, 1);
        QCOMPARE(s.densityX, 300);
        QCOMPARE(s.densityY, 300);
        QVERIFY(!s.adobeTransform);
        QVERIFY(!s.hasMetadata());
        QCOMPARE(s.trailingBytes, 0);
    }

    void progressiveHasManyScans()
    {
        const QByteArray jpeg = samples::jpeg(samples::noisy(64, 48, 30), 90, true);
        const JpegStructure s = JpegStructure::parse(jpeg);
        QVERIFY(s.complete);
        QVERIFY(s.progressive);
        QVERIFY(!s.baseline);
        QCOMPARE(s.size, QSize(64, 48));
        QCOMPARE(s.trailingBytes, 0);
    }

    void grayscaleHasOneComponent()
    {
        QImage gray = samples::smooth(32, 16).convertToFormat(QImage::Format_Grayscale8);
        const JpegStructure s = JpegStructure::parse(samples::jpeg(gray));
        QVERIFY(s.complete);
        QCOMPARE(s.components, 1);
    }

    void metadataSegments_data()
    {
        QTest::addColumn<QByteArray>("segments");
        QTest::addColumn<QString>("expected");

        QTest::newRow("Exif orientation") << samples::exifOrientationSegment(6) << u"exif"_s;
        QTest::newRow("XMP") << samples::segment(
            0xE1, QByteArray("http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>", 41))
                             << u"xmp"_s;
        QTest::newRow("extended XMP")
            << samples::segment(0xE1, QByteArray("http://ns.adobe.com/xmp/extension/\0abcd", 39))
            << u"xmp"_s;
        QTest::newRow("ICC profile")
            << samples::segment(0xE2, QByteArray("ICC_PROFILE\0\x01\x01profile", 21)) << u"icc"_s;
        QTest::newRow("comment") << samples::segment(0xFE, "made by hand") << u"comment"_s;
        QTest::newRow("Adobe APP14")
            << samples::segment(0xEE, QByteArray("Adobe\0\x64\0\0\0\0\x02", 12)) << u"adobe"_s;
        QTest::newRow("an APP1 that is neither Exif nor XMP")
            << samples::segment(0xE1, "something else") << QString();
        QTest::newRow("an APP2 that is not ICC") << samples::segment(0xE2, "FPXR") << QString();
    }

    void metadataSegments()
    {
        QFETCH(QByteArray, segments);
        QFETCH(QString, expected);
        const QByteArray jpeg =
            samples::withSegmentsAfterSoi(samples::jpeg(samples::smooth(16, 16)), segments);
        const JpegStructure s = JpegStructure::parse(jpeg);
        QVERIFY(s.complete);
        QCOMPARE(s.exif, expected == u"exif");
        QCOMPARE(s.xmp, expected == u"xmp");
        QCOMPARE(s.icc, expected == u"icc");
        QCOMPARE(s.comment, expected == u"comment");
        QCOMPARE(s.adobeTransform, expected == u"adobe");
        QCOMPARE(s.hasMetadata(), !expected.isEmpty() && expected != u"adobe");
        QCOMPARE(s.size, QSize(16, 16));
    }

    void jfifDensity_data()
    {
        QTest::addColumn<int>("dotsPerMeter");
        QTest::addColumn<int>("units");
        QTest::addColumn<int>("density");
        QTest::newRow("300 dpi") << 11811 << 1 << 300;
        QTest::newRow("72 dpi") << 2835 << 1 << 72;
        QTest::newRow("50 dots per cm") << 5000 << 2 << 50;
    }

    void jfifDensity()
    {
        QFETCH(int, dotsPerMeter);
        QFETCH(int, units);
        QFETCH(int, density);
        QImage image = samples::smooth(8, 8);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        const JpegStructure s = JpegStructure::parse(samples::jpeg(image));
        QVERIFY(s.jfif);
        QCOMPARE(s.densityUnits, units);
        QCOMPARE(s.densityX, density);
        QCOMPARE(s.densityY, density);
    }

    void trailingBytesAreCounted()
    {
        const QByteArray jpeg = samples::jpeg(samples::smooth(16, 16));
        const JpegStructure s = JpegStructure::parse(QByteArray(jpeg + QByteArray(1000, '\0')));
        QVERIFY(s.complete);
        QCOMPARE(s.trailingBytes, 1000);
    }

    // Inside a scan an FF byte is either stuffed (FF 00), a restart marker (FF D0–D7) or fill
    // before the next marker; none of them ends the scan.
    void entropyCodedDataIsSkipped_data()
    {
        QTest::addColumn<QByteArray>("entropy");
        QTest::newRow("plain") << bytes({0x12, 0x34, 0x56});
        QTest::newRow("stuffed FF 00") << bytes({0x12, 0xFF, 0x00, 0x34, 0xFF, 0x00});
        QTest::newRow("restart markers")
            << bytes({0x12, 0xFF, 0xD0, 0x34, 0xFF, 0xD1, 0x56, 0xFF, 0xD7, 0x78});
        QTest::newRow("a D9 byte after a stuffed FF 00") << bytes({0xFF, 0x00, 0xD9, 0x00});
        QTest::newRow("fill bytes before EOI") << bytes({0x12, 0xFF, 0xFF, 0xFF});
        QTest::newRow("no entropy data") << QByteArray();
    }

    void entropyCodedDataIsSkipped()
    {
        QFETCH(QByteArray, entropy);
        const QByteArray data = handMade(0xC0, frameHeader(8, 16, 8, 1), entropy);
        const JpegStructure s = JpegStructure::parse(data);
        QVERIFY(s.complete);
        QCOMPARE(s.trailingBytes, 0);
        QCOMPARE(s.size, QSize(16, 8));
        QCOMPARE(s.components, 1);
    }

    // Two scans, as a progressive file has, with a table between them.
    void scansFollowEachOther()
    {
        QByteArray data = bytes({0xFF, 0xD8});
        data += samples::segment(0xC2, frameHeader(8, 16, 8, 1));
        data += samples::segment(0xDA, bytes({1, 1, 0x00, 0, 0, 0}));
        data += bytes({0x11, 0xFF, 0x00, 0x22});
        data += samples::segment(0xC4, QByteArray(17, '\0'));
        data += samples::segment(0xDA, bytes({1, 1, 0x00, 1, 63, 0}));
        data += bytes({0x33, 0xFF, 0xD0, 0x44});
        data += bytes({0xFF, 0xD9});
        const JpegStructure s = JpegStructure::parse(data);
        QVERIFY(s.complete);
        QVERIFY(s.progressive);
    }

    void frameKinds_data()
    {
        QTest::addColumn<int>("sof");
        QTest::addColumn<int>("precision");
        QTest::addColumn<int>("components");
        QTest::addColumn<bool>("baseline");
        QTest::addColumn<bool>("progressive");
        QTest::newRow("SOF0 baseline") << 0xC0 << 8 << 3 << true << false;
        QTest::newRow("SOF1 extended, 12-bit") << 0xC1 << 12 << 3 << false << false;
        QTest::newRow("SOF2 progressive") << 0xC2 << 8 << 3 << false << true;
        QTest::newRow("SOF3 lossless") << 0xC3 << 16 << 1 << false << false;
        QTest::newRow("SOF9 arithmetic") << 0xC9 << 8 << 3 << false << false;
        QTest::newRow("SOF10 arithmetic progressive") << 0xCA << 8 << 3 << false << false;
        QTest::newRow("SOF0 CMYK") << 0xC0 << 8 << 4 << true << false;
    }

    void frameKinds()
    {
        QFETCH(int, sof);
        QFETCH(int, precision);
        QFETCH(int, components);
        QFETCH(bool, baseline);
        QFETCH(bool, progressive);
        const QByteArray data =
            handMade(quint8(sof), frameHeader(precision, 4000, 3000, components), bytes({0x12}));
        const JpegStructure s = JpegStructure::parse(data);
        QVERIFY(s.complete);
        QCOMPARE(s.baseline, baseline);
        QCOMPARE(s.progressive, progressive);
        QCOMPARE(s.precision, precision);
        QCOMPARE(s.components, components);
        QCOMPARE(s.size, QSize(4000, 3000));
    }

    // DHT (C4), JPG (C8) and DAC (CC) sit among the SOF codes but are no frame.
    void tablesAreNotFrames()
    {
        QByteArray data = bytes({0xFF, 0xD8});
        data += samples::segment(0xC4, frameHeader(8, 999, 999, 3));
        data += samples::segment(0xCC, frameHeader(8, 999, 999, 3));
        data += samples::segment(0xC0, frameHeader(8, 16, 8, 1));
        data += samples::segment(0xDA, bytes({1, 1, 0x00, 0, 63, 0}));
        data += bytes({0xFF, 0xD9});
        const JpegStructure s = JpegStructure::parse(data);
        QVERIFY(s.complete);
        QCOMPARE(s.size, QSize(16, 8));
    }

    void notJpeg_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << bytes({0xFF});
        QTest::newRow("SOI alone, two bytes") << bytes({0xFF, 0xD8});
        QTest::newRow("text") << QByteArray("this is not a photo");
        QTest::newRow("PNG signature") << QByteArray("\x89PNG\r\n\x1A\n", 8);
    }

    void notJpeg()
    {
        QFETCH(QByteArray, data);
        const JpegStructure s = JpegStructure::parse(data);
        QVERIFY(!s.isJpeg);
        QVERIFY(!s.complete);
        QVERIFY(!s.size.isValid());
    }

    void brokenJpeg_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray frame = samples::segment(0xC0, frameHeader(8, 16, 8, 1));
        const QByteArray scan = samples::segment(0xDA, bytes({1, 1, 0x00, 0, 63, 0}));
        const QByteArray soi = bytes({0xFF, 0xD8});
        const QByteArray eoi = bytes({0xFF, 0xD9});
        QTest::newRow("garbage after SOI") << QByteArray(soi + QByteArray("\xFFgarbage", 8));
        QTest::newRow("no marker after a segment")
            << QByteArray(soi + frame + "garbage" + scan + eoi);
        QTest::newRow("a segment longer than the file")
            << QByteArray(soi + bytes({0xFF, 0xE1, 0x7F, 0xFF}) + "short");
        QTest::newRow("a segment length below 2")
            << QByteArray(soi + bytes({0xFF, 0xE1, 0x00, 0x01}) + eoi);
        QTest::newRow("length cut off") << QByteArray(soi + bytes({0xFF, 0xE1, 0x00}));
        QTest::newRow("no frame") << QByteArray(soi + eoi);
        QTest::newRow("no scan") << QByteArray(soi + frame + eoi);
        QTest::newRow("scan before the frame") << QByteArray(soi + scan + frame + eoi);
        QTest::newRow("no EOI") << QByteArray(soi + frame + scan + bytes({0x12, 0x34}));
        QTest::newRow("ends in a stuffed byte")
            << QByteArray(soi + frame + scan + bytes({0x12, 0xFF}));
        QTest::newRow("second SOI") << QByteArray(soi + frame + soi + scan + eoi);
    }

    void brokenJpeg()
    {
        QFETCH(QByteArray, data);
        const JpegStructure s = JpegStructure::parse(data);
        QVERIFY(s.isJpeg);
        QVERIFY(!s.complete);
        QCOMPARE(s.trailingBytes, 0);
    }

    // Every strict prefix of a real file is incomplete and none is read past its end (a
    // sanitizer build would catch the read; here the parse must at least never claim the file
    // complete).
    void everyPrefixIsIncomplete()
    {
        const QByteArray jpeg =
            samples::withExifOrientation(samples::jpeg(samples::noisy(48, 40, 40), 90, true), 6);
        QVERIFY(JpegStructure::parse(jpeg).complete);
        for (qsizetype length = 0; length < jpeg.size(); ++length) {
            const QByteArray prefix = jpeg.left(length);
            const JpegStructure s = JpegStructure::parse(prefix);
            QVERIFY2(!s.complete, qPrintable(QString::number(length)));
            QCOMPARE(s.isJpeg, length >= 3);
        }
    }

    void randomDamageNeverCrashes()
    {
        const QByteArray jpeg = samples::jpeg(samples::noisy(48, 40, 40));
        QRandomGenerator random(42);
        int complete = 0;
        for (int round = 0; round < 2000; ++round) {
            QByteArray damaged = jpeg;
            const int flips = 1 + int(random.bounded(4));
            for (int i = 0; i < flips; ++i) {
                damaged[qsizetype(random.bounded(quint32(damaged.size())))] =
                    char(random.bounded(256));
            }
            const JpegStructure s = JpegStructure::parse(damaged);
            QVERIFY(s.trailingBytes >= 0 && s.trailingBytes < damaged.size());
            complete += s.complete ? 1 : 0;
        }
        // Most damage lands in the entropy-coded data, which the markers do not describe.
        QVERIFY(complete > 0);
    }
};

QTEST_GUILESS_MAIN(TestJpegStructure)
#include "TestJpegStructure.moc"
