#include "domain/Deadlines.h"

#include "support/SampleRecords.h"

#include <QSet>
#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

using Kind = Deadline::Kind;

namespace {

QList<Kind> kindsOf(const QList<Deadline> &deadlines)
{
    QList<Kind> kinds;
    for (const Deadline &d : deadlines) {
        kinds.append(d.kind);
    }
    return kinds;
}

ExamRegistration registration(const QString &year, const QString &subject, const QString &state)
{
    ExamRegistration r;
    r.examYear = year;
    r.examSubject = subject;
    r.state = state;
    return r;
}

ValidationContext on(int year, int month, int day)
{
    return ValidationContext::at(QDate(year, month, day));
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void theExamIsOnTheThirdSundayOfMay_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("day");
        // 2026-05-17 is the handbook's date; the others are the third Sundays it implies.
        QTest::newRow("2023") << 2023 << QDate(2023, 5, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 5, 19);
        QTest::newRow("2025") << 2025 << QDate(2025, 5, 18);
        QTest::newRow("2026 (handbook)") << 2026 << QDate(2026, 5, 17);
        QTest::newRow("2027") << 2027 << QDate(2027, 5, 16);
        QTest::newRow("2028: May starts on a Monday") << 2028 << QDate(2028, 5, 21);
        QTest::newRow("2033: May starts on a Sunday") << 2033 << QDate(2033, 5, 15);
    }

    void theExamIsOnTheThirdSundayOfMay()
    {
        QFETCH(int, year);
        QFETCH(QDate, day);
        QCOMPARE(Deadlines::examDay(year), day);
        QCOMPARE(day.dayOfWeek(), Qt::Sunday);
    }

    void scoresComeSixtyWorkingDaysLater()
    {
        // Monday 18 May 2026 is the first working day after the exam; 12 weeks later is a Friday.
        QCOMPARE(Deadlines::scoreRelease(2026), QDate(2026, 8, 7));
        QCOMPARE(Deadlines::scoreRelease(2027), QDate(2027, 8, 6));
    }

    void theCycleTurnsAfterTheScoreRelease()
    {
        QCOMPARE(Deadlines::cycleYear(QDate(2026, 1, 1)), 2026);
        QCOMPARE(Deadlines::cycleYear(QDate(2026, 8, 7)), 2026);
        QCOMPARE(Deadlines::cycleYear(QDate(2026, 8, 8)), 2027);
        QCOMPARE(Deadlines::cycleYear(QDate(2026, 11, 29)), 2027);
    }

    void aYearsCalendar()
    {
        const QList<Deadline> dates = Deadlines::calendar(2027);
        QCOMPARE(kindsOf(dates), (QList<Kind>{Kind::DegreeApplicationCloses, Kind::ExamRegistration,
                                              Kind::ExamPayment, Kind::AdmissionTicket,
                                              Kind::ExamDay, Kind::ScoreRelease}));
        QCOMPARE(dates.at(0).start, QDate(2027, 3, 1));
        QCOMPARE(dates.at(1).start, QDate(2027, 3, 16));
        QCOMPARE(dates.at(1).end, QDate(2027, 3, 26));
        QVERIFY(dates.at(1).isWindow());
        QCOMPARE(dates.at(2).start, QDate(2027, 3, 30));
        QCOMPARE(dates.at(3).start, QDate(2027, 5, 9));
        QCOMPARE(dates.at(3).end, QDate(2027, 5, 16));
        QCOMPARE(dates.at(4).start, QDate(2027, 5, 16));
        QVERIFY(!dates.at(4).isWindow());
        QSet<QString> ids;
        for (const Deadline &d : dates) {
            QVERIFY2(!d.title.isEmpty() && !d.note.isEmpty(), qPrintable(d.id));
            QVERIFY(d.id.startsWith(u"2027-"_s));
            ids.insert(d.id);
        }
        QCOMPARE(ids.size(), dates.size());
        QCOMPARE(dates.at(1).group(), Deadline::Group::Deadlines);
        QCOMPARE(dates.at(4).group(), Deadline::Group::Exam);
        QCOMPARE(dates.at(5).group(), Deadline::Group::Scores);
    }

