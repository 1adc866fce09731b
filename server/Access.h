#pragma once

#include <QString>

namespace dd::server {

struct Account;

// Who sees what (server/API.md "Records"): an applicant account sees the applicants it owns;
// staff and admins of a center see the applicants of their center, and nothing else. What is
// not visible does not exist for the viewer (404, never 403); a wrong role for an action on a
// visible thing is 403. Decisions only: the storage classes take the Filter into their SQL.
class Access
{
public:
    struct Viewer
    {
        QString accountId;
        QString role; // Account::Applicant, Staff or Admin
        QString centerId;

        bool isStaff() const; // staff or admin
    };
    // Where an applicant belongs.
    struct Scope
    {
        QString centerId;
        QString ownerAccountId;
    };
    // The condition on applicants that makes them visible: `column` = `value`; an empty
    // value matches nothing (staff without a center).
    struct Filter
    {
        QString column; // "owner_account_id" or "center_id"
        QString value;

        bool matchesNothing() const { return value.isEmpty(); }
    };

    static Viewer of(const Account &account);

    static bool canSee(const Viewer &viewer, const Scope &applicant);
    static Filter filter(const Viewer &viewer);
    // Whether the viewer may create applicants: applicants always, staff and admins only with a
    // center (an applicant nobody could see is never made).
    static bool canCreate(const Viewer &viewer);
    // The scope of an applicant the viewer creates: staff's go to their center with no owner;
    // an applicant account's are its own, in its center (none when it has none).
    static Scope scopeOfNew(const Viewer &viewer);
    // The institution's decisions of the application state machine (isApplicantAction false):
    // staff and admins of a center.
    static bool mayRecordDecisions(const Viewer &viewer);
};

} // namespace dd::server
