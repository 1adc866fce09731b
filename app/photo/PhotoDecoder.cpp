#include "photo/PhotoDecoder.h"

#include "photo/JpegError.h"
#include "photo/JpegSplitDecoder.h"
#include "photo/JpegStructure.h"

#include <QBuffer>
#include <QColorSpace>
#include <QColorTransform>
#include <QImageReader>
#include <QTransform>

#include <libheif/heif.h>

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <cstring>
#include <memory>

#include <jpeglib.h>

namespace dd::photo {

namespace {

// Enough for MaxPixels at 8 bytes a pixel (a 16-bit RGBA image); Qt 6's default is 256 MB,
// which a 120-megapixel RGB32 image (480 MB) would exceed.
constexpr int AllocationLimitMb = 1024;

void raiseAllocationLimit()
{
    static const bool raised = [] {
        const int limit = QImageReader::allocationLimit();
        if (limit != 0 && limit < AllocationLimitMb) {
            QImageReader::setAllocationLimit(AllocationLimitMb);
        }
        return true;
    }();
    Q_UNUSED(raised);
}

PhotoFinding inputProblem(const QString &message)
{
    PhotoFinding finding;
    finding.rule = Check::Input;
    finding.severity = PhotoFinding::Severity::Error;
    finding.message = message;
    return finding;
}

PhotoFinding truncatedProblem()
{
    return inputProblem(PhotoDecoder::tr(
        "The file is truncated or damaged: it ends before the image data is complete. Copy the "
        "photo from the camera or phone again."));
}

// What the bytes are, for the message refusing them.
QString describeContent(QByteArrayView head, ImageFormat format)
{
    if (format != ImageFormat::Unknown) {
        return imageFormatName(format);
    }
    if (head.startsWith("%PDF")) {
        return PhotoDecoder::tr("a PDF document");
    }
    if (head.startsWith("PK\x03\x04")) {
        return PhotoDecoder::tr("a ZIP archive or an office document");
    }
    return PhotoDecoder::tr("not an image format it knows");
}

// A side of 0, a side over MaxSide or more than MaxPixels pixels: refused before any pixel
// is decoded.
std::optional<PhotoFinding> checkSize(qint64 width, qint64 height)
{
    if (width <= 0 || height <= 0) {
        return inputProblem(
            PhotoDecoder::tr("The photo has no pixels (its header says %1 × %2). Copy the photo "
                             "from the camera or phone again.")
                .arg(width)
                .arg(height));
    }
    const qint64 side = qMax(width, height);
    if (side > PhotoDecoder::MaxSide) {
        PhotoFinding finding = inputProblem(
            PhotoDecoder::tr("The photo is %1 × %2 pixels: DegreeDesk opens photos of at most "
                             "%3 pixels on a side. Use the original photo from the camera or "
                             "phone.")
                .arg(width)
                .arg(height)
                .arg(PhotoDecoder::MaxSide));
        finding.value = double(side);
        finding.maximum = double(PhotoDecoder::MaxSide);
        finding.unit = QStringLiteral("px");
        return finding;
    }
    const qint64 pixels = width * height;
    if (pixels > PhotoDecoder::MaxPixels) {
        PhotoFinding finding = inputProblem(
            PhotoDecoder::tr("The photo is %1 × %2 pixels (%3 megapixels): DegreeDesk opens "
                             "photos of at most %4 megapixels. Use the original photo from the "
                             "camera or phone.")
                .arg(width)
                .arg(height)
                .arg(double(pixels) / 1e6, 0, 'f', 1)
                .arg(PhotoDecoder::MaxPixels / 1'000'000));
        finding.value = double(pixels);
        finding.maximum = double(PhotoDecoder::MaxPixels);
        finding.unit = QStringLiteral("pixels");
        return finding;
    }
    return std::nullopt;
}

quint32 be32(QByteArrayView data, qsizetype index)
{
    quint32 value = 0;
    for (qsizetype i = 0; i < 4; ++i) {
        value = (value << 8) | static_cast<quint8>(data[index + i]);
    }
    return value;
}

// The size a PNG's IHDR claims (the first chunk, at offset 8); false when there is none.
bool pngHeaderSize(QByteArrayView data, qint64 &width, qint64 &height)
{
    if (data.size() < 24 || data.sliced(12, 4) != "IHDR") {
        return false;
    }
    width = be32(data, 16);
    height = be32(data, 20);
    return true;
}

quint32 le32(QByteArrayView data, qsizetype index)
{
    quint32 value = 0;
    for (qsizetype i = 3; i >= 0; --i) {
        value = (value << 8) | static_cast<quint8>(data[index + i]);
    }
    return value;
}

int le16(QByteArrayView data, qsizetype index)
{
    return static_cast<quint8>(data[index]) | (static_cast<quint8>(data[index + 1]) << 8);
}

// Whether an uncompressed BMP ends before its last row: Qt's reader stops there without an
// error and leaves the rest of the image blank.
bool bmpIsTruncated(QByteArrayView data)
{
    if (data.size() < 30) {
        return false; // too short for Qt's reader, which says so itself
    }
    const qint64 pixelOffset = le32(data, 10);
    const quint32 headerSize = le32(data, 14);
    qint64 width = 0;
    qint64 height = 0;
    int bitsPerPixel = 0;
    quint32 compression = 0;
    if (headerSize == 12) { // OS/2 BITMAPCOREHEADER
        width = le16(data, 18);
        height = le16(data, 20);
        bitsPerPixel = le16(data, 24);
    } else if (data.size() >= 34) {
        width = qint32(le32(data, 18));
        height = qint32(le32(data, 22));
        bitsPerPixel = le16(data, 28);
        compression = le32(data, 30);
    } else {
        return false;
    }
    const bool uncompressed = compression == 0 || compression == 3 || compression == 6;
    if (!uncompressed || width <= 0 || bitsPerPixel <= 0 || bitsPerPixel > 32) {
        return false; // RLE and friends: left to Qt's reader
    }
    const qint64 rowBytes = (width * bitsPerPixel + 31) / 32 * 4;
    return qint64(data.size()) < pixelOffset + rowBytes * qAbs(height);
}

int exifOrientation(QImageIOHandler::Transformations transformation)
{
    switch (transformation.toInt()) {
    case QImageIOHandler::TransformationMirror:
        return 2;
    case QImageIOHandler::TransformationRotate180:
        return 3;
    case QImageIOHandler::TransformationFlip:
        return 4;
    case QImageIOHandler::TransformationFlipAndRotate90:
        return 5;
    case QImageIOHandler::TransformationRotate90:
        return 6;
    case QImageIOHandler::TransformationMirrorAndRotate90:
        return 7;
    case QImageIOHandler::TransformationRotate270:
        return 8;
    default:
        return 1;
    }
}

bool swapsSides(int orientation)
{
    return orientation >= 5 && orientation <= 8;
}

QByteArray qtFormatName(ImageFormat format)
{
    switch (format) {
    case ImageFormat::Jpeg:
        return QByteArrayLiteral("jpeg");
    case ImageFormat::Png:
        return QByteArrayLiteral("png");
    case ImageFormat::Bmp:
        return QByteArrayLiteral("bmp");
    case ImageFormat::WebP:
        return QByteArrayLiteral("webp");
    case ImageFormat::Tiff:
        return QByteArrayLiteral("tiff");
    default:
        return {};
    }
}

// ---- pixels ----------------------------------------------------------------------------------

bool isGrayscaleFormat(const QImage &image)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
        return true;
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
    case QImage::Format_Indexed8: {
        const QList<QRgb> table = image.colorTable();
        for (const QRgb entry : table) {
            if (!qIsGray(entry)) {
                return false;
            }
        }
        return !table.isEmpty();
    }
    default:
        return false;
    }
}

