#pragma once

#include <QImage>

#include <opencv2/core.hpp>

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

} // namespace CvImage

} // namespace dd::photo
