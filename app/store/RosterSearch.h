#pragma once

#include "store/Result.h"
#include "store/RosterEntry.h"
#include "store/RosterQuery.h"

#include <QCoreApplication>

namespace dd::store {

class Database;

// The roster's queries: a page of applicants for what staff typed and filtered, and how many
// there are. Each condition (the search's key ranges, the state filter, each "missing" filter)
// is a set of applicant ids; the page is read the short way, from the smallest set sorted
// after the lookup, when one set is small (at most denseThreshold() ids), and otherwise the long
// way, walking the name (or time) index in order and testing each row, which stops as soon as
// the page is full. Both ways give the same rows in the same order (TestRoster).
class RosterSearch
{
    Q_DECLARE_TR_FUNCTIONS(RosterSearch)

public:
    static constexpr int DefaultDenseThreshold = 15000;

    explicit RosterSearch(Database &database);

    // How many matches make a condition "dense" (tests lower it to try both ways on a small
    // roster; 0 restores the default).
    static void setDenseThreshold(int matches);
    static int denseThreshold();

    Result<RosterPage> page(const RosterQuery &query);
    Result<qint64> count(const RosterQuery &query);

private:
    Database &m_db;
};

} // namespace dd::store
