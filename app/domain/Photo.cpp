#include "domain/Photo.h"

#include "domain/JsonReader.h"

#include <QJsonArray>

namespace dd::domain {

namespace {
const QString FrameKey = QStringLiteral("frame");
const QString RotationKey = QStringLiteral("rotation");
const QString SourceSizeKey = QStringLiteral("sourceSize");
const QString XKey = QStringLiteral("x");
const QString YKey = QStringLiteral("y");
const QString WidthKey = QStringLiteral("width");
const QString HeightKey = QStringLiteral("height");
} // namespace

QJsonObject PhotoCrop::toJson() const
{
    return QJsonObject{
        {FrameKey, QJsonObject{{XKey, frame.x()},
                               {YKey, frame.y()},
                               {WidthKey, frame.width()},
                               {HeightKey, frame.height()}}},
        {RotationKey, rotation},
        {SourceSizeKey,
         QJsonObject{{WidthKey, sourceSize.width()}, {HeightKey, sourceSize.height()}}},
    };
}

PhotoCrop PhotoCrop::fromJson(const QJsonObject &json, Findings *problems, const QString &rowKey)
{
    JsonReader in(json, problems, rowKey);
    PhotoCrop crop;
    {
        JsonReader frame(in.object(FrameKey), problems, in.keyOf(FrameKey));
        crop.frame = QRectF(frame.number(XKey), frame.number(YKey), frame.number(WidthKey),
                            frame.number(HeightKey));
        frame.reportUnknownKeys();
    }
    crop.rotation = in.number(RotationKey);
    {
        JsonReader size(in.object(SourceSizeKey), problems, in.keyOf(SourceSizeKey));
        crop.sourceSize = QSize(size.integer(WidthKey), size.integer(HeightKey));
        size.reportUnknownKeys();
    }
    in.reportUnknownKeys();
    return crop;
}

QJsonObject Photo::toJson() const
{
    return QJsonObject{
        {JpegKey, QString::fromLatin1(jpeg.toBase64())},
        {OriginalSha256Key, originalSha256},
        {OriginalNameKey, originalName},
        {CropKey, crop.toJson()},
        {FailedRulesKey, QJsonArray::fromStringList(failedRules)},
    };
}

Photo Photo::fromJson(const QJsonObject &json, Findings *problems)
{
    JsonReader in(json, problems);
    Photo photo;
    const QString base64 = in.text(JpegKey);
    const auto decoded =
        QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded) {
        photo.jpeg = *decoded;
    } else if (problems) {
        problems->append(Finding::error(
            JpegKey, JsonReader::WrongTypeRule,
            JsonReader::tr("%1 must be %2, not %3. Correct the value and try again.")
                .arg(Field::label(JpegKey), JsonReader::tr("base64 text"), JsonReader::tr("text")),
            QStringLiteral("base64")));
    }
    photo.originalSha256 = in.text(OriginalSha256Key);
    photo.originalName = in.text(OriginalNameKey);
    if (json.contains(CropKey) && !json.value(CropKey).isNull()) {
        photo.crop = PhotoCrop::fromJson(in.object(CropKey), problems, CropKey);
    } else {
        in.object(CropKey);
    }
    photo.failedRules = in.texts(FailedRulesKey);
    in.reportUnknownKeys();
    return photo;
}

} // namespace dd::domain
