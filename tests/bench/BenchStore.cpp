// bench_store [--db PATH [--searches-only]] [--count N] [--seed S] [--profile]: the store at the
// size of a large office.
//
// Generates N applicants (100,000 by default) with realistic Chinese names (surnames by their
// frequency, given names from common characters, so names repeat as real ones do), their
// 姓名拼音, resident ID numbers with the right check character and mobiles, each with a
// registration, basic information and one degree application in a varied state; imports
// them with Store::importApplicants in batches of 10,000 into a new database (in a temporary
// folder, or at --db PATH to keep it), then measures. Figures go to stdout, one per line as
// "name: value unit"; progress goes to stderr.
//
//   open_first_page   Database::open + the roster's first page (50, by name), ms
//   search_p50/p99    Store::roster's first page at each keystroke of typed searches, ms
//   import_10k        the last batch of 10,000 (on top of the others), ms
//   import_10k_cpu    the processor time of that batch, all threads, its checkpoint included,
//                     ms: its cost on a busy machine, where the wall clock waits for other
//                     programs too
//   import_10k_checkpoint  the checkpoint of that batch's WAL, which the import leaves to a
//                     thread of its own (Database::Checkpoint::Background): how long it ran
//                     after the import returned, ms
//   machine_reference a fixed job on every core at once (BenchSupport's
//                     referenceJobMilliseconds), the slowest's time, run just before the last
//                     batch, ms: how fast the machine ran then
//   peak_rss          the process's peak resident memory, MB
//   generate_100k     all N imported, ms;  db_size, MB
//   search_scan_p50/p99  the same keystrokes answered by a full scan with LIKE '%q%', ms:
//                     the alternative the search keys were chosen against.
//   import_10k_sqlite (--floor) the rows of the last batch written again by SQLite alone: at
//                     the end, they are copied into memory, taken out, and written back with
//                     INSERT ... SELECT in the order the import writes them, on the same
//                     connection (its pragmas and page cache), in one transaction, its
//                     checkpoint timed apart (as the import's). About what import_10k cannot go
//                     below with this schema, on the same machine at the same hour.
//
// --profile adds, on stderr, the time SQLite spent in each statement during the last import
// batch (sqlite3_trace_v2), the busiest first: where an import's time goes; and the slowest
// keystrokes of the searches.

#include "domain/ApplicationStateMachine.h"
#include "domain/IdNumberRule.h"
#include "domain/Pinyin.h"
#include "platform/Clock.h"
#include "store/Database.h"
#include "store/SearchKeys.h"
#include "store/Store.h"
#include "support/SampleRecords.h"

#include "BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <map>
#include <optional>

#ifdef DD_BENCH_SQLITE_PROFILE
#include <sqlite3.h>
#endif

