#pragma once

#include "domain/Photo.h"
#include "photo/DecodedPhoto.h"
#include "photo/HeadMeasure.h"
#include "photo/PhotoDecoder.h"
#include "photo/PhotoReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>

#include <optional>

namespace dd::photo {

// From any photo to the compliant certificate JPEG, or the reasons it cannot be (DESIGN.md
// "Photo rules"). It only crops, scales, rotates by the EXIF orientation and re-encodes:
// never a new background, never a retouch. Thread-safe: batches run it on every core.
//
//   probe the header → decode once (a large baseline JPEG's Huffman data on both cores,
//   JpegSplitDecoder) at the largest DCT reduction that keeps the short side at least
//   WorkingSide pixels → on a copy at most AnalysisSide across, the face (Haar) while the
//   silhouette against the background is made on the other core, then the head's outline, the
//   chin, the eye line (1 pixel there is about 2 of the output: finer than the chin's
//   estimate) → the frame that puts
//   head width and length in their bands → crop from the same decode when the frame is at
//   least 390 pixels wide in it (decode again larger otherwise) → background, exposure and
//   sharpness measured on the result → the best JPEG quality under 200 KB. fix() cuts and
//   encodes the frame on the other core while it looks for the eyes (they decide only the
//   tilt finding) and then checks the cut pixels; each face or eye search runs its scales in
//   two halves, one per core.
class PhotoPipeline
{
    Q_DECLARE_TR_FUNCTIONS(PhotoPipeline)

public:
    static constexpr int WorkingSide = 700;
    static constexpr int AnalysisSide = 500;
    static constexpr double MaxRoll = 5.0; // degrees

    // A decoded photo and the head in it (pixels of the oriented input at full size), for the
    // cropper: it draws the frame and guides on the picture and renders the result.
    struct Analysis
    {
        DecodedPhoto photo;
        std::optional<HeadMeasure> head;
        PhotoReport report; // input, colour, face and tilt findings; the automatic crop
    };
    // `minScale`: decode at least at this scale of the full size (1: full size).
    static Analysis analyse(const QByteArray &data, double minScale);
    // The same with the probe of `data` made already (probe.problem empty).
    static Analysis analyse(const QByteArray &data, const PhotoDecoder::Probe &probe,
                            double minScale);

    struct Output
    {
        PhotoReport report;
        QByteArray jpeg; // empty unless the photo is compliant
        QImage image;    // the 390 × 567 pixels of the frame (render), compliant or not
    };
    // The compliant photo from any photo, with the automatic crop.
    static Output fix(const QByteArray &data);
    // The photo cut with a given frame (pixels of the oriented input at full size) and small
    // rotation (degrees clockwise about the frame's centre), judged on every rule.
    static Output render(const Analysis &analysis, const QRectF &frame, double rotation = 0.0);
    // A file as it is, judged as the portal would judge it: a JPEG by content, 390×567, under
    // 200 KB, 24-bit colour, and the head measured in it as it stands.
    static PhotoReport check(const QByteArray &data);

    // The record app/store keeps of a photo written by fix() or render(): the JPEG, the crop
    // (frame, rotation, size of the oriented original), the rules that failed and the
    // original's file name (the store sets its SHA-256 when it keeps the original).
    static domain::Photo record(const Output &output, const QString &originalName);

    // The frame of `photo` (in its full-size pixels) rotated and scaled to 390×567.
    static QImage cut(const DecodedPhoto &photo, const QRectF &frame, double rotation);
};

} // namespace dd::photo
