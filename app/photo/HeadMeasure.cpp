#include "photo/HeadMeasure.h"

namespace dd::photo {

HeadMeasure HeadMeasure::scaled(double factor) const
{
    HeadMeasure out = *this;
    out.face = QRectF(face.topLeft() * factor, face.size() * factor);
    out.top = top * factor;
    out.chin = chin * factor;
    out.left = left * factor;
    out.right = right * factor;
    if (leftEye) {
        out.leftEye = *leftEye * factor;
    }
    if (rightEye) {
        out.rightEye = *rightEye * factor;
    }
    return out;
}

} // namespace dd::photo