namespace {

using namespace dd;
using namespace dd::bench;

constexpr int BatchSize = 10'000;
constexpr int PageSize = 50;

// The commonest surnames, with their share in per mille (rounded, after the 2020 census), and
// a few compound surnames.
struct Surname
{
    const char16_t *text;
    int weight;
};
constexpr Surname Surnames[] = {
    {u"王", 71},  {u"李", 70},  {u"张", 67},  {u"刘", 54}, {u"陈", 45}, {u"杨", 31}, {u"黄", 22},
    {u"赵", 20},  {u"吴", 20},  {u"周", 19},  {u"徐", 13}, {u"孙", 12}, {u"马", 12}, {u"朱", 11},
    {u"胡", 10},  {u"郭", 10},  {u"何", 9},   {u"高", 9},  {u"林", 9},  {u"罗", 8},  {u"郑", 8},
    {u"梁", 8},   {u"谢", 6},   {u"宋", 6},   {u"唐", 6},  {u"许", 5},  {u"韩", 5},  {u"冯", 5},
    {u"邓", 5},   {u"曹", 5},   {u"彭", 5},   {u"曾", 5},  {u"肖", 5},  {u"田", 4},  {u"董", 4},
    {u"袁", 4},   {u"潘", 4},   {u"于", 4},   {u"蒋", 4},  {u"蔡", 4},  {u"余", 4},  {u"杜", 4},
    {u"叶", 4},   {u"程", 4},   {u"苏", 3},   {u"魏", 3},  {u"吕", 3},  {u"丁", 3},  {u"任", 3},
    {u"沈", 3},   {u"姚", 3},   {u"卢", 3},   {u"姜", 3},  {u"崔", 3},  {u"钟", 3},  {u"谭", 3},
    {u"陆", 3},   {u"汪", 3},   {u"范", 3},   {u"金", 3},  {u"石", 3},  {u"廖", 2},  {u"贾", 2},
    {u"夏", 2},   {u"韦", 2},   {u"付", 2},   {u"方", 2},  {u"白", 2},  {u"邹", 2},  {u"孟", 2},
    {u"熊", 2},   {u"秦", 2},   {u"邱", 2},   {u"江", 2},  {u"尹", 2},  {u"薛", 2},  {u"闫", 2},
    {u"段", 2},   {u"雷", 2},   {u"侯", 2},   {u"龙", 2},  {u"史", 2},  {u"单", 1},  {u"欧阳", 1},
    {u"司马", 1}, {u"诸葛", 1}, {u"上官", 1},
};

// Characters common in given names.
constexpr char16_t GivenCharacters[] =
    u"伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉力鹏宇浩凯俊帆婷雪琳晨欣怡子涵"
    u"梓轩博睿思佳嘉一天宏志海波峰斌亮林玉红春燕颖慧晶新东永成龙飞鑫昊泽雨萱诗梦瑶琪晓丹阳"
    u"立荣莉倩宁琦彬坤晖雯璐瑞祥鸿旭航铭皓然若曦欢乐安康德福";

// The first six digits of real address codes (districts of large cities).
constexpr const char16_t *AddressCodes[] = {
    u"110105", u"110108", u"110101", u"310104", u"310115", u"440106", u"440305", u"320102",
    u"330106", u"420106", u"510107", u"610113", u"120104", u"500103", u"370102", u"410105",
    u"430104", u"350102", u"210102", u"230103", u"130102", u"140105", u"360102", u"450103",
};

constexpr const char16_t *MobilePrefixes[] = {u"138", u"139", u"135", u"136", u"137", u"150",
                                              u"151", u"152", u"158", u"159", u"186", u"187",
                                              u"188", u"177", u"180", u"181", u"189", u"199"};

// Application states, most applications early in their life.
struct StateWeight
{
    domain::ApplicationState state;
    int weight;
};
constexpr StateWeight States[] = {
    {domain::ApplicationState::Draft, 30},           {domain::ApplicationState::Submitted, 20},
    {domain::ApplicationState::Confirmed, 12},       {domain::ApplicationState::Returned, 4},
    {domain::ApplicationState::Cancelled, 4},        {domain::ApplicationState::Approved, 12},
    {domain::ApplicationState::DefenseRequested, 6}, {domain::ApplicationState::DefenseApproved, 4},
    {domain::ApplicationState::DefenseRejected, 1},  {domain::ApplicationState::DefensePassed, 3},
    {domain::ApplicationState::DefenseFailed, 1},    {domain::ApplicationState::Awarded, 2},
    {domain::ApplicationState::NotAwarded, 1},
};

struct Person
{
    QString name;
    QString given;  // the given name alone
    QString pinyin; // 姓名拼音, "Zhang Wei"
    QString idNumber;
    QString mobile;
};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {
        for (const Surname &s : Surnames) {
            m_surnameTotal += s.weight;
        }
        for (const StateWeight &s : States) {
            m_stateTotal += s.weight;
        }
    }

    Person person()
    {
        Person p;
        p.given = given();
        if (m_random.bounded(10) < 6) {
            p.given += given();
        }
        p.name = surname() + p.given;
        p.pinyin = domain::Pinyin::forName(p.name);
        p.idNumber = idNumber();
        p.mobile = QString::fromUtf16(pick(MobilePrefixes)) + digits(8);
        return p;
    }

