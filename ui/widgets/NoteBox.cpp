#include "widgets/NoteBox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace dd::ui {

NoteBox::NoteBox(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("noteText"));
    restyle();
}

void NoteBox::setNote(const QString &text, Kind kind)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleDescription(text);
    restyle();
}

QString NoteBox::text() const
{
    return m_text->text();
}

void NoteBox::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::StyleChange || event->type() == QEvent::PaletteChange) {
        restyle();
    }
}

void NoteBox::restyle()
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const QStyle::StandardPixmap icon =
        m_kind == Kind::Warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    // A panel a shade off the window, from the palette (light and dark alike).
    QPalette panel = palette();
    panel.setColor(QPalette::Window, panel.color(QPalette::AlternateBase));
    if (panel != palette()) {
        setPalette(panel);
    }
}

} // namespace dd::ui
