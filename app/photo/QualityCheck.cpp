#include "photo/QualityCheck.h"

#include "photo/CvImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace dd::photo {

namespace {

using Severity = PhotoFinding::Severity;

// The middle of the face box: skin, not hair or background.
QRect inner(const QImage &image, const QRectF &face)
{
    return face
        .adjusted(face.width() * 0.2, face.height() * 0.15, -face.width() * 0.2,
                  -face.height() * 0.1)
        .toAlignedRect()
        .intersected(image.rect());
}

} // namespace

PhotoFindings QualityCheck::exposure(const QImage &image, const QRectF &face)
{
    PhotoFindings out;
    const QRect region = inner(image, face);
    if (region.width() < 4 || region.height() < 4) {
        return out;
    }
    double sum = 0;
    double leftSum = 0;
    double rightSum = 0;
    int clipped = 0;
    int crushed = 0;
    int count = 0;
    const int middle = region.center().x();
    for (int y = region.top(); y <= region.bottom(); ++y) {
        const uchar *row = image.constScanLine(y);
        for (int x = region.left(); x <= region.right(); ++x) {
            const uchar *p = row + 3 * x;
            const double luma = 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
            sum += luma;
            (x < middle ? leftSum : rightSum) += luma;
            clipped += luma >= 250 ? 1 : 0;
            crushed += luma <= 10 ? 1 : 0;
            ++count;
        }
    }
    const double mean = sum / count;
    const double clippedShare = double(clipped) / count;
    const double crushedShare = double(crushed) / count;
    const double halves = std::abs(leftSum - rightSum) / std::max(leftSum, rightSum);
    if (mean < MeanMin || crushedShare > ClippedMax) {
        out.append({Check::Exposure, Severity::Error,
                    tr("The face is too dark (brightness %1, at least %2). Take the photo "
                       "again in more light; DegreeDesk does not brighten photos.")
                        .arg(mean, 0, 'f', 0)
                        .arg(MeanMin, 0, 'f', 0),
                    mean, MeanMin, MeanMax, QString()});
    } else if (mean > MeanMax || clippedShare > ClippedMax) {
        out.append({Check::Exposure, Severity::Error,
                    tr("The face is too bright (brightness %1, %2% of it washed out). Take the "
                       "photo again with softer light.")
                        .arg(mean, 0, 'f', 0)
                        .arg(clippedShare * 100, 0, 'f', 0),
                    mean, MeanMin, MeanMax, QString()});
    } else {
        out.append({Check::Exposure, Severity::Pass,
                    tr("The face is well exposed (brightness %1).").arg(mean, 0, 'f', 0), mean,
                    MeanMin, MeanMax, QString()});
    }
    if (halves > HalvesMax) {
        out.append({Check::Exposure, Severity::Warning,
                    tr("One side of the face is much darker than the other (%1% apart): light "
                       "the face evenly from the front.")
                        .arg(halves * 100, 0, 'f', 0),
                    halves, std::nullopt, HalvesMax, QString()});
    }
    return out;
}

double QualityCheck::laplacianVariance(const QImage &image, const QRectF &face)
{
    const QRect region = inner(image, face);
    if (region.width() < 8 || region.height() < 8) {
        return 0;
    }
    const QImage part = image.copy(region);
    cv::Mat gray;
    cv::cvtColor(CvImage::view(part), gray, cv::COLOR_RGB2GRAY);
    const double factor = double(SharpnessWidth) / gray.cols;
    cv::Mat sized;
    cv::resize(gray, sized, cv::Size(), factor, factor,
               factor < 1 ? cv::INTER_AREA : cv::INTER_LINEAR);
    cv::Mat laplacian;
    cv::Laplacian(sized, laplacian, CV_64F);
    cv::Scalar mean;
    cv::Scalar deviation;
    cv::meanStdDev(laplacian, mean, deviation);
    return deviation[0] * deviation[0];
}

PhotoFindings QualityCheck::sharpness(const QImage &image, const QRectF &face)
{
    const double variance = laplacianVariance(image, face);
    if (variance <= 0) {
        return {};
    }
    const Severity severity = variance < SharpnessMin    ? Severity::Error
                              : variance < SharpnessWarn ? Severity::Warning
                                                         : Severity::Pass;
    QString message = tr("The face is sharp (%1).").arg(variance, 0, 'f', 0);
    if (severity == Severity::Error) {
        message = tr("The face is blurred (sharpness %1, at least %2): hold the camera still "
                     "and focus on the eyes, then take the photo again.")
                      .arg(variance, 0, 'f', 0)
                      .arg(SharpnessMin, 0, 'f', 0);
    } else if (severity == Severity::Warning) {
        message = tr("The face is a little soft (sharpness %1; %2 or more is sharp). A sharper "
                     "photo prints better on the certificate.")
                      .arg(variance, 0, 'f', 0)
                      .arg(SharpnessWarn, 0, 'f', 0);
    }
    return {PhotoFinding{Check::Sharpness, severity, message, variance, SharpnessMin, std::nullopt,
                         QString()}};
}

} // namespace dd::photo
