#include "domain/Photo.h"

#include "domain/JsonReader.h"

#include "support/RecordChanges.h"
#include "support/SampleRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;
using dd::test::merged;
using dd::test::validPhoto;

Q_DECLARE_METATYPE(dd::domain::Photo)

namespace {

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    }
    return object;
}

// The photo's JSON with the crop's part `part` ("frame" or "sourceSize") changed.
QJsonObject withCropPart(const QString &part, const QJsonObject &changes)
{
    QJsonObject json = validPhoto().toJson();
    QJsonObject crop = json.value(Photo::CropKey).toObject();
    crop.insert(part, merged(crop.value(part).toObject(), changes));
    json.insert(Photo::CropKey, crop);
    return json;
}

} // namespace

class TestPhoto : public QObject
{
    Q_OBJECT

private slots:
    void jsonShape();
    void roundTrip_data();
    void roundTrip();
    void cropRoundTripInRow();
    void readsMissingCropAsNull();
    void strictReading_data();
    void strictReading();
    void isCompliant_data();
    void isCompliant();
    void cropIsNull_data();
    void cropIsNull();
};

void TestPhoto::jsonShape()
{
    const Photo photo = validPhoto();
    const QJsonObject json = photo.toJson();
    QCOMPARE(json.keys(), (QStringList{u"crop"_s, u"failedRules"_s, u"jpeg"_s, u"originalName"_s,
                                       u"originalSha256"_s}));
    // The JPEG as base64: FF D8 FF E0 ... FF D9.
    QCOMPARE(json.value(Photo::JpegKey).toString(), u"/9j/4AAQSkZJRgABAQAAAQABAAD/2Q=="_s);
    const QJsonObject crop = json.value(Photo::CropKey).toObject();
    QCOMPARE(crop.value(u"frame"_s).toObject(),
             (QJsonObject{
                 {u"x"_s, 732.0}, {u"y"_s, 604.5}, {u"width"_s, 1560.0}, {u"height"_s, 2268.0}}));
    QCOMPARE(crop.value(u"rotation"_s).toDouble(), -1.5);
    QCOMPARE(crop.value(u"sourceSize"_s).toObject(),
             (QJsonObject{{u"width"_s, 3024}, {u"height"_s, 4032}}));
    QCOMPARE(json.value(Photo::FailedRulesKey).toArray(), QJsonArray());
}

void TestPhoto::roundTrip_data()
{
    QTest::addColumn<Photo>("photo");
    QTest::newRow("compliant photo") << validPhoto();
    Photo failed = validPhoto();
    failed.failedRules = {u"photo.background"_s, u"photo.headWidth"_s};
    QTest::newRow("photo with failed checks") << failed;
    Photo bare;
    bare.jpeg = dd::test::sampleJpeg();
    QTest::newRow("photo without original or crop") << bare;
    Photo binary = validPhoto();
    binary.jpeg = QByteArray::fromHex("ffd8ff00ff7f80fe0d0a1a00ffd9"); // every kind of byte
    binary.originalName = u"证件照 2026.jpeg"_s;
    binary.crop.rotation = 0.25;
    QTest::newRow("binary bytes and a Chinese file name") << binary;
    QTest::newRow("empty photo") << Photo{};
}

void TestPhoto::roundTrip()
{
    QFETCH(Photo, photo);
    // Through text, as the store and the server see it.
    const QByteArray text = QJsonDocument(photo.toJson()).toJson(QJsonDocument::Compact);
    Findings problems;
    const Photo read = Photo::fromJson(parse(text), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(ruleCodes(problems).join(u", ")));
    QCOMPARE(read, photo);
    QCOMPARE(read.jpeg, photo.jpeg);
    QCOMPARE(read.crop.frame, photo.crop.frame);
}

void TestPhoto::cropRoundTripInRow()
{
    PhotoCrop crop;
    crop.frame = QRectF(10.5, 20.25, 390.0, 567.0);
    crop.rotation = 3.0;
    crop.sourceSize = QSize(1200, 1600);
    Findings problems;
    QCOMPARE(PhotoCrop::fromJson(crop.toJson(), &problems, u"crops[2]"_s), crop);
    QVERIFY(problems.isEmpty());

    // In a row, the findings name the row: "crops[2].frame.x".
    QJsonObject json = crop.toJson();
    QJsonObject frame = json.value(u"frame"_s).toObject();
    frame.insert(u"x"_s, u"10"_s);
    json.insert(u"frame"_s, frame);
    PhotoCrop::fromJson(json, &problems, u"crops[2]"_s);
    QCOMPARE(fieldKeys(problems), QStringList{u"crops[2].frame.x"_s});
    QCOMPARE(ruleCodes(problems), QStringList{JsonReader::WrongTypeRule});
}

