#include "store/Store.h"

#include "store/Database.h"
#include "support/ManualClock.h"
#include "support/RecordChanges.h"
#include "support/RosterTags.h"
#include "support/SampleRecords.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace dd;
using store::Conflict;
using store::OutboxEntry;
using store::RemoteChange;
using store::StoreError;

namespace {
QString describe(const StoreError &error)
{
    return StoreError::codeName(error.code) + QStringLiteral(": ") + error.message
           + QStringLiteral(" [") + error.detail + QLatin1Char(']');
}

RemoteChange remoteApplicant(const QUuid &uuid, const QString &label, qint64 version,
                             bool deleted = false)
{
    RemoteChange change;
    change.entity = OutboxEntry::Entity::Applicant;
    change.uuid = uuid;
    change.applicant = uuid;
    change.label = label;
    change.version = version;
    change.deleted = deleted;
    change.updatedAt = QDateTime(QDate(2026, 11, 28), QTime(16, 30), Qt::UTC);
    return change;
}

RemoteChange remoteRecord(const QUuid &uuid, const QUuid &applicant, const QString &kind,
                          const QJsonObject &body, qint64 version, bool deleted = false)
{
    RemoteChange change;
    change.entity = OutboxEntry::Entity::Record;
    change.uuid = uuid;
    change.applicant = applicant;
    change.kind = kind;
    change.body = deleted ? QJsonObject() : body;
    change.version = version;
    change.deleted = deleted;
    change.updatedAt = QDateTime(QDate(2026, 11, 28), QTime(16, 31), Qt::UTC);
    return change;
}

template<typename T>
RemoteChange remoteRecord(const QUuid &uuid, const QUuid &applicant, const T &value, qint64 version)
{
    return remoteRecord(uuid, applicant, T::kind(), value.toJson(), version);
}

// 王磊's basic information with another political status (a field both sides may edit).
domain::BasicInfo basicInfoWithStatus(const QString &status)
{
    domain::BasicInfo info = test::validBasicInfo();
    info.politicalStatus = status;
    return info;
}
} // namespace

// Evaluates `expression` once (it is usually a call that writes).
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verified = (expression);                                                       \
        QVERIFY2(verified.ok(),                                                                    \
                 qPrintable(verified.ok() ? QString() : describe(verified.error())));              \
    } while (false)

class TestStoreSync : public QObject
{
    Q_OBJECT

private:
    test::ManualClock m_clock;
    QTemporaryDir *m_dir = nullptr;
    store::Database *m_db = nullptr;
    store::Store *m_store = nullptr;

    QList<QUuid> pendingUuids()
    {
        QList<QUuid> uuids;
        const auto pending = m_store->pendingChanges(1000);
        for (const OutboxEntry &entry : pending.value()) {
            uuids.append(entry.uuid);
        }
        return uuids;
    }

    std::optional<OutboxEntry> pendingEntry(const QUuid &uuid)
    {
        const auto pending = m_store->pendingChanges(1000);
        for (const OutboxEntry &entry : pending.value()) {
            if (entry.uuid == uuid) {
                return entry;
            }
        }
        return std::nullopt;
    }

