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
// A lone condition whose matches lie all along the order walked (a number in name order: ID
// numbers and mobiles say nothing of names; a filter in name order; any search in time order)
// meets a page of them after about (offset + limit) × applicants / matches rows: the walk is
// taken whenever that is fewer rows than its matches, which the other ways read and sort. (A
// name's matches lie together in name order, where a walk could pass most of the roster
// first.)
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

    // The way the last page() went, for the tests.
    enum class Way { SortedKeys, LookUp, Walk };
    Way lastWay() const { return m_lastWay; }

private:
    Database &m_db;
    Way m_lastWay = Way::Walk;
};

} // namespace dd::store
