#include "domain/IcsCalendar.h"

#include <QStringList>

namespace dd::domain {

namespace {

const QString s_crlf = QStringLiteral("\r\n");

// The UTF-8 length of one code point.
int octetsOf(char32_t codePoint)
{
    if (codePoint < 0x80) {
        return 1;
    }
    if (codePoint < 0x800) {
        return 2;
    }
    return codePoint < 0x10000 ? 3 : 4;
}

} // namespace

IcsCalendar::IcsCalendar(QString productId, QString name)
    : m_productId(std::move(productId))
    , m_name(std::move(name))
{}

void IcsCalendar::addEvent(const Event &event)
{
    m_events.append(event);
}

QString IcsCalendar::escapeText(QStringView text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        switch (ch.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u';':
            out += QStringLiteral("\\;");
            break;
        case u',':
            out += QStringLiteral("\\,");
            break;
        case u'\r':
            // CRLF and a lone CR are one line break.
            if (i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            out += QStringLiteral("\\n");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        default:
            out += ch;
        }
    }
    return out;
}

QString IcsCalendar::foldLine(const QString &line)
{
    QString out;
    int octets = 0;
    qsizetype i = 0;
    while (i < line.size()) {
        // One code point: a surrogate pair stays together.
        qsizetype length = 1;
        char32_t codePoint = line.at(i).unicode();
        if (line.at(i).isHighSurrogate() && i + 1 < line.size()
            && line.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(line.at(i), line.at(i + 1));
            length = 2;
        }
        const int size = octetsOf(codePoint);
        if (octets + size > MaxLineOctets) {
            out += s_crlf + QLatin1Char(' ');
            octets = 1; // the space that starts the continuation line
        }
        out += QStringView(line).mid(i, length);
        octets += size;
        i += length;
    }
    return out;
}

QString IcsCalendar::formatDate(QDate date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString IcsCalendar::formatUtc(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString IcsCalendar::alarmTrigger(int daysBefore)
{
    // Hours from the start of the day of the event (00:00) to AlarmHour `daysBefore` days before.
    const int hours = daysBefore * 24 - AlarmHour;
    if (hours <= 0) {
        return QStringLiteral("PT%1H").arg(-hours);
    }
    const int days = hours / 24;
    const int rest = hours % 24;
    QString value = QStringLiteral("-P");
    if (days > 0) {
        value += QString::number(days) + QLatin1Char('D');
    }
    if (rest > 0) {
        value += QStringLiteral("T%1H").arg(rest);
    }
    return value;
}

QString IcsCalendar::toString(const QDateTime &stamp) const
{
    QStringList lines;
    lines << QStringLiteral("BEGIN:VCALENDAR") << QStringLiteral("VERSION:2.0")
          << QStringLiteral("PRODID:") + escapeText(m_productId)
          << QStringLiteral("CALSCALE:GREGORIAN") << QStringLiteral("METHOD:PUBLISH");
    if (!m_name.isEmpty()) {
        lines << QStringLiteral("X-WR-CALNAME:") + escapeText(m_name);
    }
    const QString dtstamp = QStringLiteral("DTSTAMP:") + formatUtc(stamp);
    for (const Event &event : m_events) {
        const QDate last =
            event.last.isValid() && event.last > event.start ? event.last : event.start;
        lines << QStringLiteral("BEGIN:VEVENT") << QStringLiteral("UID:") + escapeText(event.uid)
              << dtstamp
              << QStringLiteral("DTSTART;VALUE=DATE:") + formatDate(event.start)
              // DTEND of an all-day event is the day after its last (exclusive).
              << QStringLiteral("DTEND;VALUE=DATE:") + formatDate(last.addDays(1))
              << QStringLiteral("SUMMARY:") + escapeText(event.summary);
        if (!event.description.isEmpty()) {
            lines << QStringLiteral("DESCRIPTION:") + escapeText(event.description);
        }
        lines << QStringLiteral("TRANSP:TRANSPARENT");
        if (event.alarmDaysBefore) {
            lines << QStringLiteral("BEGIN:VALARM") << QStringLiteral("ACTION:DISPLAY")
                  << QStringLiteral("DESCRIPTION:") + escapeText(event.summary)
                  << QStringLiteral("TRIGGER:") + alarmTrigger(qMax(0, *event.alarmDaysBefore))
                  << QStringLiteral("END:VALARM");
        }
        lines << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");

    QString out;
    for (const QString &line : std::as_const(lines)) {
        out += foldLine(line) + s_crlf;
    }
    return out;
}

} // namespace dd::domain
