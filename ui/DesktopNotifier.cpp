#include "DesktopNotifier.h"

#include "MainWindow.h"
#include "widgets/MessageBar.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace dd::ui {

DesktopNotifier::DesktopNotifier(QWidget *anchor, QObject *parent)
    : QObject(parent)
    , m_anchor(anchor)
{}

bool DesktopNotifier::usesTray()
{
    return QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages();
}

void DesktopNotifier::notify(const QString &title, const QString &text)
{
    if (usesTray()) {
        if (!m_tray) {
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull()) {
                icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
            }
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(tr("DegreeDesk reminders"));
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DesktopNotifier::activated);
            connect(m_tray, &QSystemTrayIcon::activated, this, &DesktopNotifier::activated);
            m_tray->show();
        }
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
        return;
    }
    if (!m_anchor) {
        return;
    }
    if (auto *window = qobject_cast<MainWindow *>(m_anchor->window())) {
        //: A reminder in the window's message bar: %1 what, %2 when
        QString message = tr("Reminder: %1. %2").arg(title, text);
        // Reminders due together are listed together, not one over the other.
        MessageBar *bar = window->messageBar();
        if (!m_lastMessage.isEmpty() && bar->text() == m_lastMessage) {
            message = m_lastMessage + u'\n' + message;
        }
        m_lastMessage = message;
        bar->showMessage(message, MessageBar::Kind::Information);
    }
}

} // namespace dd::ui
