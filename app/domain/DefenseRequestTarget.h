#pragma once

#include "domain/DegreeApplication.h"
#include "domain/Finding.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace dd::domain {

// 申请论文答辩资格 is made for one degree application: which one, and what its state
// (ApplicationStateMachine) says about asking now. The request needs a submitted application
// (REFERENCE.md §1.2 step 7: the defence comes after the application, the qualification review
// and the tests).
class DefenseRequestTarget
{
    Q_DECLARE_TR_FUNCTIONS(DefenseRequestTarget)

public:
    // check(): no application has been submitted yet.
    static inline const QString NoSubmittedApplicationRule =
        QStringLiteral("defense.noSubmittedApplication");
    // check(): the application's state does not allow 申请论文答辩资格 now.
    static inline const QString NotNowRule = QStringLiteral("defense.notNow");

    // The row of the application the request is for: the latest one that counts as submitted
    // and is still before an institution (isActive); else the latest that counts as submitted
    // (a closed one, its degree awarded or refused); nullopt when none counts as submitted
    // (drafts, returned and cancelled ones, unknown state codes).
    static std::optional<qsizetype> applicationFor(const QList<DegreeApplication> &applications);

    // What to tell the applicant about it, on Field::Applications:
    // - no submitted application: one warning (NoSubmittedApplicationRule);
    // - the application's state refuses RequestDefense (ApplicationStateMachine::check, with
    //   its failed defences counted): one info (NotNowRule) with the state machine's reason,
    //   detail the state code;
    // - otherwise nothing: the request can be made now.
    static Findings check(const QList<DegreeApplication> &applications);
};

} // namespace dd::domain