bool isDeepFormat(QImage::Format format)
{
    switch (format) {
    case QImage::Format_Grayscale16:
    case QImage::Format_RGBX64:
    case QImage::Format_RGBA64:
    case QImage::Format_RGBA64_Premultiplied:
    case QImage::Format_BGR30:
    case QImage::Format_A2BGR30_Premultiplied:
    case QImage::Format_RGB30:
    case QImage::Format_A2RGB30_Premultiplied:
    case QImage::Format_RGBX16FPx4:
    case QImage::Format_RGBA16FPx4:
    case QImage::Format_RGBA16FPx4_Premultiplied:
    case QImage::Format_RGBX32FPx4:
    case QImage::Format_RGBA32FPx4:
    case QImage::Format_RGBA32FPx4_Premultiplied:
        return true;
    default:
        return false;
    }
}

// How many pixels are not fully opaque, counted in strips (never a whole-image copy).
qint64 translucentPixels(const QImage &image)
{
    constexpr int StripRows = 64;
    qint64 count = 0;
    for (int top = 0; top < image.height(); top += StripRows) {
        const int rows = qMin(StripRows, image.height() - top);
        const QImage alpha =
            image.copy(0, top, image.width(), rows).convertToFormat(QImage::Format_Alpha8);
        for (int y = 0; y < alpha.height(); ++y) {
            const uchar *line = alpha.constScanLine(y);
            for (int x = 0; x < alpha.width(); ++x) {
                count += line[x] != 255 ? 1 : 0;
            }
        }
    }
    return count;
}

