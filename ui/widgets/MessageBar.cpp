#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace dd::ui {

MessageBar::MessageBar(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close the message"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    setVisible(false);
}

void MessageBar::showMessage(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleDescription(text);
    setVisible(true);
    update();
    if (kind == Kind::Information) {
        QTimer::singleShot(5000, this, [this, text] {
            if (m_text->text() == text) {
                hide();
            }
        });
    }
}

QString MessageBar::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void MessageBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QColor fill = m_kind == Kind::Error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0x1f, 0x6f, 0xd0);
    fill.setAlpha(dark ? 90 : 40);
    painter.setPen(QPen(fill.darker(dark ? 80 : 130), 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
}

} // namespace dd::ui
