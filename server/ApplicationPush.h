#pragma once

#include "ApiResult.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/DegreeApplication.h"
#include "domain/StateChange.h"

#include <QList>

#include <optional>

namespace dd::server {

// The application state machine of app/domain enforced on a degree application a client
// pushes (PUT /records/{uuid}): its state may change only through new timeline entries after
// the stored ones, each a legal transition from the state before it (institution actions only
// for staff and admins); its fields change only where it is editable somewhere on that way; its
// degree type only where checkDegreeTypeChange allows; a new one passes checkCreate and starts
// from initialState().
class ApplicationPush
{
public:
    static inline const QString IllegalTransition = QStringLiteral("illegalTransition");

    // The entries `pushed` adds to the stored timeline (none when its state did not change), or
    // the refusal: 422 illegalTransition (message: the state machine's reason; findings), 403
    // forbidden for an institution action by an applicant, 400 invalidField for a state code
    // that does not exist. `others`: the states of the applicant's other live applications.
    static ApiResult<QList<domain::StateChange>>
    check(const std::optional<domain::DegreeApplication> &stored,
          const domain::DegreeApplication &pushed, bool institution,
          const QList<domain::ApplicationState> &others);

    // 422 illegalTransition from a state machine's findings (the first error names the field
    // and gives the message; all are listed).
    static ApiError refusal(const domain::Findings &findings);
    static ApiError refusal(const QString &field, const QString &message);
    // 403 forbidden: the action is the institution's.
    static ApiError institutionOnly(domain::ApplicationAction action, const QString &field);
};

} // namespace dd::server
