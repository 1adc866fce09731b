#include "domain/IcsCalendar.h"

#include <QTest>
#include <QTimeZone>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

const QDateTime s_stamp(QDate(2026, 11, 29), QTime(9, 0, 5), Qt::UTC);

// The content lines of a calendar, unfolded (RFC 5545 §3.1: CRLF followed by one space or tab
// is removed).
QStringList unfolded(const QString &text)
{
    QString joined = text;
    joined.replace(u"\r\n "_s, QString());
    QStringList lines = joined.split(u"\r\n"_s);
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

} // namespace

class TestIcsCalendar : public QObject
{
    Q_OBJECT

private slots:
    void aCalendarOfTwoEvents()
    {
        IcsCalendar calendar(u"-//DegreeDesk//DegreeDesk 0.1//EN"_s, u"DegreeDesk"_s);
        calendar.addEvent({u"2027-examDay-1234@degreedesk"_s,
                           QDate(2027, 5, 16),
                           {},
                           u"National exam day"_s,
                           u"Foreign language 09:00–11:30"_s,
                           7});
        calendar.addEvent({u"2027-examRegistration-1234@degreedesk"_s, QDate(2027, 3, 16),
                           QDate(2027, 3, 26), u"Registration"_s, QString(), std::nullopt});
        const QString text = calendar.toString(s_stamp);

        QVERIFY(text.endsWith(u"END:VCALENDAR\r\n"_s));
        // Every line break is CRLF.
        QCOMPARE(text.count(u'\n'), text.count(u"\r\n"_s));
        QCOMPARE(unfolded(text),
                 (QStringList{
                     u"BEGIN:VCALENDAR"_s,
                     u"VERSION:2.0"_s,
                     u"PRODID:-//DegreeDesk//DegreeDesk 0.1//EN"_s,
                     u"CALSCALE:GREGORIAN"_s,
                     u"METHOD:PUBLISH"_s,
                     u"X-WR-CALNAME:DegreeDesk"_s,
                     u"BEGIN:VEVENT"_s,
                     u"UID:2027-examDay-1234@degreedesk"_s,
                     u"DTSTAMP:20261129T090005Z"_s,
                     u"DTSTART;VALUE=DATE:20270516"_s,
                     u"DTEND;VALUE=DATE:20270517"_s,
                     u"SUMMARY:National exam day"_s,
                     u"DESCRIPTION:Foreign language 09:00–11:30"_s,
                     u"TRANSP:TRANSPARENT"_s,
                     u"BEGIN:VALARM"_s,
                     u"ACTION:DISPLAY"_s,
                     u"DESCRIPTION:National exam day"_s,
                     u"TRIGGER:-P6DT15H"_s,
                     u"END:VALARM"_s,
                     u"END:VEVENT"_s,
                     u"BEGIN:VEVENT"_s,
                     u"UID:2027-examRegistration-1234@degreedesk"_s,
                     u"DTSTAMP:20261129T090005Z"_s,
                     u"DTSTART;VALUE=DATE:20270316"_s,
                     u"DTEND;VALUE=DATE:20270327"_s, // exclusive: the day after the last
                     u"SUMMARY:Registration"_s,
                     u"TRANSP:TRANSPARENT"_s,
                     u"END:VEVENT"_s,
                     u"END:VCALENDAR"_s,
                 }));
    }

