#include "photo/CropPlanner.h"

#include "domain/PhotoRules.h"

#include <algorithm>
#include <cmath>

namespace dd::photo {

namespace {

using Severity = PhotoFinding::Severity;
using domain::PhotoRules;

constexpr double OutWidth = PhotoRules::Width;
constexpr double OutHeight = PhotoRules::Height;

PhotoFinding finding(const QString &rule, Severity severity, const QString &message,
                     std::optional<double> value = std::nullopt,
                     std::optional<double> minimum = std::nullopt,
                     std::optional<double> maximum = std::nullopt,
                     const QString &unit = QStringLiteral("px"))
{
    return PhotoFinding{rule, severity, message, value, minimum, maximum, unit};
}

QString px(double value)
{
    return QString::number(value, 'f', 0);
}

QString mm(double pixels, double perMm)
{
    return QString::number(pixels / perMm, 'f', 1);
}

// Half the extent, across and down, of a rectangle of `size` turned by `degrees`.
QSizeF halfExtent(QSizeF size, double degrees)
{
    const double radians = degrees * M_PI / 180.0;
    const double c = std::abs(std::cos(radians));
    const double s = std::abs(std::sin(radians));
    return QSizeF((size.width() * c + size.height() * s) / 2,
                  (size.width() * s + size.height() * c) / 2);
}

constexpr double PerMmAcross = OutWidth / 33.0;
constexpr double PerMmDown = OutHeight / 48.0;

} // namespace

CropPlanner::Plan CropPlanner::plan(const HeadMeasure &head, QSize source)
{
    Plan plan;
    const double length = head.length();
    const double width = head.width();
    if (length <= 0 || width <= 0 || source.isEmpty()) {
        plan.problems.append(finding(Check::Face, Severity::Error,
                                     tr("The head could not be measured in this photo. Take the "
                                        "photo again in front of a plain blue background.")));
        return plan;
    }
    double low = std::max(AimLengthMin / length, AimWidthMin / width);
    double high = std::min(AimLengthMax / length, AimWidthMax / width);
    if (low > high) {
        low = std::max(LengthMin / length, WidthMin / width);
        high = std::min(LengthMax / length, WidthMax / width);
    }
    if (low > high) {
        // No scale holds both bands: the head's proportions rule it out.
        const double ratio = width / length;
        const double least = WidthMin / LengthMax;
        const double most = WidthMax / LengthMin;
        const QString message =
            ratio > most
                //: %1 head width / head length, e.g. 0.93
                ? tr("The head with its hair is too wide for its length (width/length %1, at "
                     "most %2): no size of the photo keeps both the head width and the head "
                     "length within the rules. Tie the hair back or press it flat, and take "
                     "the photo again.")
                      .arg(ratio, 0, 'f', 2)
                      .arg(most, 0, 'f', 2)
                : tr("The head is too narrow for its length (width/length %1, at least %2): "
                     "no size of the photo keeps both the head width and the head length "
                     "within the rules. Take the photo again, looking straight at the camera.")
                      .arg(ratio, 0, 'f', 2)
                      .arg(least, 0, 'f', 2);
        plan.problems.append(finding(ratio > most ? PhotoRules::HeadWidth : PhotoRules::HeadHeight,
                                     Severity::Error, message, ratio, least, most, QString()));
        return plan;
    }

    auto place = [&](double scale) -> std::optional<QRectF> {
        const double fw = OutWidth / scale;
        const double fh = OutHeight / scale;
        const double xIdeal = head.centreX() - fw / 2;
        const double xLow = std::max(xIdeal - CentreTolerance / scale, 0.0);
        const double xHigh = std::min(xIdeal + CentreTolerance / scale, source.width() - fw);
        const double yIdeal = head.top - AimHeadroom / scale;
        const double yLow = std::max({head.top - MaxHeadroom / scale, head.chin - fh, 0.0});
        const double yHigh = std::min(head.top - MinHeadroom / scale, source.height() - fh);
        if (xLow > xHigh || yLow > yHigh) {
            return std::nullopt;
        }
        return QRectF(std::clamp(xIdeal, xLow, xHigh), std::clamp(yIdeal, yLow, yHigh), fw, fh);
    };
    // From the middle of the allowed scales outwards.
    const double middle = (low + high) / 2;
    constexpr int Steps = 12;
    for (int i = 0; i <= Steps; ++i) {
        for (const double scale :
             {middle + (high - middle) * i / Steps, middle - (middle - low) * i / Steps}) {
            if (const auto frame = place(scale)) {
                plan.frame = frame;
                return plan;
            }
        }
    }

    // No frame fits inside the photo: say where it runs out, at the largest allowed scale
    // (the smallest frame).
    const double scale = high;
    const double fw = OutWidth / scale;
    const double fh = OutHeight / scale;
    if (fw > source.width() || fh > source.height()) {
        plan.problems.append(finding(
            Check::Framing, Severity::Error,
            tr("The photo is too small around the head: the frame needs %1 × %2 pixels of this "
               "photo and it has %3 × %4. Take the photo from a little farther away.")
                .arg(px(fw), px(fh))
                .arg(source.width())
                .arg(source.height()),
            fw, std::nullopt, double(source.width())));
        return plan;
    }
    const double leftRoom = head.centreX() - fw / 2 + CentreTolerance / scale;
    const double rightRoom = source.width() - (head.centreX() + fw / 2 - CentreTolerance / scale);
    if (leftRoom < 0 || rightRoom < 0) {
        const double missing = -std::min(leftRoom, rightRoom) * scale;
        plan.problems.append(finding(
            Check::Framing, Severity::Error,
            leftRoom < 0
                ? tr("The head is too close to the left edge of the photo: %1 more pixels of "
                     "background are needed beside it to centre it. Take the photo with the "
                     "head in the middle.")
                      .arg(px(missing))
                : tr("The head is too close to the right edge of the photo: %1 more pixels of "
                     "background are needed beside it to centre it. Take the photo with the "
                     "head in the middle.")
                      .arg(px(missing)),
            -missing, 0.0, std::nullopt));
        return plan;
    }
    const double above = head.top * scale;
    if (head.topAtEdge || above < MinHeadroom) {
        plan.problems.append(finding(
            Check::Headroom, Severity::Error,
            tr("There is not enough space above the head: %1 pixels, at least %2 are needed. "
               "Take the photo with some background above the hair.")
                .arg(px(above), px(MinHeadroom)),
            above, MinHeadroom, std::nullopt));
        return plan;
    }
    const double below = (source.height() - head.top) * scale - MaxHeadroom;
    plan.problems.append(finding(
        Check::Framing, Severity::Error,
        tr("The photo ends too close below the chin: the frame needs %1 more pixels below the "
           "head. Take the photo with the shoulders in the picture.")
            .arg(px(OutHeight - below)),
        below, OutHeight, std::nullopt));
    return plan;
}

QRectF CropPlanner::keepInside(const QRectF &frame, double rotation, QSize source)
{
    if (frame.isEmpty() || source.isEmpty()) {
        return frame;
    }
    const QSizeF bounds(source);
    QSizeF size = frame.size();
    QSizeF half = halfExtent(size, rotation);
    size *=
        std::min({1.0, bounds.width() / (2 * half.width()), bounds.height() / (2 * half.height())});
    half = halfExtent(size, rotation);
    QRectF out(QPointF(), size);
    out.moveCenter(
        QPointF(std::clamp(frame.center().x(), half.width(), bounds.width() - half.width()),
                std::clamp(frame.center().y(), half.height(), bounds.height() - half.height())));
    return out;
}

PhotoFindings CropPlanner::evaluate(const HeadMeasure &head, const QRectF &frame, QSize source,
                                    double rotation)
{
    PhotoFindings out;
    if (frame.isEmpty()) {
        return out;
    }
    const double sx = OutWidth / frame.width();
    const double sy = OutHeight / frame.height();

    const double width = head.width() * sx;
    const bool widthOk = width >= WidthMin && width <= WidthMax;
    out.append(finding(
        PhotoRules::HeadWidth, widthOk ? Severity::Pass : Severity::Error,
        widthOk ? tr("Head width %1 pixels (%2 mm).").arg(px(width), mm(width, PerMmAcross))
        : width < WidthMin
            ? tr("The head is %1 pixels (%2 mm) wide; it must be 249–283 pixels (21–24 mm). "
                 "Crop closer.")
                  .arg(px(width), mm(width, PerMmAcross))
            : tr("The head is %1 pixels (%2 mm) wide; it must be 249–283 pixels (21–24 mm). "
                 "Crop wider.")
                  .arg(px(width), mm(width, PerMmAcross)),
        width, WidthMin, WidthMax));

    const double length = head.length() * sy;
    const bool lengthOk = length >= LengthMin && length <= LengthMax;
    out.append(finding(
        PhotoRules::HeadHeight, lengthOk ? Severity::Pass : Severity::Error,
        lengthOk ? tr("Head length %1 pixels (%2 mm), top of the hair to the chin.")
                       .arg(px(length), mm(length, PerMmDown))
        : length < LengthMin
            ? tr("The head is %1 pixels (%2 mm) long from the top of the hair to the chin; it "
                 "must be 331–389 pixels (28–33 mm). Crop closer.")
                  .arg(px(length), mm(length, PerMmDown))
            : tr("The head is %1 pixels (%2 mm) long from the top of the hair to the chin; it "
                 "must be 331–389 pixels (28–33 mm). Crop wider.")
                  .arg(px(length), mm(length, PerMmDown)),
        length, LengthMin, LengthMax));

    const double offset = (head.centreX() - frame.center().x()) * sx;
    const bool centred = std::abs(offset) <= CentreTolerance;
    out.append(finding(
        Check::Centre, centred ? Severity::Pass : Severity::Error,
        centred ? tr("The head is centred (%1 pixels off the middle).").arg(px(std::abs(offset)))
        : offset < 0
            ? tr("The head is %1 pixels left of the middle; at most %2 are allowed. Move the "
                 "frame to the left.")
                  .arg(px(-offset), px(CentreTolerance))
            : tr("The head is %1 pixels right of the middle; at most %2 are allowed. Move the "
                 "frame to the right.")
                  .arg(px(offset), px(CentreTolerance)),
        offset, -CentreTolerance, CentreTolerance));

    const double headroom = (head.top - frame.top()) * sy;
    Severity roomSeverity = Severity::Pass;
    QString roomMessage = tr("Space above the head %1 pixels.").arg(px(headroom));
    if (head.topAtEdge || headroom < 0) {
        roomSeverity = Severity::Error;
        roomMessage = tr("The top of the head is cut off. Leave some background above the hair.");
    } else if (headroom < MinHeadroom) {
        roomSeverity = Severity::Warning;
        roomMessage = tr("Only %1 pixels of space above the head; leave at least %2.")
                          .arg(px(headroom), px(MinHeadroom));
    } else if (headroom > MaxHeadroom) {
        roomSeverity = Severity::Warning;
        roomMessage = tr("%1 pixels of space above the head is a lot; at most %2 look right. "
                         "Move the frame down.")
                          .arg(px(headroom), px(MaxHeadroom));
    }
    out.append(
        finding(Check::Headroom, roomSeverity, roomMessage, headroom, MinHeadroom, MaxHeadroom));

    // The turned frame's extent must lie in the photo (half a pixel of rounding allowed).
    const QSizeF half = halfExtent(frame.size(), rotation);
    const QRectF extent(frame.center() - QPointF(half.width(), half.height()), half * 2);
    const QRectF bounds(QPointF(0, 0), QSizeF(source));
    const bool inside =
        bounds.adjusted(-0.5, -0.5, 0.5, 0.5).contains(extent) && head.chin <= frame.bottom();
    out.append(finding(Check::Framing, inside ? Severity::Pass : Severity::Error,
                       inside ? tr("The frame lies inside the photo.")
                       : head.chin > frame.bottom()
                           ? tr("The chin is below the bottom of the frame. Move the frame "
                                "down or make it larger.")
                           : tr("The frame reaches beyond the photo. DegreeDesk never fills "
                                "in background: move the frame inside the photo."),
                       std::nullopt, std::nullopt, std::nullopt, QString()));

    const double enlargement = sx;
    const Severity sizeSeverity = enlargement <= 1.0              ? Severity::Pass
                                  : enlargement <= MaxEnlargement ? Severity::Warning
                                                                  : Severity::Error;
    out.append(finding(
        Check::Resolution, sizeSeverity,
        sizeSeverity == Severity::Pass
            ? tr("Enough resolution: the photo is reduced, not enlarged.")
        : sizeSeverity == Severity::Warning
            //: %1 e.g. 1.3 (times)
            ? tr("The photo has to be enlarged %1 times and will look soft. A photo from closer "
                 "or with a better camera is sharper.")
                  .arg(enlargement, 0, 'f', 2)
            : tr("The photo has to be enlarged %1 times (at most %2): its resolution is too "
                 "low. Take the photo from closer or with a better camera.")
                  .arg(enlargement, 0, 'f', 2)
                  .arg(MaxEnlargement, 0, 'f', 1),
        enlargement, std::nullopt, MaxEnlargement, QStringLiteral("×")));
    return out;
}

} // namespace dd::photo
