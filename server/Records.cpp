#include "Records.h"

#include "ServerDatabase.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace dd::server {

namespace {

const QString Select = QStringLiteral(
    "SELECT r.id, r.applicant_id, r.kind, r.body, r.version, r.change_seq, r.deleted, "
    "r.updated_at, r.updated_by FROM records r ");

QString compact(const QJsonObject &body)
{
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace

Records::Records(const ServerDatabase &database)
    : m_database(database)
{}

RecordRow Records::read(const QSqlQuery &query)
{
    RecordRow row;
    row.id = query.value(0).toString();
    row.applicantId = query.value(1).toString();
    row.kind = query.value(2).toString();
    row.body = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object();
    row.version = query.value(4).toLongLong();
    row.changeSeq = query.value(5).toLongLong();
    row.deleted = query.value(6).toInt() != 0;
    row.updatedAt = ServerDatabase::parseTimestamp(query.value(7).toString());
    row.updatedBy = query.value(8).toString();
    return row;
}

ApiResult<std::optional<RecordRow>> Records::find(const QString &id) const
{
    auto query =
        m_database.exec(Select + QStringLiteral("WHERE r.id = :id"), {{QStringLiteral("id"), id}});
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return std::optional<RecordRow>();
    }
    return std::optional<RecordRow>(read(*query));
}

ApiResult<QList<RecordRow>> Records::liveOf(const QString &applicantId, const QString &kind) const
{
    QVariantMap bindings{{QStringLiteral("applicant"), applicantId}};
    QString sql = Select + QStringLiteral("WHERE r.applicant_id = :applicant AND r.deleted = 0");
    if (!kind.isEmpty()) {
        sql += QStringLiteral(" AND r.kind = :kind");
        bindings.insert(QStringLiteral("kind"), kind);
    }
    return m_database.rows(sql + QStringLiteral(" ORDER BY r.change_seq"), bindings,
                           &Records::read);
}

ApiResult<void> Records::insert(const RecordRow &row) const
{
    auto query = m_database.exec(
        QStringLiteral("INSERT INTO records (id, applicant_id, kind, body, version, change_seq, "
                       "deleted, updated_at, updated_by) VALUES (:id, :applicant, :kind, :body, "
                       ":version, :seq, :deleted, :updated, :by)"),
        {{QStringLiteral("id"), row.id},
         {QStringLiteral("applicant"), row.applicantId},
         {QStringLiteral("kind"), row.kind},
         {QStringLiteral("body"), compact(row.body)},
         {QStringLiteral("version"), row.version},
         {QStringLiteral("seq"), row.changeSeq},
         {QStringLiteral("deleted"), row.deleted ? 1 : 0},
         {QStringLiteral("updated"), ServerDatabase::timestamp(row.updatedAt)},
         {QStringLiteral("by"), row.updatedBy}});
    if (!query) {
        return query.error();
    }
    return {};
}

ApiResult<void> Records::update(const RecordRow &row) const
{
    auto query = m_database.exec(
        QStringLiteral("UPDATE records SET body = :body, version = :version, change_seq = :seq, "
                       "deleted = :deleted, updated_at = :updated, updated_by = :by "
                       "WHERE id = :id"),
        {{QStringLiteral("id"), row.id},
         {QStringLiteral("body"), compact(row.body)},
         {QStringLiteral("version"), row.version},
         {QStringLiteral("seq"), row.changeSeq},
         {QStringLiteral("deleted"), row.deleted ? 1 : 0},
         {QStringLiteral("updated"), ServerDatabase::timestamp(row.updatedAt)},
         {QStringLiteral("by"), row.updatedBy}});
    if (!query) {
        return query.error();
    }
    return {};
}

ApiResult<QList<RecordRow>> Records::changedSince(const Access::Filter &filter, qint64 since,
                                                  int limit) const
{
    if (filter.matchesNothing()) {
        return QList<RecordRow>();
    }
    // The column comes from Access (one of two names), never from a request.
    return m_database.rows(
        Select
            + QStringLiteral("JOIN applicants a ON a.id = r.applicant_id WHERE a.%1 = :value "
                             "AND r.change_seq > :since ORDER BY r.change_seq LIMIT %2")
                  .arg(filter.column)
                  .arg(limit),
        {{QStringLiteral("value"), filter.value}, {QStringLiteral("since"), since}},
        &Records::read);
}

ApiResult<void> Records::addStateChanges(const QString &recordId, int firstSeq,
                                         const QList<domain::StateChange> &entries,
                                         const QString &accountId, const QDateTime &at) const
{
    int seq = firstSeq;
    for (const domain::StateChange &entry : entries) {
        auto query = m_database.exec(
            QStringLiteral("INSERT INTO state_changes (record_id, seq, from_state, to_state, "
                           "action, note, account_id, at) VALUES (:record, :seq, :from, :to, "
                           ":action, :note, :account, :at)"),
            {{QStringLiteral("record"), recordId},
             {QStringLiteral("seq"), seq++},
             {QStringLiteral("from"), entry.from},
             {QStringLiteral("to"), entry.to},
             {QStringLiteral("action"), entry.action},
             // never NULL: an entry without a note keeps ""
             {QStringLiteral("note"), entry.note.isNull() ? QStringLiteral("") : entry.note},
             {QStringLiteral("account"), accountId},
             {QStringLiteral("at"), ServerDatabase::timestamp(at)}});
        if (!query) {
            return query.error();
        }
    }
    return {};
}

ApiResult<QList<std::pair<domain::StateChange, QString>>>
Records::stateChanges(const QString &recordId) const
{
    return m_database.rows(
        QStringLiteral("SELECT from_state, to_state, action, note, account_id, at "
                       "FROM state_changes WHERE record_id = :record ORDER BY seq"),
        {{QStringLiteral("record"), recordId}}, [](const QSqlQuery &query) {
            domain::StateChange entry;
            entry.from = query.value(0).toString();
            entry.to = query.value(1).toString();
            entry.action = query.value(2).toString();
            entry.note = query.value(3).toString();
            entry.at = ServerDatabase::parseTimestamp(query.value(5).toString());
            return std::pair<domain::StateChange, QString>(entry, query.value(4).toString());
        });
}

} // namespace dd::server
