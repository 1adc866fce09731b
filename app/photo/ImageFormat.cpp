#include "photo/ImageFormat.h"

namespace dd::photo {

namespace {

bool startsWith(QByteArrayView data, QByteArrayView prefix)
{
    return data.size() >= prefix.size() && data.first(prefix.size()) == prefix;
}

} // namespace

ImageFormat sniffImageFormat(QByteArrayView head)
{
    if (startsWith(head, "\xFF\xD8\xFF")) {
        return ImageFormat::Jpeg;
    }
    if (startsWith(head, "\x89PNG\r\n\x1A\n")) {
        return ImageFormat::Png;
    }
    if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a")) {
        return ImageFormat::Gif;
    }
    if (startsWith(head, "BM") && head.size() >= 14) {
        return ImageFormat::Bmp;
    }
    if (startsWith(head, "RIFF") && head.size() >= 12 && head.sliced(8, 4) == "WEBP") {
        return ImageFormat::WebP;
    }
    if (startsWith(head, QByteArrayView("II*\0", 4))
        || startsWith(head, QByteArrayView("MM\0*", 4))) {
        return ImageFormat::Tiff;
    }
    // ISO base media file: a box size, then "ftyp" and the major brand.
    if (head.size() >= 12 && head.sliced(4, 4) == "ftyp") {
        static const char *const brands[] = {"heic", "heix", "hevc", "hevx", "heim",
                                             "heis", "mif1", "msf1", "avif"};
        const QByteArrayView brand = head.sliced(8, 4);
        for (const char *known : brands) {
            if (brand == QByteArrayView(known)) {
                return ImageFormat::Heif;
            }
        }
    }
    return ImageFormat::Unknown;
}

QString imageFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return QStringLiteral("JPEG");
    case ImageFormat::Png:
        return QStringLiteral("PNG");
    case ImageFormat::Bmp:
        return QStringLiteral("BMP");
    case ImageFormat::Gif:
        return QStringLiteral("GIF");
    case ImageFormat::WebP:
        return QStringLiteral("WebP");
    case ImageFormat::Tiff:
        return QStringLiteral("TIFF");
    case ImageFormat::Heif:
        return QStringLiteral("HEIF");
    case ImageFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace dd::photo
