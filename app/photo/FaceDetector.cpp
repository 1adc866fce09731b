#include "photo/FaceDetector.h"

#include "photo/CvImage.h"

#include <QFile>
#include <QLoggingCategory>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <stdexcept>

namespace dd::photo {

namespace {

Q_LOGGING_CATEGORY(lcFace, "dd.photo.face")

cv::CascadeClassifier load(const QString &name)
{
    cv::CascadeClassifier classifier;
    QFile file(QStringLiteral(":/photo/cascades/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcFace) << "missing resource" << file.fileName();
        return classifier;
    }
    const QByteArray xml = file.readAll();
    try {
        cv::FileStorage storage(xml.toStdString(), cv::FileStorage::READ | cv::FileStorage::MEMORY);
        if (!classifier.read(storage.getFirstTopLevelNode())) {
            qCCritical(lcFace) << "cannot read cascade" << name;
        }
    } catch (const cv::Exception &error) {
        qCCritical(lcFace) << "cannot read cascade" << name << error.what();
    }
    return classifier;
}

cv::CascadeClassifier &faceCascade()
{
    thread_local cv::CascadeClassifier classifier =
        load(QStringLiteral("haarcascade_frontalface_alt2.xml"));
    return classifier;
}

cv::CascadeClassifier &eyeCascade()
{
    thread_local cv::CascadeClassifier classifier =
        load(QStringLiteral("haarcascade_eye_tree_eyeglasses.xml"));
    return classifier;
}

cv::Mat equalizedGray(const QImage &image)
{
    cv::Mat gray;
    cv::cvtColor(CvImage::view(image), gray, cv::COLOR_RGB2GRAY);
    cv::equalizeHist(gray, gray);
    return gray;
}

QRectF toRect(const cv::Rect &r)
{
    return QRectF(r.x, r.y, r.width, r.height);
}

} // namespace

QList<QRectF> FaceDetector::faces(const QImage &image, double smallest)
{
    cv::CascadeClassifier &cascade = faceCascade();
    if (cascade.empty() || image.isNull()) {
        return {};
    }
    const cv::Mat gray = equalizedGray(image);
    const int minSide = std::max(24, int(std::min(image.width(), image.height()) * smallest));
    std::vector<cv::Rect> found;
    cascade.detectMultiScale(gray, found, 1.1, 4, cv::CASCADE_DO_CANNY_PRUNING,
                             cv::Size(minSide, minSide));
    std::sort(found.begin(), found.end(),
              [](const cv::Rect &a, const cv::Rect &b) { return a.width > b.width; });
    QList<QRectF> out;
    for (const cv::Rect &r : found) {
        if (r.width >= MinFaceRatio * found.front().width) {
            out.append(toRect(r));
        }
    }
    return out;
}

std::optional<std::pair<QPointF, QPointF>> FaceDetector::eyes(const QImage &image,
                                                              const QRectF &face)
{
    cv::CascadeClassifier &cascade = eyeCascade();
    if (cascade.empty() || image.isNull()) {
        return std::nullopt;
    }
    // The eyes are in the upper part of the box.
    const QRect upper =
        QRectF(face.x(), face.y() + face.height() * 0.15, face.width(), face.height() * 0.45)
            .toAlignedRect()
            .intersected(image.rect());
    if (upper.width() < 20 || upper.height() < 10) {
        return std::nullopt;
    }
    const QImage region = image.copy(upper);
    const cv::Mat gray = equalizedGray(region);
    const int minSide = std::max(8, upper.width() / 8);
    std::vector<cv::Rect> found;
    cascade.detectMultiScale(gray, found, 1.1, 3, 0, cv::Size(minSide, minSide),
                             cv::Size(upper.width() / 2, upper.width() / 2));
    const double middle = upper.width() / 2.0;
    std::optional<QPointF> left;
    std::optional<QPointF> right;
    int leftCount = 0;
    int rightCount = 0;
    for (const cv::Rect &r : found) {
        const QPointF centre(upper.x() + r.x + r.width / 2.0, upper.y() + r.y + r.height / 2.0);
        if (r.x + r.width / 2.0 < middle) {
            left = centre;
            ++leftCount;
        } else {
            right = centre;
            ++rightCount;
        }
    }
    if (leftCount != 1 || rightCount != 1) {
        return std::nullopt;
    }
    return std::pair{*left, *right};
}

} // namespace dd::photo
