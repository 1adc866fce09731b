#pragma once

#include "photo/HeadMeasure.h"
#include "photo/PhotoFinding.h"

#include <QCoreApplication>
#include <QImage>

namespace dd::photo {

// Is the background blue, and even? Measured on the background beside and above the head
// (above the eye line, so that no shoulder is taken for background), in HSV for the colour
// and CIELAB for the evenness (../shared/domain/photo.md §2.5).
//
// Thresholds, from measured examples (tests/photo/TestBackgroundCheck makes them): the blues
// of ID photo services lie at hue 210–221° with saturation 0.48–0.70 and value 0.56–0.86; a
// white-balance error pushes a blue wall towards cyan (≈190°) or purple (≈260°). So a pixel is
// blue at hue 195–250°, saturation ≥ 0.25, value 0.30–0.98, and the background is blue when
// at least BlueShare of its pixels are. Even: the lightness (L*) varies by at most
// MaxLightnessSpread (standard deviation) and the two sides differ by at most MaxSideDistance
// (ΔE76); beyond that a shadow or a gradient shows.
class BackgroundCheck
{
    Q_DECLARE_TR_FUNCTIONS(BackgroundCheck)

public:
    static constexpr double HueMin = 195;
    static constexpr double HueMax = 250;
    static constexpr double SaturationMin = 0.25;
    static constexpr double ValueMin = 0.30;
    static constexpr double ValueMax = 0.98;
    static constexpr double BlueShare = 0.90;
    static constexpr double MaxLightnessSpread = 8;
    static constexpr double MaxSideDistance = 10;

    // `image`: RGB888; `head`: in its pixels.
    static PhotoFindings check(const QImage &image, const HeadMeasure &head);
};

} // namespace dd::photo
