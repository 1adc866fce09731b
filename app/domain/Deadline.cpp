#include "domain/Deadline.h"

namespace dd::domain {

Deadline::Group Deadline::group() const
{
    switch (kind) {
    case Kind::AdmissionTicket:
    case Kind::ExamDay:
        return Group::Exam;
    case Kind::ScoreRelease:
        return Group::Scores;
    case Kind::ActivationExpiry:
    case Kind::AccountDeletion:
    case Kind::DegreeApplicationCloses:
    case Kind::ExamRegistration:
    case Kind::ExamPayment:
    case Kind::PassExpiry:
        break;
    }
    return Group::Deadlines;
}

QDate Deadline::remindFrom(int daysBefore) const
{
    const QDate from = start.addDays(-daysBefore);
    return announced.isValid() && announced > from ? announced : from;
}

bool Deadline::isDueOn(QDate today, int daysBefore) const
{
    return today.isValid() && start.isValid() && today >= remindFrom(qMax(0, daysBefore))
           && today <= qMax(start, end);
}

bool Deadline::isWantedBy(const NotificationPrefs &prefs) const
{
    switch (group()) {
    case Group::Deadlines:
        return prefs.remindDeadlines;
    case Group::Exam:
        return prefs.remindExam;
    case Group::Scores:
        return prefs.remindScores;
    }
    return false;
}

QString Deadline::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::ActivationExpiry:
        return QStringLiteral("activationExpiry");
    case Kind::AccountDeletion:
        return QStringLiteral("accountDeletion");
    case Kind::DegreeApplicationCloses:
        return QStringLiteral("degreeApplicationCloses");
    case Kind::ExamRegistration:
        return QStringLiteral("examRegistration");
    case Kind::ExamPayment:
        return QStringLiteral("examPayment");
    case Kind::AdmissionTicket:
        return QStringLiteral("admissionTicket");
    case Kind::ExamDay:
        return QStringLiteral("examDay");
    case Kind::ScoreRelease:
        return QStringLiteral("scoreRelease");
    case Kind::PassExpiry:
        return QStringLiteral("passExpiry");
    }
    return {};
}

} // namespace dd::domain
