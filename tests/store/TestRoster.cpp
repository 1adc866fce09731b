#include "store/Database.h"
#include "store/RosterSearch.h"
#include "store/SearchKeys.h"
#include "store/Store.h"
#include "support/ManualClock.h"
#include "support/RosterTags.h"
#include "support/SampleRecords.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using store::RosterQuery;

namespace {

struct Person
{
    QString name;
    QString pinyin;
    QString idNumber;
    QString mobile;
};

const QList<Person> &people()
{
    static const QList<Person> list{
        {QStringLiteral("王磊"), QStringLiteral("Wang Lei"), QStringLiteral("11010519900307451X"),
         QStringLiteral("13811112222")},
        {QStringLiteral("王丽"), QStringLiteral("Wang Li"), QStringLiteral("310104198805120028"),
         QStringLiteral("13900001111")},
        {QStringLiteral("李娜"), QStringLiteral("Li Na"), QStringLiteral("420106199109093321"),
         QStringLiteral("15012345678")},
        {QStringLiteral("张三丰"), QStringLiteral("Zhang Sanfeng"),
         QStringLiteral("110105198001010016"), QStringLiteral("13812345678")},
        {QStringLiteral("安娜"), QStringLiteral("An Na"), QStringLiteral("510107199512240047"),
         QStringLiteral("18600006666")},
        {QStringLiteral("单田芳"), QStringLiteral("Shan Tianfang"),
         QStringLiteral("210102197801013313"), QStringLiteral("13700007777")},
    };
    return list;
}

QStringList names(const store::Result<store::RosterPage> &page)
{
    QStringList result;
    if (!page.ok()) {
        result.append(QStringLiteral("error: ") + page.error().message);
        return result;
    }
    for (const store::RosterEntry &entry : page->entries) {
        result.append(entry.name);
    }
    return result;
}

} // namespace

class TestRoster : public QObject
{
    Q_OBJECT

private:
    test::ManualClock m_clock;
    QTemporaryDir m_dir;
    store::Database m_db{m_clock};
    store::Store m_store{m_db};

    static QList<QUuid> uuidsOf(const store::RosterPage &page)
    {
        QList<QUuid> uuids;
        for (const store::RosterEntry &entry : page.entries) {
            uuids.append(entry.uuid);
        }
        return uuids;
    }
    QHash<QString, QUuid> m_uuid; // by name

    // 2,100 李 sharing the start of their ID numbers and mobiles, with no photo: imported once.
    bool m_many = false;
    bool importMany()
    {
        if (m_many) {
            return true;
        }
        QList<store::Store::NewApplicant> batch;
        const QString given = QStringLiteral("一二三四五六七八九十");
        for (int i = 0; i < 2100; ++i) {
            domain::Dossier dossier;
            dossier.registration = test::validRegistration();
            dossier.registration->name =
                QStringLiteral("李") + given.at(i % 10) + given.at((i / 10) % 10);
            dossier.registration->idNumber = QStringLiteral("%1").arg(500000000000000000LL + i);
            dossier.registration->mobile = QStringLiteral("%1").arg(17000000000LL + i);
            batch.append({QString(), dossier});
        }
        m_many = m_store.importApplicants(batch).ok();
        return m_many;
    }

