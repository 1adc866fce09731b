#pragma once

#include "domain/Catalog.h"
#include "domain/NotificationPrefs.h"

#include <QDate>
#include <QString>

namespace dd::domain {

// One date of the year's process that an applicant may want to be reminded of (Deadlines
// computes them): a single day (the exam) or a window of days (the exam registration), with
// a translated title, a note on where the date comes from, and how sure it is (REFERENCE.md's
// tags, as Catalog's Confidence).
struct Deadline
{
    enum class Kind {
        ActivationExpiry,        // activate the portal account within 24 hours of registering
        AccountDeletion,         // accounts not activated within a week are deleted
        DegreeApplicationCloses, // 学位申请 on the platform must be submitted (early March)
        ExamRegistration,        // 全国统考 registration on tdxl.neea.edu.cn (a window)
        ExamPayment,             // the exam fee must be paid
        AdmissionTicket,         // 准考证 printing (a window up to the exam)
        ExamDay,                 // the national exam, a Sunday in May
        ScoreRelease,            // the scores are expected
        PassExpiry,              // the last day a passed paper counts
    };
    // Which switch of NotificationPrefs turns the reminder on.
    enum class Group {
        Deadlines, // remindDeadlines: activation, application, registration, payment, validity
        Exam,      // remindExam: admission ticket and exam day
        Scores,    // remindScores: score release
    };

    Kind kind = Kind::ExamDay;
    QString id;  // stable within an applicant's dates ("2027-examDay"), for calendar UIDs
    QDate start; // the day, or the first day of the window
    QDate end;   // the last day (== start for a single day)
    QString title;
    QString note;    // where the date comes from and what to check
    QDate announced; // reminders never start before this day (the registration); invalid: none
    Confidence confidence = Confidence::Inferred;

    Group group() const;
    bool isWindow() const { return end > start; }
    // The first day a reminder shows: `daysBefore` days before the start, but not before the
    // day the date was announced.
    QDate remindFrom(int daysBefore) const;
    // Whether a reminder is due on `today`: from remindFrom() to the last day, inclusive.
    bool isDueOn(QDate today, int daysBefore) const;
    // Whether `prefs` switch its reminder on (its group's switch).
    bool isWantedBy(const NotificationPrefs &prefs) const;

    // Stable codes: "activationExpiry", "examDay" ...
    static QString kindCode(Kind kind);

    friend bool operator==(const Deadline &, const Deadline &) = default;
};

} // namespace dd::domain
