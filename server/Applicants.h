#pragma once

#include "Access.h"
#include "ApiResult.h"
#include "ApplicantRow.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace dd::server {

class ServerDatabase;

// The applicants table. Rows are never removed: a deletion is a tombstone (deleted = 1) with a
// new change_seq, so that the changes feed tells every client.
class Applicants
{
public:
    explicit Applicants(const ServerDatabase &database);

    // The applicant of this id, deleted or not, with its owner's user name.
    ApiResult<std::optional<ApplicantRow>> find(const QString &id) const;
    ApiResult<void> insert(const ApplicantRow &row) const;
    // Writes label, version, change_seq, deleted, updated_at and updated_by.
    ApiResult<void> update(const ApplicantRow &row) const;
    // The visible applicants changed after `since`, in change_seq order, at most `limit`.
    ApiResult<QList<ApplicantRow>> changedSince(const Access::Filter &filter, qint64 since,
                                                int limit) const;

private:
    static ApplicantRow read(const QSqlQuery &query);

    const ServerDatabase &m_database;
};

} // namespace dd::server
