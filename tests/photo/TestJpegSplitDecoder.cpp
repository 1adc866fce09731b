#include "photo/JpegError.h"
#include "photo/JpegSplitDecoder.h"

#include "PhotoSamples.h"

#include <QRandomGenerator>
#include <QSemaphore>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE

#include <jpeglib.h>

using namespace dd::photo;

namespace {

// How a test JPEG is written, with libjpeg itself (Qt's writer cannot vary these).
struct Encoding
{
    int quality = 92;
    int lumaH = 2; // luma sampling factors: 2×2 is 4:2:0, 2×1 4:2:2, 1×1 4:4:4
    int lumaV = 2;
    bool optimized = false; // Huffman tables made for the image, not the standard ones
    int restartRows = 0;
    bool progressive = false;
    bool arithmetic = false;
    bool gray = false;
};

// The compress calls, in a frame holding nothing with a destructor.
bool compress(jpeg_compress_struct *info, JpegError *error, const QImage &rgb, const Encoding &e,
              unsigned char **out, unsigned long *size)
{
    if (setjmp(error->jump) != 0) {
        return false;
    }
    jpeg_mem_dest(info, out, size);
    info->image_width = JDIMENSION(rgb.width());
    info->image_height = JDIMENSION(rgb.height());
    info->input_components = e.gray ? 1 : 3;
    info->in_color_space = e.gray ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(info);
    jpeg_set_quality(info, e.quality, TRUE);
    if (!e.gray) {
        info->comp_info[0].h_samp_factor = e.lumaH;
        info->comp_info[0].v_samp_factor = e.lumaV;
    }
    info->optimize_coding = e.optimized ? TRUE : FALSE;
    info->restart_in_rows = e.restartRows;
    info->arith_code = e.arithmetic ? TRUE : FALSE;
    if (e.progressive) {
        jpeg_simple_progression(info);
    }
    jpeg_start_compress(info, TRUE);
    std::vector<uchar> gray(std::size_t(rgb.width()));
    while (info->next_scanline < info->image_height) {
        const uchar *line = rgb.constScanLine(int(info->next_scanline));
        if (e.gray) {
            for (int x = 0; x < rgb.width(); ++x) {
                gray[std::size_t(x)] = line[3 * x + 1];
            }
            line = gray.data();
        }
        JSAMPROW row = const_cast<uchar *>(line);
        jpeg_write_scanlines(info, &row, 1);
    }
    jpeg_finish_compress(info);
    return true;
}

QByteArray encode(const QImage &image, const Encoding &e)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    jpeg_compress_struct info;
    JpegError error;
    error.install(&info);
    jpeg_create_compress(&info);
    unsigned char *out = nullptr;
    unsigned long size = 0;
    QByteArray data;
    if (compress(&info, &error, rgb, e, &out, &size)) {
        data = QByteArray(reinterpret_cast<const char *>(out), qsizetype(size));
    }
    jpeg_destroy_compress(&info);
    std::free(out);
    return data;
}

bool decompress(jpeg_decompress_struct *info, JpegError *error, const QByteArray &data,
                int denominator, QImage *image)
{
    if (setjmp(error->jump) != 0) {
        return false;
    }
    jpeg_mem_src(info, reinterpret_cast<const unsigned char *>(data.constData()),
                 static_cast<unsigned long>(data.size()));
    jpeg_read_header(info, TRUE);
    info->scale_num = 1;
    info->scale_denom = static_cast<unsigned int>(denominator);
    jpeg_start_decompress(info);
    *image = QImage(int(info->output_width), int(info->output_height), QImage::Format_RGB888);
    while (info->output_scanline < info->output_height) {
        JSAMPROW row = image->scanLine(int(info->output_scanline));
        jpeg_read_scanlines(info, &row, 1);
    }
    jpeg_finish_decompress(info);
    return true;
}

// libjpeg alone, with the defaults PhotoDecoder keeps (warnings about damaged data ignored,
// as there): the reference.
QImage libjpeg(const QByteArray &data, int denominator)
{
    jpeg_decompress_struct info;
    JpegError error;
    error.install(&info);
    jpeg_create_decompress(&info);
    QImage image;
    if (!decompress(&info, &error, data, denominator, &image)) {
        image = QImage();
    }
    jpeg_destroy_decompress(&info);
    return image;
}

// Hard black and white squares: at the best quality their coefficients need more than 10
// bits, which the decoder keeps otherwise than the common ones.
QImage squares(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            const uchar v = ((x / 8 + y / 8) % 2) != 0 ? 255 : 0;
            line[3 * x] = v;
            line[3 * x + 1] = uchar(255 - v);
            line[3 * x + 2] = v;
        }
    }
    return image;
}

QByteArray withByteChanged(QByteArray data, qsizetype at, int value)
{
    data[at] = char(value);
    return data;
}

qsizetype scanStart(const QByteArray &data)
{
    return data.indexOf(QByteArray("\xFF\xDA", 2)) + 2 + 12; // SOS of three components
}

