#pragma once

#include "domain/Deadline.h"
#include "domain/Dossier.h"
#include "domain/ExamScore.h"
#include "domain/NotificationPrefs.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace dd::domain {

// The dates of the year's process (REFERENCE.md §1.2, §5.1, §5.2) and those of one applicant:
// what 短信定制's reminders and the calendar export show. No official notice was found for
// any of them (REFERENCE.md §0), so each Deadline says how sure it is and what to check; the
// constants below carry the same tags:
//   [portal] shown on the portal's screens; [S] an unofficial handbook (SmartBigBoy/TDXL);
//   [I] an inference. The constants are the one place to correct when a notice says otherwise.
//
// A "cycle" is one year's exam: it runs from January to that year's score release; after the
// release the next year's dates are the ones ahead.
class Deadlines
{
    Q_DECLARE_TR_FUNCTIONS(Deadlines)

public:
    // 学位申请 on the platform must be done before the exam registration: "每年3月初截止" [S];
    // the day is [I]: the 1st, so that a reminder is never late.
    static constexpr int ApplicationClosesMonth = 3;
    static constexpr int ApplicationClosesDay = 1;
    // Exam registration on tdxl.neea.edu.cn: mid/late March, "3/16–3/26" [S].
    static constexpr int RegistrationMonth = 3;
    static constexpr int RegistrationFirstDay = 16;
    static constexpr int RegistrationLastDay = 26;
    // The fee: paid online "before ~3/30" [S].
    static constexpr int PaymentLastDay = 30;
    // The exam: a Sunday in May [S]. Which one is [I]: the handbook says "usually the
    // second-to-last" but gives 2026-05-17, the third; 2023-05-21, 2024-05-19 and 2025-05-18
    // (recalled, [I]) are third Sundays too, and so is every date known, so the third it is.
    static constexpr int ExamSundayOfMay = 3;
    // The 准考证 is printed "about a week before the exam" [S].
    static constexpr int TicketDaysBefore = 7;
    // Scores "about 60 working days after the exam, i.e. around July" [S]. 60 working days
    // (Monday to Friday; public holidays not known here, [I]) fall in early August, later than
    // "around July": the date is the latest to expect, the reminder comes before it.
    static constexpr int ScoreWorkingDays = 60;
    // The account must be activated within 24 hours of registering, and one not activated in a
    // week is deleted [portal].
    static constexpr int ActivationDays = 1;
    static constexpr int AccountKeptDays = 7;

    // The exam day of a year: the ExamSundayOfMay-th Sunday of May (ExamScore::ExamMonth).
    static QDate examDay(int year);
    // The day the scores of a year's exam are expected: ScoreWorkingDays working days after it.
    static QDate scoreRelease(int year);
    // The year of the exam ahead on `today`: this year's until its score release, else the
    // next.
    static int cycleYear(QDate today);

    // Every date of one year's cycle, in date order: the degree application's close, the exam
    // registration window, the payment deadline, the admission ticket window, the exam day and
    // the score release.
    static QList<Deadline> calendar(int year);
    // The activation deadline and the deletion of an account not activated, for an account
    // registered on the portal on `registeredOn` (nothing for an invalid date).
    static QList<Deadline> activation(QDate registeredOn);
    // The last day each passed paper counts (ExamScore::validUntil(), the last day of that
    // month): one per paper, the pass that lasts longest.
    static QList<Deadline> passExpiries(const QList<ExamScore> &scores);

    // The dates ahead of one applicant (from context.today on, in date order), from
    // cycleYear(): the cycle's calendar without what the dossier shows done —
    // - the degree application's close when no application counts as submitted
    //   (ApplicationStateMachine::countsAsSubmitted);
    // - the exam's dates (registration, payment, ticket, exam day) when a paper still needs a
    //   pass (Progress: the exam scores step required and not complete) or a registration of
    //   that year is under way; each left out when every registration of that year (not
    //   cancelled, at least one) is past it: registered, paid, ticket printed, exam taken;
    // - the score release when a registration of that year awaits its scores, or when the
    //   exam's dates are in and not every registration of that year has its outcome (scores
    //   or absence);
    // and the activation dates of an account registered on `portalRegisteredOn` (when valid),
    // and passExpiries() of the scores.
    static QList<Deadline> upcoming(const Dossier &dossier, const ValidationContext &context,
                                    QDate portalRegisteredOn = {});
    // Those whose reminders `prefs` switch on.
    static QList<Deadline> wanted(const QList<Deadline> &deadlines, const NotificationPrefs &prefs);
};

} // namespace dd::domain
