#pragma once

// Test images made on the fly for the decode and encode tests: no committed binaries.

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>

namespace dd::photo::samples {

// The bytes Qt's writer makes of `image` in `format` ("jpeg", "png", ...); empty on failure.
inline QByteArray encoded(const QImage &image, const char *format, int quality = -1,
                          bool progressive = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    writer.setProgressiveScanWrite(progressive);
    if (!writer.write(image)) {
        return {};
    }
    return bytes;
}

inline QByteArray jpeg(const QImage &image, int quality = 92, bool progressive = false)
{
    return encoded(image, "jpeg", quality, progressive);
}

inline QByteArray png(const QImage &image)
{
    return encoded(image, "png");
}

// Grey with a red top-left quadrant: where the red lands shows how the image was turned.
inline QImage redQuadrant(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(QColor(128, 128, 128));
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height / 2, QColor(220, 20, 20));
    return image;
}

// A marker segment: FF, the marker, the length (payload + 2) and the payload.
inline QByteArray segment(quint8 marker, const QByteArray &payload)
{
    QByteArray bytes;
    bytes.append(char(0xFF));
    bytes.append(char(marker));
    const int length = int(payload.size()) + 2;
    bytes.append(char((length >> 8) & 0xFF));
    bytes.append(char(length & 0xFF));
    bytes.append(payload);
    return bytes;
}

// `jpeg` with `segments` inserted right after SOI.
inline QByteArray withSegmentsAfterSoi(const QByteArray &jpeg, const QByteArray &segments)
{
    return jpeg.left(2) + segments + jpeg.mid(2);
}

// An APP1 Exif segment holding only the orientation (big-endian TIFF, one IFD entry 0x0112
// SHORT = orientation): 36 bytes, as a camera writes it.
inline QByteArray exifOrientationSegment(int orientation)
{
    QByteArray payload("Exif\0\0", 6);
    payload.append("MM\0\x2A", 4);                   // big-endian TIFF header
    payload.append(QByteArray("\0\0\0\x08", 4));     // first IFD at offset 8
    payload.append(QByteArray("\0\x01", 2));         // one entry
    payload.append(QByteArray("\x01\x12\0\x03", 4)); // tag 0x0112, type SHORT
    payload.append(QByteArray("\0\0\0\x01", 4));     // count 1
    payload.append(char(0));
    payload.append(char(orientation)); // the value, left-justified in 4 bytes
    payload.append(QByteArray(2, '\0'));
    payload.append(QByteArray(4, '\0')); // no next IFD
    return segment(0xE1, payload);
}

inline QByteArray withExifOrientation(const QByteArray &jpeg, int orientation)
{
    return withSegmentsAfterSoi(jpeg, exifOrientationSegment(orientation));
}

// A smooth gradient: compresses well.
inline QImage smooth(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < width; ++x) {
            line[3 * x] = uchar(60 + 100 * x / width);
            line[3 * x + 1] = uchar(120 + 80 * y / height);
            line[3 * x + 2] = uchar(200 + 40 * (x + y) / (width + height));
        }
    }
    return image;
}

// A gradient with random noise of ±`amplitude` on every channel: the size JPEG needs grows
// with the amplitude.
inline QImage noisy(int width, int height, int amplitude, quint32 seed = 7)
{
    QRandomGenerator random(seed);
    QImage image = smooth(width, height);
    for (int y = 0; y < height; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < 3 * width; ++x) {
            const int noise = int(random.bounded(2 * amplitude + 1)) - amplitude;
            line[x] = uchar(qBound(0, line[x] + noise, 255));
        }
    }
    return image;
}

} // namespace dd::photo::samples
