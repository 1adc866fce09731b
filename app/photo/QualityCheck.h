#pragma once

#include "photo/PhotoFinding.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>

namespace dd::photo {

// Exposure and sharpness of the face, reported and never corrected (correcting would be
// retouching). Exposure from the luma (Y = 0.299 R + 0.587 G + 0.114 B) of the face box's
// inner part: its mean, the share of clipped highlights and crushed shadows, and the balance
// of the two halves. Sharpness as the variance of the Laplacian of the face scaled to
// SharpnessWidth pixels across (../shared/domain/photo.md §2.6); thresholds from the measured
// examples of tests/photo/TestQualityCheck, the Hopper portrait's face at certificate size
// blurred with a Gaussian of σ px: sharp 115, σ 0.6 → 45, σ 0.8 → 27, σ 1 → 18, σ 1.5 → 8,
// σ 3 → 3. A blur of σ 0.8 px begins to show at that size, σ 1.5 is plainly blurred. Exposure:
// the same face at its own light measures 146; at ×0.35 the light 51, at ×2.2 229.
class QualityCheck
{
    Q_DECLARE_TR_FUNCTIONS(QualityCheck)

public:
    static constexpr double MeanMin = 70;
    static constexpr double MeanMax = 210;
    static constexpr double ClippedMax = 0.05;
    static constexpr double HalvesMax = 0.35;
    static constexpr int SharpnessWidth = 200;
    static constexpr double SharpnessWarn = 30;
    static constexpr double SharpnessMin = 12;

    static PhotoFindings exposure(const QImage &image, const QRectF &face);
    static PhotoFindings sharpness(const QImage &image, const QRectF &face);
    // The variance of the Laplacian of the face scaled to SharpnessWidth across.
    static double laplacianVariance(const QImage &image, const QRectF &face);
};

} // namespace dd::photo
