#include "domain/Deadlines.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Catalogs.h"
#include "domain/ExamRegistrationStateMachine.h"
#include "domain/Progress.h"

#include <algorithm>

namespace dd::domain {

namespace {

using Kind = Deadline::Kind;
using ExamState = ExamRegistrationState;

Deadline make(Kind kind, const QString &id, QDate start, QDate end, const QString &title,
              const QString &note, Confidence confidence)
{
    Deadline d;
    d.kind = kind;
    d.id = id;
    d.start = start;
    d.end = end.isValid() ? end : start;
    d.title = title;
    d.note = note;
    d.confidence = confidence;
    return d;
}

QString yearId(int year, Kind kind)
{
    return QString::number(year) + QLatin1Char('-') + Deadline::kindCode(kind);
}

// The registrations of the cycle's year still in play (not cancelled), by state.
QList<ExamState> registrationsOf(const Dossier &dossier, int year)
{
    QList<ExamState> states;
    for (const ExamRegistration &r : dossier.examRegistrations) {
        const std::optional<ExamState> state = ExamRegistrationStateMachine::stateFromCode(r.state);
        if (state && *state != ExamState::Cancelled && r.examYear.trimmed().toInt() == year) {
            states.append(*state);
        }
    }
    return states;
}

// Whether there are registrations and every one of them satisfies `past`.
template<typename Predicate>
bool allPast(const QList<ExamState> &states, Predicate past)
{
    return !states.isEmpty() && std::all_of(states.cbegin(), states.cend(), past);
}

bool ticketPrinted(ExamState s)
{
    return s == ExamState::TicketIssued || s == ExamState::Sat || s == ExamState::Scored
           || s == ExamState::Absent;
}

bool examTaken(ExamState s)
{
    return s == ExamState::Sat || s == ExamState::Scored || s == ExamState::Absent;
}

bool awaitsScores(ExamState s)
{
    return ExamRegistrationStateMachine::countsAsRegistered(s)
           && !ExamRegistrationStateMachine::isFinal(s);
}

} // namespace

QDate Deadlines::examDay(int year)
{
    const QDate first(year, ExamScore::ExamMonth, 1);
    if (!first.isValid()) {
        return {};
    }
    const int firstSunday = 1 + (7 - first.dayOfWeek()) % 7;
    return QDate(year, ExamScore::ExamMonth, firstSunday + 7 * (ExamSundayOfMay - 1));
}

QDate Deadlines::scoreRelease(int year)
{
    QDate day = examDay(year);
    if (!day.isValid()) {
        return {};
    }
    for (int working = 0; working < ScoreWorkingDays;) {
        day = day.addDays(1);
        if (day.dayOfWeek() <= 5) {
            ++working;
        }
    }
    return day;
}

int Deadlines::cycleYear(QDate today)
{
    return today > scoreRelease(today.year()) ? today.year() + 1 : today.year();
}

QList<Deadline> Deadlines::calendar(int year)
{
    const QDate exam = examDay(year);
    if (!exam.isValid()) {
        return {};
    }
    QList<Deadline> dates;
    dates.append(
        make(Kind::DegreeApplicationCloses, yearId(year, Kind::DegreeApplicationCloses),
             QDate(year, ApplicationClosesMonth, ApplicationClosesDay), {},
             tr("Degree application on the platform closes"),
             tr("Registering on the platform and submitting the degree application come before the "
                "exam registration. An unofficial handbook says they close in early March; the 1st "
                "is shown so that the reminder is not late. Check your institution's notice."),
             Confidence::Inferred));
    dates.append(make(Kind::ExamRegistration, yearId(year, Kind::ExamRegistration),
                      QDate(year, RegistrationMonth, RegistrationFirstDay),
                      QDate(year, RegistrationMonth, RegistrationLastDay),
                      tr("National exam registration (tdxl.neea.edu.cn)"),
                      tr("Usually from 16 to 26 March, by an unofficial handbook. The name, ID "
                         "number and mobile must be the same as on the degree platform. Check "
                         "the year's notice of the exam authority (NEEA)."),
                      Confidence::Secondary));
    dates.append(make(Kind::ExamPayment, yearId(year, Kind::ExamPayment),
                      QDate(year, RegistrationMonth, PaymentLastDay), {},
                      tr("National exam fee payment deadline"),
                      tr("Paid online in the exam system, about 100 yuan per paper (set by each "
                         "province), by about 30 March according to an unofficial handbook."),
                      Confidence::Secondary));
    dates.append(make(Kind::AdmissionTicket, yearId(year, Kind::AdmissionTicket),
                      exam.addDays(-TicketDaysBefore), exam, tr("Print the admission ticket"),
                      tr("The admission ticket is printed from the exam system about a week "
                         "before the exam."),
                      Confidence::Secondary));
    dates.append(make(Kind::ExamDay, yearId(year, Kind::ExamDay), exam, {}, tr("National exam day"),
                      tr("A Sunday in May; the third one, as in the years known (inferred, "
                         "check the notice). Foreign language 09:00–11:30, subject "
                         "comprehensive paper 14:30–17:30."),
                      Confidence::Inferred));
    dates.append(make(Kind::ScoreRelease, yearId(year, Kind::ScoreRelease), scoreRelease(year), {},
                      tr("National exam scores expected"),
                      tr("About 60 working days after the exam, on tdxl.neea.edu.cn, by an "
                         "unofficial handbook; they may come earlier (it also says \"around "
                         "July\")."),
                      Confidence::Inferred));
    return dates;
}

QList<Deadline> Deadlines::activation(QDate registeredOn)
{
    if (!registeredOn.isValid()) {
        return {};
    }
    const QString day = registeredOn.toString(QStringLiteral("yyyyMMdd"));
    QList<Deadline> dates = {
        make(Kind::ActivationExpiry, Deadline::kindCode(Kind::ActivationExpiry) + u'-' + day,
             registeredOn.addDays(ActivationDays), {}, tr("Activate the portal account"),
             tr("The portal asks for the account to be activated through the link of its e-mail "
                "within 24 hours of registering. Look in the spam folder too."),
             Confidence::Portal),
        make(Kind::AccountDeletion, Deadline::kindCode(Kind::AccountDeletion) + u'-' + day,
             registeredOn.addDays(AccountKeptDays), {},
             tr("Portal account deleted if not activated"),
             tr("The portal deletes accounts not activated within a week of registering; the "
                "registration would then have to be done again."),
             Confidence::Portal),
    };
    for (Deadline &d : dates) {
        d.announced = registeredOn;
    }
    return dates;
}

QList<Deadline> Deadlines::passExpiries(const QList<ExamScore> &scores)
{
    // The longest-lasting pass of each paper, in the order the papers first appear.
    QStringList papers;
    QHash<QString, ExamScore> best;
    for (const ExamScore &score : scores) {
        const YearMonth until = score.validUntil();
        if (!until.isValid()) {
            continue;
        }
        const QString paper = score.examSubject.trimmed();
        if (!best.contains(paper)) {
            papers.append(paper);
            best.insert(paper, score);
        } else if (best.value(paper).validUntil() < until) {
            best.insert(paper, score);
        }
    }
    const Catalog &subjects = Catalogs::instance().get(Catalogs::ExamSubjects);
    QList<Deadline> dates;
    for (const QString &paper : std::as_const(papers)) {
        const ExamScore &score = best[paper];
        dates.append(make(
            Kind::PassExpiry,
            Deadline::kindCode(Kind::PassExpiry) + u'-' + paper + u'-' + score.examYear.trimmed(),
            score.validUntil().lastDay(), {},
            //: %1 is an exam paper such as "English", %2 the year it was passed
            tr("Last day the %1 pass of %2 counts").arg(subjects.labelOf(paper), score.examYear),
            tr("A pass of the national exam counts for %n year(s) (the portal's rule; some "
               "institutions allow longer). Apply for the degree before then, or sit the paper "
               "again.",
               nullptr, ExamScore::DefaultValidityYears),
            Confidence::Portal));
    }
    return dates;
}

QList<Deadline> Deadlines::upcoming(const Dossier &dossier, const ValidationContext &context,
                                    QDate portalRegisteredOn)
{
    const QDate today = context.today;
    const int year = cycleYear(today);
    const QList<ExamState> registrations = registrationsOf(dossier, year);

    const bool applied = std::any_of(
        dossier.applications.cbegin(), dossier.applications.cend(), [](const DegreeApplication &a) {
            const std::optional<ApplicationState> state =
                ApplicationStateMachine::stateFromCode(a.state);
            return state && ApplicationStateMachine::countsAsSubmitted(*state);
        });
    const Progress::StepStatus scores =
        Progress::evaluate(Progress::Step::ExamScores, dossier, context);
    const bool underWay = std::any_of(registrations.cbegin(), registrations.cend(), awaitsScores);
    const bool examNeeded =
        (scores.required && scores.state != Progress::State::Complete) || underWay;

    QList<Deadline> dates;
    for (const Deadline &d : calendar(year)) {
        bool keep = false;
        switch (d.kind) {
        case Kind::DegreeApplicationCloses:
            keep = !applied;
            break;
        case Kind::ExamRegistration:
            keep = examNeeded
                   && !allPast(registrations, ExamRegistrationStateMachine::countsAsRegistered);
            break;
        case Kind::ExamPayment:
            keep = examNeeded && !allPast(registrations, [](ExamState s) {
                       return ExamRegistrationStateMachine::countsAsRegistered(s)
                              && !ExamRegistrationStateMachine::awaitsPayment(s);
                   });
            break;
        case Kind::AdmissionTicket:
            keep = examNeeded && !allPast(registrations, ticketPrinted);
            break;
        case Kind::ExamDay:
            keep = examNeeded && !allPast(registrations, examTaken);
            break;
        case Kind::ScoreRelease:
            keep =
                underWay
                || (examNeeded && !allPast(registrations, ExamRegistrationStateMachine::isFinal));
            break;
        case Kind::ActivationExpiry:
        case Kind::AccountDeletion:
        case Kind::PassExpiry:
            break;
        }
        if (keep) {
            dates.append(d);
        }
    }
    dates += activation(portalRegisteredOn);
    dates += passExpiries(dossier.examScores);

    dates.erase(std::remove_if(dates.begin(), dates.end(),
                               [today](const Deadline &d) { return d.end < today; }),
                dates.end());
    std::stable_sort(dates.begin(), dates.end(),
                     [](const Deadline &a, const Deadline &b) { return a.start < b.start; });
    return dates;
}

QList<Deadline> Deadlines::wanted(const QList<Deadline> &deadlines, const NotificationPrefs &prefs)
{
    QList<Deadline> result;
    for (const Deadline &d : deadlines) {
        if (d.isWantedBy(prefs)) {
            result.append(d);
        }
    }
    return result;
}

} // namespace dd::domain