// Whether a colour space maps colours as sRGB does (an embedded sRGB profile is sRGB, even
// when Qt does not recognise it by name).
bool actsAsSrgb(const QColorSpace &colorSpace)
{
    const QColorSpace srgb(QColorSpace::SRgb);
    if (colorSpace == srgb) {
        return true;
    }
    const QColorTransform transform = colorSpace.transformationToColorSpace(srgb);
    for (int r = 0; r <= 255; r += 51) {
        for (int g = 0; g <= 255; g += 51) {
            for (int b = 0; b <= 255; b += 51) {
                if (transform.map(qRgb(r, g, b)) != qRgb(r, g, b)) {
                    return false;
                }
            }
        }
    }
    return true;
}

// From whatever the reader gave to 8-bit sRGB RGB888 with no colour space attached, noting in
// `photo` what was converted; a problem when pixels are transparent.
std::optional<PhotoFinding> toPlainSrgb(QImage image, DecodedPhoto &photo)
{
    if (image.isNull()) {
        return truncatedProblem();
    }
    photo.grayscale = photo.grayscale || isGrayscaleFormat(image);
    photo.deepColor = photo.deepColor || isDeepFormat(image.format());
    if (image.hasAlphaChannel()) {
        const qint64 translucent = translucentPixels(image);
        if (translucent > 0) {
            const double percent =
                100.0 * double(translucent) / (double(image.width()) * double(image.height()));
            PhotoFinding finding = inputProblem(
                PhotoDecoder::tr("The photo has transparent areas (%1% of its pixels): it was "
                                 "edited or cut out. Use the original photo from the camera or "
                                 "phone; DegreeDesk never fills in a background.")
                    .arg(percent, 0, 'f', percent < 1.0 ? 2 : 0));
            return finding;
        }
        photo.opaqueAlpha = true;
    }
    const QColorSpace colorSpace = image.colorSpace();
    if (colorSpace.isValid() && !photo.grayscale && !actsAsSrgb(colorSpace)) {
        image.convertToColorSpace(QColorSpace(QColorSpace::SRgb));
        photo.colorManaged = true;
    }
    image.convertTo(QImage::Format_RGB888);
    image.setColorSpace(QColorSpace());
    if (image.isNull()) {
        return truncatedProblem();
    }
    photo.image = std::move(image);
    return std::nullopt;
}

// ---- HEIF (libheif) --------------------------------------------------------------------------

