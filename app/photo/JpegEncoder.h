#pragma once

#include "photo/PhotoFinding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

#include <atomic>
#include <optional>

namespace dd::photo {

// Encodes the finished photo: the highest JPEG quality whose file stays within the limit
// (a binary search on quality), baseline, JFIF at 300 dpi, 8-bit YCbCr from RGB888, and no
// metadata at all (no EXIF, GPS, XMP, ICC profile or comment): the pixels are sRGB.
class JpegEncoder
{
    Q_DECLARE_TR_FUNCTIONS(JpegEncoder)

public:
    // "Under 200 KB" under either reading of KB.
    static constexpr qint64 MaxBytes = 199'999;
    // Below this quality the photo is too noisy to be worth sending: retake it.
    static constexpr int MinQuality = 60;

    struct Result
    {
        QByteArray jpeg;                     // empty when no quality fits
        int quality = 0;                     // the quality used
        std::optional<PhotoFinding> problem; // photo.fileSize when even MinQuality is too big
        int encodes = 0;                     // how many qualities were tried
        bool stopped = false;                // `stop` came: no JPEG, no problem
    };
    // `stop`, when given, is read before each encode: once it is set, the search ends (the
    // caller no longer wants the file: the photo failed a check meanwhile).
    static Result encode(const QImage &image, qint64 maxBytes = MaxBytes,
                         const std::atomic_bool *stop = nullptr);
    // One encode at a given quality (1–100), as encode() does it.
    static QByteArray encodeAt(const QImage &image, int quality);
};

} // namespace dd::photo
