#pragma once

#include "ApiResult.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace dd::server {

class ServerDatabase;

// The centers table and who belongs to one: an admin made by `degreedesk-server
// create-center`, staff and admins added and removed by an admin (never the last admin), and
// applicants who join with the center's join code (their own applicants then get the center,
// each with a new change_seq from ChangesFeed, and each of their records too, so that the
// center's staff pull them) and leave again. Every change is one transaction.
class Centers
{
public:
    // 10 characters of an alphabet without look-alikes (no 0/O, 1/I/L).
    static constexpr int JoinCodeLength = 10;
    static inline const QString JoinCodeAlphabet =
        QStringLiteral("ABCDEFGHJKMNPQRSTUVWXYZ23456789");
    static constexpr int MaxNameLength = 200;

    struct Center
    {
        QString id;
        QString name;
        QString joinCode;
        QDateTime createdAt;
    };
    struct Member
    {
        QString userName;
        QString name;
        QString role; // staff or admin
        QJsonObject toJson() const;
    };

    explicit Centers(const ServerDatabase &database);

    // A random join code; as typed by people: upper case, spaces and hyphens dropped.
    static QString generateJoinCode();
    static QString normalizeJoinCode(const QString &text);

    // A new center with `adminUserName` (an activated account in no center) as its admin.
    // 404 accountNotFound, 409 notActivated, 409 inACenter; 400 invalidField for the name.
    ApiResult<Center> create(const QString &name, const QString &adminUserName);
    ApiResult<std::optional<Center>> find(const QString &id) const;
    // Staff and admins, admins first, then by user name.
    ApiResult<QList<Member>> membersOf(const QString &centerId) const;

    // `userName` (activated, in no center) becomes `role` (staff or admin) of the center.
    ApiResult<void> addMember(const QString &centerId, const QString &userName,
                              const QString &role);
    // A staff member or admin of the center becomes an applicant in no center: 404 notFound
    // when not one of the center's, 409 lastAdmin for its last admin.
    ApiResult<void> removeMember(const QString &centerId, const QString &userName);
    ApiResult<QString> rotateJoinCode(const QString &centerId);

    // The applicant account joins the center of the join code (404 unknownJoinCode; 409
    // inACenter when in another one; joining its own center again changes nothing).
    ApiResult<Center> join(const QString &accountId, const QString &joinCode);
    // The applicant account leaves its center (nothing when in none); its applicants lose it.
    ApiResult<void> leave(const QString &accountId);

private:
    // Gives the account's own applicants the center (empty: none), each a new change_seq;
    // with `records`, each of their records a new change_seq too.
    ApiResult<void> moveApplicantsOf(const QString &accountId, const QString &centerId,
                                     bool records) const;

    const ServerDatabase &m_database;
};

} // namespace dd::server