struct HeifFree
{
    void operator()(heif_context *context) const { heif_context_free(context); }
    void operator()(heif_image_handle *handle) const { heif_image_handle_release(handle); }
    void operator()(heif_image *image) const { heif_image_release(image); }
    void operator()(heif_decoding_options *options) const { heif_decoding_options_free(options); }
    void operator()(heif_color_profile_nclx *nclx) const { heif_nclx_color_profile_free(nclx); }
};
template<typename T>
using HeifPtr = std::unique_ptr<T, HeifFree>;

PhotoFinding heifProblem(const heif_error &error)
{
    return inputProblem(
        PhotoDecoder::tr("DegreeDesk could not read the HEIC/HEIF photo (%1). Copy the photo from "
                         "the phone again, or use the original JPEG.")
            .arg(QString::fromUtf8(error.message ? error.message : "")));
}

bool failed(const heif_error &error)
{
    return error.code != heif_error_Ok;
}

struct HeifFile
{
    HeifPtr<heif_context> context;
    HeifPtr<heif_image_handle> handle;
    std::optional<PhotoFinding> problem;
};

// The context and primary image of HEIF data (which must outlive the result: nothing is
// copied).
HeifFile openHeif(const QByteArray &data)
{
    HeifFile file;
    file.context.reset(heif_context_alloc());
    if (!file.context) {
        file.problem = heifProblem(
            {heif_error_Memory_allocation_error, heif_suberror_Unspecified, "out of memory"});
        return file;
    }
    heif_error error = heif_context_read_from_memory_without_copy(
        file.context.get(), data.constData(), size_t(data.size()), nullptr);
    if (failed(error)) {
        file.problem = heifProblem(error);
        return file;
    }
    heif_image_handle *handle = nullptr;
    error = heif_context_get_primary_image_handle(file.context.get(), &handle);
    file.handle.reset(handle);
    if (failed(error) || !handle) {
        file.problem = heifProblem(error);
    }
    return file;
}

QColorSpace heifColorSpace(const heif_image_handle *handle)
{
    const heif_color_profile_type type = heif_image_handle_get_color_profile_type(handle);
    if (type == heif_color_profile_type_prof || type == heif_color_profile_type_rICC) {
        const size_t size = heif_image_handle_get_raw_color_profile_size(handle);
        if (size == 0 || size > 16 * 1024 * 1024) {
            return {};
        }
        QByteArray icc(qsizetype(size), Qt::Uninitialized);
        if (failed(heif_image_handle_get_raw_color_profile(handle, icc.data()))) {
            return {};
        }
        return QColorSpace::fromIccProfile(icc);
    }
    if (type == heif_color_profile_type_nclx) {
        heif_color_profile_nclx *nclx = nullptr;
        const heif_error error = heif_image_handle_get_nclx_color_profile(handle, &nclx);
        const HeifPtr<heif_color_profile_nclx> owned(nclx);
        if (!failed(error) && nclx
            && nclx->color_primaries == heif_color_primaries_SMPTE_EG_432_1) {
            return QColorSpace(QColorSpace::DisplayP3);
        }
    }
    return {}; // sRGB (BT.709 primaries) or unknown: taken as sRGB
}

