#pragma once

#include "photo/HeadMeasure.h"
#include "photo/ImageFormat.h"
#include "photo/PhotoFinding.h"

#include <QJsonObject>
#include <QRectF>
#include <QSize>
#include <QStringList>

#include <optional>

namespace dd::photo {

// What the photo check found: every finding (passes too, so that the cropper can show each
// rule green or red), the head as measured and the crop used, in pixels of the input after
// its EXIF orientation, and for a written photo its quality and size.
struct PhotoReport
{
    PhotoFindings findings;
    ImageFormat format = ImageFormat::Unknown;
    QSize sourceSize; // the input after its EXIF orientation
    std::optional<HeadMeasure> head;
    std::optional<QRectF> crop;
    double rotation = 0.0; // of the crop, degrees clockwise about its centre
    int quality = 0;       // of the written JPEG
    qint64 bytes = 0;

    // The input could be read (no photo.input error).
    bool usable() const;
    // No error at all.
    bool compliant() const;
    // The command line's exit code: 0 compliant, 1 not compliant, 2 unusable input.
    int exitCode() const;
    // The codes of the rules that failed, each once, in the order found (Photo::failedRules).
    QStringList failedRules() const;
    // The errors' messages, for a one-line summary.
    QStringList errorMessages() const;
    // {"compliant", "findings": [...], "crop": {"x", "y", "width", "height"} when there is
    // one, "source": {"format", "width", "height"}, "output": {"quality", "bytes"}}.
    QJsonObject toJson() const;
};

} // namespace dd::photo