    void textIsEscaped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("plain") << u"National exam"_s << u"National exam"_s;
        QTest::newRow("comma") << u"16–26 March, online"_s << u"16–26 March\\, online"_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"a\\;b"_s;
        QTest::newRow("backslash") << u"C:\\dir"_s << u"C:\\\\dir"_s;
        QTest::newRow("newline") << u"one\ntwo"_s << u"one\\ntwo"_s;
        QTest::newRow("CRLF is one break") << u"one\r\ntwo"_s << u"one\\ntwo"_s;
        QTest::newRow("colon and quotes stay") << u"at 09:00 \"room\""_s << u"at 09:00 \"room\""_s;
        QTest::newRow("Chinese") << u"全国统考，报名"_s << u"全国统考，报名"_s;
    }

    void textIsEscaped()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(IcsCalendar::escapeText(text), escaped);
    }

    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("ASCII") << u"DESCRIPTION:"_s + QString(200, u'x');
        QTest::newRow("Chinese, 3 octets each") << u"SUMMARY:"_s + QString(60, u'考');
        QTest::newRow("emoji, 4 octets each")
            << u"SUMMARY:a"_s + QString::fromUtf8("\xF0\x9F\x93\x85").repeated(40);
        QTest::newRow("exactly 75") << QString(75, u'y');
        QTest::newRow("short") << u"VERSION:2.0"_s;
    }

    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter()
    {
        QFETCH(QString, line);
        const QString folded = IcsCalendar::foldLine(line);
        const QStringList pieces = folded.split(u"\r\n"_s);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const QByteArray octets = pieces.at(i).toUtf8();
            QVERIFY2(octets.size() <= 75,
                     qPrintable(u"piece %1 has %2 octets"_s.arg(i).arg(octets.size())));
            // A piece is whole UTF-8: decoding it gives back the same text.
            QCOMPARE(QString::fromUtf8(octets), pieces.at(i));
            if (i > 0) {
                QVERIFY(pieces.at(i).startsWith(u' '));
            }
            if (i + 1 < pieces.size()) {
                // A piece is filled up unless the next character would not fit.
                const QString next = pieces.at(i + 1).mid(1, 1);
                QVERIFY(octets.size() + next.toUtf8().size() > 75
                        || QChar(next.at(0)).isHighSurrogate());
            }
        }
        QCOMPARE(folded.size() > line.size(), line.toUtf8().size() > 75);
        QCOMPARE(unfolded(folded + u"\r\n"_s), QStringList{line});
    }

    void theWholeCalendarIsFolded()
    {
        IcsCalendar calendar(u"-//DegreeDesk//EN"_s);
        calendar.addEvent({u"x@degreedesk"_s,
                           QDate(2027, 5, 16),
                           {},
                           QString(40, u'试'),
                           QString(100, u'说'),
                           3});
        const QString text = calendar.toString(s_stamp);
        for (const QString &line : text.split(u"\r\n"_s)) {
            QVERIFY(line.toUtf8().size() <= 75);
        }
        QVERIFY(unfolded(text).contains(u"SUMMARY:"_s + QString(40, u'试')));
        QVERIFY(unfolded(text).contains(u"DESCRIPTION:"_s + QString(100, u'说')));
        QVERIFY(!text.contains(u"X-WR-CALNAME"_s));
    }

    void alarmTriggers_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("trigger");
        // The alarm rings at 09:00, `days` days before the all-day event.
        QTest::newRow("the day itself") << 0 << u"PT9H"_s;
        QTest::newRow("the day before") << 1 << u"-PT15H"_s;
        QTest::newRow("a week") << 7 << u"-P6DT15H"_s;
        QTest::newRow("sixty days") << 60 << u"-P59DT15H"_s;
    }

    void alarmTriggers()
    {
        QFETCH(int, days);
        QFETCH(QString, trigger);
        QCOMPARE(IcsCalendar::alarmTrigger(days), trigger);
    }

    void datesAndTimes()
    {
        QCOMPARE(IcsCalendar::formatDate(QDate(2027, 3, 1)), u"20270301"_s);
        // A local time is written in UTC.
        const QDateTime beijing(QDate(2026, 11, 29), QTime(17, 0), QTimeZone(8 * 3600));
        QCOMPARE(IcsCalendar::formatUtc(beijing), u"20261129T090000Z"_s);
    }
};

QTEST_GUILESS_MAIN(TestIcsCalendar)
#include "TestIcsCalendar.moc"
