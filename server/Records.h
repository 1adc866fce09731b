#pragma once

#include "Access.h"
#include "ApiResult.h"
#include "RecordRow.h"

#include "domain/StateChange.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class QSqlQuery;

namespace dd::server {

class ServerDatabase;

// The records table (one app/domain record as JSON per row, tombstones kept) and the server's
// own timeline of degree-application state changes (state_changes: who did what, when).
class Records
{
public:
    explicit Records(const ServerDatabase &database);

    ApiResult<std::optional<RecordRow>> find(const QString &id) const;
    // The live records of an applicant, of one kind when `kind` is not empty, oldest first.
    ApiResult<QList<RecordRow>> liveOf(const QString &applicantId, const QString &kind = {}) const;
    ApiResult<void> insert(const RecordRow &row) const;
    // Writes body, version, change_seq, deleted, updated_at and updated_by.
    ApiResult<void> update(const RecordRow &row) const;
    // The records of visible applicants changed after `since`, in change_seq order, at most
    // `limit`.
    ApiResult<QList<RecordRow>> changedSince(const Access::Filter &filter, qint64 since,
                                             int limit) const;

    // Appends entries to the server's timeline of the record: `firstSeq` is the index of the
    // first of them in the record's timeline; `at` the server's time, `accountId` who did it.
    ApiResult<void> addStateChanges(const QString &recordId, int firstSeq,
                                    const QList<domain::StateChange> &entries,
                                    const QString &accountId, const QDateTime &at) const;
    // The server's timeline of a record, as (entry, account id) in order.
    ApiResult<QList<std::pair<domain::StateChange, QString>>>
    stateChanges(const QString &recordId) const;

private:
    static RecordRow read(const QSqlQuery &query);

    const ServerDatabase &m_database;
};

} // namespace dd::server
