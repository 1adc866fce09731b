#pragma once

#include "store/Result.h"
#include "store/RosterEntry.h"
#include "store/RosterQuery.h"

#include <QCoreApplication>

namespace dd::store {

class Database;

// The roster's queries: a page of applicants for what staff typed and filtered, and how many
// there are. Each condition (the search's key ranges, the state filter, each "missing" filter)
// is a set of applicant ids, and the smallest set, measured, decides the way:
// - a search in name order with up to sortedKeysThreshold() matching keys: the keys carry
//   their applicant's sort key, so the page is sorted from the keys' index alone;
// - any set of up to denseThreshold() ids: looked up, then sorted;
// - otherwise the long way: walking the name (or time) index in order and testing each row,
//   which stops as soon as the page is full.
// The thresholds are measured at 100,000 applicants (tests/bench, --profile). Every way gives
// the same rows in the same order (TestRoster).
class RosterSearch
{
    Q_DECLARE_TR_FUNCTIONS(RosterSearch)

public:
    static constexpr int DefaultDenseThreshold = 15'000;
    static constexpr int DefaultSortedKeysThreshold = 25'000;

    explicit RosterSearch(Database &database);

    // How many matches make a condition "dense" (tests lower both thresholds to try every way
    // on a small roster; 0 restores the defaults).
    static void setDenseThreshold(int matches);
    static int denseThreshold();
    static int sortedKeysThreshold();

    Result<RosterPage> page(const RosterQuery &query);
    Result<qint64> count(const RosterQuery &query);

private:
    Database &m_db;
};

} // namespace dd::store
