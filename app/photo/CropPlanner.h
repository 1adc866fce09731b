#pragma once

#include "photo/HeadMeasure.h"
#include "photo/PhotoFinding.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSize>

#include <optional>

namespace dd::photo {

// Where the 390:567 frame goes, and what a frame makes of the head (../shared/domain/photo.md
// §0). All in pixels of the oriented source at full size; the output is 390×567.
class CropPlanner
{
    Q_DECLARE_TR_FUNCTIONS(CropPlanner)

public:
    // The rules in output pixels: head width 21–24 mm at 390/33 px per mm, head length
    // 28–33 mm at 567/48 px per mm.
    static constexpr double WidthMin = 21.0 * 390.0 / 33.0;  // 248.2
    static constexpr double WidthMax = 24.0 * 390.0 / 33.0;  // 283.6
    static constexpr double LengthMin = 28.0 * 567.0 / 48.0; // 330.8
    static constexpr double LengthMax = 33.0 * 567.0 / 48.0; // 389.8
    // What the automatic crop aims inside, leaving room for the error of the measure.
    static constexpr double AimWidthMin = 255;
    static constexpr double AimWidthMax = 277;
    static constexpr double AimLengthMin = 340;
    static constexpr double AimLengthMax = 380;
    // Space above the head in output pixels: aimed at, and allowed.
    static constexpr double AimHeadroom = 50;
    static constexpr double MinHeadroom = 12;
    static constexpr double MaxHeadroom = 110;
    // The head's middle may be this far from the photo's middle (output pixels).
    static constexpr double CentreTolerance = 10;
    // Output pixels per source pixel beyond which the photo is too small (warning above 1).
    static constexpr double MaxEnlargement = 1.5;

    struct Plan
    {
        std::optional<QRectF> frame; // none when no frame meets the rules
        PhotoFindings problems;      // why not, with the numbers
    };
    static Plan plan(const HeadMeasure &head, QSize source);

    // The geometry findings of a frame turned by `rotation` (degrees clockwise about its
    // centre): head width and length, centring, space above the head, the frame inside the
    // source at that rotation, the enlargement.
    static PhotoFindings evaluate(const HeadMeasure &head, const QRectF &frame, QSize source,
                                  double rotation = 0.0);
    // The frame of `frame`'s shape, turned by `rotation`, as near `frame` as the source allows:
    // no larger than the source holds at that rotation, moved back inside it.
    static QRectF keepInside(const QRectF &frame, double rotation, QSize source);
};

} // namespace dd::photo
