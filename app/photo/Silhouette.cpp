#include "photo/Silhouette.h"

#include "photo/CvImage.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <vector>

namespace dd::photo {

namespace {

// The median of each channel of the pixels in the rectangles.
cv::Vec3f medianColour(const cv::Mat &lab, const std::vector<cv::Rect> &patches)
{
    std::vector<uchar> channels[3];
    for (const cv::Rect &patch : patches) {
        const cv::Mat region = lab(patch);
        for (int y = 0; y < region.rows; ++y) {
            const cv::Vec3b *row = region.ptr<cv::Vec3b>(y);
            for (int x = 0; x < region.cols; ++x) {
                for (int c = 0; c < 3; ++c) {
                    channels[c].push_back(row[x][c]);
                }
            }
        }
    }
    cv::Vec3f median;
    for (int c = 0; c < 3; ++c) {
        auto middle = channels[c].begin() + qsizetype(channels[c].size() / 2);
        std::nth_element(channels[c].begin(), middle, channels[c].end());
        median[c] = channels[c].empty() ? 0.0F : *middle;
    }
    return median;
}

} // namespace

Silhouette Silhouette::of(const QImage &image)
{
    Silhouette silhouette;
    if (image.width() < 8 || image.height() < 8) {
        return silhouette;
    }
    cv::Mat lab;
    cv::cvtColor(CvImage::view(image), lab, cv::COLOR_RGB2Lab);
    const int w = lab.cols;
    const int h = lab.rows;
    const int pw = std::max(2, w / 20);
    const int ph = std::max(2, h * 8 / 100);
    const cv::Vec3f background =
        medianColour(lab, {cv::Rect(0, 0, pw, ph), cv::Rect(w - pw, 0, pw, ph)});

    // 8-bit CIELAB: L scaled to 0–255, a and b offset by 128.
    cv::Mat mask(lab.size(), CV_8U);
    constexpr float lScale = 100.0F / 255.0F;
    const float limit = float(Distance * Distance);
    for (int y = 0; y < h; ++y) {
        const cv::Vec3b *row = lab.ptr<cv::Vec3b>(y);
        uchar *out = mask.ptr<uchar>(y);
        for (int x = 0; x < w; ++x) {
            const float dl = (row[x][0] - background[0]) * lScale;
            const float da = row[x][1] - background[1];
            const float db = row[x][2] - background[2];
            out[x] = dl * dl + da * da + db * db > limit ? 255 : 0;
        }
    }
    cv::morphologyEx(mask, mask, cv::MORPH_OPEN,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(3, 3)));
    cv::morphologyEx(mask, mask, cv::MORPH_CLOSE,
                     cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(5, 5)));
    auto labels = std::make_shared<cv::Mat>();
    cv::connectedComponents(mask, *labels, 4, CV_32S);
    silhouette.m_data = labels->ptr<int>(0);
    silhouette.m_stride = qsizetype(labels->step1());
    silhouette.m_labels = std::move(labels);
    silhouette.m_width = w;
    silhouette.m_height = h;
    return silhouette;
}

} // namespace dd::photo