    // An applicant and its basic information as the server has them (applicant version 1,
    // record version 2): made here, pushed, and the outbox empty.
    std::pair<QUuid, QUuid> pushedApplicant(const domain::BasicInfo &info)
    {
        const auto created = m_store->createApplicant(QStringLiteral("王磊"));
        const auto saved = m_store->save(created->uuid, info);
        m_store->markPushed(created->uuid, 1, 1);
        m_store->markPushed(saved->uuid, saved->revision, 2);
        return {created->uuid, saved->uuid};
    }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_db = new store::Database(m_clock);
        VERIFY_OK(m_db->open(m_dir->filePath(QStringLiteral("store.sqlite"))));
        m_store = new store::Store(*m_db);
    }
    void cleanup()
    {
        delete m_store;
        delete m_db;
        delete m_dir;
        m_store = nullptr;
        m_db = nullptr;
        m_dir = nullptr;
    }

    void aPageIsWrittenAsTheServerHasIt()
    {
        QCOMPARE(m_store->feedCursor().value(), QString());
        const QUuid applicant = QUuid::createUuid();
        const QUuid info = QUuid::createUuid();
        const QUuid photo = QUuid::createUuid();
        const QUuid application = QUuid::createUuid();
        const QList<RemoteChange> page{
            remoteApplicant(applicant, QStringLiteral("王磊"), 1),
            remoteRecord(info, applicant, test::validBasicInfo(), 3),
            remoteRecord(photo, applicant, test::validPhoto(), 2),
            remoteRecord(application, applicant, test::validDegreeApplication(), 5),
        };
        const auto report = m_store->applyRemote(page, QStringLiteral("42"));
        VERIFY_OK(report);
        QCOMPARE(report->applied, 4);
        QCOMPARE(report->skipped, 0);
        QVERIFY(report->conflicts.isEmpty());
        QCOMPARE(m_store->feedCursor().value(), QStringLiteral("42"));
        // The page's WAL goes back into the file on the checkpoint's own thread.
        m_db->waitForCheckpoint();
        QCOMPARE(m_db->backgroundCheckpoints(), 1);

        const auto person = m_store->applicant(applicant);
        VERIFY_OK(person);
        QCOMPARE(person->label, QStringLiteral("王磊"));
        QCOMPARE(person->serverVersion, qint64(1));
        QCOMPARE(person->updatedAt, page.at(0).updatedAt);
        const auto basic = m_store->single<domain::BasicInfo>(applicant);
        VERIFY_OK(basic);
        QCOMPARE(basic->value().value, test::validBasicInfo());
        QCOMPARE(basic->value().meta.uuid, info);
        QCOMPARE(basic->value().meta.serverVersion, qint64(3));
        QCOMPARE(basic->value().meta.revision, qint64(1));
        const auto picture = m_store->single<domain::Photo>(applicant);
        VERIFY_OK(picture);
        QCOMPARE(picture->value().value, test::validPhoto()); // the JPEG kept apart, and back
        QCOMPARE(m_store->get<domain::DegreeApplication>(application)->meta.serverVersion,
                 qint64(5));

        // Nothing is queued for the server, and the roster shows the applicant by the records.
        QCOMPARE(m_store->pendingCount().value(), qint64(0));
        QCOMPARE(m_store->syncSummary().value(), store::SyncSummary{});
        store::RosterQuery query;
        query.search = QStringLiteral("wang");
        const auto page1 = m_store->roster(query);
        VERIFY_OK(page1);
        QCOMPARE(page1->entries.size(), 1);
        QCOMPARE(page1->entries.first().uuid, applicant);
        QCOMPARE(page1->entries.first().idNumber, test::validBasicInfo().idNumber);
    }

    // A pulled page keeps the filter tags true, found by tag alone: the old ones (as tags_text
    // names them) go, the new ones come, and a tombstone takes them all.
    void aPageKeepsTheFilterTagsTrue()
    {
        const QUuid applicant = QUuid::createUuid();
        const QUuid application = QUuid::createUuid();
        domain::DegreeApplication draft = test::validDegreeApplication();
        draft.state = QStringLiteral("draft");
        VERIFY_OK(m_store->applyRemote({remoteApplicant(applicant, QStringLiteral("王磊"), 1),
                                        remoteRecord(application, applicant, draft, 1)},
                                       QStringLiteral("1")));
        auto found = [&](const QString &state) {
            store::RosterQuery query;
            query.states = {state};
            return m_store->rosterCount(query).value();
        };
        auto rowsMatchTheirNames = [&] {
            const test::RosterTags tags = test::rosterTags(m_db->connection());
            return tags.rows == tags.named;
        };
        QCOMPARE(found(QStringLiteral("draft")), qint64(1));
        QVERIFY(rowsMatchTheirNames());

        domain::DegreeApplication submitted = draft;
        submitted.state = QStringLiteral("submitted");
        VERIFY_OK(m_store->applyRemote({remoteRecord(application, applicant, submitted, 2)},
                                       QStringLiteral("2")));
        QCOMPARE(found(QStringLiteral("draft")), qint64(0));
        QCOMPARE(found(QStringLiteral("submitted")), qint64(1));
        QVERIFY(rowsMatchTheirNames());

        VERIFY_OK(m_store->applyRemote({remoteApplicant(applicant, QString(), 2, true)},
                                       QStringLiteral("3")));
        QCOMPARE(found(QStringLiteral("submitted")), qint64(0));
        QVERIFY(test::rosterTags(m_db->connection()).rows.isEmpty());
    }

    void laterVersionsReplaceAndTombstoneTheLocalRow()
    {
        const QUuid applicant = QUuid::createUuid();
        const QUuid score = QUuid::createUuid();
        VERIFY_OK(m_store->applyRemote({remoteApplicant(applicant, QStringLiteral("王磊"), 1),
                                        remoteRecord(score, applicant, test::validExamScore(), 1)},
                                       QStringLiteral("2")));
        domain::ExamScore better = test::validExamScore();
        better.score = 81;
        const auto report =
            m_store->applyRemote({remoteApplicant(applicant, QStringLiteral("王磊磊"), 2),
                                  remoteRecord(score, applicant, better, 2)},
                                 QStringLiteral("4"));
        VERIFY_OK(report);
        QCOMPARE(report->applied, 2);
        const auto updated = m_store->get<domain::ExamScore>(score);
        VERIFY_OK(updated);
        QCOMPARE(updated->value, better);
        QCOMPARE(updated->meta.revision, qint64(2));
        QCOMPARE(updated->meta.serverVersion, qint64(2));
        QCOMPARE(m_store->applicant(applicant)->label, QStringLiteral("王磊磊"));

        VERIFY_OK(m_store->applyRemote(
            {remoteRecord(score, applicant, domain::ExamScore::kind(), {}, 3, true)},
            QStringLiteral("5")));
        QCOMPARE(m_store->list<domain::ExamScore>(applicant)->size(), 0);
        const auto tombstone = m_store->recordJson(score);
        VERIFY_OK(tombstone);
        QVERIFY(tombstone->value().first.deleted);
        QCOMPARE(tombstone->value().first.serverVersion, qint64(3));

        VERIFY_OK(m_store->applyRemote({remoteApplicant(applicant, QString(), 3, true)},
                                       QStringLiteral("6")));
        QCOMPARE(m_store->applicantCount().value(), qint64(0));
        QVERIFY(m_store->applicant(applicant)->deleted);
        QCOMPARE(m_store->applicant(applicant)->label, QStringLiteral("王磊磊"));
        QCOMPARE(m_store->roster({}).value().entries.size(), 0);
        QCOMPARE(m_store->pendingCount().value(), qint64(0));
        QCOMPARE(m_store->feedCursor().value(), QStringLiteral("6"));
    }

    void echoesOfOurOwnPushesAreSkipped()
    {
        const auto [applicant, info] = pushedApplicant(basicInfoWithStatus(QStringLiteral("13")));
        // The server's feed then shows our pushes at their versions, or older ones.
        const QList<RemoteChange> page{
            remoteApplicant(applicant, QStringLiteral("别人"), 1),
            remoteRecord(info, applicant, basicInfoWithStatus(QStringLiteral("01")), 2),
            remoteRecord(info, applicant, basicInfoWithStatus(QStringLiteral("03")), 1),
        };
        const auto report = m_store->applyRemote(page, QStringLiteral("9"));
        VERIFY_OK(report);
        QCOMPARE(report->skipped, 3);
        QCOMPARE(report->applied, 0);
        const auto kept = m_store->get<domain::BasicInfo>(info);
        QCOMPARE(kept->value, basicInfoWithStatus(QStringLiteral("13")));
        QCOMPARE(kept->meta.revision, qint64(1));
        QCOMPARE(m_store->applicant(applicant)->label, QStringLiteral("王磊"));
        QCOMPARE(m_store->feedCursor().value(), QStringLiteral("9"));
    }

    void aMixedPageIsAppliedInFeedOrder()
    {
        // Plain changes go in bulk, a conflict in the middle alone, and a second change of
        // the same record later in the page replaces the first.
        const auto [mine, mineInfo] = pushedApplicant(test::validBasicInfo());
        VERIFY_OK(m_store->save(mine, basicInfoWithStatus(QStringLiteral("02")), mineInfo));
        const QUuid other = QUuid::createUuid();
        const QUuid otherInfo = QUuid::createUuid();
        const QList<RemoteChange> page{
            remoteApplicant(other, QStringLiteral("李娜"), 3),
            remoteRecord(otherInfo, other, basicInfoWithStatus(QStringLiteral("03")), 4),
            remoteRecord(mineInfo, mine, basicInfoWithStatus(QStringLiteral("01")), 5),
            remoteRecord(otherInfo, other, basicInfoWithStatus(QStringLiteral("12")), 6),
            remoteRecord(otherInfo, other, basicInfoWithStatus(QStringLiteral("03")), 4),
        };
        const auto report = m_store->applyRemote(page, QStringLiteral("11"));
        VERIFY_OK(report);
        QCOMPARE(report->applied, 3);
        QCOMPARE(report->skipped, 1);
        QCOMPARE(report->conflicts, QList<QUuid>{mineInfo});

        const auto theirs = m_store->get<domain::BasicInfo>(otherInfo);
        VERIFY_OK(theirs);
        QCOMPARE(theirs->value, basicInfoWithStatus(QStringLiteral("12")));
        QCOMPARE(theirs->meta.serverVersion, qint64(6));
        QCOMPARE(theirs->meta.revision, qint64(2));
        QCOMPARE(m_store->applicant(other)->label, QStringLiteral("李娜"));
        // The local change stays, held, beside the server's value.
        QCOMPARE(m_store->get<domain::BasicInfo>(mineInfo)->value,
                 basicInfoWithStatus(QStringLiteral("02")));
        QCOMPARE(m_store->conflict(mineInfo)->theirsVersion, qint64(5));
        QCOMPARE(m_store->syncSummary()->conflicts, qint64(1));
        QCOMPARE(m_store->applicantCount().value(), qint64(2));
        QCOMPARE(m_store->roster({}).value().entries.size(), 2);
    }

    void aPageThatFailsIsNotAppliedAtAll_data()
    {
        QTest::addColumn<RemoteChange>("bad");
        QTest::addColumn<StoreError::Code>("code");
        const QUuid applicant = QUuid(QStringLiteral("{0b7c7a52-8a0e-4a8e-9a51-3f0c4d2b6e10}"));
        QTest::newRow("a number where the name goes") << remoteRecord(
            QUuid::createUuid(), applicant, domain::Thesis::kind(),
            test::merged(test::validThesis().toJson(), {{QStringLiteral("thesisTitle"), 5}}), 1)
                                                      << StoreError::Code::InvalidData;
        QTest::newRow("a field the type does not have")
            << remoteRecord(QUuid::createUuid(), applicant, domain::BasicInfo::kind(),
                            test::merged(test::validBasicInfo().toJson(),
                                         {{QStringLiteral("nickname"), QStringLiteral("磊磊")}}),
                            1)
            << StoreError::Code::InvalidData;
        QTest::newRow("an unknown kind")
            << remoteRecord(QUuid::createUuid(), applicant, QStringLiteral("diploma"), {}, 1)
            << StoreError::Code::InvalidData;
        QJsonObject png = test::validPhoto().toJson();
        png.insert(domain::Photo::JpegKey,
                   QString::fromLatin1(QByteArray("\x89PNG\r\n\x1a\n").toBase64()));
        QTest::newRow("a photo that is not a JPEG")
            << remoteRecord(QUuid::createUuid(), applicant, domain::Photo::kind(), png, 1)
            << StoreError::Code::InvalidData;
        QTest::newRow("a record of an applicant neither here nor in the page")
            << remoteRecord(QUuid::createUuid(), QUuid::createUuid(), test::validThesis(), 1)
            << StoreError::Code::NotFound;
        QTest::newRow("an applicant without a name")
            << remoteApplicant(QUuid::createUuid(), QStringLiteral("  "), 1)
            << StoreError::Code::InvalidData;
        QTest::newRow("no version")
            << remoteApplicant(QUuid::createUuid(), QStringLiteral("李娜"), 0)
            << StoreError::Code::InvalidData;
    }
    void aPageThatFailsIsNotAppliedAtAll()
    {
        QFETCH(RemoteChange, bad);
        QFETCH(StoreError::Code, code);
        VERIFY_OK(m_store->applyRemote({}, QStringLiteral("7")));
        const QUuid applicant = QUuid(QStringLiteral("{0b7c7a52-8a0e-4a8e-9a51-3f0c4d2b6e10}"));
        const QUuid info = QUuid::createUuid();
        const auto failed =
            m_store->applyRemote({remoteApplicant(applicant, QStringLiteral("王磊"), 1),
                                  remoteRecord(info, applicant, test::validBasicInfo(), 1), bad},
                                 QStringLiteral("8"));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, code);
        QVERIFY(!failed.error().message.isEmpty());
        // Not the applicant, not its record, not the cursor.
        QCOMPARE(m_store->applicant(applicant).error().code, StoreError::Code::NotFound);
        QVERIFY(!m_store->recordJson(info).value().has_value());
        QCOMPARE(m_store->feedCursor().value(), QStringLiteral("7"));
        QCOMPARE(m_store->roster({}).value().entries.size(), 0);
        m_db->waitForCheckpoint();
        QCOMPARE(m_db->backgroundCheckpoints(), 1); // the empty page's, none for the failed one
    }

    void aPullConflictsWithAWaitingLocalChange()
    {
        const auto [applicant, info] = pushedApplicant(test::validBasicInfo());
        const auto pushed = m_store->get<domain::BasicInfo>(info).value();
        m_clock.advanceSeconds(60);
        const auto mine = m_store->save(applicant, basicInfoWithStatus(QStringLiteral("01")));
        VERIFY_OK(mine);
        const std::optional<OutboxEntry> queued = pendingEntry(info);
        QVERIFY(queued);
        QCOMPARE(queued->baseVersion, qint64(2));

        const domain::BasicInfo theirs = basicInfoWithStatus(QStringLiteral("03"));
        const auto report =
            m_store->applyRemote({remoteRecord(info, applicant, theirs, 3)}, QStringLiteral("3"));
        VERIFY_OK(report);
        QCOMPARE(report->conflicts, QList<QUuid>{info});
        QCOMPARE(report->applied, 0);

        // The local value stays, the change is held, the conflict has both.
        const auto kept = m_store->get<domain::BasicInfo>(info);
        QCOMPARE(kept->value, basicInfoWithStatus(QStringLiteral("01")));
        QCOMPARE(kept->meta.serverVersion, pushed.meta.serverVersion);
        QVERIFY(!pendingEntry(info));
        QCOMPARE(m_store->pendingCount().value(), qint64(0));
        QCOMPARE(m_store->syncSummary().value(), (store::SyncSummary{0, 1, 0}));
        const auto conflict = m_store->conflict(info);
        VERIFY_OK(conflict);
        QCOMPARE(conflict->entity, OutboxEntry::Entity::Record);
        QCOMPARE(conflict->applicant, applicant);
        QCOMPARE(conflict->kind, domain::BasicInfo::kind());
        QCOMPARE(conflict->mine, basicInfoWithStatus(QStringLiteral("01")).toJson());
        QVERIFY(!conflict->mineDeleted);
        QCOMPARE(conflict->theirs, theirs.toJson());
        QCOMPARE(conflict->theirsVersion, qint64(3));
        QVERIFY(!conflict->theirsDeleted);
        QCOMPARE(conflict->detectedAt, m_clock.now());
        QCOMPARE(m_store->conflicts().value(), QList<Conflict>{conflict.value()});

        // Editing on meanwhile: still held, and the conflict shows the newest local value.
        VERIFY_OK(m_store->save(applicant, basicInfoWithStatus(QStringLiteral("02"))));
        QVERIFY(!pendingEntry(info));
        QCOMPARE(m_store->conflict(info)->mine, basicInfoWithStatus(QStringLiteral("02")).toJson());

        // The server moves again: theirs follows, an older version does not go back.
        const domain::BasicInfo newer = basicInfoWithStatus(QStringLiteral("04"));
        VERIFY_OK(
            m_store->applyRemote({remoteRecord(info, applicant, newer, 4)}, QStringLiteral("4")));
        QCOMPARE(m_store->conflict(info)->theirs, newer.toJson());
        QCOMPARE(m_store->conflict(info)->theirsVersion, qint64(4));
        VERIFY_OK(
            m_store->applyRemote({remoteRecord(info, applicant, theirs, 3)}, QStringLiteral("5")));
        QCOMPARE(m_store->conflict(info)->theirsVersion, qint64(4));
        QCOMPARE(m_store->conflicts()->size(), 1);
    }

    void resolvingPushesTheMergedValueOnTheServersVersion()
    {
        const auto [applicant, info] = pushedApplicant(test::validBasicInfo());
        VERIFY_OK(m_store->save(applicant, basicInfoWithStatus(QStringLiteral("01"))));
        const qint64 sequence = pendingEntry(info)->sequence;
        VERIFY_OK(m_store->applyRemote(
            {remoteRecord(info, applicant, basicInfoWithStatus(QStringLiteral("03")), 7)},
            QStringLiteral("7")));
        const qint64 revisionBefore = m_store->get<domain::BasicInfo>(info)->meta.revision;

        // A merged value that does not read as its type is refused; the conflict stays.
        const auto refused = m_store->resolveConflict(
            info, test::merged(test::validBasicInfo().toJson(), {{QStringLiteral("name"), 1}}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, StoreError::Code::InvalidData);
        QCOMPARE(m_store->conflicts()->size(), 1);
        QCOMPARE(m_store->get<domain::BasicInfo>(info)->meta.revision, revisionBefore);

        domain::BasicInfo merged = basicInfoWithStatus(QStringLiteral("03"));
        merged.workStartMonth = QStringLiteral("201208");
        m_clock.advanceSeconds(30);
        VERIFY_OK(m_store->resolveConflict(info, merged.toJson()));
        QVERIFY(m_store->conflicts()->isEmpty());
        const auto saved = m_store->get<domain::BasicInfo>(info);
        QCOMPARE(saved->value, merged);
        QCOMPARE(saved->meta.revision, revisionBefore + 1);
        QCOMPARE(saved->meta.serverVersion, qint64(7));
        QCOMPARE(saved->meta.updatedAt, m_clock.now());
        const std::optional<OutboxEntry> entry = pendingEntry(info);
        QVERIFY(entry);
        QCOMPARE(entry->sequence, sequence); // the same entry, re-queued in its place
        QCOMPARE(entry->operation, OutboxEntry::Operation::Upsert);
        QCOMPARE(entry->baseVersion, qint64(7));
        QCOMPARE(entry->revision, saved->meta.revision);
        QCOMPARE(m_store->syncSummary().value(), (store::SyncSummary{1, 0, 0}));

        // The server's version 7 seen again is an echo; the push is then accepted.
        const auto echo = m_store->applyRemote(
            {remoteRecord(info, applicant, basicInfoWithStatus(QStringLiteral("03")), 7)},
            QStringLiteral("8"));
        QCOMPARE(echo->skipped, 1);
        VERIFY_OK(m_store->markPushed(info, entry->revision, 8));
        QCOMPARE(m_store->pendingCount().value(), qint64(0));
        QCOMPARE(m_store->get<domain::BasicInfo>(info)->meta.serverVersion, qint64(8));
        QCOMPARE(m_store->resolveConflict(info, merged.toJson()).error().code,
                 StoreError::Code::NotFound);
    }

    void takingTheirsDropsTheLocalChange()
    {
        const auto [applicant, info] = pushedApplicant(test::validBasicInfo());
        VERIFY_OK(m_store->save(applicant, basicInfoWithStatus(QStringLiteral("01"))));
        VERIFY_OK(m_store->renameApplicant(applicant, QStringLiteral("王小磊")));
        const domain::BasicInfo theirs = basicInfoWithStatus(QStringLiteral("03"));
        const auto report =
            m_store->applyRemote({remoteApplicant(applicant, QStringLiteral("王大磊"), 2),
                                  remoteRecord(info, applicant, theirs, 5)},
                                 QStringLiteral("5"));
        VERIFY_OK(report);
        QCOMPARE(report->conflicts, (QList<QUuid>{applicant, info}));
        const auto labels = m_store->conflict(applicant);
        VERIFY_OK(labels);
        QCOMPARE(labels->entity, OutboxEntry::Entity::Applicant);
        QCOMPARE(labels->mine.value(Conflict::LabelKey).toString(), QStringLiteral("王小磊"));
        QCOMPARE(labels->theirs.value(Conflict::LabelKey).toString(), QStringLiteral("王大磊"));

        VERIFY_OK(m_store->resolveTakeTheirs(info));
        VERIFY_OK(m_store->resolveTakeTheirs(applicant));
        QCOMPARE(m_store->get<domain::BasicInfo>(info)->value, theirs);
        QCOMPARE(m_store->get<domain::BasicInfo>(info)->meta.serverVersion, qint64(5));
        QCOMPARE(m_store->applicant(applicant)->label, QStringLiteral("王大磊"));
        QCOMPARE(m_store->applicant(applicant)->serverVersion, qint64(2));
        QCOMPARE(m_store->syncSummary().value(), store::SyncSummary{});
        QCOMPARE(m_store->resolveTakeTheirs(info).error().code, StoreError::Code::NotFound);
        // The roster shows the server's value.
        QCOMPARE(m_store->roster({}).value().entries.first().label, QStringLiteral("王大磊"));
    }

    void aRefusedPushWithTheCurrentValueIsTheSameConflict()
    {
        const auto [applicant, info] = pushedApplicant(test::validBasicInfo());
        const auto mine = m_store->save(applicant, basicInfoWithStatus(QStringLiteral("01")));
        VERIFY_OK(mine);
        // The push answered 409 versionConflict with the current record.
        const RemoteChange current =
            remoteRecord(info, applicant, basicInfoWithStatus(QStringLiteral("03")), 6);
        VERIFY_OK(m_store->recordConflict(info, current));
        QCOMPARE(m_store->conflict(info)->theirsVersion, qint64(6));
        QCOMPARE(m_store->conflict(info)->mine, basicInfoWithStatus(QStringLiteral("01")).toJson());
        QVERIFY(!pendingEntry(info));
        VERIFY_OK(
            m_store->resolveConflict(info, basicInfoWithStatus(QStringLiteral("01")).toJson()));
        QCOMPARE(pendingEntry(info)->baseVersion, qint64(6));
        QCOMPARE(pendingEntry(info)->revision, mine->revision + 1);
    }

    void aSecondSingleRecordTakesTheServersIdentity()
    {
        // Made here, never pushed; the server has its own basic information for the applicant
        // (singleKindExists on the push).
        const QUuid applicant = pushedApplicant(test::validBasicInfo()).first;
        const auto thesis = m_store->save(applicant, test::validThesis());
        VERIFY_OK(thesis);
        const QUuid serverThesis = QUuid::createUuid();
        domain::Thesis theirs = test::validThesis();
        theirs.keywords = QStringLiteral("深度学习,客流预测");
        VERIFY_OK(m_store->recordConflict(thesis->uuid,
                                          remoteRecord(serverThesis, applicant, theirs, 3)));
        const auto local = m_store->single<domain::Thesis>(applicant);
        QCOMPARE(local->value().meta.uuid, serverThesis);
        QCOMPARE(local->value().value, test::validThesis());
        QCOMPARE(m_store->conflict(serverThesis)->theirs, theirs.toJson());
        QCOMPARE(m_store->conflict(thesis->uuid).error().code, StoreError::Code::NotFound);
        VERIFY_OK(m_store->resolveConflict(serverThesis, test::validThesis().toJson()));
        QVERIFY(!pendingEntry(thesis->uuid));
        QCOMPARE(pendingEntry(serverThesis)->baseVersion, qint64(3));
        QVERIFY(!m_store->recordJson(thesis->uuid).value().has_value());

        // The same through the feed: a local residency certificate with no change waiting
        // gives way; one with a change waiting moves to the server's identity, in conflict.
        const auto pushedCertificate = m_store->save(applicant, test::validResidencyCertificate());
        VERIFY_OK(m_store->markPushed(pushedCertificate->uuid, 1, 1));
        const QUuid serverCertificate = QUuid::createUuid();
        VERIFY_OK(m_store->applyRemote(
            {remoteRecord(serverCertificate, applicant, test::validResidencyCertificate(), 2)},
            QStringLiteral("2")));
        QCOMPARE(m_store->single<domain::ResidencyCertificate>(applicant)->value().meta.uuid,
                 serverCertificate);
        QVERIFY(m_store->recordJson(pushedCertificate->uuid).value()->first.deleted);

        const auto prefs = m_store->save(applicant, test::validNotificationPrefs());
        const QUuid serverPrefs = QUuid::createUuid();
        domain::NotificationPrefs theirPrefs = test::validNotificationPrefs();
        theirPrefs.remindDaysBefore = 3;
        const auto report = m_store->applyRemote(
            {remoteRecord(serverPrefs, applicant, theirPrefs, 1)}, QStringLiteral("3"));
        VERIFY_OK(report);
        QCOMPARE(report->conflicts, QList<QUuid>{serverPrefs});
        QCOMPARE(m_store->single<domain::NotificationPrefs>(applicant)->value().value,
                 test::validNotificationPrefs());
        QCOMPARE(m_store->conflict(serverPrefs)->theirs, theirPrefs.toJson());
        VERIFY_OK(m_store->resolveTakeTheirs(serverPrefs));
        QCOMPARE(m_store->single<domain::NotificationPrefs>(applicant)->value().value, theirPrefs);
        QVERIFY(!pendingEntry(prefs->uuid));
        QVERIFY(!pendingEntry(serverPrefs));
    }

    void deletionsConflictBothWays()
    {
        // Mine edited, theirs deleted: keeping mine queues it on the tombstone's version.
        const auto [applicant, info] = pushedApplicant(test::validBasicInfo());
        VERIFY_OK(m_store->save(applicant, basicInfoWithStatus(QStringLiteral("01"))));
        VERIFY_OK(m_store->applyRemote(
            {remoteRecord(info, applicant, domain::BasicInfo::kind(), {}, 4, true)},
            QStringLiteral("4")));
        auto conflict = m_store->conflict(info);
        VERIFY_OK(conflict);
        QVERIFY(conflict->theirsDeleted);
        QVERIFY(conflict->theirs.isEmpty());
        QVERIFY(!conflict->mineDeleted);
        QVERIFY(m_store->single<domain::BasicInfo>(applicant)->has_value());
        VERIFY_OK(m_store->resolveConflict(info, conflict->mine));
        QCOMPARE(pendingEntry(info)->operation, OutboxEntry::Operation::Upsert);
        QCOMPARE(pendingEntry(info)->baseVersion, qint64(4));
        VERIFY_OK(m_store->markPushed(info, pendingEntry(info)->revision, 5));

        // Mine deleted, theirs edited: the user confirms the deletion.
        VERIFY_OK(m_store->removeRecord(info));
        QCOMPARE(pendingEntry(info)->operation, OutboxEntry::Operation::Delete);
        const domain::BasicInfo theirs = basicInfoWithStatus(QStringLiteral("03"));
        VERIFY_OK(
            m_store->applyRemote({remoteRecord(info, applicant, theirs, 6)}, QStringLiteral("6")));
        conflict = m_store->conflict(info);
        VERIFY_OK(conflict);
        QVERIFY(conflict->mineDeleted);
        QVERIFY(!conflict->theirsDeleted);
        QCOMPARE(conflict->theirs, theirs.toJson());
        QVERIFY(!m_store->single<domain::BasicInfo>(applicant)->has_value());
        VERIFY_OK(m_store->resolveConflict(info, {}, true));
        QCOMPARE(pendingEntry(info)->operation, OutboxEntry::Operation::Delete);
        QCOMPARE(pendingEntry(info)->baseVersion, qint64(6));
        QVERIFY(m_store->recordJson(info).value()->first.deleted);

        // Both deleted, resolved as deleted: nothing is left to push.
        VERIFY_OK(m_store->applyRemote(
            {remoteRecord(info, applicant, domain::BasicInfo::kind(), {}, 7, true)},
            QStringLiteral("7")));
        QVERIFY(!pendingEntry(info));
        QVERIFY(m_store->conflicts()->isEmpty());
        QCOMPARE(m_store->recordJson(info).value()->first.serverVersion, qint64(7));
    }

    void anApplicantDeletedWhileItsRecordsChangeHereIsAConflict()
    {
        const auto [applicant, info] = pushedApplicant(test::validBasicInfo());
        VERIFY_OK(m_store->save(applicant, basicInfoWithStatus(QStringLiteral("01"))));
        const auto report = m_store->applyRemote(
            {remoteApplicant(applicant, QStringLiteral("王磊"), 2, true)}, QStringLiteral("2"));
        VERIFY_OK(report);
        QCOMPARE(report->conflicts, QList<QUuid>{applicant});
        QVERIFY(!m_store->applicant(applicant)->deleted);
        QVERIFY(pendingEntry(info)); // the record's change still goes out

        // Taking theirs deletes it here too, with its records' changes.
        VERIFY_OK(m_store->resolveTakeTheirs(applicant));
        QVERIFY(m_store->applicant(applicant)->deleted);
        QCOMPARE(m_store->applicantCount().value(), qint64(0));
        QVERIFY(m_store->recordJson(info).value()->first.deleted);
        QCOMPARE(m_store->syncSummary().value(), store::SyncSummary{});
    }

    void theSameValueOnBothSidesIsNoConflict()
    {
        // Pushed, applied by the server, the answer lost: the feed brings our own values.
        const auto created = m_store->createApplicant(QStringLiteral("李娜"));
        const auto thesis = m_store->save(created->uuid, test::validThesis());
        const auto report = m_store->applyRemote(
            {remoteApplicant(created->uuid, QStringLiteral("李娜"), 1),
             remoteRecord(thesis->uuid, created->uuid, test::validThesis(), 1)},
            QStringLiteral("1"));
        VERIFY_OK(report);
        QCOMPARE(report->applied, 2);
        QVERIFY(report->conflicts.isEmpty());
        QCOMPARE(m_store->syncSummary().value(), store::SyncSummary{});
        QCOMPARE(m_store->get<domain::Thesis>(thesis->uuid)->meta.serverVersion, qint64(1));
        QCOMPARE(m_store->get<domain::Thesis>(thesis->uuid)->meta.revision, thesis->revision);
        QCOMPARE(m_store->applicant(created->uuid)->serverVersion, qint64(1));
    }

    void refusedChangesWaitForANewSave()
    {
        const auto created = m_store->createApplicant(QStringLiteral("王磊"));
        const auto photo = m_store->save(created->uuid, test::validPhoto());
        VERIFY_OK(photo);
        m_clock.advanceSeconds(10);
        const QString message = QStringLiteral("照片尺寸应为 390×567 像素。");
        // A refusal of an older revision than the one queued does nothing.
        VERIFY_OK(m_store->markRefused(photo->uuid, photo->revision - 1,
                                       QStringLiteral("photoRejected"), message));
        QVERIFY(pendingEntry(photo->uuid));
        VERIFY_OK(m_store->markRefused(photo->uuid, photo->revision,
                                       QStringLiteral("photoRejected"), message));
        QCOMPARE(pendingUuids(), QList<QUuid>{created->uuid});
        QCOMPARE(m_store->pendingCount().value(), qint64(1));
        QCOMPARE(m_store->syncSummary().value(), (store::SyncSummary{1, 0, 1}));
        const auto refused = m_store->refusedChanges();
        VERIFY_OK(refused);
        QCOMPARE(refused->size(), 1);
        const store::RefusedChange &change = refused->first();
        QCOMPARE(change.entry.uuid, photo->uuid);
        QCOMPARE(change.entry.revision, photo->revision);
        QCOMPARE(change.applicant, created->uuid);
        QCOMPARE(change.kind, domain::Photo::kind());
        QCOMPARE(change.code, QStringLiteral("photoRejected"));
        QCOMPARE(change.message, message);
        QCOMPARE(change.refusedAt, m_clock.now());

        // A pull does not release it; a new save replaces it and clears the refusal.
        VERIFY_OK(m_store->applyRemote({}, QStringLiteral("1")));
        QCOMPARE(m_store->refusedChanges()->size(), 1);
        domain::Photo again = test::validPhoto();
        again.crop.rotation = 0.0;
        const auto saved = m_store->save(created->uuid, again);
        VERIFY_OK(saved);
        QVERIFY(m_store->refusedChanges()->isEmpty());
        const std::optional<OutboxEntry> entry = pendingEntry(photo->uuid);
        QVERIFY(entry);
        QCOMPARE(entry->revision, saved->revision);
        QVERIFY(entry->idempotencyKey != change.entry.idempotencyKey);
        QCOMPARE(m_store->syncSummary().value(), (store::SyncSummary{2, 0, 0}));
    }

    void nothingQueuedByALocalSaveIsDroppedByAPull()
    {
        // Ten applicants: some pushed and edited again, some never pushed, one deleted here.
        QList<std::pair<QUuid, QUuid>> people;
        for (int i = 0; i < 10; ++i) {
            domain::BasicInfo info = test::validBasicInfo();
            info.name = QStringLiteral("王磊%1").arg(i);
            if (i % 2 == 0) {
                const auto pushed = pushedApplicant(info);
                VERIFY_OK(m_store->save(pushed.first, basicInfoWithStatus(QStringLiteral("01"))));
                people.append(pushed);
            } else {
                const auto created = m_store->createApplicant(info.name);
                const auto saved = m_store->save(created->uuid, info);
                people.append({created->uuid, saved->uuid});
            }
        }
        VERIFY_OK(m_store->removeRecord(people.at(2).second));
        const auto before = m_store->pendingChanges(1000);
        VERIFY_OK(before);
        QSet<QUuid> queued;
        for (const OutboxEntry &entry : before.value()) {
            queued.insert(entry.uuid);
        }
        // Pushed ones: the record's new change (a deletion for the third); the others: the
        // applicant's creation and the record's.
        QCOMPARE(queued.size(), 5 + 5 * 2);

        // The server has other values of everything, at newer versions.
        QList<RemoteChange> page;
        for (const auto &[applicant, info] : std::as_const(people)) {
            page.append(remoteApplicant(applicant, QStringLiteral("服务器"), 9));
            page.append(
                remoteRecord(info, applicant, basicInfoWithStatus(QStringLiteral("03")), 9));
        }
        const auto report = m_store->applyRemote(page, QStringLiteral("99"));
        VERIFY_OK(report);
        QCOMPARE(report->conflicts.size(), queued.size());
        QCOMPARE(report->applied + report->skipped + report->conflicts.size(), page.size());

        // Every change is still there: pending, or held in a conflict with its local value.
        const QList<QUuid> stillPending = pendingUuids();
        QSet<QUuid> kept(stillPending.cbegin(), stillPending.cend());
        const auto conflicts = m_store->conflicts();
        VERIFY_OK(conflicts);
        for (const Conflict &conflict : conflicts.value()) {
            kept.insert(conflict.uuid);
        }
        QCOMPARE(kept, queued);
        for (const auto &[applicant, info] : std::as_const(people)) {
            if (queued.contains(info) && info != people.at(2).second) {
                QCOMPARE(m_store->get<domain::BasicInfo>(info)->value.politicalStatus,
                         m_store->conflict(info)
                             ->mine.value(QStringLiteral("politicalStatus"))
                             .toString());
                QVERIFY(m_store->get<domain::BasicInfo>(info)->value.politicalStatus
                        != QStringLiteral("03"));
            }
        }
        // Resolving every one by taking mine queues every one again.
        for (const Conflict &conflict : conflicts.value()) {
            VERIFY_OK(m_store->resolveConflict(conflict.uuid, conflict.mine, conflict.mineDeleted));
        }
        const QList<QUuid> after = pendingUuids();
        QCOMPARE(QSet<QUuid>(after.cbegin(), after.cend()), queued);
    }

    void aRemoteChangeMergesKeyByKey_data()
    {
        // Changes to 王磊's pushed basic information (politicalStatus 13, workStartMonth
        // 201207, server version 2) made here and on the server (version 5).
        QTest::addColumn<QJsonObject>("mine");
        QTest::addColumn<QJsonObject>("theirs");
        QTest::addColumn<bool>("baseKnown");
        QTest::addColumn<bool>("refusedPush"); // theirs came as the 409 of our push
        QTest::addColumn<bool>("conflict");
        QTest::addColumn<QJsonObject>("merged");
        QTest::addColumn<bool>("pushes"); // the merge differs from theirs

        const QString status = QStringLiteral("politicalStatus");
        const QString month = QStringLiteral("workStartMonth");
        const QJsonObject mineStatus{{status, QStringLiteral("01")}};
        const QJsonObject theirMonth{{month, QStringLiteral("201309")}};
        const QJsonObject both{{status, QStringLiteral("01")}, {month, QStringLiteral("201309")}};
        QTest::newRow("disjoint keys, pulled")
            << mineStatus << theirMonth << true << false << false << both << true;
        QTest::newRow("disjoint keys, a refused push")
            << mineStatus << theirMonth << true << true << false << both << true;
        QTest::newRow("same key, same value, and a key of mine")
            << both << mineStatus << true << false << false << both << true;
        QTest::newRow("same key, same value, and a key of theirs")
            << mineStatus << both << true << true << false << both << false;
        QTest::newRow("same key, different values")
            << mineStatus << QJsonObject{{status, QStringLiteral("03")}} << true << false << true
            << QJsonObject() << false;
        QTest::newRow("same key, different values, a refused push")
            << both << QJsonObject{{status, QStringLiteral("03")}} << true << true << true
            << QJsonObject() << false;
        QTest::newRow("base missing (a row from before the merge)")
            << mineStatus << theirMonth << false << false << true << QJsonObject() << false;
    }

    void aRemoteChangeMergesKeyByKey()
    {
        QFETCH(QJsonObject, mine);
        QFETCH(QJsonObject, theirs);
        QFETCH(bool, baseKnown);
        QFETCH(bool, refusedPush);
        QFETCH(bool, conflict);
        QFETCH(QJsonObject, merged);
        QFETCH(bool, pushes);

        const QJsonObject base = test::validBasicInfo().toJson();
        const auto [applicant, info] = pushedApplicant(test::validBasicInfo());
        if (!baseKnown) {
            QSqlQuery query(m_db->connection());
            QVERIFY(query.exec(QStringLiteral("UPDATE records SET server_body = NULL")));
        }
        m_clock.advanceSeconds(60);
        const auto saved = m_store->save(
            applicant, domain::BasicInfo::fromJson(test::merged(base, mine), nullptr), info);
        VERIFY_OK(saved);
        const qint64 sequence = pendingEntry(info)->sequence;
        m_clock.advanceSeconds(60);
        const RemoteChange change =
            remoteRecord(info, applicant, domain::BasicInfo::kind(), test::merged(base, theirs), 5);
        if (refusedPush) {
            VERIFY_OK(m_store->recordConflict(info, change));
        } else {
            const auto report = m_store->applyRemote({change}, QStringLiteral("5"));
            VERIFY_OK(report);
            QCOMPARE(report->conflicts, conflict ? QList<QUuid>{info} : QList<QUuid>());
            QCOMPARE(report->applied, conflict ? 0 : 1);
        }

        const auto stored = m_store->get<domain::BasicInfo>(info);
        VERIFY_OK(stored);
        if (conflict) {
            // As before: the local value stays, held, beside the server's.
            QCOMPARE(stored->value.toJson(), test::merged(base, mine));
            QCOMPARE(stored->meta.revision, saved->revision);
            QCOMPARE(stored->meta.serverVersion, qint64(2));
            QCOMPARE(m_store->conflict(info)->theirs, test::merged(base, theirs));
            QCOMPARE(m_store->conflict(info)->mine, test::merged(base, mine));
            QVERIFY(!pendingEntry(info));
            QCOMPARE(m_store->syncSummary().value(), (store::SyncSummary{0, 1, 0}));
            return;
        }
        QVERIFY(m_store->conflicts()->isEmpty());
        QCOMPARE(stored->value.toJson(), test::merged(base, merged));
        QCOMPARE(stored->meta.revision, saved->revision + 1);
        QCOMPARE(stored->meta.serverVersion, qint64(5));
        QCOMPARE(stored->meta.updatedAt, m_clock.now());
        const std::optional<OutboxEntry> entry = pendingEntry(info);
        if (!pushes) {
            QVERIFY(!entry); // the server has the merge already
            QCOMPARE(m_store->syncSummary().value(), store::SyncSummary{});
            return;
        }
        QVERIFY(entry);
        QCOMPARE(entry->sequence, sequence);
        QCOMPARE(entry->operation, OutboxEntry::Operation::Upsert);
        QCOMPARE(entry->revision, stored->meta.revision);
        QCOMPARE(entry->baseVersion, qint64(5));
        QCOMPARE(m_store->syncSummary().value(), (store::SyncSummary{1, 0, 0}));

        // The merge pushed and accepted is the base of the next merge: the server's next
        // change of another key merges again.
        VERIFY_OK(m_store->markPushed(info, entry->revision, 6));
        const QJsonObject accepted = test::merged(base, merged);
        VERIFY_OK(m_store->save(
            applicant,
            domain::BasicInfo::fromJson(
                test::merged(accepted, {{QStringLiteral("politicalStatus"), QStringLiteral("02")}}),
                nullptr),
            info));
        const QJsonObject next =
            test::merged(accepted, {{QStringLiteral("workStartMonth"), QStringLiteral("201410")}});
        const auto again = m_store->applyRemote(
            {remoteRecord(info, applicant, domain::BasicInfo::kind(), next, 7)},
            QStringLiteral("7"));
        VERIFY_OK(again);
        QVERIFY(again->conflicts.isEmpty());
        QCOMPARE(m_store->get<domain::BasicInfo>(info)->value.toJson(),
                 test::merged(next, {{QStringLiteral("politicalStatus"), QStringLiteral("02")}}));
        QCOMPARE(pendingEntry(info)->baseVersion, qint64(7));
    }

    void anEditAndADeletionAreAConflict()
    {
        // Mine deleted, theirs edited another key: the user decides.
        const auto [applicant, info] = pushedApplicant(test::validBasicInfo());
        VERIFY_OK(m_store->removeRecord(info));
        domain::BasicInfo theirs = test::validBasicInfo();
        theirs.workStartMonth = QStringLiteral("201309");
        VERIFY_OK(
            m_store->applyRemote({remoteRecord(info, applicant, theirs, 3)}, QStringLiteral("3")));
        auto conflict = m_store->conflict(info);
        VERIFY_OK(conflict);
        QVERIFY(conflict->mineDeleted);
        QCOMPARE(conflict->theirs, theirs.toJson());
        QVERIFY(!m_store->single<domain::BasicInfo>(applicant)->has_value());

        // Mine edited, theirs deleted.
        const QUuid thesis = m_store->save(applicant, test::validThesis())->uuid;
        VERIFY_OK(m_store->markPushed(thesis, 1, 4));
        domain::Thesis edited = test::validThesis();
        edited.thesisTitle = QStringLiteral("城市轨道交通网络的客流分配研究");
        VERIFY_OK(m_store->save(applicant, edited, thesis));
        VERIFY_OK(m_store->applyRemote(
            {remoteRecord(thesis, applicant, domain::Thesis::kind(), {}, 5, true)},
            QStringLiteral("5")));
        conflict = m_store->conflict(thesis);
        VERIFY_OK(conflict);
        QVERIFY(conflict->theirsDeleted);
        QVERIFY(!conflict->mineDeleted);
        QCOMPARE(m_store->get<domain::Thesis>(thesis)->value, edited);
        QCOMPARE(m_store->syncSummary().value(), (store::SyncSummary{0, 2, 0}));
    }

    void anApplicantsLabelMergesAsOneKey()
    {
        const QUuid applicant = pushedApplicant(test::validBasicInfo()).first;
        VERIFY_OK(m_store->renameApplicant(applicant, QStringLiteral("王小磊")));
        const qint64 revision = m_store->applicant(applicant)->revision;
        // The server's applicant moved (version 2) with the label we were based on: ours
        // stays and goes out again, based on version 2.
        auto report = m_store->applyRemote({remoteApplicant(applicant, QStringLiteral("王磊"), 2)},
                                           QStringLiteral("2"));
        VERIFY_OK(report);
        QVERIFY(report->conflicts.isEmpty());
        QCOMPARE(m_store->applicant(applicant)->label, QStringLiteral("王小磊"));
        QCOMPARE(m_store->applicant(applicant)->revision, revision + 1);
        QCOMPARE(m_store->applicant(applicant)->serverVersion, qint64(2));
        QCOMPARE(pendingEntry(applicant)->baseVersion, qint64(2));
        QCOMPARE(pendingEntry(applicant)->revision, revision + 1);

        // Renamed there too, to another name: a conflict.
        report = m_store->applyRemote({remoteApplicant(applicant, QStringLiteral("王大磊"), 3)},
                                      QStringLiteral("3"));
        VERIFY_OK(report);
        QCOMPARE(report->conflicts, QList<QUuid>{applicant});
        QCOMPARE(m_store->conflict(applicant)->mine.value(Conflict::LabelKey).toString(),
                 QStringLiteral("王小磊"));
        QCOMPARE(m_store->conflict(applicant)->theirs.value(Conflict::LabelKey).toString(),
                 QStringLiteral("王大磊"));
        QCOMPARE(m_store->applicant(applicant)->label, QStringLiteral("王小磊"));
        QCOMPARE(m_store->roster({}).value().entries.first().label, QStringLiteral("王小磊"));
    }

    void aDegreeApplicationsStateMergesOnlyFromOneSide_data()
    {
        QTest::addColumn<bool>("theySubmit");
        QTest::addColumn<bool>("conflict");
        QTest::newRow("submitted here, the class changed there") << false << false;
        QTest::newRow("submitted on both sides") << true << true;
    }

    void aDegreeApplicationsStateMergesOnlyFromOneSide()
    {
        QFETCH(bool, theySubmit);
        QFETCH(bool, conflict);
        const QUuid applicant = pushedApplicant(test::validBasicInfo()).first;
        const domain::DegreeApplication base = test::validDegreeApplication();
        const auto saved = m_store->save(applicant, base);
        VERIFY_OK(saved);
        VERIFY_OK(m_store->markPushed(saved->uuid, saved->revision, 3));
        const auto submitted = [&base](int hour) {
            domain::DegreeApplication a = base;
            a.state = QStringLiteral("submitted");
            a.timeline.append(
                domain::StateChange{base.state,
                                    a.state,
                                    QStringLiteral("submit"),
                                    QDateTime(QDate(2026, 11, 28), QTime(hour, 0), Qt::UTC),
                                    {}});
            return a;
        };
        const domain::DegreeApplication mine = submitted(9);
        VERIFY_OK(m_store->save(applicant, mine, saved->uuid));
        domain::DegreeApplication theirs = theySubmit ? submitted(10) : base;
        theirs.className = QStringLiteral("计算机2班");
        const auto report = m_store->applyRemote({remoteRecord(saved->uuid, applicant, theirs, 4)},
                                                 QStringLiteral("4"));
        VERIFY_OK(report);
        QCOMPARE(report->conflicts, conflict ? QList<QUuid>{saved->uuid} : QList<QUuid>());
        const auto stored = m_store->get<domain::DegreeApplication>(saved->uuid);
        VERIFY_OK(stored);
        domain::DegreeApplication expected = mine;
        if (!conflict) {
            expected.className = theirs.className;
        }
        QCOMPARE(stored->value, expected);
        QCOMPARE(stored->meta.serverVersion, conflict ? qint64(3) : qint64(4));
        QCOMPARE(pendingEntry(saved->uuid).has_value(), !conflict);
    }

    void anOlderDatabaseKeepsItsOutboxUnheld()
    {
        const QString path = m_dir->filePath(QStringLiteral("v3.sqlite"));
        {
            store::Database old(m_clock);
            store::Database::Options options;
            options.targetVersion = 3;
            VERIFY_OK(old.open(path, options));
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(QStringLiteral(
                "INSERT INTO outbox (entity, uuid, operation, revision, base_version, "
                "idempotency_key, queued_at) VALUES ('applicant', "
                "'6b1d0c4e-2d33-4a52-9b0e-1f6a9d1e7c11', 'upsert', 1, 0, "
                "'0f7e2a61-4c1b-4f0a-8d5e-3b2c1a0f9e88', '2026-11-28T08:00:00.000Z')")));
        }
        store::Database db(m_clock);
        VERIFY_OK(db.open(path));
        QCOMPARE(db.version(), store::Database::latestVersion());
        store::Store upgraded(db);
        QCOMPARE(upgraded.syncSummary().value(), (store::SyncSummary{1, 0, 0}));
        QCOMPARE(upgraded.pendingChanges().value().first().uuid,
                 QUuid(QStringLiteral("6b1d0c4e-2d33-4a52-9b0e-1f6a9d1e7c11")));
        QVERIFY(upgraded.conflicts().value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestStoreSync)
#include "TestStoreSync.moc"
