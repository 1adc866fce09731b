#include "store/BackgroundCheckpoint.h"
#include "store/Database.h"

#include "store/Migrations.h"
#include "store/RecordKinds.h"
#include "store/SqlSupport.h"
#include "store/Store.h"
#include "store/WalWriteback.h"
#include "support/ManualClock.h"
#include "support/RosterTags.h"
#include "support/SampleRecords.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace dd;
using store::Database;
using store::StoreError;

class TestDatabase : public QObject
{
    Q_OBJECT

private:
    static QByteArray fileHash(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }
    // A file at `path` left at schema `version`, holding one applicant, 王磊, and what `fill`
    // adds (true when all went in): the applicant's uuid, null when the file could not be made.
    QUuid fileAtVersion(const QString &path, int version,
                        const std::function<bool(Database &, store::Store &, const QUuid &)> &fill)
    {
        Database db(m_clock);
        Database::Options options;
        options.targetVersion = version;
        if (!db.open(path, options).ok() || db.version() != version) {
            return {};
        }
        store::Store store(db);
        const auto created = store.createApplicant(QStringLiteral("王磊"));
        if (!created.ok() || !fill(db, store, created->uuid)) {
            return {};
        }
        return created->uuid;
    }
    static QVariant pragma(Database &db, const QString &name)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("PRAGMA ") + name) || !query.next()) {
            return {};
        }
        return query.value(0);
    }
    // `use`'s answer on a plain connection of its own to the file at `path`, as another program
    // would open it; `unopened` when it cannot be opened.
    template<typename T, typename Use>
    static T withRawConnection(const QString &path, T unopened, Use use)
    {
        T answer = unopened;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            if (db.open()) {
                answer = use(db);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return answer;
    }
    // Runs SQL on a file with a plain connection of its own, as another program would.
    static bool rawExec(const QString &path, const QStringList &statements)
    {
        return withRawConnection(path, false, [&](const QSqlDatabase &db) {
            QSqlQuery query(db);
            bool ok = true;
            for (const QString &sql : statements) {
                ok = ok && query.exec(sql);
            }
            return ok;
        });
    }
    // How many applicants the file at `path` holds by itself: a copy of it without its WAL, read
    // with a connection of its own. -1 when it cannot be read.
    static qint64 applicantsInFileAlone(const QString &path, const QString &copyPath)
    {
        QFile::remove(copyPath);
        if (!QFile::copy(path, copyPath)) {
            return -1;
        }
        return withRawConnection(copyPath, qint64(-1), [](const QSqlDatabase &db) {
            QSqlQuery query(db);
            return query.exec(QStringLiteral("SELECT count(*) FROM applicants")) && query.next()
                       ? query.value(0).toLongLong()
                       : qint64(-1);
        });
    }
    // A database with `count` applicants, each with registration and basic information.
    static void fill(Database &db, int count, const QString &prefix)
    {
        store::Store store(db);
        for (int i = 0; i < count; ++i) {
            auto applicant = store.createApplicant(prefix + QString::number(i));
            QVERIFY2(applicant.ok(),
                     qPrintable(applicant.ok() ? QString() : applicant.error().message));
            QVERIFY(store.save(applicant->uuid, test::validRegistration()).ok());
            QVERIFY(store.save(applicant->uuid, test::validBasicInfo()).ok());
        }
    }

    // A closed database file at `path` with `count` applicants made by fill().
    void makeFile(const QString &path, int count, const QString &prefix)
    {
        Database db(m_clock);
        QVERIFY(db.open(path).ok());
        fill(db, count, prefix);
    }

    // fill() as one bulk change (its checkpoint on its own thread), which commits or, with
    // Ending::Fail, fails at its end.
    enum class Ending { Commit, Fail };
    static store::Result<void> fillInBulk(Database &db, int count, const QString &prefix,
                                          Ending ending = Ending::Commit)
    {
        return db.transaction(Database::Checkpoint::Background, [&]() -> store::Result<void> {
            fill(db, count, prefix);
            if (ending == Ending::Fail) {
                return StoreError::make(StoreError::Code::Io, QStringLiteral("refused"));
            }
            return {};
        });
    }

    test::ManualClock m_clock;

private slots:
    void newFileIsCreatedOwnerOnlyAtTheNewestVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("data/degreedesk.sqlite"));
        Database db(m_clock);
        const auto opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(db.version(), Database::latestVersion());
        QCOMPARE(pragma(db, QStringLiteral("application_id")).toInt(), Database::ApplicationId);
        QCOMPARE(pragma(db, QStringLiteral("journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(pragma(db, QStringLiteral("foreign_keys")).toInt(), 1);
        QCOMPARE(pragma(db, QStringLiteral("synchronous")).toInt(), 2); // FULL
        QCOMPARE(pragma(db, QStringLiteral("page_size")).toInt(), Database::PageSize);
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(path).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QCOMPARE(QFileInfo(dir.filePath(QStringLiteral("data"))).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#endif
        // A new database has nothing to back up.
        QVERIFY(Database::backups(path).isEmpty());
    }

    // A file made with SQLite's default pages (4 KB, as every file before 16 KB pages) keeps
    // them: it opens, reads and takes saves as it is.
    void existingFileKeepsItsPageSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("degreedesk.sqlite"));
        makeFile(path, 3, QStringLiteral("before "));
        QVERIFY(rawExec(path, {QStringLiteral("PRAGMA journal_mode = DELETE"),
                               QStringLiteral("PRAGMA page_size = 4096"), QStringLiteral("VACUUM"),
                               QStringLiteral("PRAGMA journal_mode = WAL")}));
        Database db(m_clock);
        const auto opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(pragma(db, QStringLiteral("page_size")).toInt(), 4096);
        fill(db, 2, QStringLiteral("after "));
        QCOMPARE(store::Store(db).applicantCount().value(), qint64(5));
        QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
        QCOMPARE(pragma(db, QStringLiteral("page_size")).toInt(), 4096);
    }

    void defaultPathIsInAppData()
    {
        QVERIFY(Database::defaultPath().endsWith(QStringLiteral("degreedesk.sqlite")));
    }

    void migrationsAreNumberedInOrder()
    {
        const QList<store::Migration> &all = store::Migrations::all();
        QVERIFY(!all.isEmpty());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).version, int(i + 1));
            QVERIFY(!all.at(i).description.isEmpty());
        }
        QCOMPARE(store::Migrations::latest(), int(all.size()));
    }

    void refusesANewerSchemaAndLeavesItUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        makeFile(path, 1, QStringLiteral("A"));
        const int newer = Database::latestVersion() + 1;
        QVERIFY(rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(newer)}));
        const QByteArray before = fileHash(path);

        Database db(m_clock);
        const auto opened = db.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::NewerSchema);
        QVERIFY(opened.error().message.contains(QString::number(newer)));
        QVERIFY(opened.error().message.contains(QString::number(Database::latestVersion())));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(Database::backups(path).isEmpty());
    }

    void refusesAForeignFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("sql");
        QTest::newRow("text file")
            << QByteArray("name,id\n王磊,11010519900307451X\n") << QStringList();
        QTest::newRow("another program's SQLite database")
            << QByteArray() << QStringList{QStringLiteral("CREATE TABLE notes (text TEXT)")};
        QTest::newRow("SQLite with another application id")
            << QByteArray()
            << QStringList{QStringLiteral("PRAGMA application_id = 1234"),
                           QStringLiteral("CREATE TABLE t (x)")};
    }
    void refusesAForeignFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QStringList, sql);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("foreign.sqlite"));
        if (!content.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        } else {
            QVERIFY(rawExec(path, sql));
        }
        const QByteArray before = fileHash(path);
        Database db(m_clock);
        const auto opened = db.open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, StoreError::Code::NotADatabase);
        QVERIFY(opened.error().message.contains(QStringLiteral("foreign.sqlite")));
        QCOMPARE(fileHash(path), before);
    }

    void detectsADamagedFileAndRestoresTheNewestBackup()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        {
            Database db(m_clock);
            QVERIFY(db.open(path).ok());
            fill(db, 40, QStringLiteral("Before"));
            QVERIFY(db.backup(QStringLiteral("manual")).ok());
            fill(db, 40, QStringLiteral("After"));
        }
        // Scribble over the middle of the file, as a failing disk would.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 5 * 4096);
            for (qint64 page = 2; page * 4096 < size; page += 2) {
                file.seek(page * 4096 + 8);
                file.write(QByteArray(64, '\x5a'));
            }
        }
        const QByteArray damaged = fileHash(path);
        {
            Database db(m_clock);
            const auto opened = db.open(path);
            QVERIFY(!opened.ok());
            QCOMPARE(opened.error().code, StoreError::Code::Damaged);
            QVERIFY(opened.error().message.contains(QStringLiteral("backup")));
        }
        QCOMPARE(fileHash(path), damaged); // detected, not "repaired"

        const QStringList backups = Database::backups(path);
        QCOMPARE(backups.size(), 1);
        const auto restored = Database::restore(path, backups.first(), m_clock);
        QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : restored.error().message));
        QVERIFY(QFileInfo::exists(*restored));
        QCOMPARE(fileHash(*restored), damaged); // the damaged file is kept, under another name

        Database db(m_clock);
        QVERIFY(db.open(path).ok());
        store::Store store(db);
        QCOMPARE(store.applicantCount().value(), qint64(40));
        store::RosterQuery query;
        query.search = QStringLiteral("After");
        QCOMPARE(store.rosterCount(query).value(), qint64(0));
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(path).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    }

    void migratesAVersion1DatabaseWithItsDataIntact()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        const QString body = QString::fromUtf8(
            QJsonDocument(test::validBasicInfo().toJson()).toJson(QJsonDocument::Compact));
        {
            Database db(m_clock);
            Database::Options options;
            options.targetVersion = 1;
            QVERIFY(db.open(path, options).ok());
            QCOMPARE(db.version(), 1);
            // What version 1 wrote: an applicant and its basic information, nothing else.
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO applicants (uuid, label, created_at, updated_at, touched_at) VALUES "
                "('6b1d0c4e-2d33-4a52-9b0e-1f6a9d1e7c11', '王磊', '2025-01-02T03:04:05.000Z', "
                "'2025-01-02T03:04:05.000Z', '2025-01-02T03:04:05.000Z')")));
            query.prepare(QStringLiteral(
                "INSERT INTO records (uuid, applicant_id, kind, body, updated_at) VALUES "
                "('0f7e2a61-4c1b-4f0a-8d5e-3b2c1a0f9e88', 1, 'basicInfo', ?, "
                "'2025-01-02T03:04:05.000Z')"));
            query.addBindValue(body);
            QVERIFY(query.exec());
        }
        m_clock.advanceDays(1);
        Database db(m_clock);
        const auto opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        QCOMPARE(db.version(), Database::latestVersion());
        const QStringList backups = Database::backups(path);
        QVERIFY(!backups.isEmpty());
        QVERIFY(
            backups.last().contains(QStringLiteral("before-v%1").arg(Database::latestVersion())));

        store::Store store(db);
        const QUuid applicant(QStringLiteral("6b1d0c4e-2d33-4a52-9b0e-1f6a9d1e7c11"));
        const auto info = store.single<domain::BasicInfo>(applicant);
        QVERIFY(info.ok());
        QVERIFY(info->has_value());
        QCOMPARE(info->value().value, test::validBasicInfo());
        QCOMPARE(info->value().meta.uuid,
                 QUuid(QStringLiteral("0f7e2a61-4c1b-4f0a-8d5e-3b2c1a0f9e88")));
        // Version 2 indexed the old applicant for the roster.
        store::RosterQuery query;
        query.search = QStringLiteral("wangl");
        const auto page = store.roster(query);
        QVERIFY(page.ok());
        QCOMPARE(page->entries.size(), 1);
        QCOMPARE(page->entries.first().uuid, applicant);
        QCOMPARE(page->entries.first().idNumber, test::validBasicInfo().idNumber);
    }

    // Version 6 finds an applicant's filter tags by tag alone (tags_text names them): the index by
    // applicant goes, and an applicant with a tag holding a space, which tags_text cannot name,
    // is indexed again first.
    void migratesTagsToBeFoundByTagAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        const QUuid applicant =
            fileAtVersion(path, 5, [](Database &db, store::Store &store, const QUuid &uuid) {
                QSqlQuery query(db.connection());
                // A tag with a space, as an older release could have written for a damaged
                // record.
                return store.save(uuid, test::validDegreeApplication()).ok()
                       && test::rosterTags(db.connection())
                              .rows.contains(QStringLiteral("state:draft"))
                       && query.exec(QStringLiteral("UPDATE applicant_tags SET tag = "
                                                    "'state:on hold' WHERE tag = 'state:draft'"))
                       && query.exec(
                           QStringLiteral("UPDATE applicants SET tags_text = "
                                          "replace(tags_text, 'state:draft', 'state:on hold')"));
            });
        QVERIFY(!applicant.isNull());
        Database db(m_clock);
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.version(), Database::latestVersion());
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                          "'applicant_tags_by_applicant'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        const test::RosterTags tags = test::rosterTags(db.connection());
        QVERIFY(tags.rows.contains(QStringLiteral("state:draft")));
        QVERIFY(!tags.rows.contains(QStringLiteral("state:on hold")));
        QCOMPARE(tags.rows, tags.named);
    }

    // Version 7 checks one live record of each single kind without building a table of the
    // kinds for each record written (an IN list did that): the same kinds, the same rows.
    void checksSingleKindsInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
        const QUuid applicant =
            fileAtVersion(path, 6, [](Database &, store::Store &store, const QUuid &uuid) {
                return store.save(uuid, test::validBasicInfo()).ok()
                       && store.save(uuid, test::validDegreeApplication()).ok();
            });
        QVERIFY(!applicant.isNull());
        Database db(m_clock);
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.version(), Database::latestVersion());
        QSqlQuery query(db.connection());

        // The kinds the index names are the single kinds, no more, no fewer.
        QVERIFY(query.exec(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'records_single_kind'")));
        QVERIFY(query.next());
        const QString sql = query.value(0).toString();
        QVERIFY2(!sql.contains(QStringLiteral(" IN ")), qPrintable(sql));
        QStringList named;
        static const QRegularExpression quoted(QStringLiteral("kind = '(\\w+)'"));
        for (auto it = quoted.globalMatch(sql); it.hasNext();) {
            named.append(it.next().captured(1));
        }
        QStringList singles;
        for (const QString &kind : store::RecordKinds::all()) {
            if (store::RecordKinds::isSingle(kind)) {
                singles.append(kind);
            }
        }
        named.sort();
        singles.sort();
        QCOMPARE(named, singles);

        // Writing a record builds no table on the way.
        QVERIFY(query.exec(QStringLiteral(
            "EXPLAIN INSERT INTO records (uuid, applicant_id, kind, body, updated_at) "
            "VALUES ('u', 1, 'basicInfo', '{}', 't')")));
        QStringList opcodes;
        while (query.next()) {
            opcodes.append(query.value(1).toString());
        }
        QVERIFY(opcodes.contains(QStringLiteral("IdxInsert")));
        QVERIFY2(!opcodes.contains(QStringLiteral("OpenEphemeral")),
                 qPrintable(opcodes.join(QLatin1Char(' '))));

        // A second live record of a single kind is refused; a deleted one, or another of a kind
        // an applicant has many of, is not.
        auto insert = [&](const QString &uuid, const QString &kind, int deleted) {
            QSqlQuery insertion(db.connection());
            insertion.prepare(QStringLiteral(
                "INSERT INTO records (uuid, applicant_id, kind, body, updated_at, deleted) "
                "SELECT ?, id, ?, '{}', '2025-01-02T03:04:05.000Z', ? FROM applicants "
                "WHERE uuid = ?"));
            insertion.addBindValue(uuid);
            insertion.addBindValue(kind);
            insertion.addBindValue(deleted);
            insertion.addBindValue(applicant.toString(QUuid::WithoutBraces));
            return insertion.exec() && insertion.numRowsAffected() == 1;
        };
        QVERIFY(!insert(QStringLiteral("a"), QStringLiteral("basicInfo"), 0));
        QVERIFY(insert(QStringLiteral("b"), QStringLiteral("basicInfo"), 1));
        QVERIFY(insert(QStringLiteral("c"), QStringLiteral("degreeApplication"), 0));
        QVERIFY(insert(QStringLiteral("d"), QStringLiteral("registration"), 0));
        QVERIFY(!insert(QStringLiteral("e"), QStringLiteral("registration"), 0));
    }

    void aFailedActionRollsBackWhole()
    {
        QTemporaryDir dir;
        Database db(m_clock);
        QVERIFY(db.open(dir.filePath(QStringLiteral("rollback.sqlite"))).ok());
        store::Store store(db);
        const auto kept = store.createApplicant(QStringLiteral("Kept"));
        QVERIFY(kept.ok());
        const qint64 pendingBefore = store.pendingCount().value();

        // An action whose last step fails: everything before it is undone too.
        const auto failed = store.transaction([&]() -> store::Result<void> {
            auto created = store.createApplicant(QStringLiteral("Half"));
            if (!created) {
                return created.error();
            }
            if (auto saved = store.save(created->uuid, test::validRegistration()); !saved) {
                return saved.error();
            }
            if (auto saved = store.save(kept->uuid, test::validBasicInfo()); !saved) {
                return saved.error();
            }
            // The same record identity under another applicant: the database refuses it.
            const auto registration = store.single<domain::Registration>(created->uuid);
            return store.save(kept->uuid, test::validRegistration(),
                              registration->value().meta.uuid)
                           .ok()
                       ? store::Result<void>()
                       : store::Result<void>(StoreError::make(StoreError::Code::Constraint,
                                                              QStringLiteral("refused")));
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, StoreError::Code::Constraint);
        QCOMPARE(store.applicantCount().value(), qint64(1));
        QVERIFY(!store.single<domain::BasicInfo>(kept->uuid)->has_value());
        QCOMPARE(store.pendingCount().value(), pendingBefore);

        // An inner failure that the outer action ignores still undoes the whole action.
        const auto ignored = store.transaction([&]() -> store::Result<void> {
            if (auto saved = store.save(kept->uuid, test::validBasicInfo()); !saved) {
                return saved.error();
            }
            const auto inner = store.save(QUuid::createUuid(), test::validThesis());
            if (inner.ok()) {
                return StoreError::make(StoreError::Code::Io, QStringLiteral("expected failure"));
            }
            return {};
        });
        QVERIFY(!ignored.ok());
        QCOMPARE(ignored.error().code, StoreError::Code::NotFound);
        QVERIFY(!store.single<domain::BasicInfo>(kept->uuid)->has_value());

        // And the store goes on working after both.
        QVERIFY(store.save(kept->uuid, test::validBasicInfo()).ok());
        QVERIFY(store.single<domain::BasicInfo>(kept->uuid)->has_value());
    }

    void backsUpDailyAndKeepsTheNewest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("daily.sqlite"));
        makeFile(path, 2, QStringLiteral("P"));
        QVERIFY(Database::backups(path).isEmpty());
        Database::Options options;
        options.keepBackups = 3;
        for (int day = 1; day <= 5; ++day) {
            m_clock.advanceDays(1);
            Database db(m_clock);
            QVERIFY(db.open(path, options).ok());
            QCOMPARE(Database::backups(path).size(), qMin(day, 3));
            // The same day again: no second backup.
            db.close();
            m_clock.advanceSeconds(3600);
            QVERIFY(db.open(path, options).ok());
            QCOMPARE(Database::backups(path).size(), qMin(day, 3));
        }
        const QStringList backups = Database::backups(path);
        QVERIFY(backups.first().endsWith(QStringLiteral("-daily.sqlite")));
        QVERIFY(backups.first() > backups.last()); // newest first
#ifdef Q_OS_UNIX
        for (const QString &backup : backups) {
            QCOMPARE(QFileInfo(backup).permissions() & 0x7077,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
#endif
        // A backup is a database of its own with the same data.
        Database copy(m_clock);
        Database::Options readOnly;
        readOnly.dailyBackup = false;
        QVERIFY(copy.open(backups.first(), readOnly).ok());
        store::Store store(copy);
        QCOMPARE(store.applicantCount().value(), qint64(2));
    }

    // A bulk change's commit leaves the WAL to a checkpoint on a thread and a connection of
    // its own; a change of a few pages leaves it to SQLite, which checkpoints past 1,000 pages.
    void aBulkChangeIsCheckpointedOnAThreadOfItsOwn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bulk.sqlite"));
        const QString alone = dir.filePath(QStringLiteral("alone.sqlite"));
        Database db(m_clock);
        QVERIFY(db.open(path).ok());
        db.close(); // the schema in the file itself
        QVERIFY(db.open(path).ok());
        QCOMPARE(pragma(db, QStringLiteral("wal_autocheckpoint")).toInt(), 1000);
        store::Store store(db);
        QVERIFY(store.createApplicant(QStringLiteral("Before")).ok());
        QCOMPARE(applicantsInFileAlone(path, alone), qint64(0)); // still in the WAL

        QVERIFY(fillInBulk(db, 20, QStringLiteral("Bulk ")).ok());
        db.waitForCheckpoint();
        QCOMPARE(db.backgroundCheckpoints(), 1);
        QCOMPARE(applicantsInFileAlone(path, alone), qint64(21));
        // The commit's own checkpoint is back on for the next changes.
        QCOMPARE(pragma(db, QStringLiteral("wal_autocheckpoint")).toInt(), 1000);

        QVERIFY(store.createApplicant(QStringLiteral("After")).ok());
        db.waitForCheckpoint();
        QCOMPARE(db.backgroundCheckpoints(), 1);
        QCOMPARE(applicantsInFileAlone(path, alone), qint64(21));

        // A bulk change that fails commits nothing and asks for no checkpoint.
        QVERIFY(!fillInBulk(db, 2, QStringLiteral("Lost "), Ending::Fail).ok());
        db.waitForCheckpoint();
        QCOMPARE(db.backgroundCheckpoints(), 1);
        QCOMPARE(pragma(db, QStringLiteral("wal_autocheckpoint")).toInt(), 1000);
        QCOMPARE(store.applicantCount().value(), qint64(22));

        // Closed while its checkpoint may still run: the close waits for it, and the file is
        // whole and holds everything.
        QVERIFY(fillInBulk(db, 20, QStringLiteral("Late ")).ok());
        db.close();
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QCOMPARE(applicantsInFileAlone(path, alone), qint64(42));
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
    }

    // An import has the system write its WAL to disk while it goes on (Linux: the commit's sync
    // then waits for less); elsewhere nothing is asked. Either way everything is there after.
    void anImportHasItsWalWrittenBackMeanwhile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("writeback.sqlite"));
        Database db(m_clock);
        QVERIFY(db.open(path).ok());
        store::Store store(db);
        QCOMPARE(db.walWritebacks(), 0);
        QList<store::Store::NewApplicant> batch;
        for (int i = 0; i < 400; ++i) { // three chunks
            domain::Dossier dossier = test::completeDossier();
            dossier.registration->mobile = QStringLiteral("%1").arg(13900000000LL + i);
            batch.append({QStringLiteral("Writeback %1").arg(i), dossier});
        }
        QVERIFY(store.importApplicants(batch).ok());
        db.waitForWalWriteback();
        if (store::WalWriteback::isSupported()) {
            QVERIFY(db.walWritebacks() >= 1);
        } else {
            QCOMPARE(db.walWritebacks(), 0);
        }
        // One asked for while the database is closed, or with no WAL, starts nothing.
        store::WalWriteback alone(dir.filePath(QStringLiteral("none.sqlite")));
        alone.request();
        alone.wait();
        QCOMPARE(alone.completed(), 0);
        db.close();
        QVERIFY(db.open(path).ok());
        QCOMPARE(store.applicantCount().value(), qint64(400));
        QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
    }

    // An import's statements, prepared once, stay compiled for the next import: nothing in it
    // expires them (a flag pragma such as defer_foreign_keys would expire every statement of
    // the connection, and each import would compile its statements of 128 rows again).
    void importsKeepTheirStatementsCompiled()
    {
        QTemporaryDir dir;
        Database db(m_clock);
        QVERIFY(db.open(dir.filePath(QStringLiteral("compiled.sqlite"))).ok());
        store::Store store(db);
        auto batch = [](int first) {
            QList<store::Store::NewApplicant> applicants;
            for (int i = first; i < first + 300; ++i) {
                domain::Dossier dossier = test::completeDossier();
                dossier.registration->mobile = QStringLiteral("%1").arg(13900000000LL + i);
                applicants.append({QStringLiteral("Compiled %1").arg(i), dossier});
            }
            return applicants;
        };
        QVERIFY(store.importApplicants(batch(0)).ok());
        QVERIFY(store.importApplicants(batch(300)).ok());
        QSqlQuery query(db.connection());
        // SQLite's list of a connection's statements (SQLITE_ENABLE_STMTVTAB, as Debian builds it).
        if (!query.exec(
                QStringLiteral("SELECT count(*), coalesce(sum(reprep), 0), coalesce(max(run), 0) "
                               "FROM sqlite_stmt WHERE sql LIKE 'INSERT INTO records %'"))) {
            QSKIP("This SQLite lists no statements (built without SQLITE_ENABLE_STMTVTAB)");
        }
        QVERIFY(query.next());
        QVERIFY(query.value(0).toInt() > 0);
        QCOMPARE(query.value(1).toInt(), 0);
        QVERIFY(query.value(2).toInt() >= 2); // run by both imports
        QCOMPARE(store.applicantCount().value(), qint64(600));
    }

    // A statement of many rows is prepared once, found again by its parts (head, tuple, rows),
    // and is the one prepared() finds by its text; a new connection prepares it anew.
    void aStatementOfRowsIsPreparedOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rows.sqlite"));
        Database db(m_clock);
        QVERIFY(db.open(path).ok());
        const QString head = QStringLiteral("INSERT INTO sync_state (key, value) VALUES ");
        const QString tuple = QStringLiteral("(?, ?)");
        QSqlQuery *three = &db.preparedRows(head, tuple, 3);
        QCOMPARE(three->lastQuery(), head + QStringLiteral("(?, ?), (?, ?), (?, ?)"));
        QCOMPARE(&db.preparedRows(head, tuple, 3), three);
        QCOMPARE(&db.prepared(head + QStringLiteral("(?, ?), (?, ?), (?, ?)")), three);
        QSqlQuery *one = &db.preparedRows(head, tuple, 1);
        QVERIFY(one != three);
        QCOMPARE(one->lastQuery(), head + tuple);
        QVERIFY(store::sql::run(
                    *three,
                    {QStringLiteral("a"), 1, QStringLiteral("b"), 2, QStringLiteral("c"), 3},
                    QStringLiteral("insert"))
                    .ok());
        db.close();
        QVERIFY(db.open(path).ok());
        QVERIFY(store::sql::run(db.preparedRows(head, tuple, 1), {QStringLiteral("d"), 4},
                                QStringLiteral("insert"))
                    .ok());
        QCOMPARE(pragma(db, QStringLiteral("user_version")).toInt(), store::Migrations::latest());
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT group_concat(key, '') FROM sync_state")));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toString(), QStringLiteral("abcd"));
    }

    // Requests made while a checkpoint runs make one more run, not one each; wait() returns
    // only once none runs or is asked for.
    void checkpointRequestsAreFoldedAndWaitedFor()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("folded.sqlite"));
        Database db(m_clock);
        QVERIFY(db.open(path).ok());
        fill(db, 5, QStringLiteral("Applicant "));
        store::BackgroundCheckpoint checkpoint(path);
        for (int i = 0; i < 50; ++i) {
            checkpoint.request();
        }
        checkpoint.wait();
        const int afterBurst = checkpoint.completed();
        QVERIFY2(afterBurst >= 1 && afterBurst < 50, qPrintable(QString::number(afterBurst)));
        checkpoint.request();
        checkpoint.wait();
        QCOMPARE(checkpoint.completed(), afterBurst + 1);
        // What it folded back is in the file itself.
        QCOMPARE(applicantsInFileAlone(path, dir.filePath(QStringLiteral("alone.sqlite"))),
                 qint64(5));
    }

    void noBackupInsideAChange()
    {
        QTemporaryDir dir;
        Database db(m_clock);
        QVERIFY(db.open(dir.filePath(QStringLiteral("busy.sqlite"))).ok());
        const auto result = db.transaction([&]() -> store::Result<void> {
            const auto backup = db.backup(QStringLiteral("manual"));
            if (backup.ok()) {
                return StoreError::make(StoreError::Code::Io, QStringLiteral("unexpected"));
            }
            return backup.error();
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, StoreError::Code::Backup);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
