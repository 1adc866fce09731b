#pragma once

#include "Access.h"
#include "ApiResult.h"

#include <QJsonArray>

namespace dd::server {

class ServerDatabase;

// The changes feed (GET /api/v1/changes): every write takes the next change_seq from the one
// row of feed_counter inside its transaction (the row lock orders concurrent writers, so that
// a reader never skips a change committed later with a smaller seq), and a client pulls the
// applicants and records it may see changed after its cursor, tombstones included.
class ChangesFeed
{
public:
    static constexpr int DefaultLimit = 500;
    static constexpr int MaxLimit = 1000;

    struct Page
    {
        // {"entity": "applicant", "applicant": {...}} or {"entity": "record", "record": {...}}
        QJsonArray changes;
        qint64 cursor = 0; // the change_seq of the last change given (`since` when none)
        bool more = false;
    };

    explicit ChangesFeed(const ServerDatabase &database);

    // The next change_seq; only inside a write's transaction.
    ApiResult<qint64> next() const;
    ApiResult<Page> page(const Access::Filter &filter, qint64 since, int limit) const;

private:
    const ServerDatabase &m_database;
};

} // namespace dd::server