PhotoDecoder::Result decodeHeif(const QByteArray &data, const PhotoDecoder::Probe &probe)
{
    PhotoDecoder::Result result;
    const HeifFile file = openHeif(data);
    if (file.problem) {
        result.problem = file.problem;
        return result;
    }
    heif_image_handle *handle = file.handle.get();
    const bool alpha = heif_image_handle_has_alpha_channel(handle) != 0;

    const HeifPtr<heif_decoding_options> options(heif_decoding_options_alloc());
    if (options && options->version >= 2) {
        options->convert_hdr_to_8bit = 1;
    }
    heif_image *decoded = nullptr;
    const heif_error error = heif_decode_image(
        handle, &decoded, heif_colorspace_RGB,
        alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB, options.get());
    const HeifPtr<heif_image> image(decoded);
    if (failed(error) || !image) {
        result.problem = heifProblem(error);
        return result;
    }
    int stride = 0;
    const uint8_t *plane =
        heif_image_get_plane_readonly(image.get(), heif_channel_interleaved, &stride);
    const int width = heif_image_get_width(image.get(), heif_channel_interleaved);
    const int height = heif_image_get_height(image.get(), heif_channel_interleaved);
    const int channels = alpha ? 4 : 3;
    if (!plane || width <= 0 || height <= 0 || stride < width * channels) {
        result.problem = heifProblem(
            {heif_error_Decoder_plugin_error, heif_suberror_Unspecified, "no pixels decoded"});
        return result;
    }
    QImage pixels(width, height, alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    if (pixels.isNull()) {
        result.problem = heifProblem(
            {heif_error_Memory_allocation_error, heif_suberror_Unspecified, "out of memory"});
        return result;
    }
    const size_t rowBytes = size_t(width) * size_t(channels);
    for (int y = 0; y < height; ++y) {
        std::memcpy(pixels.scanLine(y), plane + qsizetype(y) * stride, rowBytes);
    }
    pixels.setColorSpace(heifColorSpace(handle));

    DecodedPhoto photo;
    photo.format = ImageFormat::Heif;
    photo.fullSize = QSize(width, height);
    photo.exifOrientation = probe.exifOrientation;
    photo.deepColor = heif_image_handle_get_luma_bits_per_pixel(handle) > 8;
    if (auto problem = toPlainSrgb(std::move(pixels), photo)) {
        result.problem = problem;
        return result;
    }
    result.photo = std::move(photo);
    return result;
}

// ---- Qt's readers ----------------------------------------------------------------------------

int ceilDiv(int value, int divisor)
{
    return (value + divisor - 1) / divisor;
}

// 8, 4, 2 or 1: the largest libjpeg scale denominator whose scale is still ≥ minScale.
int scaleDenominator(double minScale)
{
    for (const int denominator : {8, 4, 2}) {
        if (1.0 / denominator >= minScale) {
            return denominator;
        }
    }
    return 1;
}

PhotoFinding readerProblem(ImageFormat format, const QString &error)
{
    return inputProblem(
        PhotoDecoder::tr("DegreeDesk could not read the %1 photo (%2). Copy the photo from the "
                         "camera or phone again, or use the original JPEG.")
            .arg(imageFormatName(format), error));
}

std::optional<PhotoFinding> missingPlugin(ImageFormat format)
{
    const QByteArray name = qtFormatName(format);
    if (QImageReader::supportedImageFormats().contains(name)) {
        return std::nullopt;
    }
    return inputProblem(
        PhotoDecoder::tr("DegreeDesk cannot read %1 files on this computer: the package "
                         "qt6-image-formats-plugins is missing. Install it, or use the original "
                         "JPEG from the camera.")
            .arg(imageFormatName(format)));
}

// ---- plain JPEG (libjpeg) ---------------------------------------------------------------------

// The two halves of a decode, each in a frame holding nothing with a destructor (a jump
// would skip it). The header, the scale and the output size.
bool startJpeg(jpeg_decompress_struct *info, JpegError *error, const QByteArray &data,
               int denominator)
{
    if (setjmp(error->jump) != 0) {
        return false;
    }
    jpeg_mem_src(info, reinterpret_cast<const unsigned char *>(data.constData()),
                 static_cast<unsigned long>(data.size()));
    jpeg_read_header(info, TRUE);
    info->scale_num = 1;
    info->scale_denom = static_cast<unsigned int>(denominator);
    jpeg_calc_output_dimensions(info);
    return info->output_components == 3;
}

// The rows, into `pixels` (RGB888 rows of `stride` bytes).
bool readJpegRows(jpeg_decompress_struct *info, JpegError *error, uchar *pixels, qsizetype stride)
{
    if (setjmp(error->jump) != 0) {
        return false;
    }
    jpeg_start_decompress(info);
    while (info->output_scanline < info->output_height) {
        JSAMPROW row = pixels + qsizetype(info->output_scanline) * stride;
        jpeg_read_scanlines(info, &row, 1);
    }
    jpeg_finish_decompress(info);
    return true;
}

// A JPEG read straight into RGB888 at 1/denominator of its size: the pixels Qt's reader gives
// (libjpeg's defaults, as it sets them: the accurate integer IDCT, smooth chroma upsampling)
// without its RGB32 copy and the conversion back. Only for what it reads the same way: 3
// components of 8 bits, no ICC profile, sides that divide by the denominator (otherwise Qt
// resamples). Null when libjpeg fails: Qt's reader then says why.
QImage readPlainJpeg(const QByteArray &data, const JpegStructure &structure, int denominator)
{
    const QSize raw = structure.size;
    if (structure.components != 3 || structure.precision != 8 || structure.icc
        || raw.width() % denominator != 0 || raw.height() % denominator != 0) {
        return {};
    }
    // On two cores when it is large enough and a core is free (the same pixels).
    if (QImage split = JpegSplitDecoder::read(data, denominator); !split.isNull()) {
        return split;
    }
    jpeg_decompress_struct info;
    JpegError error;
    error.install(&info);
    jpeg_create_decompress(&info);
    QImage image;
    if (startJpeg(&info, &error, data, denominator)) {
        image = QImage(int(info.output_width), int(info.output_height), QImage::Format_RGB888);
        if (image.isNull()
            || !readJpegRows(&info, &error, image.bits(), qsizetype(image.bytesPerLine()))) {
            image = QImage();
        }
    }
    jpeg_destroy_decompress(&info);
    return image;
}

// The EXIF orientation applied as QImageReader's autoTransform applies it: mirror, then turn.
QImage oriented(const QImage &image, int orientation)
{
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        return image.mirrored(true, true);
    case 4:
        return image.mirrored(false, true);
    case 5:
        return image.mirrored(false, true).transformed(QTransform().rotate(90));
    case 6:
        return image.transformed(QTransform().rotate(90));
    case 7:
        return image.mirrored(true, false).transformed(QTransform().rotate(90));
    case 8:
        return image.transformed(QTransform().rotate(270));
    default:
        return image;
    }
}

