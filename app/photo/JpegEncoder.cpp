#include "photo/JpegEncoder.h"

#include "domain/PhotoRules.h"

#include <QBuffer>
#include <QImageWriter>

namespace dd::photo {

namespace {

// 300 dots per inch in dots per meter: Qt writes it into JFIF as 300 dpi.
constexpr int DotsPerMeter300Dpi = 11811;

// An RGB888 copy of the pixels and nothing else: no colour space (so Qt writes no ICC
// profile) and no text keys (so Qt writes no comment).
QImage bareRgb888(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    // Wrapping the pixels in a new QImage leaves the metadata behind; copy() then owns them.
    QImage bare = QImage(rgb.constBits(), rgb.width(), rgb.height(), rgb.bytesPerLine(),
                         QImage::Format_RGB888)
                      .copy();
    bare.setDotsPerMeterX(DotsPerMeter300Dpi);
    bare.setDotsPerMeterY(DotsPerMeter300Dpi);
    return bare;
}

QByteArray encodeBare(const QImage &bare, int quality)
{
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(qBound(1, quality, 100));
    writer.setProgressiveScanWrite(false);
    if (writer.supportsOption(QImageIOHandler::OptimizedWrite)) {
        writer.setOptimizedWrite(true);
    }
    if (!writer.write(bare)) {
        return {};
    }
    return jpeg;
}

} // namespace

QByteArray JpegEncoder::encodeAt(const QImage &image, int quality)
{
    if (image.isNull()) {
        return {};
    }
    return encodeBare(bareRgb888(image), quality);
}

JpegEncoder::Result JpegEncoder::encode(const QImage &image, qint64 maxBytes,
                                        const std::atomic_bool *stop)
{
    Result result;
    if (image.isNull()) {
        return result;
    }
    const QImage bare = bareRgb888(image);
    // One encode at `quality`, unless `stop` has come.
    auto attempt = [&](int quality) -> std::optional<QByteArray> {
        if (stop && stop->load()) {
            result.stopped = true;
            return std::nullopt;
        }
        ++result.encodes;
        return encodeBare(bare, quality);
    };

    // Most photos fit at the best quality: one encode.
    const std::optional<QByteArray> first = attempt(100);
    if (!first) {
        return result;
    }
    QByteArray best = *first;
    if (best.isEmpty()) {
        return result;
    }
    if (best.size() <= maxBytes) {
        result.jpeg = best;
        result.quality = 100;
        return result;
    }

    const std::optional<QByteArray> floor = attempt(MinQuality);
    if (!floor) {
        return result;
    }
    best = *floor;
    if (best.size() > maxBytes || best.isEmpty()) {
        PhotoFinding finding;
        finding.rule = domain::PhotoRules::FileSize;
        finding.severity = PhotoFinding::Severity::Error;
        finding.message =
            tr("Even at the lowest acceptable JPEG quality (%1) the photo takes %2 bytes, more "
               "than the %3 allowed: it is too noisy or detailed to fit under 200 KB. Retake it "
               "in better light, against a plain background.")
                .arg(MinQuality)
                .arg(best.size())
                .arg(maxBytes);
        finding.value = double(best.size());
        finding.maximum = double(maxBytes);
        finding.unit = QStringLiteral("bytes");
        result.problem = finding;
        return result;
    }

    // The highest quality that fits: `low` fits, `high` does not.
    int low = MinQuality;
    int high = 100;
    while (high - low > 1) {
        const int middle = (low + high) / 2;
        std::optional<QByteArray> jpeg = attempt(middle);
        if (!jpeg) {
            return result;
        }
        if (!jpeg->isEmpty() && jpeg->size() <= maxBytes) {
            low = middle;
            best = std::move(*jpeg);
        } else {
            high = middle;
        }
    }
    result.jpeg = best;
    result.quality = low;
    return result;
}

} // namespace dd::photo