// A read that may split: it first waits for the pool's threads to be idle. A thread of the
// pool counts as active a moment after its job's future has finished, so a read right after
// another (or after the busy jobs of a test) may find no room and, rightly, stay on one core:
// not what these tests look at. (The product takes the one core then; PhotoDecoder falls
// back to libjpeg alone.)
QImage readSplit(const QByteArray &data, int denominator, JpegSplitDecoder::Trace *trace = nullptr)
{
    QThreadPool::globalInstance()->waitForDone();
    return JpegSplitDecoder::read(data, denominator, trace, 0);
}

} // namespace

class TestJpegSplitDecoder : public QObject
{
    Q_OBJECT

private slots:
    // The same pixels as libjpeg alone, at every scale, for every kind of file it takes,
    // with the two halves met (the second core's units used, their DC values moved).
    void samePixelsAsLibjpeg_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<int>("quality");
        QTest::addColumn<int>("lumaH");
        QTest::addColumn<int>("lumaV");
        QTest::addColumn<bool>("optimized");
        QTest::newRow("4:2:0, camera noise")
            << samples::noisy(1600, 1200, 12) << 92 << 2 << 2 << false;
        QTest::newRow("4:2:0, odd sides") << samples::noisy(1203, 917, 20) << 90 << 2 << 2 << false;
        QTest::newRow("4:4:4") << samples::noisy(1024, 768, 12) << 92 << 1 << 1 << false;
        QTest::newRow("4:2:2") << samples::noisy(1000, 802, 12) << 92 << 2 << 1 << false;
        QTest::newRow("4:4:0") << samples::noisy(801, 1000, 12) << 92 << 1 << 2 << false;
        QTest::newRow("optimized tables") << samples::noisy(1280, 960, 25) << 75 << 2 << 2 << true;
        QTest::newRow("wide values, best quality") << squares(1024, 1024) << 100 << 2 << 2 << false;
        QTest::newRow("smooth, low quality")
            << samples::smooth(1600, 1200) << 30 << 2 << 2 << false;
    }

    void samePixelsAsLibjpeg()
    {
        QFETCH(QImage, image);
        QFETCH(int, quality);
        QFETCH(int, lumaH);
        QFETCH(int, lumaV);
        QFETCH(bool, optimized);
        Encoding e;
        e.quality = quality;
        e.lumaH = lumaH;
        e.lumaV = lumaV;
        e.optimized = optimized;
        const QByteArray data = encode(image, e);
        QVERIFY(!data.isEmpty());
        for (const int denominator : {1, 2, 4, 8}) {
            const QImage expected = libjpeg(data, denominator);
            QVERIFY(!expected.isNull());
            // As the product reads it: met or not, as the threads ran, libjpeg's pixels.
            const QImage asScheduled = readSplit(data, denominator);
            QVERIFY2(!asScheduled.isNull(), qPrintable(QString::number(denominator)));
            QVERIFY2(asScheduled == expected, qPrintable(QStringLiteral("1/%1").arg(denominator)));
            // Met for certain: the second core's units used.
            JpegSplitDecoder::Trace trace;
            trace.secondCoreFirst = true;
            const QImage split = readSplit(data, denominator, &trace);
            QVERIFY2(!split.isNull(), qPrintable(QString::number(denominator)));
            QCOMPARE(split.size(), expected.size());
            QVERIFY2(split == expected, qPrintable(QStringLiteral("1/%1").arg(denominator)));
            QVERIFY(trace.split);
            QVERIFY(trace.meetMcu > trace.totalMcus / 4);
            QVERIFY(trace.meetMcu < trace.totalMcus);
        }
    }

    // Where the two threads' parts of the data join (each takes its stuffing out on its own)
    // and where they meet fall differently in each image.
    void samePixelsWhereverThePartsJoin()
    {
        for (quint32 seed = 1; seed <= 24; ++seed) {
            const QByteArray data = encode(samples::noisy(640, 480, 20, seed), Encoding());
            JpegSplitDecoder::Trace trace;
            trace.secondCoreFirst = true;
            const QImage split = readSplit(data, 2, &trace);
            QVERIFY(trace.split);
            QVERIFY2(split == libjpeg(data, 2), qPrintable(QString::number(seed)));
        }
    }

    // Images of a few units: their data searched all the same (the second core's first units
    // may be more than the image has).
    void tinyImages()
    {
        for (const QSize size :
             {QSize(8, 8), QSize(16, 16), QSize(17, 9), QSize(33, 40), QSize(64, 24)}) {
            Encoding e;
            e.quality = 100;
            const QByteArray data = encode(samples::noisy(size.width(), size.height(), 60), e);
            for (const int denominator : {1, 8}) {
                const QImage split = readSplit(data, denominator);
                QVERIFY(!split.isNull());
                QVERIFY(split == libjpeg(data, denominator));
            }
        }
    }

    // Files it leaves to libjpeg alone: null, whatever the size.
    void leavesOtherFilesToLibjpeg_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QImage image = samples::noisy(1024, 768, 12);
        Encoding progressive;
        progressive.progressive = true;
        Encoding restarts;
        restarts.restartRows = 4;
        Encoding arithmetic;
        arithmetic.arithmetic = true;
        Encoding gray;
        gray.gray = true;
        QTest::newRow("progressive") << encode(image, progressive);
        QTest::newRow("restart markers") << encode(image, restarts);
        QTest::newRow("arithmetic coding") << encode(image, arithmetic);
        QTest::newRow("grayscale") << encode(image, gray);
        QTest::newRow("not a JPEG") << samples::png(samples::smooth(64, 48));
        QTest::newRow("empty") << QByteArray();
    }

    void leavesOtherFilesToLibjpeg()
    {
        QFETCH(QByteArray, data);
        QVERIFY(JpegSplitDecoder::read(data, 4, nullptr, 0).isNull());
    }

    void smallScanStaysOnOneCore()
    {
        const QByteArray small = encode(samples::noisy(400, 300, 12), Encoding());
        QVERIFY(small.size() < JpegSplitDecoder::MinEntropyBytes);
        QVERIFY(JpegSplitDecoder::read(small, 1).isNull());
        QVERIFY(!readSplit(small, 1).isNull());
    }

    // With every thread of the pool taken (a folder of photos on every core), it does not
    // queue its half behind them.
    void busyPoolStaysOnOneCore()
    {
        const QByteArray data = encode(samples::noisy(1600, 1200, 12), Encoding());
        QThreadPool *pool = QThreadPool::globalInstance();
        const int threads = pool->maxThreadCount();
        QSemaphore started;
        QSemaphore release;
        QList<QFuture<void>> busy;
        for (int i = 0; i < threads; ++i) {
            busy.append(QtConcurrent::run([&] {
                started.release();
                release.acquire();
            }));
        }
        started.acquire(threads);
        const QImage image = JpegSplitDecoder::read(data, 4, nullptr, 0);
        release.release(threads);
        for (QFuture<void> &future : busy) {
            future.waitForFinished();
        }
        QVERIFY(image.isNull());
        QVERIFY(!readSplit(data, 4).isNull());
    }

    // Damaged data (a bit flipped anywhere in the scan, a byte set to anything, the scan
    // cut short): null (libjpeg alone then decodes it, warning) or the very pixels libjpeg
    // makes of it, never anything else.
    void damagedDataIsLibjpegsOrNothing()
    {
        const QByteArray data = encode(samples::noisy(1024, 768, 16), Encoding());
        const qsizetype scan = scanStart(data);
        QRandomGenerator random(11);
        int decoded = 0;
        for (int i = 0; i < 90; ++i) {
            const qsizetype at = scan + qsizetype(random.bounded(int(data.size() - scan - 2)));
            QByteArray damaged;
            QString how;
            if (i % 9 == 8) {
                damaged = data.first(at) + QByteArray("\xFF\xD9", 2);
                how = QStringLiteral("cut at %1").arg(at);
            } else if (i % 3 == 2) {
                const int value = int(random.bounded(256));
                damaged = withByteChanged(data, at, value);
                how = QStringLiteral("byte %1 set to %2").arg(at).arg(value);
            } else {
                const int bit = int(random.bounded(8));
                damaged = withByteChanged(data, at, quint8(data[at]) ^ (1 << bit));
                how = QStringLiteral("bit %1 of byte %2 flipped").arg(bit).arg(at);
            }
            const QImage split = readSplit(damaged, 4);
            if (!split.isNull()) {
                ++decoded;
                QVERIFY2(split == libjpeg(damaged, 4), qPrintable(how));
            }
        }
        // A flipped bit of a coefficient's value leaves every code in place: some of those
        // come back decoded.
        QVERIFY(decoded > 0);
    }

    // The same for the header (tables, sampling factors, sizes): what libjpeg takes comes out
    // as libjpeg makes it, the rest null.
    void damagedHeaderIsLibjpegsOrNothing()
    {
        Encoding e;
        e.optimized = true;
        const QByteArray data = encode(samples::noisy(480, 360, 30), e);
        const qsizetype scan = scanStart(data);
        QRandomGenerator random(5);
        for (int i = 0; i < 120; ++i) {
            const qsizetype at = 2 + qsizetype(random.bounded(int(scan - 2)));
            const int value = int(random.bounded(256));
            const QByteArray damaged = withByteChanged(data, at, value);
            const int denominator = 1 << (i % 4);
            const QImage split = JpegSplitDecoder::read(damaged, denominator, nullptr, 0);
            if (!split.isNull()) {
                QVERIFY2(split == libjpeg(damaged, denominator),
                         qPrintable(QStringLiteral("byte %1 set to %2").arg(at).arg(value)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJpegSplitDecoder)
#include "TestJpegSplitDecoder.moc"
