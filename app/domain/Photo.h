#pragma once

#include "domain/Field.h"
#include "domain/Finding.h"

#include <QByteArray>
#include <QJsonObject>
#include <QRectF>
#include <QSize>
#include <QString>
#include <QStringList>

namespace dd::domain {

class JsonWriter;

// Where the certificate photo was cut from its original, so that it can be cut again: the
// frame in the pixels of the original once its EXIF orientation is applied, the small rotation
// about the frame's centre (degrees, positive clockwise) and the size of that oriented original.
struct PhotoCrop
{
    QRectF frame;
    double rotation = 0.0;
    QSize sourceSize;

    bool isNull() const { return frame.isEmpty() || sourceSize.isEmpty(); }

    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static PhotoCrop fromJson(const QJsonObject &json, Findings *problems,
                              const QString &rowKey = {});

    friend bool operator==(const PhotoCrop &, const PhotoCrop &) = default;
};

// 上传电子照片: the processed certificate photo (a 390×567 JPEG under 200 KB), the original it
// came from (by the SHA-256 of its bytes: the store keeps originals by content) and the crop,
// and the verdict of the photo check (the rule codes that failed; none when compliant).
struct Photo
{
    static inline const QString JpegKey = Field::PhotoJpeg;
    static inline const QString OriginalSha256Key = Field::PhotoOriginalSha256;
    static inline const QString OriginalNameKey = Field::PhotoOriginalName;
    static inline const QString CropKey = Field::PhotoCrop;
    static inline const QString FailedRulesKey = Field::PhotoFailedRules;

    QByteArray jpeg;
    QString originalSha256; // lower-case hex, 64 digits; empty when the original is not kept
    QString originalName;   // the file name it was opened from, for the user
    PhotoCrop crop;
    QStringList failedRules; // rule codes of the photo check that failed

    bool isCompliant() const { return !jpeg.isEmpty() && failedRules.isEmpty(); }

    static QString kind() { return QStringLiteral("photo"); }
    // The JPEG travels as base64 under "jpeg".
    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static Photo fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const Photo &, const Photo &) = default;
};

} // namespace dd::domain
