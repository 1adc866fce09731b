#include "widgets/FieldMessage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace dd::ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("fieldMessageText"));
    setVisible(false);
}

void FieldMessage::show(const domain::Findings &findings)
{
    const domain::Finding *shown = nullptr;
    for (const domain::Finding &finding : findings) {
        if (finding.severity == domain::Severity::Info) {
            continue;
        }
        if (!shown
            || (finding.severity == domain::Severity::Error
                && shown->severity != domain::Severity::Error)) {
            shown = &finding;
        }
    }
    if (!shown) {
        clear();
        return;
    }
    m_severity = shown->severity;
    m_text->setText(shown->message);
    restyle();
    setVisible(true);
}

void FieldMessage::clear()
{
    m_text->clear();
    m_severity = domain::Severity::Info;
    setVisible(false);
}

QString FieldMessage::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void FieldMessage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        restyle();
    }
    QWidget::changeEvent(event);
}

void FieldMessage::restyle()
{
    const bool error = m_severity == domain::Severity::Error;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()
            ->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
            .pixmap(size, size));
    // Red or amber that stays readable on the light and the dark palette.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QColor color = error ? (dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c))
                               : (dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00));
    QPalette textPalette = m_text->palette();
    textPalette.setColor(QPalette::WindowText, color);
    m_text->setPalette(textPalette);
}

} // namespace dd::ui