PhotoDecoder::Result decodeWithQt(const QByteArray &data, const PhotoDecoder::Probe &probe,
                                  double minScale)
{
    PhotoDecoder::Result result;
    DecodedPhoto photo;
    photo.format = probe.format;
    photo.fullSize = probe.fullSize;
    photo.exifOrientation = probe.exifOrientation;

    const bool jpeg = probe.format == ImageFormat::Jpeg;
    if (jpeg) {
        // libjpeg pads a truncated file with grey and Qt reports no error: check the markers.
        const JpegStructure structure = probe.jpeg ? *probe.jpeg : JpegStructure::parse(data);
        if (!structure.complete) {
            result.problem = truncatedProblem();
            return result;
        }
        photo.cmyk = structure.components == 4;
        photo.grayscale = structure.components == 1;
        photo.deepColor = structure.precision > 8;
        const int denominator = scaleDenominator(minScale);
        QImage pixels = readPlainJpeg(data, structure, denominator);
        if (!pixels.isNull()) {
            photo.image = oriented(pixels, probe.exifOrientation);
            photo.scale = 1.0 / denominator;
            result.photo = std::move(photo);
            return result;
        }
    } else if (probe.format == ImageFormat::Bmp && bmpIsTruncated(data)) {
        result.problem = truncatedProblem();
        return result;
    }

    raiseAllocationLimit();
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, qtFormatName(probe.format));
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    if (jpeg) {
        const int denominator = scaleDenominator(minScale);
        const QSize raw = reader.size();
        if (denominator > 1 && raw.isValid()) {
            // libjpeg's scaled output is the size divided and rounded up. Asking for exactly
            // that lets Qt's handler use the DCT scaling alone when the size divides evenly
            // (cameras' sizes do); otherwise it decodes at the next larger DCT scale and
            // resamples to this size.
            reader.setScaledSize(
                QSize(ceilDiv(raw.width(), denominator), ceilDiv(raw.height(), denominator)));
            photo.scale = 1.0 / denominator;
        }
    }
    QImage image;
    if (!reader.read(&image)) {
        result.problem = readerProblem(probe.format, reader.errorString());
        return result;
    }
    if (auto problem = toPlainSrgb(std::move(image), photo)) {
        result.problem = problem;
        return result;
    }
    result.photo = std::move(photo);
    return result;
}

} // namespace

