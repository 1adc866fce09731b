#include "widgets/StateIcon.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace dd::ui {

namespace {

enum class Shape { Ring, Half, Tick, Arrow, Dash, Blank };

// Draws at whatever size and device pixel ratio the icon is asked for.
class StateIconEngine : public QIconEngine
{
public:
    StateIconEngine(Shape shape, const QPalette &palette)
        : m_shape(shape)
        , m_palette(palette)
    {}

    QIconEngine *clone() const override { return new StateIconEngine(m_shape, m_palette); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const bool dark = m_palette.color(QPalette::Window).lightness() < 128;
        const QColor green = dark ? QColor(0x5c, 0xc9, 0x6b) : QColor(0x2e, 0x8b, 0x3a);
        const QColor amber = dark ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xc7, 0x7c, 0x02);
        const QColor blue = dark ? QColor(0x6a, 0xa9, 0xff) : QColor(0x1f, 0x5f, 0xbf);
        QColor ring = m_palette.color(QPalette::PlaceholderText);
        const QColor mark = m_palette.color(QPalette::Base);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        const qreal pen = qMax<qreal>(1.0, side / 10.0);
        const QRectF disc(rect.x() + (rect.width() - side) / 2 + pen,
                          rect.y() + (rect.height() - side) / 2 + pen, side - 2 * pen,
                          side - 2 * pen);
        if (mode == QIcon::Disabled) {
            ring.setAlpha(120);
        }
        switch (m_shape) {
        case Shape::Ring:
            painter->setPen(QPen(ring, pen));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(disc);
            break;
        case Shape::Half: {
            painter->setPen(QPen(amber, pen));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(disc);
            QPainterPath half;
            half.moveTo(disc.center());
            half.arcTo(disc, 90, 180);
            half.closeSubpath();
            painter->fillPath(half, amber);
            break;
        }
        case Shape::Tick: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(green);
            painter->drawEllipse(disc);
            QPainterPath tick;
            tick.moveTo(disc.left() + disc.width() * 0.27, disc.top() + disc.height() * 0.52);
            tick.lineTo(disc.left() + disc.width() * 0.44, disc.top() + disc.height() * 0.69);
            tick.lineTo(disc.left() + disc.width() * 0.74, disc.top() + disc.height() * 0.34);
            painter->setPen(QPen(mark, pen * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(tick);
            break;
        }
        case Shape::Arrow: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(blue);
            painter->drawEllipse(disc);
            QPainterPath arrow;
            arrow.moveTo(disc.left() + disc.width() * 0.28, disc.center().y());
            arrow.lineTo(disc.left() + disc.width() * 0.70, disc.center().y());
            arrow.moveTo(disc.left() + disc.width() * 0.52, disc.top() + disc.height() * 0.32);
            arrow.lineTo(disc.left() + disc.width() * 0.72, disc.center().y());
            arrow.lineTo(disc.left() + disc.width() * 0.52, disc.top() + disc.height() * 0.68);
            painter->setPen(QPen(mark, pen * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter->setBrush(Qt::NoBrush);
            painter->drawPath(arrow);
            break;
        }
        case Shape::Blank:
            break;
        case Shape::Dash:
            painter->setPen(QPen(ring, pen * 1.3, Qt::SolidLine, Qt::RoundCap));
            painter->drawLine(QPointF(disc.left() + disc.width() * 0.25, disc.center().y()),
                              QPointF(disc.right() - disc.width() * 0.25, disc.center().y()));
            break;
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state,
                         qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

private:
    Shape m_shape;
    QPalette m_palette;
};

} // namespace

QIcon StateIcon::forState(domain::Progress::State state, const QPalette &palette)
{
    using State = domain::Progress::State;
    Shape shape = Shape::Ring;
    switch (state) {
    case State::NotStarted:
        shape = Shape::Ring;
        break;
    case State::Incomplete:
        shape = Shape::Half;
        break;
    case State::Complete:
        shape = Shape::Tick;
        break;
    case State::Submitted:
        shape = Shape::Arrow;
        break;
    }
    return QIcon(new StateIconEngine(shape, palette));
}

QIcon StateIcon::notNeeded(const QPalette &palette)
{
    return QIcon(new StateIconEngine(Shape::Dash, palette));
}

QIcon StateIcon::blank()
{
    return QIcon(new StateIconEngine(Shape::Blank, QPalette()));
}

} // namespace dd::ui
