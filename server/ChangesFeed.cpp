#include "ChangesFeed.h"

#include "Applicants.h"
#include "Records.h"
#include "ServerDatabase.h"

#include <QSqlQuery>

namespace dd::server {

ChangesFeed::ChangesFeed(const ServerDatabase &database)
    : m_database(database)
{}

ApiResult<qint64> ChangesFeed::next() const
{
    auto bumped = m_database.exec(
        QStringLiteral("UPDATE feed_counter SET value = value + 1 WHERE name = 'changes'"));
    if (!bumped) {
        return bumped.error();
    }
    auto query =
        m_database.exec(QStringLiteral("SELECT value FROM feed_counter WHERE name = 'changes'"));
    if (!query) {
        return query.error();
    }
    if (!query.value().next()) {
        return ApiError::internal();
    }
    return query.value().value(0).toLongLong();
}

ApiResult<ChangesFeed::Page> ChangesFeed::page(const Access::Filter &filter, qint64 since,
                                               int limit) const
{
    // One more than asked of each, to know whether more follow; merged by change_seq (unique
    // across both tables: one counter).
    const auto applicants = Applicants(m_database).changedSince(filter, since, limit + 1);
    if (!applicants) {
        return applicants.error();
    }
    const auto records = Records(m_database).changedSince(filter, since, limit + 1);
    if (!records) {
        return records.error();
    }
    Page page;
    page.cursor = since;
    qsizetype a = 0;
    qsizetype r = 0;
    const qsizetype total = applicants->size() + records->size();
    while (a + r < total && page.changes.size() < limit) {
        const bool takeApplicant =
            r >= records->size()
            || (a < applicants->size() && applicants->at(a).changeSeq < records->at(r).changeSeq);
        if (takeApplicant) {
            const ApplicantRow &row = applicants->at(a++);
            page.changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("applicant")},
                                            {QStringLiteral("applicant"), row.toJson()}});
            page.cursor = row.changeSeq;
        } else {
            const RecordRow &row = records->at(r++);
            page.changes.append(QJsonObject{{QStringLiteral("entity"), QStringLiteral("record")},
                                            {QStringLiteral("record"), row.toJson()}});
            page.cursor = row.changeSeq;
        }
    }
    page.more = a + r < total;
    return page;
}

} // namespace dd::server
