#pragma once

#include <QPointF>
#include <QRectF>

#include <optional>

namespace dd::photo {

// The head as measured in a photo, in pixels of the oriented source at full size: the face the
// detector found, the outline of the head against the blue background (top of the hair, widest
// extent above the chin), the chin estimated from the face and the eye line.
struct HeadMeasure
{
    QRectF face;     // the detector's box
    double top = 0;  // top of the hair (the highest row of the head's outline)
    double chin = 0; // bottom of the chin
    double left = 0; // widest extent of the head above the chin, hair and ears included
    double right = 0;
    std::optional<double> roll;     // degrees, positive when the head leans to its left (clockwise
                                    // in the picture); none when the eyes were not both found
    std::optional<QPointF> leftEye; // in the picture: the eye on the left
    std::optional<QPointF> rightEye;
    bool topAtEdge = false;  // the outline reaches the top of the photo: the head is cut off
    bool sideAtEdge = false; // the outline reaches a side of the photo
    bool uncertain = false;  // the outline merged with something (shoulders, hair, clothes)

    double length() const { return chin - top; }
    double width() const { return right - left; }
    double centreX() const { return (left + right) / 2; }
    // The same head in a picture scaled by `factor` (coordinates multiplied).
    HeadMeasure scaled(double factor) const;
};

} // namespace dd::photo
