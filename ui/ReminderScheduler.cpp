#include "ReminderScheduler.h"

#include "Session.h"
#include "domain/Deadlines.h"
#include "domain/Registration.h"
#include "platform/Clock.h"
#include "store/Store.h"

#include <QTimer>

namespace dd::ui {

ReminderScheduler::ReminderScheduler(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(CheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] {
        checkNow();
        if (m_timer->interval() != CheckIntervalMs) {
            m_timer->start(CheckIntervalMs); // after the first check, the usual pace
        }
    });
}

void ReminderScheduler::start()
{
    m_timer->start(FirstCheckDelayMs);
}

domain::NotificationPrefs ReminderScheduler::prefs()
{
    return m_session->dossier().notificationPrefs.value_or(domain::NotificationPrefs{});
}

QDate ReminderScheduler::portalRegisteredOn()
{
    if (m_session->applicant().isNull()) {
        return {};
    }
    const auto registration =
        m_session->store().single<domain::Registration>(m_session->applicant());
    if (!registration || !registration->has_value()) {
        return {};
    }
    return registration->value().meta.updatedAt.toLocalTime().date();
}

QList<domain::Deadline> ReminderScheduler::upcoming()
{
    return domain::Deadlines::upcoming(m_session->dossier(), m_session->context(),
                                       portalRegisteredOn());
}

int ReminderScheduler::checkNow()
{
    if (m_session->applicant().isNull()) {
        return 0;
    }
    const QDate today = m_session->clock().today();
    const domain::NotificationPrefs wanted = prefs();
    const QString prefix = m_session->applicant().toString(QUuid::WithoutBraces) + u'|';
    int shown = 0;
    for (const domain::Deadline &deadline : domain::Deadlines::wanted(upcoming(), wanted)) {
        if (!deadline.isDueOn(today, wanted.remindDaysBefore)) {
            continue;
        }
        const QString key = prefix + deadline.id + u'|' + today.toString(Qt::ISODate);
        if (m_shown.contains(key)) {
            continue;
        }
        m_shown.insert(key);
        const QString text = whenText(deadline, today);
        if (m_sink) {
            m_sink(deadline.title, text);
        }
        emit reminderShown(deadline.title, text);
        ++shown;
    }
    return shown;
}

QString ReminderScheduler::whenText(const domain::Deadline &deadline, QDate today)
{
    const QString start = deadline.start.toString(Qt::ISODate);
    const QString end = deadline.end.toString(Qt::ISODate);
    const int toStart = int(today.daysTo(deadline.start));
    if (deadline.isWindow()) {
        if (toStart > 0) {
            //: %1 and %2 are dates; %n the days until the first
            return tr("From %1 to %2: starts in %n day(s).", nullptr, toStart).arg(start, end);
        }
        const int left = int(today.daysTo(deadline.end));
        if (left == 0) {
            //: %1 is a date
            return tr("Last day today (%1).").arg(end);
        }
        //: %1 is a date; %n the days left after today
        return tr("Until %1: %n more day(s).", nullptr, left).arg(end);
    }
    if (toStart == 0) {
        //: %1 is a date
        return tr("Today (%1).").arg(start);
    }
    //: %1 is a date; %n the days until then
    return tr("On %1: in %n day(s).", nullptr, toStart).arg(start);
}

} // namespace dd::ui
