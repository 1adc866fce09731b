#include "domain/Photo.h"

#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

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

void PhotoCrop::write(JsonWriter &out) const
{
    out.object(FrameKey, [this](JsonWriter &rect) {
        rect.number(XKey, frame.x());
        rect.number(YKey, frame.y());
        rect.number(WidthKey, frame.width());
        rect.number(HeightKey, frame.height());
    });
    out.number(RotationKey, rotation);
    out.object(SourceSizeKey, [this](JsonWriter &size) {
        size.integer(WidthKey, sourceSize.width());
        size.integer(HeightKey, sourceSize.height());
    });
}

QJsonObject PhotoCrop::toJson() const
{
    return JsonObjectWriter::of(*this);
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

void Photo::write(JsonWriter &out) const
{
    out.text(JpegKey, QString::fromLatin1(jpeg.toBase64()));
    out.text(OriginalSha256Key, originalSha256);
    out.text(OriginalNameKey, originalName);
    out.object(CropKey, [this](JsonWriter &cropOut) { crop.write(cropOut); });
    out.texts(FailedRulesKey, failedRules);
}

QJsonObject Photo::toJson() const
{
    return JsonObjectWriter::of(*this);
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