    QStringList search(const QString &text)
    {
        RosterQuery query;
        query.search = text;
        return names(m_store.roster(query));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("roster.sqlite"))).ok());
        for (const Person &person : people()) {
            m_clock.advanceSeconds(60);
            const auto applicant = m_store.createApplicant(person.name);
            QVERIFY(applicant.ok());
            m_uuid.insert(person.name, applicant->uuid);
            domain::Registration registration = test::validRegistration();
            registration.name = person.name;
            registration.idNumber = registration.idNumberConfirm = person.idNumber;
            registration.mobile = person.mobile;
            domain::BasicInfo info = test::validBasicInfo();
            info.name = person.name;
            info.namePinyin = person.pinyin;
            info.idNumber = info.idNumberConfirm = person.idNumber;
            QVERIFY(m_store.save(applicant->uuid, registration).ok());
            QVERIFY(m_store.save(applicant->uuid, info).ok());
        }
        domain::DegreeApplication submitted = test::validDegreeApplication();
        submitted.state = QStringLiteral("submitted");
        QVERIFY(m_store.save(m_uuid.value(QStringLiteral("王磊")), submitted).ok());
        QVERIFY(m_store.save(m_uuid.value(QStringLiteral("李娜")), test::validDegreeApplication())
                    .ok());
        QVERIFY(m_store.save(m_uuid.value(QStringLiteral("王磊")), test::validPhoto()).ok());
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing typed: everyone, by pinyin")
            << QString() << QStringList{QStringLiteral("安娜"),   QStringLiteral("李娜"),
                                        QStringLiteral("单田芳"), QStringLiteral("王磊"),
                                        QStringLiteral("王丽"),   QStringLiteral("张三丰")};
        QTest::newRow("surname") << QStringLiteral("王")
                                 << QStringList{QStringLiteral("王磊"), QStringLiteral("王丽")};
        QTest::newRow("given name")
            << QStringLiteral("娜") << QStringList{QStringLiteral("安娜"), QStringLiteral("李娜")};
        QTest::newRow("pinyin, typed in part")
            << QStringLiteral("wangl")
            << QStringList{QStringLiteral("王磊"), QStringLiteral("王丽")};
        QTest::newRow("pinyin of the given name")
            << QStringLiteral("Sanf") << QStringList{QStringLiteral("张三丰")};
        QTest::newRow("initials") << QStringLiteral("zsf") << QStringList{QStringLiteral("张三丰")};
        QTest::newRow("a surname's own reading")
            << QStringLiteral("shan") << QStringList{QStringLiteral("单田芳")};
        QTest::newRow("start of an ID number")
            << QStringLiteral("3101") << QStringList{QStringLiteral("王丽")};
        QTest::newRow("end of an ID number, lower-case x")
            << QStringLiteral("451x") << QStringList{QStringLiteral("王磊")};
        QTest::newRow("end of a mobile")
            << QStringLiteral("5678")
            << QStringList{QStringLiteral("李娜"), QStringLiteral("张三丰")};
        QTest::newRow("full-width digits")
            << QStringLiteral("１３９００") << QStringList{QStringLiteral("王丽")};
        QTest::newRow("nobody") << QStringLiteral("qqq") << QStringList();
        QTest::newRow("SQL is only text") << QStringLiteral("%' OR 1=1 --") << QStringList();
    }
    // A changed name takes its old keys with it; a deleted applicant leaves the roster.
    void keysFollowTheRecords()
    {
        store::Database database(m_clock);
        QTemporaryDir dir;
        QVERIFY(database.open(dir.filePath(QStringLiteral("keys.sqlite"))).ok());
        store::Store store(database);
        domain::Dossier dossier;
        dossier.registration = test::validRegistration();
        dossier.registration->name = QStringLiteral("欧阳修");
        const auto imported = store.importApplicants({{QString(), dossier}});
        QVERIFY(imported.ok());
        const QUuid uuid = imported->first();
        auto found = [&](const QString &text) {
            RosterQuery query;
            query.search = text;
            return store.rosterCount(query).value() + store.roster(query)->entries.size();
        };
        QCOMPARE(found(QStringLiteral("阳修")), qint64(2));
        QCOMPARE(found(QStringLiteral("oyx")), qint64(2));

        domain::Registration renamed = *dossier.registration;
        renamed.name = QStringLiteral("苏轼");
        QVERIFY(store.save(uuid, renamed).ok());
        QCOMPARE(found(QStringLiteral("oyx")), qint64(0));
        QCOMPARE(found(QStringLiteral("sush")), qint64(2));
        // The label the import gave is searched too, until it changes.
        QCOMPARE(found(QStringLiteral("阳修")), qint64(2));
        QVERIFY(store.renameApplicant(uuid, QStringLiteral("苏轼")).ok());
        QCOMPARE(found(QStringLiteral("阳修")), qint64(0));
        // A save that changes no key keeps them.
        QVERIFY(store.save(uuid, renamed).ok());
        QCOMPARE(found(QStringLiteral("苏")), qint64(2));

        QVERIFY(store.deleteApplicant(uuid).ok());
        QCOMPARE(found(QStringLiteral("苏")), qint64(0));
        QCOMPARE(found(dossier.registration->mobile.right(4)), qint64(0));
        QCOMPARE(store.rosterCount({}).value(), qint64(0));
    }

    // The filter tags follow the records, found by tag alone (the applicant's tags_text names
    // them): a save leaves no tag the applicant no longer has, whatever a state's text.
    void tagsFollowTheRecords()
    {
        store::Database database(m_clock);
        QTemporaryDir dir;
        QVERIFY(database.open(dir.filePath(QStringLiteral("tags.sqlite"))).ok());
        store::Store store(database);
        const auto created = store.createApplicant(QStringLiteral("王磊"));
        QVERIFY(created.ok());
        const QUuid uuid = created->uuid;
        auto tags = [&] { return test::rosterTags(database.connection()); };
        auto found = [&](const QStringList &states, const QStringList &missing) {
            RosterQuery query;
            query.states = states;
            query.missing = missing;
            return store.rosterCount(query).value();
        };

        QCOMPARE(found({}, {QStringLiteral("basicInfo")}), qint64(1));
        QVERIFY(store.save(uuid, test::validBasicInfo()).ok());
        QCOMPARE(found({}, {QStringLiteral("basicInfo")}), qint64(0));
        QCOMPARE(tags().rows, tags().named);

        // A state no release writes (a damaged or foreign record): its space becomes "_".
        domain::DegreeApplication application = test::validDegreeApplication();
        application.state = QStringLiteral("on hold");
        const auto saved = store.save(uuid, application);
        QVERIFY(saved.ok());
        QVERIFY(tags().rows.contains(QStringLiteral("state:on_hold")));
        QCOMPARE(tags().rows, tags().named);

        application.state = QStringLiteral("draft");
        QVERIFY(store.save(uuid, application, saved->uuid).ok());
        QCOMPARE(found({QStringLiteral("draft")}, {}), qint64(1));
        QVERIFY(!tags().rows.contains(QStringLiteral("state:on_hold")));
        QCOMPARE(tags().rows, tags().named);

        QVERIFY(store.deleteApplicant(uuid).ok());
        QCOMPARE(found({QStringLiteral("draft")}, {}), qint64(0));
        QVERIFY(tags().rows.isEmpty());
        QVERIFY(tags().named.isEmpty());
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(search(text), expected);
        RosterQuery query;
        query.search = text;
        QCOMPARE(m_store.rosterCount(query).value(), qint64(expected.size()));
    }

    void entriesCarryWhatTheRosterShows()
    {
        RosterQuery query;
        query.search = QStringLiteral("王磊");
        const auto page = m_store.roster(query);
        QVERIFY(page.ok());
        QCOMPARE(page->entries.size(), 1);
        const store::RosterEntry &entry = page->entries.first();
        QCOMPARE(entry.uuid, m_uuid.value(QStringLiteral("王磊")));
        QCOMPARE(entry.label, QStringLiteral("王磊"));
        QCOMPARE(entry.namePinyin, QStringLiteral("Wang Lei"));
        QCOMPARE(entry.idNumber, QStringLiteral("11010519900307451X"));
        QCOMPARE(entry.mobile, QStringLiteral("13811112222"));
        QCOMPARE(entry.states, QStringList{QStringLiteral("submitted")});
        QVERIFY(!entry.missing.contains(QStringLiteral("photo")));
        QVERIFY(entry.missing.contains(QStringLiteral("thesis")));
        QVERIFY(!entry.missing.contains(QStringLiteral("any")));
    }

    void pages()
    {
        RosterQuery query;
        query.limit = 4;
        auto page = m_store.roster(query);
        QCOMPARE(names(page).size(), 4);
        QVERIFY(page->hasMore);
        query.offset = 4;
        page = m_store.roster(query);
        QCOMPARE(names(page), (QStringList{QStringLiteral("王丽"), QStringLiteral("张三丰")}));
        QVERIFY(!page->hasMore);
    }

    void ordersByLatestChange()
    {
        RosterQuery query;
        query.order = RosterQuery::Order::RecentlyTouched;
        QCOMPARE(names(m_store.roster(query)).first(), QStringLiteral("王磊")); // the photo
        query.search = QStringLiteral("娜");
        QCOMPARE(names(m_store.roster(query)),
                 (QStringList{QStringLiteral("李娜"), QStringLiteral("安娜")}));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QStringList>("missing");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("submitted") << QString() << QStringList{QStringLiteral("submitted")}
                                   << QStringList() << QStringList{QStringLiteral("王磊")};
        QTest::newRow("draft or submitted")
            << QString() << QStringList{QStringLiteral("draft"), QStringLiteral("submitted")}
            << QStringList() << QStringList{QStringLiteral("李娜"), QStringLiteral("王磊")};
        QTest::newRow("photo missing")
            << QString() << QStringList() << QStringList{QStringLiteral("photo")}
            << QStringList{QStringLiteral("安娜"), QStringLiteral("李娜"), QStringLiteral("单田芳"),
                           QStringLiteral("王丽"), QStringLiteral("张三丰")};
        QTest::newRow("no application yet, named 王")
            << QStringLiteral("王") << QStringList()
            << QStringList{QStringLiteral("degreeApplication")}
            << QStringList{QStringLiteral("王丽")};
        QTest::newRow("draft, photo missing")
            << QString() << QStringList{QStringLiteral("draft")}
            << QStringList{QStringLiteral("photo"), QStringLiteral("any")}
            << QStringList{QStringLiteral("李娜")};
        QTest::newRow("an unknown state") << QString() << QStringList{QStringLiteral("nonsense")}
                                          << QStringList() << QStringList();
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, states);
        QFETCH(QStringList, missing);
        QFETCH(QStringList, expected);
        RosterQuery query;
        query.search = text;
        query.states = states;
        query.missing = missing;
        QCOMPARE(names(m_store.roster(query)), expected);
        QCOMPARE(m_store.rosterCount(query).value(), qint64(expected.size()));
    }

    // An import writes its roster rows, search keys and filter tags in bulk, chunk by chunk,
    // the keys sorted apart: the very rows a save writes for each applicant (refreshRoster
    // writes them again the save's way).
    void importWritesTheRosterASaveWould()
    {
        store::Database database(m_clock);
        QTemporaryDir dir;
        QVERIFY(database.open(dir.filePath(QStringLiteral("import.sqlite"))).ok());
        store::Store store(database);
        const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周");
        const QStringList pinyin{QStringLiteral("Wang"),  QStringLiteral("Li"),
                                 QStringLiteral("Zhang"), QStringLiteral("Liu"),
                                 QStringLiteral("Chen"),  QStringLiteral("Yang"),
                                 QStringLiteral("Huang"), QStringLiteral("Zhao"),
                                 QStringLiteral("Wu"),    QStringLiteral("Zhou")};
        const QString given = QStringLiteral("一二三四五六七八九十");
        const QStringList states{QStringLiteral("draft"), QStringLiteral("submitted"),
                                 QStringLiteral("accepted")};
        QList<store::Store::NewApplicant> batch;
        // More than a few chunks (125, 250, 500, 500 ...), in an order that is not the names'.
        for (int i = 0; i < 1'400; ++i) {
            const int n = (i * 7919) % 1'400;
            domain::Dossier dossier;
            dossier.registration = test::validRegistration();
            dossier.registration->name =
                surnames.at(n % 10) + given.at((n / 10) % 10) + given.at((n / 100) % 10);
            dossier.registration->idNumber = QStringLiteral("%1").arg(110000000000000000LL + n);
            dossier.registration->mobile = QStringLiteral("%1").arg(13000000000LL + 7 * n);
            if (n % 2 == 0) { // else the pinyin is made from the name
                dossier.basicInfo = test::validBasicInfo();
                dossier.basicInfo->name = dossier.registration->name;
                dossier.basicInfo->namePinyin = pinyin.at(n % 10) + QStringLiteral(" Yi");
            }
            if (n % 3 != 0) {
                domain::DegreeApplication application = test::validDegreeApplication();
                application.state = states.at(n % 3);
                dossier.applications.append(application);
            }
            if (n % 5 == 0) {
                dossier.photo = test::validPhoto();
            }
            batch.append({n % 7 == 0 ? QStringLiteral("Label %1").arg(n) : QString(), dossier});
        }
        QVERIFY(store.importApplicants(batch).ok());
        auto rows = [&database](const QString &sql) {
            QStringList result;
            QSqlQuery query(database.connection());
            if (!query.exec(sql)) {
                return QStringList{query.lastError().text()};
            }
            while (query.next()) {
                QStringList values;
                for (int i = 0; i < query.record().count(); ++i) {
                    values.append(query.value(i).toString());
                }
                result.append(values.join(QLatin1Char('|')));
            }
            return result;
        };
        const QString keys =
            QStringLiteral("SELECT key, sort_key, applicant_id FROM search_keys ORDER BY 1, 2, 3");
        const QString tags =
            QStringLiteral("SELECT tag, applicant_id FROM applicant_tags ORDER BY 1, 2");
        const QString applicants = QStringLiteral(
            "SELECT id, label, name, name_pinyin, id_number, mobile, sort_key, search_text, "
            "tags_text FROM applicants ORDER BY id");
        const QStringList importedKeys = rows(keys);
        const QStringList importedTags = rows(tags);
        const QStringList importedApplicants = rows(applicants);
        QVERIFY2(importedKeys.size() > 10 * batch.size(), qPrintable(importedKeys.value(0)));
        QVERIFY(importedTags.size() > batch.size());
        QCOMPARE(importedApplicants.size(), batch.size());

        QVERIFY(store.refreshRoster().ok());
        QCOMPARE(rows(keys), importedKeys);
        QCOMPARE(rows(tags), importedTags);
        QCOMPARE(rows(applicants), importedApplicants);
    }

    // Thousands of matches take the other way through the index (walk the roster in order
    // and test each row); the answer must be the same as the short way's.
    void manyMatchesGiveTheSameOrder()
    {
        QVERIFY(importMany());

        RosterQuery query;
        query.search = QStringLiteral("li");
        query.limit = 60;
        // Below the thresholds: the page sorted from the keys alone; then the same walking the
        // name index, and the next page each way.
        const auto byKeys = m_store.roster(query);
        query.offset = 60;
        const auto byKeysNext = m_store.roster(query);
        query.offset = 0;
        // 2,100 matches are "many" here: the long way is taken as at 100,000 applicants.
        store::RosterSearch::setDenseThreshold(1000);
        const auto restore = qScopeGuard([] { store::RosterSearch::setDenseThreshold(0); });
        const auto dense = m_store.roster(query);
        query.offset = 60;
        const auto denseNext = m_store.roster(query);
        query.offset = 0;
        QVERIFY(byKeys.ok() && byKeysNext.ok() && dense.ok() && denseNext.ok());
        QCOMPARE(uuidsOf(*byKeys), uuidsOf(*dense));
        QCOMPARE(uuidsOf(*byKeysNext), uuidsOf(*denseNext));
        QCOMPARE(byKeysNext->entries.size(), 60);
        QVERIFY(dense.ok());
        QCOMPARE(dense->entries.size(), 60);
        QVERIFY(dense->hasMore);
        // The 2,100 李, 李娜, and 王丽 (Wang Li: her given name starts with "li").
        QCOMPARE(m_store.rosterCount(query).value(), qint64(2102));
        QStringList keys;
        for (const store::RosterEntry &entry : dense->entries) {
            keys.append(
                store::SearchKeys::sortKey({entry.label, entry.name, entry.namePinyin, {}, {}}));
        }
        QStringList sorted = keys;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(keys, sorted);
        QCOMPARE(dense->entries.first().name, QStringLiteral("李八八"));

        // Narrowed by a filter that only one applicant passes: the short way again.
        query.states = {QStringLiteral("draft")};
        QCOMPARE(names(m_store.roster(query)), QStringList{QStringLiteral("李娜")});

        // The end of a mobile number shared by many.
        query = {};
        query.search = QStringLiteral("170000");
        QCOMPARE(m_store.rosterCount(query).value(), qint64(2100));
        query.order = RosterQuery::Order::RecentlyTouched;
        query.limit = 5;
        QCOMPARE(m_store.roster(query)->entries.size(), 5);
    }

    // A number's matches lie all along the name order (ID numbers say nothing of names): with
    // thousands of them the walk in order meets a page within a few rows, and is taken; deep
    // pages, a name's matches, and two conditions keep the other ways. Each gives the rows the
    // others give.
    void numbersWalkTheNameOrder()
    {
        QVERIFY(importMany());
        using Way = store::RosterSearch::Way;
        store::RosterSearch search(m_db);
        RosterQuery query;
        query.search = QStringLiteral("5000");
        query.limit = 60;
        const auto walked = search.page(query);
        QVERIFY(walked.ok());
        QCOMPARE(search.lastWay(), Way::Walk);
        query.offset = 60;
        const auto walkedNext = search.page(query);
        QCOMPARE(search.lastWay(), Way::Walk);

        // The same applicants through a second condition all of them pass: the keys' way.
        query.missing = {QStringLiteral("photo")};
        query.offset = 0;
        const auto byKeys = search.page(query);
        QCOMPARE(search.lastWay(), Way::SortedKeys);
        query.offset = 60;
        const auto byKeysNext = search.page(query);
        QCOMPARE(search.lastWay(), Way::SortedKeys);
        QVERIFY(walkedNext.ok() && byKeys.ok() && byKeysNext.ok());
        QCOMPARE(walked->entries.size(), 60);
        QCOMPARE(uuidsOf(*walked), uuidsOf(*byKeys));
        QCOMPARE(uuidsOf(*walkedNext), uuidsOf(*byKeysNext));

        // A page near the end would walk past most of the roster: the keys' way.
        query.missing.clear();
        query.offset = 2050;
        const auto deep = search.page(query);
        QCOMPARE(search.lastWay(), Way::SortedKeys);
        QCOMPARE(deep->entries.size(), 50);
        QVERIFY(!deep->hasMore);

        // A name's matches lie together in name order: the keys' way, however many.
        query = {};
        query.search = QStringLiteral("li");
        QVERIFY(search.page(query).ok());
        QCOMPARE(search.lastWay(), Way::SortedKeys);
        // In time order a name's matches are spread (walked), a filter's may gather where work
        // was done lately (looked up); in name order a filter's are spread.
        query.order = RosterQuery::Order::RecentlyTouched;
        const auto touched = search.page(query);
        QCOMPARE(search.lastWay(), Way::Walk);
        QCOMPARE(touched->entries.size(), 50);
        query = {};
        query.missing = {QStringLiteral("photo")};
        query.order = RosterQuery::Order::RecentlyTouched;
        QVERIFY(search.page(query).ok());
        QCOMPARE(search.lastWay(), Way::LookUp);
        query.order = RosterQuery::Order::Name;
        const auto filtered = search.page(query);
        QCOMPARE(search.lastWay(), Way::Walk);
        query.search = QStringLiteral("5000"); // two conditions
        query.limit = 50;
        const auto narrowed = search.page(query);
        QCOMPARE(search.lastWay(), Way::SortedKeys);
        QCOMPARE(uuidsOf(*narrowed), uuidsOf(*walked).mid(0, 50));
        QVERIFY(filtered.ok() && filtered->hasMore);

        QVERIFY(!store::SearchKeys::isNumber(QStringLiteral("x")));
        QVERIFY(store::SearchKeys::isNumber(QStringLiteral("3101x")));
        QVERIFY(store::SearchKeys::isNumber(QStringLiteral(" 5000 ")));
    }
};

QTEST_GUILESS_MAIN(TestRoster)
#include "TestRoster.moc"
