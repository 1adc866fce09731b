#include "widgets/PhotoView.h"

#include "domain/PhotoRules.h"

#include <QPainter>

namespace dd::ui {

namespace {
constexpr int Width = domain::PhotoRules::Width;
constexpr int Height = domain::PhotoRules::Height;
} // namespace

PhotoView::PhotoView(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setMaximumSize(Width, Height);
}

void PhotoView::setImage(const QImage &image)
{
    m_image = image;
    update();
}

void PhotoView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    update();
}

QSize PhotoView::sizeHint() const
{
    return {Width, Height};
}

QSize PhotoView::minimumSizeHint() const
{
    return {Width / 3, Height / 3};
}

int PhotoView::heightForWidth(int width) const
{
    return qMin(Height, width * Height / Width);
}

QRect PhotoView::photoRect() const
{
    // The certificate's shape, as large as fits, centred at the top.
    QSize shape(Width, Height);
    shape.scale(size().boundedTo(shape), Qt::KeepAspectRatio);
    return QRect(QPoint((width() - shape.width()) / 2, 0), shape);
}

void PhotoView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QRect target = photoRect();
    if (!m_image.isNull()) {
        // Drawn straight from the photo's pixels into the device pixels of the target: no
        // intermediate pixmap at logical size, so nothing is scaled twice at 200 %.
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_image);
        painter.setPen(QPen(palette().color(QPalette::Mid), 1));
        painter.drawRect(QRectF(target).adjusted(0.5, 0.5, -0.5, -0.5));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    QPen frame(palette().color(QPalette::PlaceholderText), 1.5, Qt::DashLine);
    painter.setPen(frame);
    painter.setBrush(palette().color(QPalette::AlternateBase));
    painter.drawRoundedRect(QRectF(target).adjusted(1, 1, -1, -1), 6, 6);
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(target.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                     m_placeholder);
}

} // namespace dd::ui
