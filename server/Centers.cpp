#include "Centers.h"

#include "Account.h"
#include "Accounts.h"
#include "ChangesFeed.h"
#include "ServerDatabase.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QUuid>

namespace dd::server {

Q_LOGGING_CATEGORY(lcCenters, "dd.server.centers")

namespace {

using Status = ApiError::Status;

ApiError accountNotFound(const QString &userName)
{
    return ApiError::make(
        Status::NotFound, QStringLiteral("accountNotFound"),
        QStringLiteral("There is no account with the user name \"%1\".").arg(userName),
        QStringLiteral("userName"));
}

} // namespace

QJsonObject Centers::Member::toJson() const
{
    return QJsonObject{
        {QStringLiteral("userName"), userName},
        {QStringLiteral("name"), name},
        {QStringLiteral("role"), role},
    };
}

Centers::Centers(const ServerDatabase &database)
    : m_database(database)
{}

QString Centers::generateJoinCode()
{
    QString code;
    code.reserve(JoinCodeLength);
    for (int i = 0; i < JoinCodeLength; ++i) {
        code.append(JoinCodeAlphabet.at(static_cast<qsizetype>(
            QRandomGenerator::system()->bounded(static_cast<quint32>(JoinCodeAlphabet.size())))));
    }
    return code;
}

QString Centers::normalizeJoinCode(const QString &text)
{
    QString code;
    for (const QChar c : text) {
        if (!c.isSpace() && c != u'-') {
            code.append(c.toUpper());
        }
    }
    return code;
}

namespace {

// The ids of `table`'s rows where `column` is `value`, in the order of the changes feed.
ApiResult<QStringList> idsInFeedOrder(const ServerDatabase &database, const QString &table,
                                      const QString &column, const QString &value)
{
    // Table and column are this file's constants, never a request's.
    auto found = database.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 = :value "
                                              "ORDER BY change_seq, id")
                                   .arg(table, column),
                               {{QStringLiteral("value"), value}});
    if (!found) {
        return found.error();
    }
    QStringList ids;
    while (found.value().next()) {
        ids.append(found.value().value(0).toString());
    }
    return ids;
}

// `set` on one row of `table` and the next place in the changes feed for it.
ApiResult<void> moveInFeed(const ServerDatabase &database, const QString &table, const QString &id,
                           const QString &set = {}, const QVariantMap &bindings = {})
{
    const auto seq = ChangesFeed(database).next();
    if (!seq) {
        return seq.error();
    }
    QVariantMap all = bindings;
    all.insert(QStringLiteral("seq"), seq.value());
    all.insert(QStringLiteral("id"), id);
    auto moved = database.exec(QStringLiteral("UPDATE %1 SET %2change_seq = :seq WHERE id = :id")
                                   .arg(table, set.isEmpty() ? QString() : set + u", "),
                               all);
    if (!moved) {
        return moved.error();
    }
    return {};
}

} // namespace

ApiResult<void> Centers::moveApplicantsOf(const QString &accountId, const QString &centerId,
                                          bool records) const
{
    const auto applicants = idsInFeedOrder(m_database, QStringLiteral("applicants"),
                                           QStringLiteral("owner_account_id"), accountId);
    if (!applicants) {
        return applicants.error();
    }
    const QVariant center =
        centerId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(centerId);
    for (const QString &applicant : applicants.value()) {
        if (auto moved = moveInFeed(m_database, QStringLiteral("applicants"), applicant,
                                    QStringLiteral("center_id = :center"),
                                    {{QStringLiteral("center"), center}});
            !moved) {
            return moved;
        }
        if (!records) {
            continue;
        }
        const auto recordIds = idsInFeedOrder(m_database, QStringLiteral("records"),
                                              QStringLiteral("applicant_id"), applicant);
        if (!recordIds) {
            return recordIds.error();
        }
        for (const QString &record : recordIds.value()) {
            if (auto bumped = moveInFeed(m_database, QStringLiteral("records"), record); !bumped) {
                return bumped;
            }
        }
    }
    return {};
}

