#pragma once

#include <QImage>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>

namespace dd::photo {

// OpenCV views of QImages and back, for the analysis (internal to app/photo).
namespace CvImage {

// A cv::Mat over the pixels of an RGB888 image (CV_8UC3 in R, G, B order), no copy: valid while
// the image lives and is not detached.
inline cv::Mat view(const QImage &rgb888)
{
    return cv::Mat(rgb888.height(), rgb888.width(), CV_8UC3,
                   const_cast<uchar *>(rgb888.constBits()),
                   static_cast<size_t>(rgb888.bytesPerLine()));
}

// An RGB888 copy of `rgb888` at most `side` pixels on its long side, reduced by area
// averaging (OpenCV's INTER_AREA: several times quicker than a smooth QImage::scaled); the
// image itself when it is small enough already.
inline QImage reduced(const QImage &rgb888, int side)
{
    const int longSide = std::max(rgb888.width(), rgb888.height());
    if (longSide <= side) {
        return rgb888;
    }
    const double factor = double(side) / longSide;
    QImage out(std::max(1, int(rgb888.width() * factor + 0.5)),
               std::max(1, int(rgb888.height() * factor + 0.5)), QImage::Format_RGB888);
    cv::Mat target(out.height(), out.width(), CV_8UC3, out.bits(),
                   static_cast<size_t>(out.bytesPerLine()));
    cv::resize(view(rgb888), target, target.size(), 0, 0, cv::INTER_AREA);
    return out;
}

} // namespace CvImage

} // namespace dd::photo
