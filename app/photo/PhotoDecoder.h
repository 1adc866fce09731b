#pragma once

#include "photo/DecodedPhoto.h"
#include "photo/JpegStructure.h"
#include "photo/PhotoFinding.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

namespace dd::photo {

// From the bytes of any camera or phone photo to 8-bit sRGB pixels, the right way up: JPEG,
// PNG, BMP, WebP, TIFF (Qt's readers and qt6-image-formats-plugins) and HEIC/HEIF (libheif),
// recognised by content. Absurd input (empty, 0 px, more than MaxSide px on a side, truncated,
// corrupt, an unsupported format) is refused with a photo.input finding, never a crash or a
// hang. A grayscale photo decodes (as gray RGB) and says so in DecodedPhoto::grayscale: the
// pipeline reports it against photo.colorMode. Partly transparent pixels are refused
// (compositing them onto a colour would be retouching the background).
class PhotoDecoder
{
    Q_DECLARE_TR_FUNCTIONS(PhotoDecoder)

public:
    static constexpr int MaxSide = 20'000;
    static constexpr qint64 MaxPixels = 120'000'000; // 120 megapixels

    struct Probe
    {
        ImageFormat format = ImageFormat::Unknown;
        QSize fullSize; // after the EXIF orientation
        int exifOrientation = 1;
        std::optional<PhotoFinding> problem; // photo.input when unusable
        std::optional<JpegStructure> jpeg;   // a JPEG's markers, read once for the decode
    };
    // The format and size from the header alone (no pixels decoded).
    static Probe probe(const QByteArray &data);

    struct Result
    {
        std::optional<DecodedPhoto> photo;
        std::optional<PhotoFinding> problem; // photo.input when unusable
    };
    // Decodes at the smallest scale that is still at least `minScale` of the full size
    // (JPEG: libjpeg's DCT scaling through QImageReader::setScaledSize, 1/8, 1/4, 1/2 or 1;
    // other formats decode at full size, scale 1). minScale ≥ 1 decodes at full size.
    static Result decode(const QByteArray &data, double minScale = 1.0);
    // The same with the probe of `data` made already (probe.problem empty).
    static Result decode(const QByteArray &data, const Probe &probe, double minScale);
};

} // namespace dd::photo
