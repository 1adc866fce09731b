#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace dd::test {

// A one-applicant database's filter tags: the rows of applicant_tags, and the tags its
// tags_text names (how a change finds the rows to delete), both sorted. Equal when the roster
// is true.
struct RosterTags
{
    QStringList rows;
    QStringList named;
};

inline RosterTags rosterTags(const QSqlDatabase &connection)
{
    RosterTags tags;
    QSqlQuery query(connection);
    if (query.exec(QStringLiteral("SELECT tag FROM applicant_tags ORDER BY tag"))) {
        while (query.next()) {
            tags.rows.append(query.value(0).toString());
        }
    }
    if (query.exec(QStringLiteral("SELECT tags_text FROM applicants")) && query.next()) {
        tags.named = query.value(0).toString().split(u' ', Qt::SkipEmptyParts);
    }
    tags.named.sort();
    return tags;
}

} // namespace dd::test
