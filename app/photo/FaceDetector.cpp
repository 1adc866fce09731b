#include "photo/FaceDetector.h"

#include "photo/CvImage.h"

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QtConcurrent/QtConcurrentRun>

#include <opencv2/imgproc.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <vector>

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

// Loaded classifiers, lent to one search at a time (a classifier is not thread-safe) and kept
// for the next one: loading one takes 20–30 ms, more than a search.
class CascadeShelf
{
public:
    explicit CascadeShelf(QString name)
        : m_name(std::move(name))
    {}

    std::unique_ptr<cv::CascadeClassifier> take()
    {
        {
            const QMutexLocker lock(&m_mutex);
            if (!m_free.empty()) {
                std::unique_ptr<cv::CascadeClassifier> cascade = std::move(m_free.back());
                m_free.pop_back();
                return cascade;
            }
        }
        return std::make_unique<cv::CascadeClassifier>(load(m_name));
    }
    void give(std::unique_ptr<cv::CascadeClassifier> cascade)
    {
        const QMutexLocker lock(&m_mutex);
        m_free.push_back(std::move(cascade));
    }

private:
    QString m_name;
    QMutex m_mutex;
    std::vector<std::unique_ptr<cv::CascadeClassifier>> m_free;
};

CascadeShelf &faceShelf()
{
    static CascadeShelf shelf(QStringLiteral("haarcascade_frontalface_alt2.xml"));
    return shelf;
}

CascadeShelf &eyeShelf()
{
    static CascadeShelf shelf(QStringLiteral("haarcascade_eye_tree_eyeglasses.xml"));
    return shelf;
}

// A classifier from a shelf for the time of one search.
class Lease
{
public:
    explicit Lease(CascadeShelf &shelf)
        : m_shelf(shelf)
        , m_cascade(shelf.take())
    {}
    ~Lease() { m_shelf.give(std::move(m_cascade)); }
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;
    cv::CascadeClassifier &operator*() const { return *m_cascade; }
    cv::CascadeClassifier *operator->() const { return m_cascade.get(); }

private:
    CascadeShelf &m_shelf;
    std::unique_ptr<cv::CascadeClassifier> m_cascade;
};

constexpr double ScaleFactor = 1.1;
constexpr double GroupEps = 0.2; // detectMultiScale's own

// The window side at which the scales of a search divide into two halves of about the same
// work (windows tried), found as detectMultiScale walks them; 0 when there are not two.
int balancedSplit(cv::Size image, cv::Size window, int minSide, cv::Size maxSize)
{
    struct Scale
    {
        int side;
        double work;
    };
    std::vector<Scale> scales;
    double total = 0;
    for (double factor = 1;; factor *= ScaleFactor) {
        const int side = cvRound(window.width * factor);
        if (side > maxSize.width || side > maxSize.height) {
            break;
        }
        const int width = cvRound(image.width / factor) - window.width;
        const int height = cvRound(image.height / factor) - window.height;
        if (width <= 0 || height <= 0) {
            break;
        }
        if (side < minSide) {
            continue;
        }
        const int step = factor > 2.0 ? 1 : 2; // detectMultiScale's step between windows
        const double work = double(width / step + 1) * double(height / step + 1);
        scales.push_back({side, work});
        total += work;
    }
    double sum = 0;
    for (std::size_t i = 0; i + 1 < scales.size(); ++i) {
        sum += scales[i].work;
        if (sum >= total / 2) {
            return scales[i + 1].side;
        }
    }
    return 0;
}

// CascadeClassifier::detectMultiScale(gray, found, ScaleFactor, neighbours, 0, min, max) (no
// `maxSize`: the image's size, as there) with
// its scales searched in two halves at once, the smaller windows here and the larger on another
// core, and the candidates of both grouped as it groups them. Exact: each scale is searched on
// its own resize of `gray`, and the grouping does not depend on the candidates' order.
std::vector<cv::Rect> detect(CascadeShelf &shelf, const cv::Mat &gray, int neighbours, int minSide,
                             cv::Size maxSize = cv::Size())
{
    Lease cascade(shelf);
    std::vector<cv::Rect> found;
    if (cascade->empty()) {
        return found;
    }
    const cv::Size window = cascade->getOriginalWindowSize();
    const int split =
        window.width == window.height
            ? balancedSplit(gray.size(), window, minSide, maxSize.empty() ? gray.size() : maxSize)
            : 0;
    if (split == 0) {
        cascade->detectMultiScale(gray, found, ScaleFactor, neighbours, 0,
                                  cv::Size(minSide, minSide), maxSize);
        return found;
    }
    QFuture<std::vector<cv::Rect>> larger = QtConcurrent::run([&shelf, gray, split, maxSize] {
        Lease other(shelf);
        std::vector<cv::Rect> candidates;
        other->detectMultiScale(gray, candidates, ScaleFactor, 0, 0, cv::Size(split, split),
                                maxSize);
        return candidates;
    });
    cascade->detectMultiScale(gray, found, ScaleFactor, 0, 0, cv::Size(minSide, minSide),
                              cv::Size(split - 1, split - 1));
    const std::vector<cv::Rect> rest = larger.result();
    found.insert(found.end(), rest.begin(), rest.end());
    cv::groupRectangles(found, neighbours, GroupEps);
    return found;
}

// The pipeline makes its own parallelism (this split, the decode and the checks on other
// cores): OpenCV's own threads (TBB) only wait on each other when the cores are busy — a face
// search took 31 ms with two of them on a loaded 2-core machine, 17 ms with one.
void oneOpenCvThread()
{
    static const bool once = [] {
        cv::setNumThreads(1);
        return true;
    }();
    Q_UNUSED(once);
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
    if (image.isNull()) {
        return {};
    }
    oneOpenCvThread();
    const cv::Mat gray = equalizedGray(image);
    const int minSide = std::max(24, int(std::min(image.width(), image.height()) * smallest));
    std::vector<cv::Rect> found = detect(faceShelf(), gray, 4, minSide);
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
    if (image.isNull()) {
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
    const int minSide = std::max(8, int(upper.width() * MinEyeRatio));
    const int maxSide = std::max(minSide, int(upper.width() * MaxEyeRatio));
    oneOpenCvThread();
    const std::vector<cv::Rect> found =
        detect(eyeShelf(), gray, 3, minSide, cv::Size(maxSide, maxSide));
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

bool FaceDetector::eyesBelowWindow(double faceWidth)
{
    static const int window = [] {
        Lease cascade(eyeShelf());
        return cascade->empty() ? 0 : cascade->getOriginalWindowSize().width;
    }();
    return faceWidth * MinEyeRatio < window;
}

} // namespace dd::photo
