#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QSystemTrayIcon;
class QWidget;

namespace dd::ui {

// Shows a reminder to the user: as a desktop notification of the system tray when the desktop
// has one (QSystemTrayIcon::showMessage), otherwise in the message bar at the top of the window
// that `anchor` is in. The tray icon appears with the first notification.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QWidget *anchor, QObject *parent = nullptr);

    // Whether notifications go to the system tray (else to the window's message bar).
    static bool usesTray();
    void notify(const QString &title, const QString &text);

signals:
    // The user clicked a notification (or the tray icon).
    void activated();

private:
    QPointer<QWidget> m_anchor;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastMessage; // what the message bar was last given
};

} // namespace dd::ui
