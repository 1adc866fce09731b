#include "Applicants.h"

#include "ServerDatabase.h"

#include <QSqlQuery>

namespace dd::server {

namespace {

// The columns read() takes, in its order; `a` is applicants, `o` the owner's account.
const QString Select =
    QStringLiteral("SELECT a.id, a.center_id, a.owner_account_id, o.user_name, a.label, a.version, "
                   "a.change_seq, a.deleted, a.created_at, a.updated_at, a.updated_by "
                   "FROM applicants a LEFT JOIN accounts o ON o.id = a.owner_account_id ");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

Applicants::Applicants(const ServerDatabase &database)
    : m_database(database)
{}

ApplicantRow Applicants::read(const QSqlQuery &query)
{
    ApplicantRow row;
    row.id = query.value(0).toString();
    row.centerId = query.value(1).toString();
    row.ownerAccountId = query.value(2).toString();
    row.ownerUserName = query.value(3).toString();
    row.label = query.value(4).toString();
    row.version = query.value(5).toLongLong();
    row.changeSeq = query.value(6).toLongLong();
    row.deleted = query.value(7).toInt() != 0;
    row.createdAt = ServerDatabase::parseTimestamp(query.value(8).toString());
    row.updatedAt = ServerDatabase::parseTimestamp(query.value(9).toString());
    row.updatedBy = query.value(10).toString();
    return row;
}

ApiResult<std::optional<ApplicantRow>> Applicants::find(const QString &id) const
{
    auto query =
        m_database.exec(Select + QStringLiteral("WHERE a.id = :id"), {{QStringLiteral("id"), id}});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<ApplicantRow>();
    }
    return std::optional<ApplicantRow>(read(*query));
}

ApiResult<void> Applicants::insert(const ApplicantRow &row) const
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO applicants (id, center_id, owner_account_id, label, version, "
                       "change_seq, deleted, created_at, updated_at, updated_by) VALUES (:id, "
                       ":center, :owner, :label, :version, :seq, :deleted, :created, :updated, "
                       ":by)"),
        {{QStringLiteral("id"), row.id},
         {QStringLiteral("center"), textOrNull(row.centerId)},
         {QStringLiteral("owner"), textOrNull(row.ownerAccountId)},
         {QStringLiteral("label"), row.label},
         {QStringLiteral("version"), row.version},
         {QStringLiteral("seq"), row.changeSeq},
         {QStringLiteral("deleted"), row.deleted ? 1 : 0},
         {QStringLiteral("created"), ServerDatabase::timestamp(row.createdAt)},
         {QStringLiteral("updated"), ServerDatabase::timestamp(row.updatedAt)},
         {QStringLiteral("by"), textOrNull(row.updatedBy)}});
    if (!query) {
        return query.error();
    }
    return {};
}

ApiResult<void> Applicants::update(const ApplicantRow &row) const
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE applicants SET label = :label, version = :version, "
                       "change_seq = :seq, deleted = :deleted, updated_at = :updated, "
                       "updated_by = :by WHERE id = :id"),
        {{QStringLiteral("id"), row.id},
         {QStringLiteral("label"), row.label},
         {QStringLiteral("version"), row.version},
         {QStringLiteral("seq"), row.changeSeq},
         {QStringLiteral("deleted"), row.deleted ? 1 : 0},
         {QStringLiteral("updated"), ServerDatabase::timestamp(row.updatedAt)},
         {QStringLiteral("by"), textOrNull(row.updatedBy)}});
    if (!query) {
        return query.error();
    }
    return {};
}

ApiResult<QList<ApplicantRow>> Applicants::changedSince(const Access::Filter &filter, qint64 since,
                                                        int limit) const
{
    if (filter.matchesNothing()) {
        return QList<ApplicantRow>();
    }
    // The column comes from Access (one of two names), never from a request.
    return m_database.rows(
        Select
            + QStringLiteral("WHERE a.%1 = :value AND a.change_seq > "
                             ":since ORDER BY a.change_seq LIMIT %2")
                  .arg(filter.column)
                  .arg(limit),
        {{QStringLiteral("value"), filter.value}, {QStringLiteral("since"), since}},
        &Applicants::read);
}

} // namespace dd::server