PhotoDecoder::Probe PhotoDecoder::probe(const QByteArray &data)
{
    Probe probe;
    if (data.isEmpty()) {
        probe.problem = inputProblem(
            tr("The file is empty (0 bytes). Copy the photo from the camera or phone again."));
        return probe;
    }
    const QByteArrayView head = QByteArrayView(data).first(qMin<qsizetype>(data.size(), 32));
    probe.format = sniffImageFormat(head);
    if (probe.format == ImageFormat::Unknown || probe.format == ImageFormat::Gif) {
        probe.problem = inputProblem(
            tr("The file is not a photo DegreeDesk can read (its content is %1). Use the "
               "original JPEG or HEIC from the camera or phone.")
                .arg(describeContent(head, probe.format)));
        return probe;
    }

    if (probe.format == ImageFormat::Heif) {
        const HeifFile file = openHeif(data);
        if (file.problem) {
            probe.problem = file.problem;
            return probe;
        }
        // The size after irot/imir, which libheif applies when decoding.
        const int width = heif_image_handle_get_width(file.handle.get());
        const int height = heif_image_handle_get_height(file.handle.get());
        probe.problem = checkSize(width, height);
        if (!probe.problem) {
            probe.fullSize = QSize(width, height);
        }
        return probe;
    }

    if (auto problem = missingPlugin(probe.format)) {
        probe.problem = problem;
        return probe;
    }
    // The header's own claim first: an absurd size is refused before Qt's reader sees it.
    qint64 claimedWidth = 0;
    qint64 claimedHeight = 0;
    bool claimed = false;
    if (probe.format == ImageFormat::Jpeg) {
        const JpegStructure &structure = probe.jpeg.emplace(JpegStructure::parse(data));
        claimed = structure.size.isValid();
        claimedWidth = structure.size.width();
        claimedHeight = structure.size.height();
    } else if (probe.format == ImageFormat::Png) {
        claimed = pngHeaderSize(data, claimedWidth, claimedHeight);
    }
    if (claimed) {
        probe.problem = checkSize(claimedWidth, claimedHeight);
        if (probe.problem) {
            return probe;
        }
    }

    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, qtFormatName(probe.format));
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    const QSize raw = reader.size();
    if (!raw.isValid()) {
        probe.problem = readerProblem(probe.format, reader.errorString());
        return probe;
    }
    probe.problem = checkSize(raw.width(), raw.height());
    if (probe.problem) {
        return probe;
    }
    probe.exifOrientation = exifOrientation(reader.transformation());
    probe.fullSize = swapsSides(probe.exifOrientation) ? raw.transposed() : raw;
    return probe;
}

PhotoDecoder::Result PhotoDecoder::decode(const QByteArray &data, double minScale)
{
    const Probe probe = PhotoDecoder::probe(data);
    if (probe.problem) {
        Result result;
        result.problem = probe.problem;
        return result;
    }
    return decode(data, probe, minScale);
}

PhotoDecoder::Result PhotoDecoder::decode(const QByteArray &data, const Probe &probe,
                                          double minScale)
{
    if (probe.format == ImageFormat::Heif) {
        return decodeHeif(data, probe);
    }
    return decodeWithQt(data, probe, minScale);
}

} // namespace dd::photo
