#pragma once

#include "pages/Page.h"

#include <functional>
#include <memory>

namespace Ui {
class NotificationsPage;
}

namespace dd::ui {

class DeadlineModel;
class DesktopNotifier;
class ReminderScheduler;

// 短信定制, as a desktop program does it: which reminders the user wants and how many days
// ahead (NotificationPrefs, checked by app/domain), the dates ahead that they cover (app/domain's
// Deadlines), the reminders themselves while the program runs (ReminderScheduler, shown by a
// DesktopNotifier: the system tray's notifications, or the window's message bar where there is
// no tray, as the page says), and an export of the dates to an .ics calendar file.
class NotificationsPage : public Page
{
    Q_OBJECT

public:
    // Asks where to save the calendar (the suggested file name given); empty: cancelled.
    using ChooseFile = std::function<QString(const QString &suggestedName)>;

    explicit NotificationsPage(Session *session, QWidget *parent = nullptr);
    ~NotificationsPage() override;

    QString pageId() const override;
    QString title() const override;
    void reload() override;

    ReminderScheduler *scheduler() const { return m_scheduler; }
    void setChooseFile(ChooseFile choose) { m_chooseFile = std::move(choose); }

    // Writes the wanted dates ahead to an .ics file (what the export button does after the
    // file dialog); false when nothing was written.
    bool exportCalendar(const QString &path);

private:
    void refreshDates();
    void showNote();

    std::unique_ptr<Ui::NotificationsPage> m_ui;
    RecordForm *m_form;
    DeadlineModel *m_model;
    ReminderScheduler *m_scheduler;
    DesktopNotifier *m_notifier;
    ChooseFile m_chooseFile;
};

} // namespace dd::ui
