#include "Access.h"

#include "Account.h"

namespace dd::server {

bool Access::Viewer::isStaff() const
{
    return role == Account::Staff || role == Account::Admin;
}

Access::Viewer Access::of(const Account &account)
{
    return Viewer{account.id, account.role, account.centerId};
}

bool Access::canSee(const Viewer &viewer, const Scope &applicant)
{
    const Filter condition = filter(viewer);
    if (condition.matchesNothing()) {
        return false;
    }
    const QString &value = condition.column == QLatin1String("center_id")
                               ? applicant.centerId
                               : applicant.ownerAccountId;
    return value == condition.value;
}

Access::Filter Access::filter(const Viewer &viewer)
{
    if (viewer.isStaff()) {
        return Filter{QStringLiteral("center_id"), viewer.centerId};
    }
    if (viewer.role == Account::Applicant) {
        return Filter{QStringLiteral("owner_account_id"), viewer.accountId};
    }
    return Filter{QStringLiteral("owner_account_id"), QString()};
}

bool Access::canCreate(const Viewer &viewer)
{
    return !filter(viewer).matchesNothing();
}

Access::Scope Access::scopeOfNew(const Viewer &viewer)
{
    if (viewer.isStaff()) {
        return Scope{viewer.centerId, QString()};
    }
    return Scope{viewer.centerId, viewer.accountId};
}

bool Access::mayRecordDecisions(const Viewer &viewer)
{
    return viewer.isStaff() && !viewer.centerId.isEmpty();
}

} // namespace dd::server
