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

// The size reduced() gives an image of `size`.
inline QSize reducedSize(QSize size, int side)
{
    const int longSide = std::max(size.width(), size.height());
    if (longSide <= side) {
        return size;
    }
    const double factor = double(side) / longSide;
    return QSize(std::max(1, int(size.width() * factor + 0.5)),
                 std::max(1, int(size.height() * factor + 0.5)));
}

// An RGB888 copy of `rgb888` resampled to `size` by area averaging (INTER_AREA); the image
// itself when it has that size.
inline QImage resized(const QImage &rgb888, QSize size)
{
    if (rgb888.size() == size) {
        return rgb888;
    }
    QImage out(size, QImage::Format_RGB888);
    cv::Mat target(out.height(), out.width(), CV_8UC3, out.bits(),
                   static_cast<size_t>(out.bytesPerLine()));
    cv::resize(view(rgb888), target, target.size(), 0, 0, cv::INTER_AREA);
    return out;
}

// An RGB888 copy of `rgb888` at most `side` pixels on its long side, reduced by area
// averaging (OpenCV's INTER_AREA: several times quicker than a smooth QImage::scaled); the
// image itself when it is small enough already.
inline QImage reduced(const QImage &rgb888, int side)
{
    return resized(rgb888, reducedSize(rgb888.size(), side));
}

} // namespace CvImage

} // namespace dd::photo
