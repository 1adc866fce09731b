#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace dd::domain {

// A calendar of all-day events in the iCalendar format (RFC 5545), as text: a VCALENDAR with a
// VEVENT per event (UID, DTSTAMP, DTSTART;VALUE=DATE, DTEND for a span of days, SUMMARY,
// DESCRIPTION) and a VALARM reminding some days before. Lines end in CRLF and are folded at
// 75 octets of UTF-8 without splitting a character; text values are escaped. Writing the text
// to a file (as UTF-8) is the caller's business.
class IcsCalendar
{
public:
    // The hour (local, floating) at which an alarm rings on its day.
    static constexpr int AlarmHour = 9;
    static constexpr int MaxLineOctets = 75;

    struct Event
    {
        QString uid; // globally unique and stable, so that a new export updates the old events
        QDate start;
        QDate last; // the last day of a span (invalid or == start: a single day)
        QString summary;
        QString description;
        std::optional<int> alarmDaysBefore; // none: no alarm
    };

    // `productId` is the PRODID ("-//DegreeDesk//DegreeDesk 0.1//EN"), `name` the calendar's
    // display name (X-WR-CALNAME; none when empty).
    explicit IcsCalendar(QString productId, QString name = {});

    void addEvent(const Event &event);
    qsizetype size() const { return m_events.size(); }

    // The whole calendar; `stamp` is every event's DTSTAMP (the time of the export).
    QString toString(const QDateTime &stamp) const;

    // TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newline.
    static QString escapeText(QStringView text);
    // One content line folded (§3.1): pieces of at most 75 octets, each continuation line
    // starting with a space, joined by CRLF; no CRLF at the end.
    static QString foldLine(const QString &line);
    // "20270516" and "20261129T090000Z".
    static QString formatDate(QDate date);
    static QString formatUtc(const QDateTime &time);
    // The TRIGGER of an alarm ringing at AlarmHour `daysBefore` days before the start of an
    // all-day event: "-P6DT15H" for 7 days, "-PT15H" for 1, "PT9H" for the day itself.
    static QString alarmTrigger(int daysBefore);

private:
    QString m_productId;
    QString m_name;
    QList<Event> m_events;
};

} // namespace dd::domain
