// bench_photo [--runs N] [--keep FILE] [--noise N]: a 12-megapixel camera JPEG to the compliant
// certificate photo, against one full decode of the same file by djpeg.
//
// The camera photo: a public-domain portrait from a Debian package (scripts/fetch-test-photos)
// set on a blue background at 3000 × 4000 pixels, with the fine noise of a camera sensor
// (±6 per channel by default, --noise) so that it encodes like a real photo (2 MB at quality
// 92; --noise 16 makes 4.6 MB, like a camera in dim light).
// Figures, one per line as "name: value unit", medians of N runs (7 by default):
//
//   photo_fix_p50        PhotoPipeline::fix: probe, decode, detect, measure, crop, encode, ms
//   photo_analyse_p50    the decode and the analysis alone (PhotoPipeline::analyse), ms
//   djpeg_full_p50       `djpeg` (libjpeg-turbo-progs) decoding the file at full size to
//                        /dev/null, process start included (≈3 ms), ms
//   qt_full_decode_p50   QImageReader decoding it at full size in this process, ms
//   input_bytes          the camera file's size, bytes
//   output_bytes, output_quality   the written photo
//   peak_rss             MB

#include "photo/PhotoPipeline.h"

#include "support/PhotoFixtures.h"

#include "BenchSupport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace dd;
using namespace dd::bench;

namespace {

QByteArray cameraJpeg(int noise)
{
    const auto c = test::composite(test::graceHopper(), QSize(3000, 4000), 5.0, QPointF(1500, 700));
    if (!c) {
        return {};
    }
    QImage image = c->image;
    QRandomGenerator random(12);
    for (int y = 0; y < image.height(); ++y) {
        uchar *row = image.scanLine(y);
        for (int x = 0; x < image.width() * 3; ++x) {
            row[x] =
                uchar(std::clamp(int(row[x]) + int(random.bounded(2 * noise + 1)) - noise, 0, 255));
        }
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(92);
    writer.write(image);
    return buffer.data();
}

template<typename Work>
double medianOf(int runs, Work work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!work()) {
            return -1;
        }
        times.append(milliseconds(timer));
    }
    return percentile(times, 50);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A 12 MP camera JPEG to the certificate photo."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs (median)."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QStringLiteral("Also save the camera JPEG here."),
                                        QStringLiteral("file"));
    const QCommandLineOption noiseOption(QStringLiteral("noise"),
                                         QStringLiteral("Sensor noise, ± per channel (6)."),
                                         QStringLiteral("n"), QStringLiteral("6"));
    parser.addOptions({runsOption, keepOption, noiseOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());

    progress(QStringLiteral("memory: ") + allocatorName());
    const QByteArray camera = cameraJpeg(std::max(0, parser.value(noiseOption).toInt()));
    if (camera.isEmpty()) {
        progress(
            QStringLiteral("the Debian test photos are missing: run scripts/fetch-test-photos"));
        return 1;
    }
    QTemporaryDir temporary;
    const QString path = parser.isSet(keepOption)
                             ? parser.value(keepOption)
                             : temporary.filePath(QStringLiteral("camera.jpg"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(camera) != camera.size()) {
        progress(QStringLiteral("cannot write ") + path);
        return 1;
    }
    file.close();

    photo::PhotoPipeline::Output output;
    output = photo::PhotoPipeline::fix(camera); // loads the cascades once
    if (output.jpeg.isEmpty()) {
        progress(QStringLiteral("the camera photo was not made compliant:"));
        for (const QString &message : output.report.errorMessages()) {
            progress(QStringLiteral("  ") + message);
        }
        return 1;
    }
    const double fix = medianOf(runs, [&] {
        output = photo::PhotoPipeline::fix(camera);
        return !output.jpeg.isEmpty();
    });
    const double analyse = medianOf(runs, [&] {
        const auto analysis = photo::PhotoPipeline::analyse(camera, 0.3);
        return analysis.head.has_value();
    });
    const double qtDecode = medianOf(runs, [&] {
        QBuffer buffer;
        buffer.setData(camera);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, "jpeg");
        return !reader.read().isNull();
    });
    const QString djpeg = QStandardPaths::findExecutable(QStringLiteral("djpeg"));
    double djpegFull = -1;
    if (djpeg.isEmpty()) {
        progress(QStringLiteral("djpeg not found (libjpeg-turbo-progs): no comparison"));
    } else {
        djpegFull = medianOf(runs, [&] {
            QProcess process;
            process.setStandardOutputFile(QProcess::nullDevice());
            process.start(djpeg, {QStringLiteral("-rgb"), path});
            return process.waitForFinished(60'000) && process.exitCode() == 0;
        });
    }
    figure("photo_fix_p50", fix, "ms");
    figure("photo_analyse_p50", analyse, "ms");
    if (djpegFull >= 0) {
        figure("djpeg_full_p50", djpegFull, "ms");
    }
    figure("qt_full_decode_p50", qtDecode, "ms");
    figure("input_bytes", double(camera.size()), "bytes");
    figure("output_bytes", double(output.jpeg.size()), "bytes");
    figure("output_quality", output.report.quality, "");
    figure("peak_rss", peakRssMegabytes(), "MB");
    return 0;
}
