#include "widgets/PhotoCropView.h"

#include "PhotoCropper.h"
#include "photo/CropPlanner.h"

#include "domain/PhotoRules.h"

#include <QGestureEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QTransform>
#include <QWheelEvent>

#include <algorithm>

namespace dd::ui {

using photo::CropPlanner;
using photo::PhotoFinding;
using Severity = PhotoFinding::Severity;

namespace {

constexpr double OutWidth = domain::PhotoRules::Width;
constexpr double OutHeight = domain::PhotoRules::Height;
constexpr int Margin = 8;

QColor colourOf(Severity severity, int alpha)
{
    QColor colour = severity == Severity::Pass      ? QColor(0, 170, 60)
                    : severity == Severity::Warning ? QColor(230, 150, 0)
                                                    : QColor(220, 30, 30);
    colour.setAlpha(alpha);
    return colour;
}

} // namespace

PhotoCropView::PhotoCropView(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    grabGesture(Qt::PinchGesture);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void PhotoCropView::setCropper(PhotoCropper *cropper)
{
    m_cropper = cropper;
    connect(cropper, &PhotoCropper::frameChanged, this, qOverload<>(&QWidget::update));
    connect(cropper, &PhotoCropper::rendered, this, qOverload<>(&QWidget::update));
    connect(cropper, &PhotoCropper::analysed, this, qOverload<>(&QWidget::update));
}

void PhotoCropView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

QSize PhotoCropView::sizeHint() const
{
    return {520, 560};
}

QSize PhotoCropView::minimumSizeHint() const
{
    return {240, 260};
}

double PhotoCropView::widgetScale() const
{
    if (!m_cropper || !m_cropper->hasPhoto()) {
        return 1.0;
    }
    const QSizeF source(m_cropper->analysis()->photo.fullSize);
    return std::min((width() - 2.0 * Margin) / source.width(),
                    (height() - 2.0 * Margin) / source.height());
}

QPointF PhotoCropView::pictureOffset() const
{
    if (!m_cropper || !m_cropper->hasPhoto()) {
        return {};
    }
    const QSizeF shown = QSizeF(m_cropper->analysis()->photo.fullSize) * widgetScale();
    return {(width() - shown.width()) / 2, (height() - shown.height()) / 2};
}

QPointF PhotoCropView::toWidget(const QPointF &source) const
{
    return pictureOffset() + source * widgetScale();
}

QPointF PhotoCropView::toSource(const QPointF &widget) const
{
    return (widget - pictureOffset()) / widgetScale();
}

QPolygonF PhotoCropView::framePolygon() const
{
    if (!m_cropper || !m_cropper->hasPhoto()) {
        return {};
    }
    const QRectF frame = m_cropper->frame();
    QTransform turn;
    turn.translate(frame.center().x(), frame.center().y());
    turn.rotate(m_cropper->rotation());
    turn.translate(-frame.center().x(), -frame.center().y());
    QPolygonF polygon;
    for (const QPointF &corner :
         {frame.topLeft(), frame.topRight(), frame.bottomRight(), frame.bottomLeft()}) {
        polygon << toWidget(turn.map(corner));
    }
    return polygon;
}

Severity PhotoCropView::guideState(Guide guide) const
{
    const QString rule = guide == Guide::HeadTop ? photo::Check::Headroom
                         : guide == Guide::Chin  ? domain::PhotoRules::HeadHeight
                                                 : domain::PhotoRules::HeadWidth;
    Severity worst = Severity::Pass;
    bool found = false;
    if (m_cropper) {
        for (const PhotoFinding &f : m_cropper->findings()) {
            if (f.rule == rule) {
                found = true;
                worst = std::max(worst, f.severity);
            }
        }
    }
    return found ? worst : Severity::Error;
}

void PhotoCropView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_cropper || !m_cropper->hasPhoto()) {
        painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        painter.drawRect(rect().adjusted(Margin, Margin, -Margin - 1, -Margin - 1));
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(2 * Margin, 2 * Margin, -2 * Margin, -2 * Margin),
                         Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        return;
    }
    const photo::PhotoPipeline::Analysis &analysis = *m_cropper->analysis();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF picture(pictureOffset(), QSizeF(analysis.photo.fullSize) * widgetScale());
    painter.drawImage(picture, analysis.photo.image);

    // Dim what the frame leaves out.
    QPainterPath outside;
    outside.addRect(picture);
    QPainterPath inside;
    inside.addPolygon(framePolygon());
    painter.fillPath(outside.subtracted(inside), QColor(0, 0, 0, 110));

    paintGuides(painter);

