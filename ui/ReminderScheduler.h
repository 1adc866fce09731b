#pragma once

#include "domain/Deadline.h"
#include "domain/NotificationPrefs.h"

#include <QDate>
#include <QObject>
#include <QSet>

#include <functional>

class QTimer;

namespace dd::ui {

class Session;

// Shows the reminders of 短信定制 while the program runs: every few minutes (and soon after
// start) it asks app/domain for the current applicant's dates ahead (Deadlines::upcoming) and
// the preferences, and hands each reminder due today (Deadline::isDueOn with the days of
// notice, and switched on) to the sink — once per day and applicant. "Today" comes from the
// session's clock, so a test moves a ManualClock and calls checkNow(); the sink is a seam too
// (DesktopNotifier in the program).
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    using Sink = std::function<void(const QString &title, const QString &text)>;

    static constexpr int CheckIntervalMs = 10 * 60 * 1000;
    static constexpr int FirstCheckDelayMs = 5 * 1000;

    explicit ReminderScheduler(Session *session, QObject *parent = nullptr);

    void setSink(Sink sink) { m_sink = std::move(sink); }
    // The one timer: FirstCheckDelayMs after start(), then every CheckIntervalMs.
    QTimer *timer() const { return m_timer; }
    // Checks soon, then every CheckIntervalMs.
    void start();

    // The current applicant's preferences (the defaults when never saved), the day their
    // portal account was registered (as far as DegreeDesk knows: the day the registration form
    // was last saved; invalid without one) and the dates ahead.
    domain::NotificationPrefs prefs();
    QDate portalRegisteredOn();
    QList<domain::Deadline> upcoming();

    // Hands the reminders due today that were not shown today to the sink; how many.
    int checkNow();

    // The words of a reminder on `today`: when, and how long until then.
    static QString whenText(const domain::Deadline &deadline, QDate today);

signals:
    void reminderShown(const QString &title, const QString &text);

private:
    Session *m_session;
    QTimer *m_timer;
    Sink m_sink;
    QSet<QString> m_shown; // "applicant|deadline id|day"
};

} // namespace dd::ui
