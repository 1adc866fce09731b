#pragma once

#include "domain/ApplicationStateMachine.h"
#include "domain/Dossier.h"
#include "domain/ExamRegistration.h"
#include "domain/ExamRegistrationStateMachine.h"
#include "domain/Finding.h"
#include "domain/ValidationContext.h"

#include <QDateTime>

namespace dd::domain {

// Carries out one action of the 全国统考 table on a registration, with what the state machine
// alone does not know (ExamRegistrationStateMachine decides which actions a state allows):
// - 报名 (Register) needs a degree application in the register (在册) among the dossier's
//   applications (checkApplication() with applicationStateFor()), and a registration that
//   ExamValidator finds no error in: the exam system takes only complete registrations;
// - 缴费 (Pay) marks the fee as paid (feePaid), which the exam system then shows;
// - every change of state is appended to the registration's timeline.
// Delete removes the record: check() says whether it may; the caller removes it.
class ExamRegistrationActions
{
public:
    // Why the action cannot be done now, or nothing when it can. Changes nothing.
    static Findings check(const ExamRegistration &registration, ExamRegistrationAction action,
                          const Dossier &dossier, const ValidationContext &context);
    // Does the action: on success changes `registration` (state, timeline at `at`, feePaid)
    // and returns no findings; otherwise leaves it as it was and returns check()'s findings.
    static Findings apply(ExamRegistration &registration, ExamRegistrationAction action,
                          const Dossier &dossier, const ValidationContext &context,
                          const QDateTime &at);
    // The state of the application that decides whether the applicant may register: one in
    // the register when there is one, else the latest one not cancelled, else the latest one,
    // else a draft (no application at all).
    static ApplicationState applicationStateFor(const Dossier &dossier);
};

} // namespace dd::domain
