#include "photo/HeadMeasurer.h"

#include "photo/CvImage.h"
#include "photo/FaceDetector.h"

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

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
        auto middle = channels[c].begin() + channels[c].size() / 2;
        std::nth_element(channels[c].begin(), middle, channels[c].end());
        median[c] = channels[c].empty() ? 0.0F : *middle;
    }
    return median;
}

// 255 where the pixel is not background.
cv::Mat personMask(const cv::Mat &lab, const cv::Vec3f &background)
{
    cv::Mat mask(lab.size(), CV_8U);
    // 8-bit CIELAB: L scaled to 0–255, a and b offset by 128.
    constexpr float lScale = 100.0F / 255.0F;
    const float limit = float(HeadMeasurer::BackgroundDistance * HeadMeasurer::BackgroundDistance);
    for (int y = 0; y < lab.rows; ++y) {
        const cv::Vec3b *row = lab.ptr<cv::Vec3b>(y);
        uchar *out = mask.ptr<uchar>(y);
        for (int x = 0; x < lab.cols; ++x) {
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
    return mask;
}

} // namespace

HeadMeasure HeadMeasurer::measure(const QImage &image, const QRectF &face)
{
    HeadMeasure head;
    head.face = face;
    head.chin = face.y() + ChinRatio * face.height();
    head.top = face.y();
    head.left = face.left();
    head.right = face.right();
    if (const auto eyes = FaceDetector::eyes(image, face)) {
        head.leftEye = eyes->first;
        head.rightEye = eyes->second;
        const QPointF d = eyes->second - eyes->first;
        head.roll = std::atan2(d.y(), d.x()) * 180.0 / std::numbers::pi;
    }

    const cv::Mat rgb = CvImage::view(image);
    cv::Mat lab;
    cv::cvtColor(rgb, lab, cv::COLOR_RGB2Lab);
    const int w = lab.cols;
    const int h = lab.rows;
    // The background from the top corners, clear of the face.
    const int pw = std::max(2, w / 20);
    const int ph = std::max(2, h * 8 / 100);
    std::vector<cv::Rect> patches;
    for (const cv::Rect &patch : {cv::Rect(0, 0, pw, ph), cv::Rect(w - pw, 0, pw, ph)}) {
        if (!QRectF(patch.x, patch.y, patch.width, patch.height).intersects(face)) {
            patches.push_back(patch);
        }
    }
    if (patches.empty()) {
        head.uncertain = true;
        return head;
    }
    const cv::Mat mask = personMask(lab, medianColour(lab, patches));
    cv::Mat labels;
    cv::connectedComponents(mask, labels, 4, CV_32S);
    const int cx = std::clamp(int(std::lround(face.center().x())), 0, w - 1);
    const int cy = std::clamp(int(std::lround(face.center().y())), 0, h - 1);
    const int person = labels.at<int>(cy, cx);
    if (person == 0) {
        head.uncertain = true;
        return head;
    }
    auto isPerson = [&](int x, int y) { return labels.at<int>(y, x) == person; };

    // Top of the hair: rows upwards from the face's middle while the band over the face holds
    // some of the person; three rows without end the head (a stray hair is not the top).
    const int bandLeft = std::clamp(int(cx - 0.35 * face.width()), 0, w - 1);
    const int bandRight = std::clamp(int(cx + 0.35 * face.width()), 0, w - 1);
    const int bandWidth = bandRight - bandLeft + 1;
    int top = cy;
    int misses = 0;
    for (int y = cy; y >= 0; --y) {
        int count = 0;
        for (int x = bandLeft; x <= bandRight; ++x) {
            count += isPerson(x, y) ? 1 : 0;
        }
        if (count * 100 >= bandWidth * 3) {
            top = y;
            misses = 0;
        } else if (++misses >= 3) {
            break;
        }
    }
    head.top = top;
    head.topAtEdge = top == 0;

    // Width: the widest run of the person through the head's middle between the top of the
    // hair and the mouth.
    const int mouth = std::min(h - 1, int(face.y() + 0.8 * face.height()));
    int bestLeft = int(face.left());
    int bestRight = int(face.right());
    int bestWidth = 0;
    for (int y = top; y <= mouth; ++y) {
        // From the column of the face's middle, or the nearest person pixel to it.
        int start = -1;
        for (int d = 0; d <= bandWidth / 2 && start < 0; ++d) {
            if (cx - d >= 0 && isPerson(cx - d, y)) {
                start = cx - d;
            } else if (cx + d < w && isPerson(cx + d, y)) {
                start = cx + d;
            }
        }
        if (start < 0) {
            continue;
        }
        int l = start;
        int r = start;
        while (l > 0 && isPerson(l - 1, y)) {
            --l;
        }
        while (r < w - 1 && isPerson(r + 1, y)) {
            ++r;
        }
        if (r - l + 1 > bestWidth) {
            bestWidth = r - l + 1;
            bestLeft = l;
            bestRight = r + 1;
        }
    }
    head.left = bestLeft;
    head.right = bestRight;
    head.sideAtEdge = bestLeft == 0 || bestRight >= w;
    // A head is rarely more than 1.7 face boxes wide; wider, the outline ran into something.
    head.uncertain = bestWidth > 1.7 * face.width() || head.length() < face.height();
    return head;
}

} // namespace dd::photo