    QString state()
    {
        int roll = int(m_random.bounded(m_stateTotal));
        for (const StateWeight &s : States) {
            if ((roll -= s.weight) < 0) {
                return domain::ApplicationStateMachine::stateCode(s.state);
            }
        }
        return domain::ApplicationStateMachine::stateCode(domain::ApplicationState::Draft);
    }

    store::Store::NewApplicant applicant(Person *generated)
    {
        const Person p = person();
        *generated = p;
        domain::Registration r = test::validRegistration();
        const QString account = store::SearchKeys::normalize(p.pinyin) + p.mobile.right(4);
        r.userName = r.email = r.emailConfirm = account + QStringLiteral("@163.com");
        r.mobile = r.eveningPhone = p.mobile;
        r.name = p.name;
        r.idNumber = r.idNumberConfirm = p.idNumber;

        domain::BasicInfo b = test::validBasicInfo();
        b.name = p.name;
        b.namePinyin = p.pinyin;
        b.idNumber = b.idNumberConfirm = p.idNumber;
        b.birthDate = p.idNumber.mid(6, 8);
        b.gender =
            p.idNumber.at(16).digitValue() % 2 == 1 ? QStringLiteral("1") : QStringLiteral("2");

        domain::DegreeApplication a = test::validDegreeApplication();
        a.state = state();

        store::Store::NewApplicant item;
        item.dossier.registration = r;
        item.dossier.basicInfo = b;
        item.dossier.applications = {a};
        return item;
    }

    template<typename T, std::size_t N>
    const T &pick(const T (&array)[N])
    {
        return array[m_random.bounded(quint32(N))];
    }
    int bounded(int limit) { return int(m_random.bounded(limit)); }

private:
    QString surname()
    {
        int roll = int(m_random.bounded(m_surnameTotal));
        for (const Surname &s : Surnames) {
            if ((roll -= s.weight) < 0) {
                return QString::fromUtf16(s.text);
            }
        }
        return QStringLiteral("王");
    }

    QString given()
    {
        constexpr qsizetype count = std::size(GivenCharacters) - 1; // without the final NUL
        return QString(QChar(GivenCharacters[m_random.bounded(quint32(count))]));
    }

    QString digits(int count)
    {
        QString text;
        for (int i = 0; i < count; ++i) {
            text.append(QChar(u'0' + char16_t(m_random.bounded(10))));
        }
        return text;
    }

    QString idNumber()
    {
        const QDate birth = QDate(1965, 1, 1).addDays(m_random.bounded(365 * 35));
        const QString first17 = QString::fromUtf16(pick(AddressCodes))
                                + birth.toString(QStringLiteral("yyyyMMdd")) + digits(3);
        return first17 + domain::IdNumberRule::checkCharacter(first17);
    }

    QRandomGenerator m_random;
    int m_surnameTotal = 0;
    int m_stateTotal = 0;
};

// What staff type to find someone, keystroke by keystroke: each query is the list of texts
// in the search field after each key.
QList<QStringList> typedSearches(const QList<Person> &people, Generator &random)
{
    auto keystrokes = [](const QString &text) {
        QStringList typed;
        const QList<uint> points = text.toUcs4();
        for (qsizetype i = 1; i <= points.size(); ++i) {
            typed.append(
                QString::fromUcs4(reinterpret_cast<const char32_t *>(points.constData()), i));
        }
        return typed;
    };
    QList<QStringList> searches;
    for (const Person &p : people) {
        const QString compact = store::SearchKeys::normalize(p.pinyin);
        QString initials;
        for (const QString &word : p.pinyin.split(QLatin1Char(' '))) {
            initials += word.left(1).toLower();
        }
        switch (random.bounded(8)) {
        case 0: // the name in characters (an input method commits whole characters)
            searches.append(keystrokes(p.name));
            break;
        case 1: // the pinyin, letter by letter, up to the surname and the given name's start
        case 2:
            searches.append(keystrokes(compact.left(qMin<qsizetype>(compact.size(), 8))));
            break;
        case 3: // the initials of the surname and the given name
            searches.append(keystrokes(initials));
            break;
        case 4: // the start of the ID number (the area code)
            searches.append(keystrokes(p.idNumber.left(6)));
            break;
        case 5: // the last digits of the ID number, as read off the card
            searches.append(keystrokes(p.idNumber.right(4 + random.bounded(3))));
            break;
        case 6: // the last four digits of the mobile
            searches.append(keystrokes(p.mobile.right(4)));
            break;
        default: // the given name alone, in characters
            searches.append(keystrokes(p.given));
            break;
        }
    }
    return searches;
}

