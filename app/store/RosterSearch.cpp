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
} // namespace

void RosterSearch::setDenseThreshold(int matches)
{
    s_denseThreshold = matches > 0 ? matches : DefaultDenseThreshold;
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
    QString exists;      // the same as a correlated EXISTS on a.id
    QVariantList values; // bound in order
};

QList<Constraint> constraintsOf(const RosterQuery &query)
{
    QList<Constraint> result;
    const QList<SearchKeys::Range> ranges = SearchKeys::rangesFor(query.search);
    if (!ranges.isEmpty()) {
        Constraint c;
        QStringList parts;
        for (const SearchKeys::Range &range : ranges) {
            parts.append(QStringLiteral("(key >= ? AND key < ?)"));
            c.values << range.from << range.to;
        }
        const QString where = parts.join(QStringLiteral(" OR "));
        c.ids = QStringLiteral("SELECT applicant_id FROM search_keys WHERE ") + where;
        c.exists = QStringLiteral("EXISTS (SELECT 1 FROM search_keys k WHERE k.applicant_id = a.id "
                                  "AND (")
                   + where + QStringLiteral("))");
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
                                  "a.id AND ")
                   + where + QLatin1Char(')');
        result.append(c);
    }
    for (const QString &step : query.missing) {
        Constraint c;
        c.values << QString(RosterIndex::MissingTagPrefix + step);
        c.ids = QStringLiteral("SELECT applicant_id FROM applicant_tags WHERE tag = ?");
        c.exists = QStringLiteral(
            "EXISTS (SELECT 1 FROM applicant_tags t WHERE t.applicant_id = a.id AND tag = ?)");
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

    // The most selective condition, measured (up to s_denseThreshold + 1 rows).
    qsizetype driver = -1;
    qint64 fewest = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        QSqlQuery probe(m_db.connection());
        probe.prepare(QStringLiteral("SELECT count(*) FROM (") + constraints.at(i).ids
                      + QStringLiteral(" LIMIT %1)").arg(s_denseThreshold + 1));
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
    const bool byName = request.order == RosterQuery::Order::Name;
    const bool sparse = driver >= 0 && fewest <= s_denseThreshold;
    QString sql = QStringLiteral(
        "SELECT a.id, a.uuid, a.label, a.name, a.name_pinyin, a.id_number, a.mobile, "
        "a.touched_at FROM applicants a ");
    QVariantList values;
    if (!sparse) {
        sql += byName ? QStringLiteral("INDEXED BY applicants_by_name ")
                      : QStringLiteral("INDEXED BY applicants_by_touched ");
    }
    // "+": without statistics SQLite would take deleted = 0 as selective and walk an index of
    // every applicant instead of looking the matches up by id.
    sql += sparse ? QStringLiteral("WHERE +a.deleted = 0") : QStringLiteral("WHERE a.deleted = 0");
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        if (sparse && i == driver) {
            sql += QStringLiteral(" AND a.id IN (") + constraints.at(i).ids + QLatin1Char(')');
        } else {
            sql += QStringLiteral(" AND ") + constraints.at(i).exists;
        }
        values += constraints.at(i).values;
    }
    // A sparse page is sorted after the lookup ("+" keeps SQLite from walking the order index).
    const QString prefix = sparse ? QStringLiteral("+") : QString();
    sql += byName ? QStringLiteral(" ORDER BY %1a.sort_key, a.id").arg(prefix)
                  : QStringLiteral(" ORDER BY %1a.touched_at DESC, a.id").arg(prefix);
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit + 1 << offset;

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
        ids.append(query.value(0).toLongLong());
        RosterEntry entry;
        entry.uuid = QUuid(query.value(1).toString());
        entry.label = query.value(2).toString();
        entry.name = query.value(3).toString();
        entry.namePinyin = query.value(4).toString();
        entry.idNumber = query.value(5).toString();
        entry.mobile = query.value(6).toString();
        entry.touchedAt = fromStamp(query.value(7));
        page.entries.append(entry);
    }
    query.finish();
    if (ids.isEmpty()) {
        return page;
    }
    QStringList marks;
    QVariantList idValues;
    for (const qint64 id : std::as_const(ids)) {
        marks.append(QStringLiteral("?"));
        idValues.append(id);
    }
    QSqlQuery tags(m_db.connection());
    tags.setForwardOnly(true);
    tags.prepare(
        QStringLiteral("SELECT applicant_id, tag FROM applicant_tags WHERE applicant_id IN (")
        + marks.join(QLatin1Char(',')) + QStringLiteral(") ORDER BY applicant_id, tag"));
    if (auto done = run(tags, idValues, action); !done) {
        return done.error();
    }
    while (tags.next()) {
        const qsizetype row = ids.indexOf(tags.value(0).toLongLong());
        const QString tag = tags.value(1).toString();
        RosterEntry &entry = page.entries[row];
        if (tag.startsWith(RosterIndex::StateTagPrefix)) {
            entry.states.append(tag.mid(RosterIndex::StateTagPrefix.size()));
        } else if (tag.startsWith(RosterIndex::MissingTagPrefix)
                   && tag != RosterIndex::MissingTagPrefix + RosterIndex::MissingAny) {
            entry.missing.append(tag.mid(RosterIndex::MissingTagPrefix.size()));
        }
    }
    return page;
}

Result<qint64> RosterSearch::count(const RosterQuery &request)
{
    QString sql = QStringLiteral("SELECT count(*) FROM applicants a WHERE +a.deleted = 0");
    QVariantList values;
    for (const Constraint &c : constraintsOf(request)) {
        sql += QStringLiteral(" AND a.id IN (") + c.ids + QLatin1Char(')');
        values += c.values;
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
