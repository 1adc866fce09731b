#pragma once

#include "photo/ImageFormat.h"

#include <QImage>
#include <QSize>

namespace dd::photo {

// A photo decoded for the pipeline: 8-bit sRGB RGB888 pixels with the EXIF orientation (or
// HEIF's irot/imir) applied, possibly at a reduced scale, and what the input was like.
struct DecodedPhoto
{
    QImage image;       // Format_RGB888, oriented
    QSize fullSize;     // the oriented input at full size; image.size() ≈ fullSize * scale
    double scale = 1.0; // image pixels per full-size pixel (1, 1/2, 1/4 or 1/8 for JPEG)
    ImageFormat format = ImageFormat::Unknown;
    int exifOrientation = 1; // 1–8 as read (1 when none); already applied to image
    // What the input held that the pipeline converted away (the report says so):
    bool grayscale = false;    // one channel (a grayscale JPEG or PNG)
    bool cmyk = false;         // a CMYK (or YCCK) JPEG
    bool deepColor = false;    // 16 bits per channel
    bool opaqueAlpha = false;  // an alpha channel that is fully opaque (dropped)
    bool colorManaged = false; // an ICC profile other than sRGB was applied
};

} // namespace dd::photo
