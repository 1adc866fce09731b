#pragma once

#include <QImage>
#include <QList>
#include <QPointF>
#include <QRectF>

#include <optional>
#include <utility>

namespace dd::photo {

// Frontal faces and eyes, with OpenCV's Haar cascades from opencv-data (frontalface_alt2,
// eye_tree_eyeglasses) built into the program's resources. Chosen by measurement
// (../shared/domain/photo.md §2.3): it finds the frontal faces of certificate photos in
// 30–50 ms at 800 px, needs no model download, and is what Debian ships. Classifiers are
// loaded once and lent to one search at a time (they are not thread-safe), so batches run on
// all cores; each search runs its scales in two halves at once, one on another core, with the
// very result of a single detectMultiScale (OpenCV's own threads are set to one).
class FaceDetector
{
public:
    // Faces in an RGB888 image, in its pixels, largest first, at least `smallest` of the
    // image's short side across. Boxes narrower than MinFaceRatio of the largest are dropped:
    // clutter, not a second person. The detector's time grows with the number of pixels at
    // the smallest face size: certificate photos, whose faces are large, first look for
    // faces of LargeFace and more, then (found none) down to SmallFace.
    static QList<QRectF> faces(const QImage &image, double smallest = SmallFace);
    static constexpr double LargeFace = 1.0 / 5.0;
    static constexpr double SmallFace = 1.0 / 10.0;
    static constexpr double MinFaceRatio = 0.4;

    // The two eyes inside a face box (in the image's pixels), left then right as seen in the
    // picture; none unless exactly one eye is found on each side of the face's middle. Eyes
    // are looked for from MinEyeRatio to MaxEyeRatio of the face's width: the eyes found in
    // the test photos (tests/photo, real faces from Debian's packages) measured 0.23–0.30 of
    // it, and each smaller size tried costs more than the last (the search's time grows as
    // 1 / the smallest size squared).
    static std::optional<std::pair<QPointF, QPointF>> eyes(const QImage &image, const QRectF &face);
    static constexpr double MinEyeRatio = 0.18;
    static constexpr double MaxEyeRatio = 0.4;

    // Whether a face this wide (in its image's pixels) leaves eyes of MinEyeRatio smaller than
    // the eye detector's window: only then can a larger copy of the picture show eyes that
    // eyes() on this one could not. Otherwise the larger copy would be searched for the same
    // eyes, at the same sizes relative to the face.
    static bool eyesBelowWindow(double faceWidth);
};

} // namespace dd::photo
