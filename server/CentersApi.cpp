#include "CentersApi.h"

#include "HttpJson.h"
#include "ServerDatabase.h"

#include <QJsonArray>
#include <QUrl>

namespace dd::server {

namespace {

using Status = QHttpServerResponse::StatusCode;

const QString RoleField = QStringLiteral("role");
const QString UserNameField = QStringLiteral("userName");
const QString JoinCodeField = QStringLiteral("joinCode");

} // namespace

CentersApi::CentersApi(const ServerDatabase &database)
    : m_accounts(database)
    , m_sessions(database)
    , m_centers(database)
{}

ApiResult<Account> CentersApi::authenticate(const QHttpServerRequest &request,
                                            const QStringList &roles)
{
    const auto account = m_sessions.accountOf(HttpJson::bearer(request), m_accounts);
    if (!account) {
        return account.error();
    }
    if (!roles.contains(account.value().role)) {
        return ApiError::make(Status::Forbidden, QStringLiteral("forbidden"),
                              QStringLiteral("This is for accounts of the role %1; this one is "
                                             "%2.")
                                  .arg(roles.join(QStringLiteral(" or ")), account.value().role));
    }
    return account.value();
}

ApiResult<QJsonObject> CentersApi::centerJson(const Account &account) const
{
    const auto center = m_centers.find(account.centerId);
    if (!center) {
        return center.error();
    }
    if (!center.value()) {
        return ApiError::make(Status::NotFound, QStringLiteral("notFound"),
                              QStringLiteral("This account belongs to no center."));
    }
    const auto members = m_centers.membersOf(account.centerId);
    if (!members) {
        return members.error();
    }
    QJsonArray staff;
    for (const Centers::Member &member : members.value()) {
        staff.append(member.toJson());
    }
    QJsonObject json{
        {QStringLiteral("id"), center.value()->id},
        {QStringLiteral("name"), center.value()->name},
        {QStringLiteral("staff"), staff},
    };
    if (account.role == Account::Admin) {
        json.insert(JoinCodeField, center.value()->joinCode);
    }
    return QJsonObject{{QStringLiteral("center"), json}};
}

QHttpServerResponse CentersApi::center(const QHttpServerRequest &request)
{
    const auto account = authenticate(request, {Account::Staff, Account::Admin});
    if (!account) {
        return account.error().toResponse();
    }
    const auto json = centerJson(*account);
    if (!json) {
        return json.error().toResponse();
    }
    return HttpJson::reply(*json);
}

QHttpServerResponse CentersApi::addStaff(const QHttpServerRequest &request)
{
    const auto account = authenticate(request, {Account::Admin});
    if (!account) {
        return account.error().toResponse();
    }
    static const QList<HttpJson::FieldSpec> fields{{UserNameField}, {RoleField}};
    const auto body = HttpJson::readObject(request, fields);
    if (!body) {
        return body.error().toResponse();
    }
    const QString role = body->value(RoleField).toString();
    if (role != Account::Staff && role != Account::Admin) {
        return ApiError::make(Status::BadRequest, QStringLiteral("invalidField"),
                              QStringLiteral("role is \"staff\" or \"admin\"."), RoleField)
            .toResponse();
    }
    if (const auto added =
            m_centers.addMember(account->centerId, body->value(UserNameField).toString(), role);
        !added) {
        return added.error().toResponse();
    }
    const auto json = centerJson(*account);
    if (!json) {
        return json.error().toResponse();
    }
    return HttpJson::reply(*json, Status::Created);
}

QHttpServerResponse CentersApi::removeStaff(const QString &userName,
                                            const QHttpServerRequest &request)
{
    const auto account = authenticate(request, {Account::Admin});
    if (!account) {
        return account.error().toResponse();
    }
    const QString name = QUrl::fromPercentEncoding(userName.toUtf8());
    if (const auto removed = m_centers.removeMember(account->centerId, name); !removed) {
        return removed.error().toResponse();
    }
    // The admin may have removed themselves: they no longer see the center.
    if (Account::foldUserName(name) == Account::foldUserName(account->userName)) {
        return QHttpServerResponse(Status::NoContent);
    }
    const auto json = centerJson(*account);
    if (!json) {
        return json.error().toResponse();
    }
    return HttpJson::reply(*json);
}

QHttpServerResponse CentersApi::rotateJoinCode(const QHttpServerRequest &request)
{
    const auto account = authenticate(request, {Account::Admin});
    if (!account) {
        return account.error().toResponse();
    }
    const auto code = m_centers.rotateJoinCode(account->centerId);
    if (!code) {
        return code.error().toResponse();
    }
    return HttpJson::reply(QJsonObject{{JoinCodeField, code.value()}});
}

QHttpServerResponse CentersApi::join(const QHttpServerRequest &request)
{
    const auto account = authenticate(request, {Account::Applicant});
    if (!account) {
        return account.error().toResponse();
    }
    static const QList<HttpJson::FieldSpec> fields{
        {JoinCodeField, HttpJson::Type::String, true, 32}};
    const auto body = HttpJson::readObject(request, fields);
    if (!body) {
        return body.error().toResponse();
    }
    const auto center = m_centers.join(account->id, body->value(JoinCodeField).toString());
    if (!center) {
        return center.error().toResponse();
    }
    return HttpJson::reply(QJsonObject{
        {QStringLiteral("center"),
         QJsonObject{{QStringLiteral("id"), center->id}, {QStringLiteral("name"), center->name}}}});
}

QHttpServerResponse CentersApi::leave(const QHttpServerRequest &request)
{
    const auto account = authenticate(request, {Account::Applicant});
    if (!account) {
        return account.error().toResponse();
    }
    if (const auto left = m_centers.leave(account->id); !left) {
        return left.error().toResponse();
    }
    return QHttpServerResponse(Status::NoContent);
}

} // namespace dd::server
