#pragma once

// HEIC photos made with libheif's own encoder (HEVC by x265), for the tests that read phone
// photos. Tests that include this link libheif.

#include <QByteArray>
#include <QImage>

#include <libheif/heif.h>

#include <cstring>

namespace dd::photo::samples {

inline bool heifFailed(const heif_error &error)
{
    return error.code != heif_error_Ok;
}

inline heif_error appendBytes(heif_context *, const void *data, size_t size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(static_cast<const char *>(data), qsizetype(size));
    return heif_error{heif_error_Ok, heif_suberror_Unspecified, "Success"};
}

// `source` as a HEVC-coded HEIC at quality 90, with alpha when it has an alpha channel, and
// `orientation` stored as irot/imir boxes (libheif turns the image when decoding).
inline QByteArray heic(const QImage &source, heif_orientation orientation = heif_orientation_normal)
{
    const bool alpha = source.hasAlphaChannel();
    const QImage image =
        source.convertToFormat(alpha ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    const int channels = alpha ? 4 : 3;
    heif_context *context = heif_context_alloc();
    heif_encoder *encoder = nullptr;
    heif_image *pixels = nullptr;
    heif_encoding_options *options = heif_encoding_options_alloc();
    QByteArray bytes;
    bool ok =
        !heifFailed(heif_context_get_encoder_for_format(context, heif_compression_HEVC, &encoder))
        && !heifFailed(heif_encoder_set_lossy_quality(encoder, 90))
        && !heifFailed(heif_image_create(
            image.width(), image.height(), heif_colorspace_RGB,
            alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB, &pixels))
        && !heifFailed(heif_image_add_plane(pixels, heif_channel_interleaved, image.width(),
                                            image.height(), 8));
    if (ok) {
        int stride = 0;
        uint8_t *plane = heif_image_get_plane(pixels, heif_channel_interleaved, &stride);
        for (int y = 0; y < image.height(); ++y) {
            std::memcpy(plane + qsizetype(y) * stride, image.constScanLine(y),
                        size_t(image.width() * channels));
        }
        options->image_orientation = orientation;
        heif_writer writer{1, appendBytes};
        ok = !heifFailed(heif_context_encode_image(context, pixels, encoder, options, nullptr))
             && !heifFailed(heif_context_write(context, &writer, &bytes));
    }
    heif_encoding_options_free(options);
    if (pixels) {
        heif_image_release(pixels);
    }
    if (encoder) {
        heif_encoder_release(encoder);
    }
    heif_context_free(context);
    return ok ? bytes : QByteArray();
}

} // namespace dd::photo::samples
