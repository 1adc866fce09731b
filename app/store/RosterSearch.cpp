#include "store/RosterSearch.h"

#include "store/Database.h"
#include "store/RosterIndex.h"
#include "store/SearchKeys.h"
#include "store/SqlSupport.h"

#include <QSqlQuery>

#include <limits>

namespace dd::store {

using namespace sql;

namespace {
// More matches than this: walk the roster in order. Measured at 100,000 applicants
// (tests/bench): below it, looking the matches up and sorting them is the faster way.
int s_denseThreshold = RosterSearch::DefaultDenseThreshold;
int s_sortedKeysThreshold = RosterSearch::DefaultSortedKeysThreshold;
} // namespace

void RosterSearch::setDenseThreshold(int matches)
{
    s_denseThreshold = matches > 0 ? matches : DefaultDenseThreshold;
    s_sortedKeysThreshold = matches > 0 ? matches : DefaultSortedKeysThreshold;
}

int RosterSearch::sortedKeysThreshold()
{
    return s_sortedKeysThreshold;
}

int RosterSearch::denseThreshold()
{
    return s_denseThreshold;
}

RosterSearch::RosterSearch(Database &database)
    : m_db(database)
{}

namespace {

// One condition on the applicants, as a subquery that yields their ids.
struct Constraint
{
    QString ids;         // "SELECT applicant_id FROM ... WHERE ..."
    QVariantList values; // bound in order
    // The same as a test of one applicant: %1 is its id; the search's tests the row "a".
    QString exists;
    QVariantList existsValues;
    QString keyRanges; // the search's: "(key >= ? AND key < ?) OR ..."
};

QList<Constraint> constraintsOf(const RosterQuery &query)
{
    QList<Constraint> result;
    const QList<SearchKeys::Range> ranges = SearchKeys::rangesFor(query.search);
    if (!ranges.isEmpty()) {
        Constraint c;
        QStringList parts;
        QStringList tests;
        for (const SearchKeys::Range &range : ranges) {
            parts.append(QStringLiteral("(key >= ? AND key < ?)"));
            c.values << range.from << range.to;
            // A key starting with the text is the text after a separator in search_text.
            tests.append(QStringLiteral("instr(a.search_text, ?) > 0"));
            c.existsValues << QString(RosterIndex::KeySeparator + range.from);
        }
        const QString where = parts.join(QStringLiteral(" OR "));
        c.ids = QStringLiteral("SELECT applicant_id FROM search_keys WHERE ") + where;
        c.exists = QLatin1Char('(') + tests.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        c.keyRanges = where;
        result.append(c);
    }
    if (!query.states.isEmpty()) {
        Constraint c;
        QStringList marks;
        for (const QString &state : query.states) {
            marks.append(QStringLiteral("?"));
            c.values << QString(RosterIndex::StateTagPrefix + state);
        }
        const QString where =
            QStringLiteral("tag IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
        c.ids = QStringLiteral("SELECT applicant_id FROM applicant_tags WHERE ") + where;
        c.exists = QStringLiteral("EXISTS (SELECT 1 FROM applicant_tags t WHERE t.applicant_id = "
                                  "%1 AND ")
                   + where + QLatin1Char(')');
        c.existsValues = c.values;
        result.append(c);
    }
    for (const QString &step : query.missing) {
        Constraint c;
        c.values << QString(RosterIndex::MissingTagPrefix + step);
        c.ids = QStringLiteral("SELECT applicant_id FROM applicant_tags WHERE tag = ?");
        c.exists = QStringLiteral(
            "EXISTS (SELECT 1 FROM applicant_tags t WHERE t.applicant_id = %1 AND tag = ?)");
        c.existsValues = c.values;
        result.append(c);
    }
    return result;
}

} // namespace

Result<RosterPage> RosterSearch::page(const RosterQuery &request)
{
    const QString action = tr("read the applicant list");
    const QList<Constraint> constraints = constraintsOf(request);
    const int limit = qBound(1, request.limit, 1000);
    const int offset = qMax(0, request.offset);

    // The most selective condition, measured (up to the larger threshold + 1 rows).
    const bool byName = request.order == RosterQuery::Order::Name;
    const int probeLimit = qMax(s_denseThreshold, byName ? s_sortedKeysThreshold : 0) + 1;
    qsizetype driver = -1;
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        QSqlQuery probe(m_db.connection());
        probe.prepare(QStringLiteral("SELECT count(*) FROM (") + constraints.at(i).ids
                      + QStringLiteral(" LIMIT %1)").arg(probeLimit));
        if (auto done = run(probe, constraints.at(i).values, action); !done) {
            return done.error();
        }
        probe.next();
        const qint64 count = probe.value(0).toLongLong();
        if (count < fewest) {
            fewest = count;
            driver = i;
        }
    }
    bool sortedKeys = byName && driver >= 0 && !constraints.at(driver).keyRanges.isEmpty()
                      && fewest <= s_sortedKeysThreshold;
    bool sparse = driver >= 0 && fewest <= s_denseThreshold;
    // Matches that lie all along the order walked: a number's or a filter's in name order, a
    // search's in time order (a filter's may gather there: what was touched lately is what was
    // worked on).
    const bool searching = !constraints.isEmpty() && !constraints.first().keyRanges.isEmpty();
    const bool spread =
        constraints.size() == 1
        && (byName ? !searching || SearchKeys::isNumber(request.search) : searching);
    if ((sortedKeys || sparse) && spread && fewest > 0) {
        // The applicants' ids are never given again: the largest is the count or more.
        QSqlQuery last(m_db.connection());
        if (!last.exec(QStringLiteral("SELECT coalesce(max(id), 0) FROM applicants"))) {
            return StoreError::fromSql(last.lastError(), action);
        }
        last.next();
        const qint64 applicants = last.value(0).toLongLong();
        const qint64 walked = (qint64(offset) + limit + 1) * applicants / fewest;
        if (walked < fewest) {
            sortedKeys = false;
            sparse = false;
        }
    }
    m_lastWay = sortedKeys ? Way::SortedKeys : sparse ? Way::LookUp : Way::Walk;
    const QString columns = QStringLiteral(
        "SELECT a.id, a.uuid, a.label, a.name, a.name_pinyin, a.id_number, a.mobile, "
        "a.touched_at, a.tags_text FROM ");
    QString sql;
    QVariantList values;
    if (sortedKeys) {
        // The matching keys carry the sort key: the page comes from their index alone, and
        // only its rows are read. Deleted applicants have no keys.
        const Constraint &search = constraints.at(driver);
        sql = columns
              + QStringLiteral("(SELECT DISTINCT k.sort_key, k.applicant_id FROM search_keys k "
                               "WHERE (")
              + search.keyRanges + QLatin1Char(')');
        values += search.values;
        for (qsizetype i = 0; i < constraints.size(); ++i) {
            if (i != driver) {
                sql += QStringLiteral(" AND ")
                       + QString(constraints.at(i).exists)
                             .replace(QStringLiteral("%1"), QStringLiteral("k.applicant_id"));
                values += constraints.at(i).existsValues;
            }
        }
        sql += QStringLiteral(" ORDER BY k.sort_key, k.applicant_id LIMIT ? OFFSET ?) m "
                              "JOIN applicants a ON a.id = m.applicant_id "
                              "ORDER BY m.sort_key, m.applicant_id");
        values << limit + 1 << offset;
    } else {
        sql = columns + QStringLiteral("applicants a ");
        if (!sparse) {
            sql += byName ? QStringLiteral("INDEXED BY applicants_by_name ")
                          : QStringLiteral("INDEXED BY applicants_by_touched ");
        }
        // "+": without statistics SQLite would take deleted = 0 as selective and walk an index
        // of every applicant instead of looking the matches up by id.
        sql +=
            sparse ? QStringLiteral("WHERE +a.deleted = 0") : QStringLiteral("WHERE a.deleted = 0");
        for (qsizetype i = 0; i < constraints.size(); ++i) {
            if (sparse && i == driver) {
                sql += QStringLiteral(" AND a.id IN (") + constraints.at(i).ids + QLatin1Char(')');
                values += constraints.at(i).values;
            } else {
                sql += QStringLiteral(" AND ")
                       + QString(constraints.at(i).exists)
                             .replace(QStringLiteral("%1"), QStringLiteral("a.id"));
                values += constraints.at(i).existsValues;
            }
        }
        // A sparse page is sorted after the lookup ("+" keeps SQLite from walking the order
        // index).
        const QString prefix = sparse ? QStringLiteral("+") : QString();
        sql += byName ? QStringLiteral(" ORDER BY %1a.sort_key, a.id").arg(prefix)
                      : QStringLiteral(" ORDER BY %1a.touched_at DESC, a.id").arg(prefix);
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << limit + 1 << offset;
    }

    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (auto done = run(query, values, action); !done) {
        return done.error();
    }
    RosterPage page;
    QList<qint64> ids;
    while (query.next()) {
        if (page.entries.size() == limit) {
            page.hasMore = true;
            break;
        }
        RosterEntry entry;
        entry.uuid = QUuid(query.value(1).toString());
        entry.label = query.value(2).toString();
        entry.name = query.value(3).toString();
        entry.namePinyin = query.value(4).toString();
        entry.idNumber = query.value(5).toString();
        entry.mobile = query.value(6).toString();
        entry.touchedAt = fromStamp(query.value(7));
        const QStringList tags =
            query.value(8).toString().split(RosterIndex::KeySeparator, Qt::SkipEmptyParts);
        for (const QString &tag : tags) {
            if (tag.startsWith(RosterIndex::StateTagPrefix)) {
                entry.states.append(tag.mid(RosterIndex::StateTagPrefix.size()));
            } else if (tag.startsWith(RosterIndex::MissingTagPrefix)
                       && tag != RosterIndex::MissingTagPrefix + RosterIndex::MissingAny) {
                entry.missing.append(tag.mid(RosterIndex::MissingTagPrefix.size()));
            }
        }
        page.entries.append(entry);
    }
    return page;
}

Result<qint64> RosterSearch::count(const RosterQuery &request)
{
    const QList<Constraint> constraints = constraintsOf(request);
    QString sql;
    QVariantList values;
    if (!constraints.isEmpty() && !constraints.first().keyRanges.isEmpty()) {
        // A search counts its keys' applicants (only live ones have keys), from the index alone.
        sql = QStringLiteral("SELECT count(DISTINCT k.applicant_id) FROM search_keys k WHERE (")
              + constraints.first().keyRanges + QLatin1Char(')');
        values += constraints.first().values;
        for (qsizetype i = 1; i < constraints.size(); ++i) {
            sql += QStringLiteral(" AND ")
                   + QString(constraints.at(i).exists)
                         .replace(QStringLiteral("%1"), QStringLiteral("k.applicant_id"));
            values += constraints.at(i).existsValues;
        }
    } else {
        sql = QStringLiteral("SELECT count(*) FROM applicants a WHERE +a.deleted = 0");
        for (const Constraint &c : constraints) {
            sql += QStringLiteral(" AND a.id IN (") + c.ids + QLatin1Char(')');
            values += c.values;
        }
    }
    QSqlQuery query(m_db.connection());
    query.prepare(sql);
    if (auto done = run(query, values, tr("count the applicants")); !done) {
        return done.error();
    }
    query.next();
    return query.value(0).toLongLong();
}

} // namespace dd::store
