#include "photo/HeadMeasurer.h"

#include "photo/FaceDetector.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace dd::photo {

HeadMeasure HeadMeasurer::measure(const QImage &image, const QRectF &face)
{
    return measure(image, Silhouette::of(image), face);
}

HeadMeasure HeadMeasurer::measure(const QImage &image, const Silhouette &silhouette,
                                  const QRectF &face)
{
    HeadMeasure head = outline(silhouette, face);
    findEyes(image, &head);
    return head;
}

void HeadMeasurer::findEyes(const QImage &image, HeadMeasure *head)
{
    if (const auto eyes = FaceDetector::eyes(image, head->face)) {
        head->leftEye = eyes->first;
        head->rightEye = eyes->second;
        const QPointF d = eyes->second - eyes->first;
        head->roll = std::atan2(d.y(), d.x()) * 180.0 / std::numbers::pi;
    }
}

HeadMeasure HeadMeasurer::outline(const Silhouette &silhouette, const QRectF &face)
{
    HeadMeasure head;
    head.face = face;
    head.chin = face.y() + ChinRatio * face.height();
    head.top = face.y();
    head.left = face.left();
    head.right = face.right();

    if (!silhouette.isValid()) {
        head.uncertain = true;
        return head;
    }
    const int w = silhouette.width();
    const int h = silhouette.height();
    const int cx = std::clamp(int(std::lround(face.center().x())), 0, w - 1);
    const int cy = std::clamp(int(std::lround(face.center().y())), 0, h - 1);
    const int person = silhouette.regionAt(cx, cy);
    if (person == 0) {
        head.uncertain = true;
        return head;
    }
    auto isPerson = [&](int x, int y) { return silhouette.regionAt(x, y) == person; };

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