// Time per statement text, from SQLite's own profile callback.
struct StatementProfile
{
    struct Entry
    {
        qint64 nanoseconds = 0;
        qint64 runs = 0;
    };
    std::map<std::string, Entry> entries;

#ifdef DD_BENCH_SQLITE_PROFILE
    static int callback(unsigned type, void *context, void *statement, void *elapsed)
    {
        if (type == SQLITE_TRACE_PROFILE) {
            auto *self = static_cast<StatementProfile *>(context);
            Entry &entry = self->entries[sqlite3_sql(static_cast<sqlite3_stmt *>(statement))];
            entry.nanoseconds += *static_cast<sqlite3_int64 *>(elapsed);
            ++entry.runs;
        }
        return 0;
    }
#endif

    void attach(const QSqlDatabase &connection)
    {
#ifdef DD_BENCH_SQLITE_PROFILE
        const QVariant handle = connection.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            sqlite3_trace_v2(*static_cast<sqlite3 *const *>(handle.constData()),
                             SQLITE_TRACE_PROFILE, &StatementProfile::callback, this);
            return;
        }
#endif
        Q_UNUSED(connection);
        std::fprintf(stderr, "--profile: this build cannot read SQLite's statement timings\n");
    }

    static void detach(const QSqlDatabase &connection)
    {
#ifdef DD_BENCH_SQLITE_PROFILE
        const QVariant handle = connection.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
            sqlite3_trace_v2(*static_cast<sqlite3 *const *>(handle.constData()), 0, nullptr,
                             nullptr);
        }
#else
        Q_UNUSED(connection);
#endif
    }

    void print() const
    {
        std::vector<std::pair<std::string, Entry>> sorted(entries.begin(), entries.end());
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return a.second.nanoseconds > b.second.nanoseconds;
        });
        for (const auto &[sql, entry] : sorted) {
            std::fprintf(stderr, "%9.1f ms %8lld x  %.110s\n", double(entry.nanoseconds) / 1e6,
                         static_cast<long long>(entry.runs), sql.c_str());
        }
    }
};

