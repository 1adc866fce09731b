#include "photo/CropPlanner.h"
#include "photo/FaceDetector.h"
#include "photo/HeadMeasurer.h"
#include "photo/JpegStructure.h"
#include "photo/PhotoDecoder.h"
#include "photo/PhotoPipeline.h"

#include "domain/PhotoRules.h"
#include "photo/HeicSamples.h"
#include "photo/PhotoSamples.h"
#include "support/PhotoFixtures.h"

#include <QtTest>

#include <algorithm>

using namespace dd;
using namespace dd::photo;
using domain::PhotoRules;

namespace {

const PhotoFinding *find(const PhotoReport &report, const QString &rule,
                         std::optional<PhotoFinding::Severity> severity = std::nullopt)
{
    const auto it =
        std::find_if(report.findings.cbegin(), report.findings.cend(), [&](const PhotoFinding &f) {
            return f.rule == rule && (!severity || f.severity == *severity);
        });
    return it == report.findings.cend() ? nullptr : &*it;
}

QString describe(const PhotoReport &report)
{
    QStringList lines;
    for (const PhotoFinding &f : report.findings) {
        lines.append(PhotoFinding::severityName(f.severity) + u' ' + f.rule + u": " + f.message);
    }
    return lines.join(u'\n');
}

// The independent check of every photo the pipeline writes: read from outside as the portal
// would, and the head measured again in it.
void verifyCompliantFile(const QByteArray &jpeg)
{
    QVERIFY(jpeg.startsWith(QByteArray("\xFF\xD8\xFF", 3)));
    QVERIFY(jpeg.size() < 200'000);
    const JpegStructure structure = JpegStructure::parse(jpeg);
    QVERIFY(structure.complete);
    QVERIFY(structure.baseline);
    QCOMPARE(structure.size, QSize(390, 567));
    QCOMPARE(structure.components, 3);
    QCOMPARE(structure.precision, 8);
    QVERIFY(!structure.exif);
    QVERIFY(!structure.xmp);
    QVERIFY(!structure.hasMetadata());
    QCOMPARE(structure.trailingBytes, 0);
    QImage image;
    QVERIFY(image.loadFromData(jpeg, "JPEG"));
    QVERIFY(!image.isGrayscale());
    image = image.convertToFormat(QImage::Format_RGB888);
    const QList<QRectF> faces = FaceDetector::faces(image);
    QCOMPARE(faces.size(), 1);
    const HeadMeasure head = HeadMeasurer::measure(image, faces.first());
    QVERIFY2(head.width() >= CropPlanner::WidthMin && head.width() <= CropPlanner::WidthMax,
             qPrintable(QString::number(head.width())));
    QVERIFY2(head.length() >= CropPlanner::LengthMin && head.length() <= CropPlanner::LengthMax,
             qPrintable(QString::number(head.length())));
}

// The true head of a composite, in output pixels of a crop.
void verifyTrueHeadInBands(const test::Composite &c, const QRectF &crop)
{
    const double sx = 390.0 / crop.width();
    const double sy = 567.0 / crop.height();
    const double width = (c.right - c.left) * sx;
    const double length = (c.chin - c.top) * sy;
    QVERIFY2(width >= CropPlanner::WidthMin && width <= CropPlanner::WidthMax,
             qPrintable(QStringLiteral("true head width %1").arg(width)));
    QVERIFY2(length >= CropPlanner::LengthMin && length <= CropPlanner::LengthMax,
             qPrintable(QStringLiteral("true head length %1").arg(length)));
    const double offset = ((c.left + c.right) / 2 - crop.center().x()) * sx;
    QVERIFY2(qAbs(offset) <= CropPlanner::CentreTolerance + 2, qPrintable(QString::number(offset)));
    QVERIFY((c.top - crop.top()) * sy > 0);
}

} // namespace

class TestPhotoPipeline : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(test::testPhoto(test::graceHopper().file)),
                 "the Debian test photos are missing: run scripts/fetch-test-photos");
    }

    // A camera photo on a blue background, at several sizes and places: the automatic crop
    // writes a compliant file whose true head lies in the bands.
    void cameraPhotoBecomesCompliant_data()
    {
        QTest::addColumn<QSize>("canvas");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QPointF>("headTop");
        QTest::newRow("12 MP portrait") << QSize(3000, 4000) << 5.0 << QPointF(1500, 700);
        QTest::newRow("8 MP, head off centre") << QSize(2448, 3264) << 3.2 << QPointF(1000, 500);
        QTest::newRow("landscape 4:3") << QSize(2400, 1800) << 2.0 << QPointF(1200, 300);
        QTest::newRow("small, 900 px") << QSize(900, 1200) << 1.3 << QPointF(450, 150);
    }
    void cameraPhotoBecomesCompliant()
    {
        QFETCH(QSize, canvas);
        QFETCH(double, scale);
        QFETCH(QPointF, headTop);
        const auto c = test::composite(test::graceHopper(), canvas, scale, headTop);
        QVERIFY(c);
        const PhotoPipeline::Output output = PhotoPipeline::fix(samples::jpeg(c->image, 92));
        QVERIFY2(output.report.compliant(), qPrintable(describe(output.report)));
        QCOMPARE(output.report.exitCode(), 0);
        QVERIFY(output.report.crop);
        QCOMPARE(output.report.sourceSize, canvas);
        verifyTrueHeadInBands(*c, *output.report.crop);
        verifyCompliantFile(output.jpeg);
        QCOMPARE(output.report.bytes, qint64(output.jpeg.size()));
        QVERIFY(output.report.quality >= 60 && output.report.quality <= 100);
        // Each rule the portal names is there, and passed.
        for (const QString &rule :
             {PhotoRules::Format, PhotoRules::Size, PhotoRules::FileSize, PhotoRules::ColorMode,
              PhotoRules::Background, PhotoRules::HeadWidth, PhotoRules::HeadHeight}) {
            QVERIFY2(find(output.report, rule, PhotoFinding::Severity::Pass), qPrintable(rule));
        }
        // The written photo passes the check of a finished file.
        const PhotoReport again = PhotoPipeline::check(output.jpeg);
        QVERIFY2(again.compliant(), qPrintable(describe(again)));
    }

    // Eyes too small for the eye detector at the analysis' size are looked for in the decoded
    // pixels; eyes large enough there are not looked for again larger.
    void eyesOfASmallFaceAreFoundLarger()
    {
        const auto c =
            test::composite(test::astronaut(), QSize(1280, 1800), 2.2, QPointF(640, 300));
        QVERIFY(c);
        const PhotoPipeline::Analysis analysis =
            PhotoPipeline::analyse(samples::jpeg(c->image, 92), 1.0);
        QVERIFY2(analysis.head, qPrintable(describe(analysis.report)));
        const double toAnalysis = double(PhotoPipeline::AnalysisSide) / 1800;
        const double faceThere = analysis.head->face.width() * toAnalysis;
        QVERIFY2(FaceDetector::eyesBelowWindow(faceThere), qPrintable(QString::number(faceThere)));
        // The eyes at the analysis' size are too small for the detector's window, so they were
        // found in the full-size pixels: the roll comes from there.
        QVERIFY(analysis.head->roll);
        QVERIFY(analysis.head->leftEye && analysis.head->rightEye);
        QVERIFY(qAbs(*analysis.head->roll - 3.3) <= 2.5);
        QVERIFY(!FaceDetector::eyesBelowWindow(faceThere * 2));
        QVERIFY(!FaceDetector::eyesBelowWindow(1000));
        QVERIFY(FaceDetector::eyesBelowWindow(20));
    }

    // The EXIF orientation is applied first; the crop is in the oriented photo's pixels.
    void orientationIsAppliedFirst_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o : {1, 3, 6, 8}) {
            QTest::addRow("orientation %d", o) << o;
        }
    }
    void orientationIsAppliedFirst()
    {
        QFETCH(int, orientation);
        const auto c =
            test::composite(test::graceHopper(), QSize(1800, 2400), 2.5, QPointF(900, 400));
        QVERIFY(c);
        // Store the picture turned the other way, as the camera does, and say so in EXIF.
        QTransform stored;
        if (orientation == 3) {
            stored.rotate(180);
        } else if (orientation == 6) {
            stored.rotate(-90);
        } else if (orientation == 8) {
            stored.rotate(90);
        }
        const QImage raw = c->image.transformed(stored);
        const QByteArray data = samples::withExifOrientation(samples::jpeg(raw, 90), orientation);
        const PhotoPipeline::Output output = PhotoPipeline::fix(data);
        QVERIFY2(output.report.compliant(), qPrintable(describe(output.report)));
        QCOMPARE(output.report.sourceSize, QSize(1800, 2400));
        verifyTrueHeadInBands(*c, *output.report.crop);
        verifyCompliantFile(output.jpeg);
    }

    // A phone's HEIC photo, turned by its irot box (libheif applies it): compliant.
    void phoneHeicBecomesCompliant()
    {
        const auto c =
            test::composite(test::graceHopper(), QSize(1200, 1600), 1.7, QPointF(600, 260));
        QVERIFY(c);
        QTransform stored;
        stored.rotate(-90); // the sensor's way; irot turns it back
        const QByteArray data =
            samples::heic(c->image.transformed(stored), heif_orientation_rotate_90_cw);
        QVERIFY2(!data.isEmpty(), "libheif could not encode HEVC");
        const PhotoPipeline::Output output = PhotoPipeline::fix(data);
        QVERIFY2(output.report.compliant(), qPrintable(describe(output.report)));
        QCOMPARE(output.report.format, ImageFormat::Heif);
        QCOMPARE(output.report.sourceSize, QSize(1200, 1600));
        verifyTrueHeadInBands(*c, *output.report.crop);
        verifyCompliantFile(output.jpeg);
    }

    void whiteBackgroundIsRefused()
    {
        const auto c = test::composite(test::graceHopper(), QSize(1800, 2400), 2.5,
                                       QPointF(900, 400), QColor(245, 245, 245));
        QVERIFY(c);
        const PhotoPipeline::Output output = PhotoPipeline::fix(samples::jpeg(c->image));
        QVERIFY(output.jpeg.isEmpty());
        QCOMPARE(output.report.exitCode(), 1);
        const PhotoFinding *background =
            find(output.report, PhotoRules::Background, PhotoFinding::Severity::Error);
        QVERIFY2(background, qPrintable(describe(output.report)));
        QVERIFY(background->message.contains(QStringLiteral("not blue")));
        // The geometry was still measured and is right: only the background fails.
        QVERIFY(find(output.report, PhotoRules::HeadWidth, PhotoFinding::Severity::Pass));
        QCOMPARE(output.report.failedRules(), QStringList{PhotoRules::Background});
    }

    // The astronaut's full hair makes her head too wide for its length: no size holds both
    // bands, so no file, and the report says so with the ratio.
    void hairTooWideForBothBands()
    {
        const auto c =
            test::composite(test::astronaut(), QSize(1800, 2400), 5.0, QPointF(900, 300));
        QVERIFY(c);
        const PhotoPipeline::Output output = PhotoPipeline::fix(samples::jpeg(c->image));
        QVERIFY(output.jpeg.isEmpty());
        QCOMPARE(output.report.exitCode(), 1);
        const PhotoFinding *width =
            find(output.report, PhotoRules::HeadWidth, PhotoFinding::Severity::Error);
        QVERIFY2(width, qPrintable(describe(output.report)));
        QVERIFY(*width->value > *width->maximum);
        QVERIFY(!output.report.crop);
    }

    void headCutOffAtTheTop()
    {
        const auto c =
            test::composite(test::graceHopper(), QSize(1800, 2400), 2.5, QPointF(900, -60));
        QVERIFY(c);
        const PhotoPipeline::Output output = PhotoPipeline::fix(samples::jpeg(c->image));
        QVERIFY(output.jpeg.isEmpty());
        QVERIFY2(find(output.report, Check::Headroom, PhotoFinding::Severity::Error),
                 qPrintable(describe(output.report)));
    }

    void noFaceAndTwoFaces()
    {
        QImage sky(1200, 1600, QImage::Format_RGB888);
        sky.fill(test::idBlue());
        PhotoPipeline::Output none = PhotoPipeline::fix(samples::jpeg(sky));
        QVERIFY(none.jpeg.isEmpty());
        QVERIFY(find(none.report, Check::Face, PhotoFinding::Severity::Error));
        QCOMPARE(none.report.exitCode(), 1);

        // Two people side by side.
        const auto left =
            test::composite(test::graceHopper(), QSize(1000, 1400), 1.6, QPointF(500, 200));
        QVERIFY(left);
        QImage pair(2000, 1400, QImage::Format_RGB888);
        QPainter painter(&pair);
        painter.drawImage(0, 0, left->image);
        painter.drawImage(1000, 0, left->image);
        painter.end();
        const PhotoPipeline::Output two = PhotoPipeline::fix(samples::jpeg(pair));
        const PhotoFinding *faces = find(two.report, Check::Face, PhotoFinding::Severity::Error);
        QVERIFY2(faces, qPrintable(describe(two.report)));
        QCOMPARE(*faces->value, 2.0);
    }

    void unusableInputExitsTwo_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("name,id\n王磊,110105198001010016\n");
        const QByteArray jpeg = samples::jpeg(samples::smooth(800, 600));
        QTest::newRow("truncated jpeg") << jpeg.left(jpeg.size() * 6 / 10);
    }
    void unusableInputExitsTwo()
    {
        QFETCH(QByteArray, data);
        const PhotoPipeline::Output output = PhotoPipeline::fix(data);
        QVERIFY(output.jpeg.isEmpty());
        QCOMPARE(output.report.exitCode(), 2);
        QVERIFY(find(output.report, Check::Input, PhotoFinding::Severity::Error));
        QCOMPARE(PhotoPipeline::check(data).exitCode(), 2);
    }

    // check judges a file as it is.
    void checkJudgesTheFileAsItIs()
    {
        const auto c =
            test::composite(test::graceHopper(), QSize(1800, 2400), 2.5, QPointF(900, 400));
        QVERIFY(c);
        const PhotoPipeline::Output fixed = PhotoPipeline::fix(samples::jpeg(c->image));
        QVERIFY(!fixed.jpeg.isEmpty());
        QImage good;
        QVERIFY(good.loadFromData(fixed.jpeg));

        // The same pixels as PNG, named whatever: not a JPEG.
        const PhotoReport png = PhotoPipeline::check(samples::png(good));
        QVERIFY(find(png, PhotoRules::Format, PhotoFinding::Severity::Error));
        QCOMPARE(png.exitCode(), 1);
        // Progressive, with EXIF: warnings only.
        const PhotoReport progressive =
            PhotoPipeline::check(samples::withExifOrientation(samples::jpeg(good, 90, true), 1));
        QVERIFY2(progressive.compliant(), qPrintable(describe(progressive)));
        QVERIFY(find(progressive, Check::Progressive, PhotoFinding::Severity::Warning));
        QVERIFY(find(progressive, Check::Metadata, PhotoFinding::Severity::Warning));
        // Too big a file.
        const PhotoReport heavy =
            PhotoPipeline::check(samples::jpeg(samples::noisy(390, 567, 90), 100));
        const PhotoFinding *bytes =
            find(heavy, PhotoRules::FileSize, PhotoFinding::Severity::Error);
        QVERIFY(bytes);
        QVERIFY(*bytes->value >= 200'000);
        // The camera photo itself: the wrong size.
        const PhotoReport camera = PhotoPipeline::check(samples::jpeg(c->image));
        const PhotoFinding *size = find(camera, PhotoRules::Size, PhotoFinding::Severity::Error);
        QVERIFY(size);
        QCOMPARE(*size->value, 1800.0);
        // Grayscale.
        const PhotoReport gray =
            PhotoPipeline::check(samples::jpeg(good.convertToFormat(QImage::Format_Grayscale8)));
        QVERIFY(find(gray, PhotoRules::ColorMode, PhotoFinding::Severity::Error));
    }

    // The cropper's way: analyse once, render any frame; a frame moved too far turns the
    // guides red and writes nothing.
    void renderJudgesAnyFrame()
    {
        const auto c =
            test::composite(test::graceHopper(), QSize(1800, 2400), 2.5, QPointF(900, 400));
        QVERIFY(c);
        const QByteArray data = samples::jpeg(c->image);
        const PhotoPipeline::Analysis analysis = PhotoPipeline::analyse(data, 1.0);
        QVERIFY(analysis.head);
        QVERIFY(analysis.report.crop);
        const QRectF frame = *analysis.report.crop;
        const PhotoPipeline::Output good = PhotoPipeline::render(analysis, frame);
        QVERIFY2(good.report.compliant(), qPrintable(describe(good.report)));
        const PhotoPipeline::Output turned = PhotoPipeline::render(analysis, frame, 3.0);
        QVERIFY2(turned.report.compliant(), qPrintable(describe(turned.report)));
        QCOMPARE(turned.jpeg.isEmpty(), false);
        const QRectF wide(frame.center() - QPointF(frame.width() * 0.65, frame.height() * 0.65),
                          frame.size() * 1.3);
        const PhotoPipeline::Output bad = PhotoPipeline::render(analysis, wide);
        QVERIFY(bad.jpeg.isEmpty());
        QVERIFY(find(bad.report, PhotoRules::HeadWidth, PhotoFinding::Severity::Error));
    }

    void jsonCarriesCropAndFindings()
    {
        const auto c =
            test::composite(test::graceHopper(), QSize(1800, 2400), 2.5, QPointF(900, 400));
        QVERIFY(c);
        const PhotoPipeline::Output output = PhotoPipeline::fix(samples::jpeg(c->image));
        const QJsonObject json = output.report.toJson();
        QCOMPARE(json.value(u"compliant").toBool(), true);
        const QJsonObject crop = json.value(u"crop").toObject();
        QCOMPARE(crop.value(u"width").toDouble(), std::round(output.report.crop->width()));
        QVERIFY(crop.contains(u"x") && crop.contains(u"y") && crop.contains(u"height"));
        const QJsonArray findings = json.value(u"findings").toArray();
        QCOMPARE(findings.size(), output.report.findings.size());
        bool sawRange = false;
        for (const QJsonValue &value : findings) {
            const QJsonObject f = value.toObject();
            QVERIFY(f.contains(u"rule") && f.contains(u"severity") && f.contains(u"message"));
            if (f.value(u"rule").toString() == PhotoRules::HeadHeight) {
                QCOMPARE(f.value(u"allowed").toObject().value(u"min").toDouble(),
                         CropPlanner::LengthMin);
                sawRange = true;
            }
        }
        QVERIFY(sawRange);
    }
};

QTEST_GUILESS_MAIN(TestPhotoPipeline)
#include "TestPhotoPipeline.moc"