    void activationDates()
    {
        const QList<Deadline> dates = Deadlines::activation(QDate(2026, 11, 29));
        QCOMPARE(kindsOf(dates), (QList<Kind>{Kind::ActivationExpiry, Kind::AccountDeletion}));
        QCOMPARE(dates.at(0).start, QDate(2026, 11, 30));
        QCOMPARE(dates.at(1).start, QDate(2026, 12, 6));
        QCOMPARE(dates.at(0).confidence, Confidence::Portal);
        // Reminders start on the day of the registration, not a week before it.
        QCOMPARE(dates.at(1).remindFrom(14), QDate(2026, 11, 29));
        QCOMPARE(dates.at(1).remindFrom(3), QDate(2026, 12, 3));
        QVERIFY(!dates.at(1).isDueOn(QDate(2026, 11, 28), 14));
        QVERIFY(dates.at(1).isDueOn(QDate(2026, 11, 29), 14));
        QVERIFY(Deadlines::activation(QDate()).isEmpty());
    }

    void eachPaperKeepsItsLongestPass()
    {
        ExamScore en2022{u"2022"_s, u"en"_s, 65};
        ExamScore en2024{u"2024"_s, u"en"_s, 70};
        ExamScore failed{u"2025"_s, u"0812"_s, 48};
        ExamScore pending{u"2026"_s, u"0812"_s, std::nullopt};
        const QList<Deadline> dates = Deadlines::passExpiries({en2024, failed, en2022, pending});
        QCOMPARE(dates.size(), 1);
        QCOMPARE(dates.first().kind, Kind::PassExpiry);
        QCOMPARE(dates.first().start, QDate(2028, 5, 31));
        QVERIFY(dates.first().title.contains(u"2024"_s));
    }

    void anApplicantWithNothingYetGetsTheWholeNextCycle()
    {
        const QList<Deadline> dates = Deadlines::upcoming(Dossier{}, on(2026, 11, 29));
        QCOMPARE(kindsOf(dates), kindsOf(Deadlines::calendar(2027)));
    }

    void whatIsDoneIsLeftOut()
    {
        // Everything passed in May 2026 and the application in the register: only the
        // validity of the passes is ahead.
        const QList<Deadline> dates =
            Deadlines::upcoming(dd::test::completeDossier(), dd::test::sampleContext());
        QCOMPARE(kindsOf(dates), (QList<Kind>{Kind::PassExpiry, Kind::PassExpiry}));
        QCOMPARE(dates.first().start, QDate(2030, 5, 31));
    }

    void theExamDatesFollowTheRegistrations()
    {
        Dossier d;
        DegreeApplication application = dd::test::validDegreeApplication();
        application.state = u"approved"_s;
        d.applications = {application};

        // Registered, not paid: the payment, the ticket, the exam and the scores are ahead.
        d.examRegistrations = {registration(u"2027"_s, u"en"_s, u"registered"_s),
                               registration(u"2027"_s, u"0812"_s, u"cancelled"_s)};
        QCOMPARE(kindsOf(Deadlines::upcoming(d, on(2027, 3, 20))),
                 (QList<Kind>{Kind::ExamPayment, Kind::AdmissionTicket, Kind::ExamDay,
                              Kind::ScoreRelease}));

        // A second paper not yet registered brings the registration window back.
        d.examRegistrations.append(registration(u"2027"_s, u"0812"_s, u"draft"_s));
        QCOMPARE(kindsOf(Deadlines::upcoming(d, on(2027, 3, 20))),
                 (QList<Kind>{Kind::ExamRegistration, Kind::ExamPayment, Kind::AdmissionTicket,
                              Kind::ExamDay, Kind::ScoreRelease}));

        // Both papers taken: only the scores are awaited.
        d.examRegistrations = {registration(u"2027"_s, u"en"_s, u"sat"_s),
                               registration(u"2027"_s, u"0812"_s, u"sat"_s)};
        QCOMPARE(kindsOf(Deadlines::upcoming(d, on(2027, 5, 20))),
                 (QList<Kind>{Kind::ScoreRelease}));

        // Absent from both papers: no scores to wait for.
        d.examRegistrations = {registration(u"2027"_s, u"en"_s, u"absent"_s),
                               registration(u"2027"_s, u"0812"_s, u"absent"_s)};
        QCOMPARE(kindsOf(Deadlines::upcoming(d, on(2027, 5, 20))), QList<Kind>());

        // Only a draft so far: all of the exam's dates, the scores included.
        d.examRegistrations = {registration(u"2027"_s, u"0812"_s, u"draft"_s)};
        QCOMPARE(kindsOf(Deadlines::upcoming(d, on(2027, 1, 10))),
                 (QList<Kind>{Kind::ExamRegistration, Kind::ExamPayment, Kind::AdmissionTicket,
                              Kind::ExamDay, Kind::ScoreRelease}));

        // A registration of another year does not count for this cycle.
        d.examRegistrations = {registration(u"2026"_s, u"en"_s, u"paid"_s)};
        QCOMPARE(kindsOf(Deadlines::upcoming(d, on(2027, 1, 10))),
                 (QList<Kind>{Kind::ExamRegistration, Kind::ExamPayment, Kind::AdmissionTicket,
                              Kind::ExamDay, Kind::ScoreRelease}));
    }

