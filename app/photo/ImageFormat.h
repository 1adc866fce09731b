#pragma once

#include <QByteArrayView>
#include <QString>

namespace dd::photo {

// What a file is by its first bytes, whatever its name says (a PNG renamed .jpg is a PNG).
enum class ImageFormat {
    Unknown,
    Jpeg, // FF D8 FF
    Png,  // 89 50 4E 47 0D 0A 1A 0A
    Bmp,  // "BM"
    Gif,  // "GIF87a" / "GIF89a"
    WebP, // "RIFF" .... "WEBP"
    Tiff, // "II*\0" / "MM\0*"
    Heif, // ISO-BMFF "ftyp" with brand heic, heix, hevc, heim, heis, mif1, msf1, avif
};

// The format of data from its first bytes (16 are enough).
ImageFormat sniffImageFormat(QByteArrayView head);
// "JPEG", "PNG", ... for messages; "unknown" for Unknown.
QString imageFormatName(ImageFormat format);

} // namespace dd::photo
