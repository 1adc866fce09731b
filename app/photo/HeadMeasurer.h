#pragma once

#include "photo/HeadMeasure.h"
#include "photo/Silhouette.h"

#include <QImage>
#include <QRectF>

namespace dd::photo {

// Measures the head around a detected face (../shared/domain/photo.md §2.4). The background
// must be plain, so the head's outline is where the background ends (Silhouette): the person's
// region that holds the face gives the top of the hair and the widest extent of the head above
// the mouth. The chin,
// hidden from the outline by the neck and clothes, is placed from the face box with ChinRatio,
// calibrated on labelled photos (tests/photo/TestHeadMeasurer). The eye line gives the roll.
class HeadMeasurer
{
public:
    // The chin lies this many face-box heights below the box's top (alt2 cascade). Measured on
    // the labelled portraits at two scales each: 0.97, 0.93 (Hopper), 1.06, 1.02 (astronaut).
    static constexpr double ChinRatio = 1.0;

    // `image`: RGB888, a few hundred to a thousand pixels across; `face`: the detector's box
    // in its pixels. The result is in the same pixels.
    static HeadMeasure measure(const QImage &image, const QRectF &face);
    // With the silhouette of `image` made already (Silhouette::of(image)).
    static HeadMeasure measure(const QImage &image, const Silhouette &silhouette,
                               const QRectF &face);
    // measure() in two halves that can run at the same time: the outline (face box, top,
    // width, chin; no eyes) and the eye line (eyes and roll of `head`, found in `image`
    // around head->face, in the same pixels).
    static HeadMeasure outline(const Silhouette &silhouette, const QRectF &face);
    static void findEyes(const QImage &image, HeadMeasure *head);
};

} // namespace dd::photo
