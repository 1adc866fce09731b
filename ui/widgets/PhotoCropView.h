#pragma once

#include "photo/PhotoFinding.h"

#include <QPolygonF>
#include <QRectF>
#include <QWidget>

class QGestureEvent;

namespace dd::ui {

class PhotoCropper;

// The photo with the 390:567 frame over it. Drag the frame to move it, turn the wheel (or
// pinch) to make it smaller or larger, arrows move it (Shift: ten times further), + and -
// resize it; the frame never leaves the photo. Drawn on the frame: the band where the top of
// the head must be, the band where the chin must be and the bands where the sides of the head
// must be, each green, amber or red from the frame's findings (the same measures as the
// report), and the head as measured (top, chin, sides, eye line).
class PhotoCropView : public QWidget
{
    Q_OBJECT

public:
    enum class Guide { HeadTop, Chin, Width };

    explicit PhotoCropView(QWidget *parent = nullptr);

    void setCropper(PhotoCropper *cropper);
    void setPlaceholderText(const QString &text);

    // A point of the photo (pixels of the oriented original at full size) on the widget, and
    // back.
    QPointF toWidget(const QPointF &source) const;
    QPointF toSource(const QPointF &widget) const;
    // The frame's corners on the widget.
    QPolygonF framePolygon() const;
    // How a guide stands for the frame as it is.
    photo::PhotoFinding::Severity guideState(Guide guide) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    // The user moved, resized or turned the frame from `before` to where it is now: one edit
    // (a whole drag is one). `mergeable` edits of a burst (wheel notches) may become one
    // undo step.
    void frameEdited(const QRectF &before, double beforeRotation, bool mergeable);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    double widgetScale() const; // widget pixels per full-size source pixel
    QPointF pictureOffset() const;
    void resizeFrame(double factor, bool mergeable);
    void paintGuides(QPainter &painter) const;
    bool gestureEvent(QGestureEvent *event);

    PhotoCropper *m_cropper = nullptr;
    QString m_placeholder;
    bool m_dragging = false;
    QPointF m_dragStart;
    QRectF m_dragFrame;
    double m_dragRotation = 0;
};

} // namespace dd::ui