ApiResult<Centers::Center> Centers::create(const QString &name, const QString &adminUserName)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > MaxNameLength) {
        return ApiError::make(
            Status::BadRequest, QStringLiteral("invalidField"),
            QStringLiteral("A center's name has 1 to %1 characters.").arg(MaxNameLength),
            QStringLiteral("name"));
    }
    Center center{QUuid::createUuid().toString(QUuid::WithoutBraces), trimmed, generateJoinCode(),
                  m_database.clock().now()};
    const ApiResult<void> done = m_database.inTransaction([&]() -> ApiResult<void> {
        const auto found = Accounts(m_database).findByUserName(adminUserName);
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return accountNotFound(adminUserName);
        }
        const Account &account = *found.value();
        if (!account.activated()) {
            return ApiError::make(
                Status::Conflict, QStringLiteral("notActivated"),
                QStringLiteral("The account \"%1\" is not activated yet.").arg(account.userName),
                QStringLiteral("userName"));
        }
        if (!account.centerId.isEmpty()) {
            return ApiError::make(Status::Conflict, QStringLiteral("inACenter"),
                                  QStringLiteral("The account \"%1\" already belongs to a center.")
                                      .arg(account.userName),
                                  QStringLiteral("userName"));
        }
        auto inserted =
            m_database.exec(QStringLiteral("INSERT INTO centers (id, name, created_at, join_code) "
                                           "VALUES (:id, :name, :at, :code)"),
                            {
                                {QStringLiteral("id"), center.id},
                                {QStringLiteral("name"), center.name},
                                {QStringLiteral("at"), ServerDatabase::timestamp(center.createdAt)},
                                {QStringLiteral("code"), center.joinCode},
                            });
        if (!inserted) {
            return inserted.error();
        }
        auto made = m_database.exec(
            QStringLiteral("UPDATE accounts SET role = 'admin', center_id = :center "
                           "WHERE id = :id AND center_id IS NULL"),
            {{QStringLiteral("center"), center.id}, {QStringLiteral("id"), account.id}});
        if (!made) {
            return made.error();
        }
        if (made.value().numRowsAffected() != 1) {
            return ApiError::make(Status::Conflict, QStringLiteral("inACenter"),
                                  QStringLiteral("The account \"%1\" already belongs to a center.")
                                      .arg(account.userName),
                                  QStringLiteral("userName"));
        }
        qCInfo(lcCenters).noquote()
            << "center" << center.id << "created with account" << account.id << "as its admin";
        return {};
    });
    if (!done) {
        return done.error();
    }
    return center;
}

ApiResult<std::optional<Centers::Center>> Centers::find(const QString &id) const
{
    auto query = m_database.exec(
        QStringLiteral("SELECT id, name, join_code, created_at FROM centers WHERE id = :id"),
        {{QStringLiteral("id"), id}});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<Center>();
    }
    return std::optional<Center>(Center{
        query.value().value(0).toString(),
        query.value().value(1).toString(),
        query.value().value(2).toString(),
        ServerDatabase::parseTimestamp(query.value().value(3).toString()),
    });
}

ApiResult<QList<Centers::Member>> Centers::membersOf(const QString &centerId) const
{
    return m_database.rows(
        QStringLiteral("SELECT user_name, name, role FROM accounts "
                       "WHERE center_id = :center AND role IN ('staff', 'admin') "
                       "ORDER BY CASE role WHEN 'admin' THEN 0 ELSE 1 END, user_name_folded"),
        {{QStringLiteral("center"), centerId}}, [](const QSqlQuery &query) {
            return Member{query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString()};
        });
}

ApiResult<void> Centers::addMember(const QString &centerId, const QString &userName,
                                   const QString &role)
{
    return m_database.inTransaction([&]() -> ApiResult<void> {
        const auto found = Accounts(m_database).findByUserName(userName);
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return accountNotFound(userName);
        }
        const Account &account = *found.value();
        if (!account.activated()) {
            return ApiError::make(
                Status::Conflict, QStringLiteral("notActivated"),
                QStringLiteral("The account \"%1\" is not activated yet.").arg(account.userName),
                QStringLiteral("userName"));
        }
        const auto inACenter = [&] {
            return ApiError::make(
                Status::Conflict, QStringLiteral("inACenter"),
                QStringLiteral("The account \"%1\" already belongs to a center (an applicant "
                               "leaves it first with DELETE /me/center).")
                    .arg(account.userName),
                QStringLiteral("userName"));
        };
        if (!account.centerId.isEmpty()) {
            return inACenter();
        }
        auto made =
            m_database.exec(QStringLiteral("UPDATE accounts SET role = :role, center_id = :center "
                                           "WHERE id = :id AND center_id IS NULL"),
                            {{QStringLiteral("role"), role},
                             {QStringLiteral("center"), centerId},
                             {QStringLiteral("id"), account.id}});
        if (!made) {
            return made.error();
        }
        if (made.value().numRowsAffected() != 1) {
            return inACenter();
        }
        qCInfo(lcCenters).noquote()
            << "account" << account.id << "is now" << role << "of center" << centerId;
        return {};
    });
}

