#pragma once

#include <QByteArrayView>
#include <QSize>

namespace dd::photo {

// What a JPEG file holds, read from its markers (no pixels decoded): how the portal's checks
// and the tests see a file from outside. Tolerates and reports garbage; never reads past the
// data.
struct JpegStructure
{
    bool isJpeg = false;         // starts with SOI (FF D8 FF)
    bool complete = false;       // has a frame, a scan and ends with EOI
    bool baseline = false;       // SOF0
    bool progressive = false;    // SOF2
    QSize size;                  // from the SOF
    int components = 0;          // 1 gray, 3 YCbCr/RGB, 4 CMYK/YCCK
    int precision = 0;           // bits per sample (8, 12)
    bool adobeTransform = false; // an Adobe APP14 marker (CMYK/YCCK files carry one)
    bool jfif = false;           // APP0 "JFIF"
    int densityUnits = 0;        // JFIF: 0 none, 1 dots per inch, 2 dots per cm
    int densityX = 0;
    int densityY = 0;
    bool exif = false;           // APP1 "Exif"
    bool xmp = false;            // APP1 XMP
    bool icc = false;            // APP2 "ICC_PROFILE"
    bool comment = false;        // COM
    qsizetype trailingBytes = 0; // bytes after EOI

    static JpegStructure parse(QByteArrayView data);
    // Metadata beyond JFIF: EXIF, XMP, ICC or a comment.
    bool hasMetadata() const { return exif || xmp || icc || comment; }
};

} // namespace dd::photo