void TestPhoto::readsMissingCropAsNull()
{
    Findings problems;
    const Photo photo = Photo::fromJson(
        QJsonObject{{Photo::JpegKey, u"/9j/2Q=="_s}, {Photo::CropKey, QJsonValue::Null}},
        &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(photo.jpeg, QByteArray::fromHex("ffd8ffd9"));
    QVERIFY(photo.crop.isNull());
    QCOMPARE(photo.crop, PhotoCrop());
    QVERIFY(photo.failedRules.isEmpty());
}

void TestPhoto::strictReading_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("detail");

    const QJsonObject valid = validPhoto().toJson();
    const QString unknown = JsonReader::UnknownFieldRule;
    const QString wrongType = JsonReader::WrongTypeRule;

    QTest::newRow("unknown key in the crop's frame")
        << withCropPart(u"frame"_s, {{u"xx"_s, 1}}) << u"crop.frame.xx"_s << unknown << u"xx"_s;
    QTest::newRow("unknown key in the source size")
        << withCropPart(u"sourceSize"_s, {{u"depth"_s, 24}}) << u"crop.sourceSize.depth"_s
        << unknown << u"depth"_s;
    QTest::newRow("unknown key in the crop") << merged(
        valid, {{Photo::CropKey, merged(valid.value(Photo::CropKey).toObject(), {{u"zoom"_s, 2}})}})
                                             << u"crop.zoom"_s << unknown << u"zoom"_s;
    QTest::newRow("unknown key in the photo")
        << merged(valid, {{u"width"_s, 390}}) << u"width"_s << unknown << u"width"_s;

    QTest::newRow("frame's x as text") << withCropPart(u"frame"_s, {{u"x"_s, u"732"_s}})
                                       << u"crop.frame.x"_s << wrongType << u"number"_s;
    QTest::newRow("frame as a list")
        << merged(valid, {{Photo::CropKey, merged(valid.value(Photo::CropKey).toObject(),
                                                  {{u"frame"_s, QJsonArray{1, 2, 3, 4}}})}})
        << u"crop.frame"_s << wrongType << u"object"_s;
    QTest::newRow("source width with a fraction")
        << withCropPart(u"sourceSize"_s, {{u"width"_s, 3024.5}}) << u"crop.sourceSize.width"_s
        << wrongType << u"integer"_s;
    QTest::newRow("rotation as text")
        << merged(valid, {{Photo::CropKey, merged(valid.value(Photo::CropKey).toObject(),
                                                  {{u"rotation"_s, u"-1.5"_s}})}})
        << u"crop.rotation"_s << wrongType << u"number"_s;
    QTest::newRow("crop as text") << merged(valid, {{Photo::CropKey, u"none"_s}}) << u"crop"_s
                                  << wrongType << u"object"_s;
    QTest::newRow("JPEG as a number")
        << merged(valid, {{Photo::JpegKey, 255}}) << u"jpeg"_s << wrongType << u"string"_s;
    QTest::newRow("JPEG not base64") << merged(valid, {{Photo::JpegKey, u"/9j/4AAQ*SkZJRg=="_s}})
                                     << u"jpeg"_s << wrongType << u"base64"_s;
    QTest::newRow("JPEG as hex digits with a space")
        << merged(valid, {{Photo::JpegKey, u"ffd8 ffd9"_s}}) << u"jpeg"_s << wrongType
        << u"base64"_s;
    QTest::newRow("failed rules as text")
        << merged(valid, {{Photo::FailedRulesKey, u"photo.background"_s}}) << u"failedRules"_s
        << wrongType << u"array"_s;
    QTest::newRow("failed rule as a number")
        << merged(valid, {{Photo::FailedRulesKey, QJsonArray{u"photo.size"_s, 3}}})
        << u"failedRules[1]"_s << wrongType << u"string"_s;
    QTest::newRow("original name as a list")
        << merged(valid, {{Photo::OriginalNameKey, QJsonArray{u"a.jpg"_s}}}) << u"originalName"_s
        << wrongType << u"string"_s;
}

void TestPhoto::strictReading()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, field);
    QFETCH(QString, rule);
    QFETCH(QString, detail);

    Findings problems;
    const Photo photo = Photo::fromJson(json, &problems);
    QCOMPARE(fieldKeys(problems), QStringList{field});
    QCOMPARE(ruleCodes(problems), QStringList{rule});
    const Finding &f = problems.constFirst();
    QCOMPARE(f.detail, detail);
    QCOMPARE(f.severity, Severity::Error);
    QVERIFY(!f.message.isEmpty());

    // What could be read is kept; the bad value falls back to empty.
    if (field != u"jpeg") {
        QCOMPARE(photo.jpeg, dd::test::sampleJpeg());
    } else {
        QVERIFY(photo.jpeg.isEmpty());
    }
    QCOMPARE(photo.originalSha256, validPhoto().originalSha256);
}

void TestPhoto::isCompliant_data()
{
    QTest::addColumn<Photo>("photo");
    QTest::addColumn<bool>("compliant");
    QTest::newRow("JPEG, no failed check") << validPhoto() << true;
    Photo failed = validPhoto();
    failed.failedRules = {u"photo.fileSize"_s};
    QTest::newRow("one failed check") << failed << false;
    Photo empty = validPhoto();
    empty.jpeg.clear();
    QTest::newRow("no JPEG") << empty << false;
    Photo uncropped = validPhoto();
    uncropped.crop = PhotoCrop();
    uncropped.originalSha256.clear();
    QTest::newRow("no crop and no original (taken as it was)") << uncropped << true;
}

void TestPhoto::isCompliant()
{
    QFETCH(Photo, photo);
    QFETCH(bool, compliant);
    QCOMPARE(photo.isCompliant(), compliant);
}

void TestPhoto::cropIsNull_data()
{
    QTest::addColumn<QRectF>("frame");
    QTest::addColumn<QSize>("sourceSize");
    QTest::addColumn<bool>("null");
    QTest::newRow("frame and source") << QRectF(0, 0, 390, 567) << QSize(390, 567) << false;
    QTest::newRow("no frame") << QRectF() << QSize(3024, 4032) << true;
    QTest::newRow("frame of no width") << QRectF(10, 10, 0, 567) << QSize(3024, 4032) << true;
    QTest::newRow("no source size") << QRectF(0, 0, 390, 567) << QSize() << true;
}

void TestPhoto::cropIsNull()
{
    QFETCH(QRectF, frame);
    QFETCH(QSize, sourceSize);
    QFETCH(bool, null);
    PhotoCrop crop;
    crop.frame = frame;
    crop.sourceSize = sourceSize;
    QCOMPARE(crop.isNull(), null);
}

QTEST_GUILESS_MAIN(TestPhoto)
#include "TestPhoto.moc"