    painter.setPen(QPen(hasFocus() ? palette().color(QPalette::Highlight) : QColor(Qt::white), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolygon(framePolygon());
}

void PhotoCropView::paintGuides(QPainter &painter) const
{
    const photo::PhotoPipeline::Analysis &analysis = *m_cropper->analysis();
    if (!analysis.head) {
        return;
    }
    const photo::HeadMeasure &head = *analysis.head;
    const QRectF frame = m_cropper->frame();
    // The head as measured, on the photo.
    painter.save();
    painter.setPen(QPen(QColor(255, 255, 255, 220), 1, Qt::DashLine));
    const QPointF topLeft = toWidget({head.left, head.top});
    const QPointF topRight = toWidget({head.right, head.top});
    const QPointF chinLeft = toWidget({head.left, head.chin});
    const QPointF chinRight = toWidget({head.right, head.chin});
    painter.drawLine(topLeft, topRight);
    painter.drawLine(chinLeft, chinRight);
    painter.drawLine(topLeft, chinLeft);
    painter.drawLine(topRight, chinRight);
    if (head.leftEye && head.rightEye) {
        painter.setPen(QPen(QColor(255, 255, 255, 220), 1, Qt::DotLine));
        painter.drawLine(toWidget(*head.leftEye), toWidget(*head.rightEye));
    }
    painter.restore();

    // The bands, in the frame's own pixels (390 × 567), turned with it.
    painter.save();
    const double k = frame.width() * widgetScale() / OutWidth;
    painter.translate(toWidget(frame.center()));
    painter.rotate(m_cropper->rotation());
    painter.scale(k, frame.height() * widgetScale() / OutHeight);
    painter.translate(-OutWidth / 2, -OutHeight / 2);
    const double sy = OutHeight / frame.height();
    const double topOut = (head.top - frame.top()) * sy;
    const double chinOut = (head.chin - frame.top()) * sy;
    auto band = [&](const QRectF &area, Severity severity) {
        painter.fillRect(area, colourOf(severity, 70));
        painter.setPen(QPen(colourOf(severity, 230), 0));
        painter.drawRect(area);
    };
    band(QRectF(0, CropPlanner::MinHeadroom, OutWidth,
                CropPlanner::MaxHeadroom - CropPlanner::MinHeadroom),
         guideState(Guide::HeadTop));
    band(QRectF(OutWidth * 0.15, topOut + CropPlanner::LengthMin, OutWidth * 0.7,
                CropPlanner::LengthMax - CropPlanner::LengthMin),
         guideState(Guide::Chin));
    const double middle = OutWidth / 2;
    const double spanTop = std::max(0.0, topOut);
    const double spanHeight = std::max(10.0, std::min(OutHeight, chinOut) - spanTop);
    for (const double sign : {-1.0, 1.0}) {
        const double inner = middle + sign * CropPlanner::WidthMin / 2;
        const double outer = middle + sign * CropPlanner::WidthMax / 2;
        band(QRectF(std::min(inner, outer), spanTop, std::abs(outer - inner), spanHeight),
             guideState(Guide::Width));
    }
    painter.restore();
}

void PhotoCropView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_cropper || !m_cropper->hasPhoto()) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    if (!framePolygon().containsPoint(event->position(), Qt::OddEvenFill)) {
        return;
    }
    m_dragging = true;
    m_dragStart = toSource(event->position());
    m_dragFrame = m_cropper->frame();
    m_dragRotation = m_cropper->rotation();
    setCursor(Qt::ClosedHandCursor);
}

void PhotoCropView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging) {
        return;
    }
    const QPointF delta = toSource(event->position()) - m_dragStart;
    m_cropper->setFrame(m_dragFrame.translated(delta), m_dragRotation);
}

void PhotoCropView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging || event->button() != Qt::LeftButton) {
        return;
    }
    m_dragging = false;
    unsetCursor();
    if (m_cropper->frame() != m_dragFrame) {
        emit frameEdited(m_dragFrame, m_dragRotation, false);
    }
}

void PhotoCropView::resizeFrame(double factor, bool mergeable)
{
    if (!m_cropper || !m_cropper->hasPhoto()) {
        return;
    }
    const QRectF before = m_cropper->frame();
    QRectF resized(QPointF(), before.size() * factor);
    resized.moveCenter(before.center());
    m_cropper->setFrame(resized, m_cropper->rotation());
    if (m_cropper->frame() != before) {
        emit frameEdited(before, m_cropper->rotation(), mergeable);
    }
}

void PhotoCropView::wheelEvent(QWheelEvent *event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0 || !m_cropper || !m_cropper->hasPhoto()) {
        event->ignore();
        return;
    }
    // Wheel up: closer (a smaller frame).
    resizeFrame(std::pow(0.97, notches), true);
    event->accept();
}

bool PhotoCropView::event(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        return gestureEvent(static_cast<QGestureEvent *>(event));
    }
    return QWidget::event(event);
}

bool PhotoCropView::gestureEvent(QGestureEvent *event)
{
    if (auto *pinch = static_cast<QPinchGesture *>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged && pinch->scaleFactor() > 0) {
            resizeFrame(1.0 / pinch->scaleFactor(), true);
        }
        event->accept(pinch);
        return true;
    }
    return false;
}

void PhotoCropView::keyPressEvent(QKeyEvent *event)
{
    if (!m_cropper || !m_cropper->hasPhoto()) {
        QWidget::keyPressEvent(event);
        return;
    }
    const QRectF before = m_cropper->frame();
    // One pixel of the photo to be written; ten with Shift.
    const double step =
        before.width() / OutWidth * (event->modifiers() & Qt::ShiftModifier ? 10 : 1);
    QPointF move;
    switch (event->key()) {
    case Qt::Key_Left:
        move = {-step, 0};
        break;
    case Qt::Key_Right:
        move = {step, 0};
        break;
    case Qt::Key_Up:
        move = {0, -step};
        break;
    case Qt::Key_Down:
        move = {0, step};
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        resizeFrame(0.98, false);
        return;
    case Qt::Key_Minus:
        resizeFrame(1.0 / 0.98, false);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    m_cropper->setFrame(before.translated(move), m_cropper->rotation());
    if (m_cropper->frame() != before) {
        emit frameEdited(before, m_cropper->rotation(), false);
    }
}

} // namespace dd::ui