    void pastDatesAreLeftOutButAnOpenWindowStays()
    {
        const QList<Deadline> dates = Deadlines::upcoming(Dossier{}, on(2027, 3, 26));
        QCOMPARE(dates.first().kind, Kind::ExamRegistration); // its last day
        QVERIFY(!kindsOf(dates).contains(Kind::DegreeApplicationCloses));
        QVERIFY(!kindsOf(Deadlines::upcoming(Dossier{}, on(2027, 3, 27)))
                     .contains(Kind::ExamRegistration));
    }

    void theAccountsActivationIsIncludedWhenKnown()
    {
        const QList<Deadline> dates =
            Deadlines::upcoming(Dossier{}, on(2026, 11, 29), QDate(2026, 11, 28));
        QCOMPARE(dates.at(0).kind, Kind::ActivationExpiry);
        QCOMPARE(dates.at(0).start, QDate(2026, 11, 29));
        QCOMPARE(dates.at(1).kind, Kind::AccountDeletion);
        // A week later both are past.
        QVERIFY(!kindsOf(Deadlines::upcoming(Dossier{}, on(2026, 12, 6), QDate(2026, 11, 28)))
                     .contains(Kind::ActivationExpiry));
    }

    void remindersAreDueFromTheirNoticeToTheirLastDay_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<bool>("examDue");
        QTest::addColumn<bool>("registrationDue");
        QTest::newRow("long before") << QDate(2027, 3, 1) << false << false;
        QTest::newRow("3 days before the window") << QDate(2027, 3, 13) << false << true;
        QTest::newRow("in the window") << QDate(2027, 3, 20) << false << true;
        QTest::newRow("its last day") << QDate(2027, 3, 26) << false << true;
        QTest::newRow("after the window") << QDate(2027, 3, 27) << false << false;
        QTest::newRow("a day too early for the exam") << QDate(2027, 5, 12) << false << false;
        QTest::newRow("3 days before the exam") << QDate(2027, 5, 13) << true << false;
        QTest::newRow("the exam day") << QDate(2027, 5, 16) << true << false;
        QTest::newRow("the day after") << QDate(2027, 5, 17) << false << false;
    }

    void remindersAreDueFromTheirNoticeToTheirLastDay()
    {
        QFETCH(QDate, today);
        QFETCH(bool, examDue);
        QFETCH(bool, registrationDue);
        const QList<Deadline> dates = Deadlines::calendar(2027);
        QCOMPARE(dates.at(4).isDueOn(today, 3), examDue);
        QCOMPARE(dates.at(1).isDueOn(today, 3), registrationDue);
    }

    void thePreferencesChooseTheGroups()
    {
        const QList<Deadline> dates = Deadlines::calendar(2027);
        NotificationPrefs prefs;
        QCOMPARE(Deadlines::wanted(dates, prefs).size(), dates.size());
        prefs.remindExam = false;
        QCOMPARE(kindsOf(Deadlines::wanted(dates, prefs)),
                 (QList<Kind>{Kind::DegreeApplicationCloses, Kind::ExamRegistration,
                              Kind::ExamPayment, Kind::ScoreRelease}));
        prefs.remindScores = false;
        prefs.remindDeadlines = false;
        QVERIFY(Deadlines::wanted(dates, prefs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "TestDeadlines.moc"