ApiResult<void> Centers::removeMember(const QString &centerId, const QString &userName)
{
    return m_database.inTransaction([&]() -> ApiResult<void> {
        // Locks the center's row first: two admins removing each other at once are
        // serialized, and the second sees the first's removal (never no admin left).
        auto locked =
            m_database.exec(QStringLiteral("UPDATE centers SET name = name WHERE id = :center"),
                            {{QStringLiteral("center"), centerId}});
        if (!locked) {
            return locked.error();
        }
        const auto found = Accounts(m_database).findByUserName(userName);
        if (!found) {
            return found.error();
        }
        if (!found.value() || found.value()->centerId != centerId
            || found.value()->role == Account::Applicant) {
            return ApiError::make(
                Status::NotFound, QStringLiteral("notFound"),
                QStringLiteral("\"%1\" is not a staff member of this center.").arg(userName),
                QStringLiteral("userName"));
        }
        const Account &account = *found.value();
        if (account.role == Account::Admin) {
            auto admins =
                m_database.exec(QStringLiteral("SELECT COUNT(*) FROM accounts "
                                               "WHERE center_id = :center AND role = 'admin'"),
                                {{QStringLiteral("center"), centerId}});
            if (!admins) {
                return admins.error();
            }
            if (!admins.value().next()) {
                return ApiError::internal();
            }
            if (admins.value().value(0).toInt() <= 1) {
                return ApiError::make(Status::Conflict, QStringLiteral("lastAdmin"),
                                      QStringLiteral("\"%1\" is the center's last admin: make "
                                                     "another admin first.")
                                          .arg(account.userName),
                                      QStringLiteral("userName"));
            }
        }
        auto removed = m_database.exec(
            QStringLiteral(
                "UPDATE accounts SET role = 'applicant', center_id = NULL WHERE id = :id"),
            {{QStringLiteral("id"), account.id}});
        if (!removed) {
            return removed.error();
        }
        qCInfo(lcCenters).noquote()
            << "account" << account.id << "is no longer" << account.role << "of center" << centerId;
        return {};
    });
}

ApiResult<QString> Centers::rotateJoinCode(const QString &centerId)
{
    const QString code = generateJoinCode();
    auto updated =
        m_database.exec(QStringLiteral("UPDATE centers SET join_code = :code WHERE id = :center"),
                        {{QStringLiteral("code"), code}, {QStringLiteral("center"), centerId}});
    if (!updated) {
        return updated.error();
    }
    qCInfo(lcCenters).noquote() << "new join code for center" << centerId;
    return code;
}

ApiResult<Centers::Center> Centers::join(const QString &accountId, const QString &joinCode)
{
    const QString code = normalizeJoinCode(joinCode);
    std::optional<Center> center;
    const ApiResult<void> done = m_database.inTransaction([&]() -> ApiResult<void> {
        auto found = m_database.exec(
            QStringLiteral("SELECT id, name, created_at FROM centers WHERE join_code = :code"),
            {{QStringLiteral("code"), code}});
        if (!found) {
            return found.error();
        }
        if (code.isEmpty() || !found.value().next()) {
            return ApiError::make(Status::NotFound, QStringLiteral("unknownJoinCode"),
                                  QStringLiteral("No center has this join code (ask the center "
                                                 "for its current one)."),
                                  QStringLiteral("joinCode"));
        }
        center =
            Center{found.value().value(0).toString(), found.value().value(1).toString(), QString(),
                   ServerDatabase::parseTimestamp(found.value().value(2).toString())};
        auto account =
            m_database.exec(QStringLiteral("SELECT center_id FROM accounts WHERE id = :id"),
                            {{QStringLiteral("id"), accountId}});
        if (!account) {
            return account.error();
        }
        if (!account.value().next()) {
            return ApiError::internal();
        }
        const QString current = account.value().value(0).toString();
        if (current == center->id) {
            return {}; // joined already
        }
        auto joined = m_database.exec(
            QStringLiteral("UPDATE accounts SET center_id = :center "
                           "WHERE id = :id AND role = 'applicant' AND center_id IS NULL"),
            {{QStringLiteral("center"), center->id}, {QStringLiteral("id"), accountId}});
        if (!joined) {
            return joined.error();
        }
        if (joined.value().numRowsAffected() != 1) {
            return ApiError::make(Status::Conflict, QStringLiteral("inACenter"),
                                  QStringLiteral("This account belongs to another center: leave "
                                                 "it first (DELETE /me/center)."),
                                  QStringLiteral("joinCode"));
        }
        if (const auto moved = moveApplicantsOf(accountId, center->id, true); !moved) {
            return moved.error();
        }
        qCInfo(lcCenters).noquote() << "account" << accountId << "joined center" << center->id;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return *center;
}

ApiResult<void> Centers::leave(const QString &accountId)
{
    return m_database.inTransaction([&]() -> ApiResult<void> {
        auto left = m_database.exec(
            QStringLiteral("UPDATE accounts SET center_id = NULL "
                           "WHERE id = :id AND role = 'applicant' AND center_id IS NOT NULL"),
            {{QStringLiteral("id"), accountId}});
        if (!left) {
            return left.error();
        }
        if (left.value().numRowsAffected() == 0) {
            return {}; // in no center
        }
        if (const auto moved = moveApplicantsOf(accountId, QString(), false); !moved) {
            return moved.error();
        }
        qCInfo(lcCenters).noquote() << "account" << accountId << "left its center";
        return {};
    });
}

} // namespace dd::server
