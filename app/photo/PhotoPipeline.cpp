#include "photo/PhotoPipeline.h"

#include "photo/BackgroundCheck.h"
#include "photo/CropPlanner.h"
#include "photo/CvImage.h"
#include "photo/FaceDetector.h"
#include "photo/HeadMeasurer.h"
#include "photo/JpegEncoder.h"
#include "photo/JpegStructure.h"
#include "photo/PhotoDecoder.h"
#include "photo/QualityCheck.h"

#include "domain/PhotoRules.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QPainter>
#include <QThreadPool>
#include <QTransform>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <numbers>

namespace dd::photo {

namespace {

// QT_LOGGING_RULES="dd.photo.pipeline.debug=true" prints how long each step took.
Q_LOGGING_CATEGORY(lcPipeline, "dd.photo.pipeline", QtWarningMsg)

// Logs the time since the last step.
class StepTimer
{
public:
    StepTimer() { m_timer.start(); }
    void step(const char *name)
    {
        if (lcPipeline().isDebugEnabled()) {
            qCDebug(lcPipeline, "%s: %.1f ms", name, double(m_timer.nsecsElapsed()) / 1e6);
        }
        m_timer.restart();
    }
    void restart() { m_timer.restart(); }

private:
    QElapsedTimer m_timer;
};

using Severity = PhotoFinding::Severity;
using domain::PhotoRules;

constexpr int OutWidth = PhotoRules::Width;
constexpr int OutHeight = PhotoRules::Height;

PhotoFinding pass(const QString &rule, const QString &message)
{
    return PhotoFinding{rule,         Severity::Pass, message,  std::nullopt,
                        std::nullopt, std::nullopt,   QString()};
}

PhotoFinding error(const QString &rule, const QString &message)
{
    return PhotoFinding{rule,         Severity::Error, message,  std::nullopt,
                        std::nullopt, std::nullopt,    QString()};
}

// The head in the pixels of the cut photo.
HeadMeasure inOutput(const HeadMeasure &head, const QRectF &frame)
{
    const double sx = OutWidth / frame.width();
    const double sy = OutHeight / frame.height();
    HeadMeasure out = head;
    out.face = QRectF((head.face.x() - frame.x()) * sx, (head.face.y() - frame.y()) * sy,
                      head.face.width() * sx, head.face.height() * sy);
    out.top = (head.top - frame.y()) * sy;
    out.chin = (head.chin - frame.y()) * sy;
    out.left = (head.left - frame.x()) * sx;
    out.right = (head.right - frame.x()) * sx;
    return out;
}

// The faces on an analysis copy and its silhouette, made on another core meanwhile.
struct Located
{
    QList<QRectF> faces;
    Silhouette silhouette;
};

Located locate(const QImage &image)
{
    StepTimer timer;
    QFuture<Silhouette> silhouette = QtConcurrent::run([image] { return Silhouette::of(image); });
    Located located;
    located.faces = FaceDetector::faces(image, FaceDetector::LargeFace);
    if (located.faces.isEmpty()) {
        located.faces = FaceDetector::faces(image, FaceDetector::SmallFace);
    }
    timer.step("detect faces");
    located.silhouette = silhouette.result();
    timer.step("wait for the silhouette");
    return located;
}

// The finding on the faces found: true when there is exactly one.
bool faceFindings(const QList<QRectF> &faces, PhotoFindings *findings)
{
    if (faces.isEmpty()) {
        findings->append(error(
            Check::Face,
            PhotoPipeline::tr("No face was found. Take the photo again looking straight at the "
                              "camera, with the face uncovered and evenly lit.")));
        return false;
    }
    if (faces.size() > 1) {
        PhotoFinding many =
            error(Check::Face,
                  PhotoPipeline::tr("%n faces were found; the photo must show one person only.", "",
                                    int(faces.size())));
        many.value = double(faces.size());
        many.minimum = 1;
        many.maximum = 1;
        findings->append(many);
        return false;
    }
    findings->append(pass(Check::Face, PhotoPipeline::tr("One face found.")));
    return true;
}

// Eyes smaller than the detector's window at the analysis' size may show in the decoded
// pixels (FaceDetector::eyesBelowWindow). `head` in full-size pixels.
void findEyesLarger(const DecodedPhoto &photo, HeadMeasure *head)
{
    const QRectF face(head->face.topLeft() * photo.scale, head->face.size() * photo.scale);
    if (const auto eyes = FaceDetector::eyes(photo.image, face)) {
        head->leftEye = eyes->first / photo.scale;
        head->rightEye = eyes->second / photo.scale;
        const QPointF d = eyes->second - eyes->first;
        head->roll = std::atan2(d.y(), d.x()) * 180.0 / std::numbers::pi;
    }
}

// The tilt and outline findings of a measured head.
void headFindings(const HeadMeasure &head, PhotoFindings *findings)
{
    if (!head.roll) {
        findings->append(PhotoFinding{
            Check::Tilt, Severity::Warning,
            PhotoPipeline::tr("The eyes could not be found (glasses, hair or light in the way): "
                              "check yourself that the head is level."),
            std::nullopt, std::nullopt, std::nullopt, QString()});
    }
    if (head.roll) {
        const double roll = *head.roll;
        const bool level = std::abs(roll) <= PhotoPipeline::MaxRoll;
        findings->append(PhotoFinding{
            Check::Tilt, level ? Severity::Pass : Severity::Error,
            level ? PhotoPipeline::tr("The head is level (eye line at %1°).").arg(roll, 0, 'f', 1)
                  //: %1 angle in degrees, %2 the limit
                  : PhotoPipeline::tr("The head is tilted: the eye line is at %1° (at most "
                                      "±%2°). Hold the head straight and take the photo again.")
                        .arg(roll, 0, 'f', 1)
                        .arg(PhotoPipeline::MaxRoll, 0, 'f', 0),
            roll, -PhotoPipeline::MaxRoll, PhotoPipeline::MaxRoll, QStringLiteral("°")});
    }
    if (head.uncertain) {
        findings->append(PhotoFinding{
            PhotoRules::HeadWidth, Severity::Warning,
            PhotoPipeline::tr("The outline of the head is unclear against the background (hair "
                              "or clothes close to its colour): check the head guides in the "
                              "cropper."),
            std::nullopt, std::nullopt, std::nullopt, QString()});
    }
}

// Face, head and tilt on a decoded photo; the head in full-size pixels.
std::optional<HeadMeasure> measureHead(const DecodedPhoto &photo, PhotoFindings *findings)
{
    // Copies no larger than they need to be: each step's cost grows with the pixels.
    StepTimer timer;
    const QImage image = CvImage::reduced(photo.image, PhotoPipeline::AnalysisSide);
    const double factor = double(image.width()) / photo.image.width(); // per decoded pixel
    timer.step("scale for the analysis");
    const Located located = locate(image);
    timer.restart();
    if (!faceFindings(located.faces, findings)) {
        return std::nullopt;
    }
    HeadMeasure head = HeadMeasurer::measure(image, located.silhouette, located.faces.first())
                           .scaled(1.0 / (factor * photo.scale));
    timer.step("measure the head");
    if (!head.roll && factor < 1.0
        && FaceDetector::eyesBelowWindow(located.faces.first().width())) {
        findEyesLarger(photo, &head);
        timer.step("find the eyes larger");
    }
    headFindings(head, findings);
    return head;
}

// The pixels of a frame and their findings (geometry, background, exposure, sharpness); the
// JPEG too when it was made already.
struct Rendered
{
    QImage image;
    PhotoFindings findings;
    std::optional<JpegEncoder::Result> encoded;
};

// The findings of a frame's pixels `image`: geometry, background, exposure, sharpness.
PhotoFindings frameFindings(const QImage &image, const HeadMeasure &head, QSize source,
                            const QRectF &frame, double rotation)
{
    StepTimer timer;
    const HeadMeasure inImage = inOutput(head, frame);
    PhotoFindings findings;
    findings.append(CropPlanner::evaluate(head, frame, source, rotation));
    findings.append(BackgroundCheck::check(image, inImage));
    findings.append(QualityCheck::exposure(image, inImage.face));
    findings.append(QualityCheck::sharpness(image, inImage.face));
    timer.step("background, exposure, sharpness");
    return findings;
}

Rendered renderFrame(const DecodedPhoto &photo, const HeadMeasure &head, QSize source,
                     const QRectF &frame, double rotation)
{
    StepTimer timer;
    Rendered rendered;
    rendered.image = PhotoPipeline::cut(photo, frame, rotation);
    timer.step("cut");
    rendered.findings = frameFindings(rendered.image, head, source, frame, rotation);
    return rendered;
}

void colourFindings(const DecodedPhoto &photo, PhotoFindings *findings)
{
    if (photo.grayscale) {
        findings->append(error(PhotoRules::ColorMode,
                               PhotoPipeline::tr("The photo is in grayscale; the portal needs a "
                                                 "colour photo. Use the colour original.")));
    }
}

} // namespace

QImage PhotoPipeline::cut(const DecodedPhoto &photo, const QRectF &frame, double rotation)
{
    const QRectF r(frame.topLeft() * photo.scale, frame.size() * photo.scale);
    if (std::abs(rotation) < 0.01) {
        const QRect aligned(int(std::lround(r.x())), int(std::lround(r.y())),
                            std::max(1, int(std::lround(r.width()))),
                            std::max(1, int(std::lround(r.height()))));
        return photo.image.copy(aligned).scaled(OutWidth, OutHeight, Qt::IgnoreAspectRatio,
                                                Qt::SmoothTransformation);
    }
    // Rotated: take the region the turned frame covers, reduce it smoothly to about twice the
    // output (so that the bilinear turn does not alias), then turn and place it.
    QTransform turn;
    turn.translate(r.center().x(), r.center().y());
    turn.rotate(rotation);
    turn.translate(-r.center().x(), -r.center().y());
    const QRect covered = turn.mapRect(r).toAlignedRect().adjusted(-2, -2, 2, 2);
    QImage region = photo.image.copy(covered); // outside the photo: black, and reported
    double reduce = std::min(1.0, 2.0 * OutWidth / r.width());
    if (reduce < 1.0) {
        region =
            region.scaled(region.size() * reduce, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        reduce = double(region.width()) / covered.width();
    }
    QImage out(OutWidth, OutHeight, QImage::Format_RGB888);
    out.fill(Qt::black);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.scale(OutWidth / r.width(), OutHeight / r.height());
    painter.translate(r.width() / 2, r.height() / 2);
    painter.rotate(-rotation);
    painter.translate(-r.center().x(), -r.center().y());
    painter.translate(covered.topLeft());
    painter.scale(1.0 / reduce, 1.0 / reduce);
    painter.drawImage(QPointF(0, 0), region);
    painter.end();
    return out;
}

PhotoPipeline::Analysis PhotoPipeline::analyse(const QByteArray &data, double minScale)
{
    const PhotoDecoder::Probe probe = PhotoDecoder::probe(data);
    if (probe.problem) {
        Analysis analysis;
        analysis.report.format = probe.format;
        analysis.report.findings.append(*probe.problem);
        return analysis;
    }
    return analyse(data, probe, minScale);
}

namespace {

// The report on a frame before its JPEG: the analysis' findings that still hold and, when
// there is a head and a frame, the frame's own (`frameFound`).
PhotoReport frameReport(const PhotoPipeline::Analysis &analysis, const QRectF &frame,
                        double rotation, const PhotoFindings &frameFound)
{
    PhotoReport report;
    report.format = analysis.report.format;
    report.sourceSize = analysis.report.sourceSize;
    report.head = analysis.head;
    report.crop = frame;
    report.rotation = rotation;
    // The analysis' findings, less the automatic crop's problems: this frame is judged below.
    for (const PhotoFinding &f : analysis.report.findings) {
        if (f.rule == Check::Input || f.rule == Check::Face || f.rule == Check::Tilt
            || f.rule == PhotoRules::ColorMode || f.severity == Severity::Warning) {
            report.findings.append(f);
        }
    }
    if (analysis.head && !frame.isEmpty()) {
        report.findings.append(frameFound);
    }
    return report;
}

// render() with the frame's pixels made already: the frame's report, and the JPEG when all
// pass (the one in `rendered` when it was encoded already).
PhotoPipeline::Output finish(const PhotoPipeline::Analysis &analysis, const QRectF &frame,
                             double rotation, Rendered rendered)
{
    PhotoPipeline::Output output;
    output.report = frameReport(analysis, frame, rotation, rendered.findings);
    PhotoReport &report = output.report;
    if (!analysis.head || frame.isEmpty()) {
        return output;
    }
    output.image = rendered.image;
    if (!report.compliant()) {
        return output;
    }
    StepTimer timer;
    const JpegEncoder::Result encoded =
        rendered.encoded ? *rendered.encoded : JpegEncoder::encode(rendered.image);
    timer.step("encode");
    if (encoded.problem) {
        report.findings.append(*encoded.problem);
        return output;
    }
    report.findings.append(pass(
        PhotoRules::Format,
        PhotoPipeline::tr("A baseline JPEG with no metadata (quality %1).").arg(encoded.quality)));
    report.findings.append(pass(PhotoRules::Size, PhotoPipeline::tr("390 × 567 pixels.")));
    PhotoFinding size =
        pass(PhotoRules::FileSize,
             PhotoPipeline::tr("%1 bytes (under 200 KB).").arg(encoded.jpeg.size()));
    size.value = double(encoded.jpeg.size());
    size.maximum = double(JpegEncoder::MaxBytes);
    size.unit = QStringLiteral("bytes");
    report.findings.append(size);
    report.findings.append(pass(PhotoRules::ColorMode, PhotoPipeline::tr("24-bit RGB colour.")));
    report.quality = encoded.quality;
    report.bytes = encoded.jpeg.size();
    output.jpeg = encoded.jpeg;
    return output;
}

// The analysis of a decoded photo (PhotoPipeline::analyse after its decode).
PhotoPipeline::Analysis analyseDecoded(PhotoDecoder::Result decoded)
{
    PhotoPipeline::Analysis analysis;
    PhotoReport &report = analysis.report;
    if (!decoded.photo) {
        if (decoded.problem) {
            report.findings.append(*decoded.problem);
        }
        return analysis;
    }
    analysis.photo = std::move(*decoded.photo);
    report.format = analysis.photo.format;
    report.sourceSize = analysis.photo.fullSize;
    colourFindings(analysis.photo, &report.findings);
    analysis.head = measureHead(analysis.photo, &report.findings);
    if (analysis.head) {
        report.head = analysis.head;
        const CropPlanner::Plan plan = CropPlanner::plan(*analysis.head, report.sourceSize);
        report.crop = plan.frame;
        report.findings.append(plan.problems);
    }
    return analysis;
}

// fix() after the analysis: decode larger when the frame is narrower than the output in the
// analysis' decode, then render the frame.
PhotoPipeline::Output fixAnalysed(const QByteArray &data, const PhotoDecoder::Probe &probe,
                                  PhotoPipeline::Analysis analysis)
{
    if (!analysis.report.usable() || !analysis.report.crop) {
        return PhotoPipeline::Output{analysis.report, {}, {}};
    }
    const QRectF frame = *analysis.report.crop;
    // One decode serves both when the frame is at least as wide as the output in it.
    if (frame.width() * analysis.photo.scale < OutWidth && analysis.photo.scale < 1.0) {
        PhotoDecoder::Result larger =
            PhotoDecoder::decode(data, probe, std::min(1.0, OutWidth / frame.width()));
        if (!larger.photo) {
            PhotoPipeline::Output output{analysis.report, {}, {}};
            if (larger.problem) {
                output.report.findings.append(*larger.problem);
            }
            return output;
        }
        analysis.photo = std::move(*larger.photo);
    }
    return PhotoPipeline::render(analysis, frame, 0.0);
}

} // namespace

PhotoPipeline::Analysis PhotoPipeline::analyse(const QByteArray &data,
                                               const PhotoDecoder::Probe &probe, double minScale)
{
    StepTimer timer;
    PhotoDecoder::Result decoded = PhotoDecoder::decode(data, probe, minScale);
    timer.step("decode");
    return analyseDecoded(std::move(decoded));
}

PhotoPipeline::Output PhotoPipeline::render(const Analysis &analysis, const QRectF &frame,
                                            double rotation)
{
    if (!analysis.head || frame.isEmpty()) {
        return finish(analysis, frame, rotation, {});
    }
    return finish(
        analysis, frame, rotation,
        renderFrame(analysis.photo, *analysis.head, analysis.report.sourceSize, frame, rotation));
}

PhotoPipeline::Output PhotoPipeline::fix(const QByteArray &data)
{
    StepTimer timer;
    const PhotoDecoder::Probe probe = PhotoDecoder::probe(data);
    timer.step("probe");
    if (probe.problem) {
        Output output;
        output.report.format = probe.format;
        output.report.findings.append(*probe.problem);
        return output;
    }
    const QSize full = probe.fullSize;
    const double minScale =
        std::min(1.0, double(WorkingSide) / std::min(full.width(), full.height()));
    PhotoDecoder::Result decoded = PhotoDecoder::decode(data, probe, minScale);
    timer.step("decode");
    if (!decoded.photo) {
        return fixAnalysed(data, probe, analyseDecoded(std::move(decoded)));
    }
    const DecodedPhoto &photo = *decoded.photo;
    const double scale = photo.scale;
    const QImage image = CvImage::reduced(photo.image, AnalysisSide);
    timer.step("scale for the analysis");
    const Located located = locate(image);
    timer.restart();

    // The outline and the frame, then the frame's pixels and JPEG on another core while the
    // eyes are searched here (they decide only the tilt finding) and the pixels checked.
    PhotoFindings faceFound;
    std::optional<HeadMeasure> head;
    std::optional<CropPlanner::Plan> plan;
    const double factor = double(image.width()) / photo.image.width(); // per decoded pixel
    const double toFull = 1.0 / (factor * scale);
    if (faceFindings(located.faces, &faceFound)) {
        head = HeadMeasurer::outline(located.silhouette, located.faces.first()).scaled(toFull);
        plan = CropPlanner::plan(*head, full);
    }
    timer.step("measure the head");
    const bool renders =
        plan && plan->frame && (plan->frame->width() * scale >= OutWidth || scale >= 1.0);
    QFuture<QImage> cutting;
    QFuture<JpegEncoder::Result> encoding;
    // Set when the checks fail: the JPEG is not wanted, and the encoder stops trying qualities.
    const auto unwanted = std::make_shared<std::atomic_bool>(false);
    if (renders) {
        // The JPEG is made before the checks say whether it is wanted: they run here meanwhile.
        // When the pool's threads are all busy (a folder of photos on every core), this thread
        // will take the cut over as it waits for it; the encode is then a task of its own, or
        // this thread would run the whole search before the checks could stop it. Otherwise it
        // follows the cut on the same thread (a task of its own started 1-2 ms later there).
        QThreadPool *pool = QThreadPool::globalInstance();
        const QtFuture::Launch launch = pool->activeThreadCount() >= pool->maxThreadCount()
                                            ? QtFuture::Launch::Async
                                            : QtFuture::Launch::Sync;
        cutting = QtConcurrent::run([photo, frame = *plan->frame] {
            StepTimer stepTimer;
            QImage pixels = PhotoPipeline::cut(photo, frame, 0.0);
            stepTimer.step("cut");
            return pixels;
        });
        encoding = cutting.then(launch, [unwanted](const QImage &pixels) {
            StepTimer stepTimer;
            JpegEncoder::Result encoded =
                JpegEncoder::encode(pixels, JpegEncoder::MaxBytes, unwanted.get());
            stepTimer.step("encode");
            return encoded;
        });
    }
    if (head) {
        HeadMeasure eyes;
        eyes.face = located.faces.first();
        HeadMeasurer::findEyes(image, &eyes);
        if (eyes.roll) {
            const HeadMeasure inFull = eyes.scaled(toFull);
            head->leftEye = inFull.leftEye;
            head->rightEye = inFull.rightEye;
            head->roll = inFull.roll;
        }
        timer.step("find the eyes");
    }
    if (head && !head->roll && factor < 1.0
        && FaceDetector::eyesBelowWindow(located.faces.first().width())) {
        findEyesLarger(photo, &*head);
        timer.step("find the eyes larger");
    }

    // The report as analyse() and render() make it.
    Analysis analysis;
    PhotoReport &report = analysis.report;
    analysis.photo = photo;
    report.format = analysis.photo.format;
    report.sourceSize = analysis.photo.fullSize;
    colourFindings(analysis.photo, &report.findings);
    report.findings.append(faceFound);
    if (head) {
        headFindings(*head, &report.findings);
        analysis.head = head;
        report.head = head;
        report.crop = plan->frame;
        report.findings.append(plan->problems);
    }
    if (!renders) {
        return fixAnalysed(data, probe, std::move(analysis));
    }
    Rendered rendered;
    rendered.image = cutting.result();
    timer.step("wait for the frame");
    rendered.findings = frameFindings(rendered.image, *head, full, *plan->frame, 0.0);
    if (!frameReport(analysis, *plan->frame, 0.0, rendered.findings).compliant()) {
        unwanted->store(true);
    }
    rendered.encoded = encoding.result();
    timer.step("wait for the JPEG");
    return finish(analysis, *plan->frame, 0.0, std::move(rendered));
}

domain::Photo PhotoPipeline::record(const Output &output, const QString &originalName)
{
    domain::Photo photo;
    photo.jpeg = output.jpeg;
    photo.originalName = originalName;
    if (output.report.crop) {
        photo.crop.frame = *output.report.crop;
        photo.crop.rotation = output.report.rotation;
        photo.crop.sourceSize = output.report.sourceSize;
    }
    photo.failedRules = output.report.failedRules();
    return photo;
}

PhotoReport PhotoPipeline::check(const QByteArray &data)
{
    PhotoReport report;
    const ImageFormat format =
        sniffImageFormat(QByteArrayView(data).first(std::min<qsizetype>(data.size(), 32)));
    report.format = format;
    if (format != ImageFormat::Jpeg && format != ImageFormat::Unknown) {
        report.findings.append(
            error(PhotoRules::Format,
                  //: %1 the format found, e.g. PNG
                  tr("The file is a %1 image, not a JPEG (judged by its content, whatever its name "
                     "says). Save the photo as JPEG: 'degreedesk-photo fix' does.")
                      .arg(imageFormatName(format))));
    }
    const qint64 bytes = data.size();
    PhotoFinding size{PhotoRules::FileSize,
                      bytes <= JpegEncoder::MaxBytes ? Severity::Pass : Severity::Error,
                      bytes <= JpegEncoder::MaxBytes
                          ? tr("%1 bytes (under 200 KB).").arg(bytes)
                          : tr("The file is %1 bytes; it must be under 200 KB (at most %2 "
                               "bytes).")
                                .arg(bytes)
                                .arg(JpegEncoder::MaxBytes),
                      double(bytes),
                      std::nullopt,
                      double(JpegEncoder::MaxBytes),
                      QStringLiteral("bytes")};
    if (format == ImageFormat::Jpeg) {
        const JpegStructure jpeg = JpegStructure::parse(data);
        if (jpeg.components == 4 || jpeg.components == 1 || jpeg.precision != 8) {
            report.findings.append(error(
                PhotoRules::ColorMode,
                jpeg.components == 4 ? tr("The JPEG is in CMYK colour; the portal needs 24-bit "
                                          "RGB. 'degreedesk-photo fix' converts it.")
                : jpeg.components == 1
                    ? tr("The JPEG is in grayscale; the portal needs a 24-bit RGB colour "
                         "photo.")
                    : tr("The JPEG has %1 bits per sample; the portal needs 8 (24-bit RGB).")
                          .arg(jpeg.precision)));
        } else {
            report.findings.append(pass(PhotoRules::ColorMode, tr("24-bit RGB colour.")));
        }
        if (jpeg.progressive) {
            report.findings.append(PhotoFinding{
                Check::Progressive, Severity::Warning,
                tr("The JPEG is progressive; some upload pages accept only baseline JPEG. "
                   "'degreedesk-photo fix' writes baseline."),
                std::nullopt, std::nullopt, std::nullopt, QString()});
        }
        if (jpeg.exif || jpeg.xmp) {
            report.findings.append(PhotoFinding{
                Check::Metadata, Severity::Warning,
                tr("The file carries EXIF or XMP metadata (camera, time, perhaps the place). "
                   "'degreedesk-photo fix' leaves none in."),
                std::nullopt, std::nullopt, std::nullopt, QString()});
        }
    }
    report.findings.append(size);

    const PhotoDecoder::Result decoded = PhotoDecoder::decode(data, 1.0);
    if (!decoded.photo) {
        if (decoded.problem) {
            report.findings.append(*decoded.problem);
        }
        return report;
    }
    const DecodedPhoto &photo = *decoded.photo;
    report.sourceSize = photo.fullSize;
    const bool exact = photo.fullSize == QSize(OutWidth, OutHeight);
    PhotoFinding dimensions{PhotoRules::Size,
                            exact ? Severity::Pass : Severity::Error,
                            exact ? tr("390 × 567 pixels.")
                                  : tr("The photo is %1 × %2 pixels; it must be exactly 390 × "
                                       "567. 'degreedesk-photo fix' crops it.")
                                        .arg(photo.fullSize.width())
                                        .arg(photo.fullSize.height()),
                            double(photo.fullSize.width()),
                            double(OutWidth),
                            double(OutWidth),
                            QStringLiteral("px")};
    report.findings.append(dimensions);
    if (format != ImageFormat::Jpeg) {
        colourFindings(photo, &report.findings);
    }
    const std::optional<HeadMeasure> head = measureHead(photo, &report.findings);
    if (!head) {
        return report;
    }
    report.head = head;
    // The photo as it stands is the frame: the head judged as if it were scaled to 390×567.
    const QRectF whole(QPointF(0, 0), QSizeF(photo.fullSize));
    report.findings.append(CropPlanner::evaluate(*head, whole, photo.fullSize));
    const QImage image = exact ? photo.image : cut(photo, whole, 0.0);
    const HeadMeasure inImage = inOutput(*head, whole);
    report.findings.append(BackgroundCheck::check(image, inImage));
    report.findings.append(QualityCheck::exposure(image, inImage.face));
    report.findings.append(QualityCheck::sharpness(image, inImage.face));
    return report;
}

} // namespace dd::photo
