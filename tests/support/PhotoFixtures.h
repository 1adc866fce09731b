#pragma once

#include "photo/PhotoSamples.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <optional>

namespace dd::test {

// Photos for the photo tests. The real faces are public-domain portraits that Debian packages
// ship (scripts/fetch-test-photos puts them in the folder DD_TEST_PHOTOS names); the tests cut
// the person out along a drawn outline and set it on a plain background at a known scale, so
// that the true head top, width and chin are known in the result.

// Where scripts/fetch-test-photos put the Debian photos.
inline QString testPhoto(const QString &name)
{
    return QDir(QStringLiteral(DD_TEST_PHOTOS)).filePath(name);
}

// The background blue used across China's ID photo services, RGB(67, 142, 219).
inline QColor idBlue()
{
    return QColor(67, 142, 219);
}

// A portrait with its head labelled by hand (pixels of the source photo): the head's outline
// is an ellipse (hair and hat included), the chin the bottom of the chin, the body the part
// below the head that stays in the picture (shoulders, clothes).
struct LabelledPortrait
{
    QString file;
    QRectF head; // the outline's bounding box
    double chin; // y of the chin
    QRectF body;
};

// grace_hopper_512x512.jpg (facedetect): the navy cap is the top of the head.
inline LabelledPortrait graceHopper()
{
    return {QStringLiteral("grace_hopper_512x512.jpg"), QRectF(150, 4, 226, 312), 302.0,
            QRectF(30, 300, 460, 212)};
}

// astronaut.png (python3-skimage): short, very full hair.
inline LabelledPortrait astronaut()
{
    return {QStringLiteral("astronaut.png"), QRectF(152, 14, 152, 178), 168.0,
            QRectF(40, 160, 380, 352)};
}

// A composite photo and where its head truly is (in its pixels).
struct Composite
{
    QImage image;
    double top = 0;
    double chin = 0;
    double left = 0;
    double right = 0;
};

// The portrait's person on a plain `background` of `canvas` size, scaled by `scale` and
// placed with the top of the head at `headTop` (the middle of the head at x).
inline std::optional<Composite> composite(const LabelledPortrait &portrait, QSize canvas,
                                          double scale, QPointF headTop,
                                          QColor background = idBlue())
{
    QImage source(testPhoto(portrait.file));
    if (source.isNull()) {
        return std::nullopt;
    }
    source = source.convertToFormat(QImage::Format_RGB888);
    QImage out(canvas, QImage::Format_RGB888);
    out.fill(background);
    QPainter painter(&out);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QPointF offset(headTop.x() - portrait.head.center().x() * scale,
                         headTop.y() - portrait.head.top() * scale);
    painter.translate(offset);
    painter.scale(scale, scale);
    QPainterPath outline;
    outline.addEllipse(portrait.head);
    outline.addRect(portrait.body);
    painter.setClipPath(outline.simplified());
    painter.drawImage(QPointF(0, 0), source);
    painter.end();
    Composite result;
    result.image = out;
    result.top = offset.y() + portrait.head.top() * scale;
    result.chin = offset.y() + portrait.chin * scale;
    result.left = offset.x() + portrait.head.left() * scale;
    result.right = offset.x() + portrait.head.right() * scale;
    return result;
}

// A camera-like photo: the Hopper portrait at 1800 × 2400 on `background`, as a JPEG; empty
// when the Debian photos are missing.
inline QByteArray cameraJpeg(QColor background = idBlue())
{
    const auto c = composite(graceHopper(), QSize(1800, 2400), 2.5, QPointF(900, 400), background);
    return c ? photo::samples::jpeg(c->image) : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace dd::test
