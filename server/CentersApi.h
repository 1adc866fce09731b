#pragma once

#include "Account.h"
#include "Accounts.h"
#include "Centers.h"
#include "Sessions.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QString>

namespace dd::server {

class ServerDatabase;

// Centers and roles: GET /api/v1/center and its staff (staff, admin), POST /center/staff,
// DELETE /center/staff/{userName} and POST /center/join-code (admin), POST and DELETE
// /me/center (applicant: join with the join code, leave). A wrong role for an action is 403
// forbidden; someone of another center, or of none, is 404 notFound.
class CentersApi
{
public:
    explicit CentersApi(const ServerDatabase &database);

    QHttpServerResponse center(const QHttpServerRequest &request);
    QHttpServerResponse addStaff(const QHttpServerRequest &request);
    QHttpServerResponse removeStaff(const QString &userName, const QHttpServerRequest &request);
    QHttpServerResponse rotateJoinCode(const QHttpServerRequest &request);
    QHttpServerResponse join(const QHttpServerRequest &request);
    QHttpServerResponse leave(const QHttpServerRequest &request);

private:
    // The account of the request's session (401 without one) if it has one of `roles`, else
    // 403 forbidden.
    ApiResult<Account> authenticate(const QHttpServerRequest &request, const QStringList &roles);
    // {"center": {...}} as GET /center answers it to `account`.
    ApiResult<QJsonObject> centerJson(const Account &account) const;

    Accounts m_accounts;
    Sessions m_sessions;
    Centers m_centers;
};

} // namespace dd::server