// import_10k_sqlite: SQLite alone writing the rows of the last batch (--floor), on the same
// connection and page cache: the rows are copied aside, taken out, and written back.
class SqliteFloor
{
public:
    // Before the last batch: where the rows end.
    static SqliteFloor before(store::Database &database)
    {
        SqliteFloor floor;
        QSqlQuery query(database.connection());
        floor.m_applicant =
            scalar(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM applicants"));
        floor.m_record = scalar(query, QStringLiteral("SELECT coalesce(max(id), 0) FROM records"));
        floor.m_outbox = scalar(query, QStringLiteral("SELECT coalesce(max(seq), 0) FROM outbox"));
        return floor;
    }

    // After it: the batch's rows written again, timed. The database ends as it was.
    double measure(store::Database &database) const
    {
        QSqlQuery query(database.connection());
        // Copied in memory in the order each table takes them in the import: records,
        // changes and tags as they come, the applicants by name (since a550444 also the order
        // of their ids), the keys by key. Table after table; the import writes the first four
        // chunk by chunk.
        struct Table
        {
            const char *name;
            QString batch;     // its rows of the last batch
            const char *order; // the order the import writes them in
        };
        const QString after = QString::number(m_applicant);
        const Table tables[] = {
            {"records", QStringLiteral("id > %1").arg(m_record), "id"},
            {"outbox", QStringLiteral("seq > %1").arg(m_outbox), "seq"},
            {"applicant_tags", QStringLiteral("applicant_id > ") + after, "applicant_id, tag"},
            {"applicants", QStringLiteral("id > ") + after, "sort_key, id"},
            {"search_keys", QStringLiteral("applicant_id > ") + after,
             "key, sort_key, applicant_id"},
        };
        for (const Table &table : tables) {
            exec(query,
                 QStringLiteral("CREATE TEMP TABLE floor_%1 AS SELECT * FROM main.%1 WHERE %2 "
                                "ORDER BY %3")
                     .arg(QLatin1String(table.name), table.batch, QLatin1String(table.order)));
        }
        exec(query, QStringLiteral("BEGIN IMMEDIATE"));
        for (auto it = std::rbegin(tables); it != std::rend(tables); ++it) {
            exec(query, QStringLiteral("DELETE FROM main.%1 WHERE %2")
                            .arg(QLatin1String(it->name), it->batch));
        }
        exec(query, QStringLiteral("COMMIT"));

        QElapsedTimer timer;
        timer.start();
        QStringList steps;
        QElapsedTimer step;
        step.start();
        exec(query, QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        exec(query, QStringLiteral("BEGIN IMMEDIATE"));
        exec(query, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        for (const Table &table : tables) {
            exec(query, QStringLiteral("INSERT INTO main.%1 SELECT * FROM temp.floor_%1 "
                                       "ORDER BY rowid")
                            .arg(QLatin1String(table.name)));
            steps.append(
                QStringLiteral("%1 %2").arg(QLatin1String(table.name)).arg(step.restart()));
        }
        exec(query, QStringLiteral("COMMIT"));
        const double elapsed = milliseconds(timer);
        steps.append(QStringLiteral("commit %1").arg(step.restart()));
        exec(query, QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        steps.append(QStringLiteral("checkpoint %1").arg(step.restart()));
        exec(query, QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
        progress(QStringLiteral("SQLite alone, ms: ") + steps.join(QStringLiteral(", ")));
        for (const Table &table : tables) {
            exec(query, QStringLiteral("DROP TABLE temp.floor_%1").arg(QLatin1String(table.name)));
        }
        return elapsed;
    }

private:
    static void exec(QSqlQuery &query, const QString &sql)
    {
        if (!query.exec(sql)) {
            progress(QStringLiteral("--floor: %1 failed: %2").arg(sql, query.lastError().text()));
            std::exit(1);
        }
    }

    static qint64 scalar(QSqlQuery &query, const QString &sql)
    {
        exec(query, sql);
        query.next();
        return query.value(0).toLongLong();
    }

    qint64 m_applicant = 0;
    qint64 m_record = 0;
    qint64 m_outbox = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures the store with many applicants."));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("Keep the database at <path> (a new file)."),
                                      QStringLiteral("path"));
    const QCommandLineOption countOption(QStringLiteral("count"),
                                         QStringLiteral("How many applicants (100000)."),
                                         QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generated data (1)."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption searchesOption(QStringLiteral("searches"),
                                            QStringLiteral("How many typed searches (300)."),
                                            QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QStringLiteral("Print the time of each SQL statement in the last import batch."));
    const QCommandLineOption searchesOnlyOption(
        QStringLiteral("searches-only"),
        QStringLiteral("Search the database at --db made before, without importing."));
    const QCommandLineOption noScanOption(QStringLiteral("no-scan"),
                                          QStringLiteral("Leave out the full-scan comparison."));
    const QCommandLineOption floorOption(
        QStringLiteral("floor"),
        QStringLiteral(
            "Also time SQLite alone writing the last batch's rows (import_10k_sqlite)."));
    parser.addOptions({dbOption, countOption, seedOption, searchesOption, profileOption,
                       searchesOnlyOption, noScanOption, floorOption});
    parser.process(app);

    const int count = qMax(BatchSize, parser.value(countOption).toInt());
    const int searchCount = qMax(1, parser.value(searchesOption).toInt());
    Generator generator(parser.value(seedOption).toUInt());
    progress(QStringLiteral("memory: ") + allocatorName());

    QTemporaryDir temporary;
    QString path = parser.value(dbOption);
    if (path.isEmpty()) {
        if (!temporary.isValid()) {
            progress(QStringLiteral("cannot create a temporary folder"));
            return 1;
        }
        path = temporary.filePath(QStringLiteral("bench.sqlite"));
    }
    // --searches-only: a database this program made before with the same --count and --seed;
    // the people are generated again (to search for them) but not imported.
    const bool searchesOnly = parser.isSet(searchesOnlyOption);
    if (QFileInfo::exists(path) != searchesOnly) {
        progress(searchesOnly
                     ? QStringLiteral("%1 does not exist: make it first with --db").arg(path)
                     : QStringLiteral("%1 exists: give the path of a new file").arg(path));
        return 1;
    }

    store::Database database(platform::Clock::system());
    store::Database::Options options;
    options.dailyBackup = false;
    auto check = [](const auto &result, const char *what) {
        if (!result) {
            progress(QStringLiteral("%1 failed: %2 (%3)")
                         .arg(QLatin1String(what), result.error().message, result.error().detail));
            std::exit(1);
        }
    };
    check(database.open(path, options), "open");
    store::Store store(database);

    // --- import, in batches ---
    std::optional<SqliteFloor> floor; // --floor: the database before the last batch
    QList<Person> sample;             // people to search for, taken across the whole set
    double importTotal = 0.0;
    double lastBatch = 0.0;
    double lastBatchCpu = 0.0;
    double lastCheckpoint = 0.0;
    double machineReference = 0.0;
    for (int done = 0; done < count; done += BatchSize) {
        QList<store::Store::NewApplicant> batch;
        batch.reserve(BatchSize);
        for (int i = 0; i < BatchSize; ++i) {
            Person person;
            batch.append(generator.applicant(&person));
            if (generator.bounded(count) < searchCount) {
                sample.append(person);
            }
        }
        if (searchesOnly) {
            continue;
        }
        const bool last = done + BatchSize >= count;
        if (last) {
            machineReference = referenceJobMilliseconds();
        }
        if (last && parser.isSet(floorOption)) {
            floor.emplace(SqliteFloor::before(database));
        }
        StatementProfile profile;
        const bool profiling = parser.isSet(profileOption) && last;
        if (profiling) {
            profile.attach(database.connection());
        }
        QElapsedTimer timer;
        timer.start();
        const double cpuBefore = cpuMilliseconds();
        check(store.importApplicants(batch), "import");
        lastBatch = milliseconds(timer);
        // The checkpoint the import leaves to its own thread: its time after the import
        // returned, and its processor time counted in the import's.
        database.waitForCheckpoint();
        lastCheckpoint = milliseconds(timer) - lastBatch;
        lastBatchCpu = cpuMilliseconds() - cpuBefore;
        if (profiling) {
            StatementProfile::detach(database.connection());
            profile.print();
        }
        importTotal += lastBatch;
        progress(QStringLiteral("imported %1 of %2 (%3 ms, processor %4 ms)")
                     .arg(done + BatchSize)
                     .arg(count)
                     .arg(lastBatch, 0, 'f', 0)
                     .arg(lastBatchCpu, 0, 'f', 0));
    }

    // --- open and the first page ---
    database.close();
    const double size =
        double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size()) / 1e6;
    store::RosterQuery first;
    first.limit = PageSize;
    QElapsedTimer openTimer;
    openTimer.start();
    check(database.open(path, options), "open");
    const auto firstPage = store.roster(first);
    check(firstPage, "roster");
    const double openFirstPage = milliseconds(openTimer);

    // --- search as you type ---
    const QList<QStringList> searches = typedSearches(sample, generator);
    QList<double> indexed;
    QList<double> scanned;
    QList<std::pair<double, QString>> slowest; // --profile: the keystrokes that took longest
    qint64 keystrokes = 0;
    qint64 found = 0;
    QSqlQuery scan(database.connection());
    scan.setForwardOnly(true);
    scan.prepare(QStringLiteral(
        "SELECT id, uuid, label, name, name_pinyin, id_number, mobile, touched_at FROM applicants "
        "WHERE deleted = 0 AND (name LIKE ? OR name_pinyin LIKE ? OR replace(name_pinyin, ' ', '') "
        "LIKE ? OR id_number LIKE ? OR mobile LIKE ?) ORDER BY sort_key, id LIMIT ?"));
    StatementProfile searchProfile;
    if (parser.isSet(profileOption)) {
        searchProfile.attach(database.connection());
    }
    for (const QStringList &typed : searches) {
        for (const QString &text : typed) {
            store::RosterQuery query;
            query.search = text;
            query.limit = PageSize;
            QElapsedTimer timer;
            timer.start();
            const auto page = store.roster(query);
            indexed.append(milliseconds(timer));
            slowest.append({indexed.constLast(), text});
            check(page, "search");
            found += page->entries.size();
            ++keystrokes;
        }
    }
    if (parser.isSet(profileOption)) {
        StatementProfile::detach(database.connection());
        searchProfile.print();
    }
    // The full scan in a pass of its own: interleaved, it would empty the page cache the
    // indexed search runs on before every keystroke.
    for (const QStringList &typed : searches) {
        if (parser.isSet(noScanOption)) {
            break;
        }
        for (const QString &text : typed) {
            QElapsedTimer timer;
            timer.start();
            const QString pattern = QLatin1Char('%') + text + QLatin1Char('%');
            for (int i = 0; i < 5; ++i) {
                scan.bindValue(i, pattern);
            }
            scan.bindValue(5, PageSize + 1);
            if (!scan.exec()) {
                progress(QStringLiteral("scan failed: ") + scan.lastError().text());
                return 1;
            }
            while (scan.next()) {
            }
            scan.finish();
            scanned.append(milliseconds(timer));
        }
    }
    if (parser.isSet(profileOption)) {
        std::sort(slowest.begin(), slowest.end(),
                  [](const auto &a, const auto &b) { return a.first > b.first; });
        for (qsizetype i = 0; i < qMin<qsizetype>(15, slowest.size()); ++i) {
            progress(QStringLiteral("%1 ms  \"%2\"")
                         .arg(slowest.at(i).first, 7, 'f', 2)
                         .arg(slowest.at(i).second));
        }
    }
    progress(QStringLiteral("%1 searches, %2 keystrokes, %3 rows shown")
                 .arg(searches.size())
                 .arg(keystrokes)
                 .arg(found));

    figure("open_first_page", openFirstPage, "ms");
    figure("search_p50", percentile(indexed, 50), "ms");
    figure("search_p99", percentile(indexed, 99), "ms");
    figure("import_10k", lastBatch, "ms");
    figure("import_10k_cpu", lastBatchCpu, "ms");
    figure("import_10k_checkpoint", lastCheckpoint, "ms");
    figure("machine_reference", machineReference, "ms");
    figure("peak_rss", peakRssMegabytes(), "MB");
    figure("generate_100k", importTotal, "ms");
    figure("db_size", size, "MB");
    if (!scanned.isEmpty()) {
        figure("search_scan_p50", percentile(scanned, 50), "ms");
        figure("search_scan_p99", percentile(scanned, 99), "ms");
    }
    // Last: its copies in memory would count in peak_rss.
    if (floor) {
        figure("import_10k_sqlite", floor->measure(database), "ms");
    }
    return 0;
}
