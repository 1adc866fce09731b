#include "store/Store.h"
#include "store/StoreRows.h"

#include "store/Database.h"
#include "store/ImportPool.h"
#include "store/RecordKinds.h"
#include "store/TimeOrderedUuid.h"
#include "support/ManualClock.h"
#include "support/SampleRecords.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSemaphore>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace dd;
using store::OutboxEntry;
using store::StoreError;

namespace {
QString describe(const StoreError &error)
{
    return StoreError::codeName(error.code) + QStringLiteral(": ") + error.message
           + QStringLiteral(" [") + error.detail + QLatin1Char(']');
}
} // namespace

// Evaluates `expression` once (it is usually a call that writes).
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verified = (expression);                                                       \
        QVERIFY2(verified.ok(),                                                                    \
                 qPrintable(verified.ok() ? QString() : describe(verified.error())));              \
    } while (false)

class TestStore : public QObject
{
    Q_OBJECT

    // The calling thread's priority as giveWayToTheWriter() sets it (Linux: its nice value).
#ifdef Q_OS_LINUX
    static constexpr int Lowered = 10;
    static int currentPriority()
    {
        return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    }
#else
    static constexpr int Lowered = int(QThread::LowPriority);
    static int currentPriority()
    {
        return int(QThread::currentThread()->priority());
    }
#endif

private:
    test::ManualClock m_clock;
    QTemporaryDir *m_dir = nullptr;
    store::Database *m_db = nullptr;
    store::Store *m_store = nullptr;

    QUuid newApplicant(const QString &label = QStringLiteral("王磊"))
    {
        const auto created = m_store->createApplicant(label);
        return created.ok() ? created->uuid : QUuid();
    }

private slots:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_db = new store::Database(m_clock);
        const auto opened = m_db->open(m_dir->filePath(QStringLiteral("store.sqlite")));
        VERIFY_OK(opened);
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

    void singleKindsReplaceAndListKindsAppend()
    {
        const QUuid applicant = newApplicant();
        const auto first = m_store->save(applicant, test::validRegistration());
        VERIFY_OK(first);
        QCOMPARE(first->revision, qint64(1));
        QCOMPARE(first->kind, domain::Registration::kind());
        QCOMPARE(first->applicant, applicant);
        QCOMPARE(first->updatedAt, m_clock.now());

        m_clock.advanceSeconds(60);
        domain::Registration changed = test::validRegistration();
        changed.address = QStringLiteral("上海市徐汇区漕溪北路");
        const auto second = m_store->save(applicant, changed);
        VERIFY_OK(second);
        QCOMPARE(second->uuid, first->uuid);
        QCOMPARE(second->revision, qint64(2));
        QCOMPARE(second->updatedAt, m_clock.now());
        const auto loaded = m_store->single<domain::Registration>(applicant);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->value().value, changed);
        QCOMPARE(loaded->value().meta, second.value());

        const auto a1 = m_store->save(applicant, test::validDegreeApplication());
        const auto a2 = m_store->save(applicant, test::validClinicalApplication());
        VERIFY_OK(a1);
        VERIFY_OK(a2);
        QVERIFY(a1->uuid != a2->uuid);
        auto list = m_store->list<domain::DegreeApplication>(applicant);
        VERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).value, test::validDegreeApplication());
        QCOMPARE(list->at(1).value, test::validClinicalApplication());

        domain::DegreeApplication submitted = test::validDegreeApplication();
        submitted.state = QStringLiteral("submitted");
        const auto updated = m_store->save(applicant, submitted, a1->uuid);
        VERIFY_OK(updated);
        QCOMPARE(updated->uuid, a1->uuid);
        QCOMPARE(updated->revision, qint64(2));
        const auto got = m_store->get<domain::DegreeApplication>(a1->uuid);
        VERIFY_OK(got);
        QCOMPARE(got->value, submitted);
        QCOMPARE(m_store->list<domain::DegreeApplication>(applicant)->size(), 2);

        // get() of the wrong type is refused rather than misread.
        const auto wrong = m_store->get<domain::Thesis>(a1->uuid);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().code, StoreError::Code::NotFound);
    }

    void theWholeDossierRoundTrips()
    {
        const QUuid applicant = newApplicant();
        const domain::Dossier sample = test::completeDossier();
        const auto saved = m_store->transaction([&]() -> store::Result<void> {
            std::optional<StoreError> failure;
            auto keep = [&failure](const auto &result) {
                if (!result.ok() && !failure) {
                    failure = result.error();
                }
            };
            keep(m_store->save(applicant, *sample.registration));
            keep(m_store->save(applicant, *sample.basicInfo));
            keep(m_store->save(applicant, *sample.photo));
            for (const auto &application : sample.applications) {
                keep(m_store->save(applicant, application));
            }
            keep(m_store->save(applicant, *sample.defenseRequest));
            keep(m_store->save(applicant, *sample.thesis));
            keep(m_store->save(applicant, *sample.residencyCertificate));
            for (const auto &registration : sample.examRegistrations) {
                keep(m_store->save(applicant, registration));
            }
            for (const auto &score : sample.examScores) {
                keep(m_store->save(applicant, score));
            }
            keep(m_store->save(applicant, *sample.notificationPrefs));
            return failure ? store::Result<void>(*failure) : store::Result<void>();
        });
        VERIFY_OK(saved);
        const auto dossier = m_store->dossier(applicant);
        VERIFY_OK(dossier);
        QCOMPARE(dossier->registration, sample.registration);
        QCOMPARE(dossier->basicInfo, sample.basicInfo);
        QCOMPARE(dossier->photo, sample.photo);
        QCOMPARE(dossier->applications, sample.applications);
        QCOMPARE(dossier->examRegistrations, sample.examRegistrations);
        QCOMPARE(dossier->examScores, sample.examScores);
        QCOMPARE(dossier->defenseRequest, sample.defenseRequest);
        QCOMPARE(dossier->thesis, sample.thesis);
        QCOMPARE(dossier->residencyCertificate, sample.residencyCertificate);
        QCOMPARE(dossier->notificationPrefs, sample.notificationPrefs);
        QVERIFY(dossier.value() == sample);

        // And after closing and opening the file again.
        const QString path = m_db->path();
        m_db->close();
        VERIFY_OK(m_db->open(path));
        QVERIFY(m_store->dossier(applicant).value() == sample);
    }

    void aRecordCanBeCreatedUnderAGivenIdentity()
    {
        const QUuid applicant = newApplicant();
        const QUuid fromServer = QUuid::createUuid();
        const auto saved = m_store->save(applicant, test::validThesis(), fromServer);
        VERIFY_OK(saved);
        QCOMPARE(saved->uuid, fromServer);
        QCOMPARE(m_store->single<domain::Thesis>(applicant)->value().meta.uuid, fromServer);

        // The same identity under another applicant, or as another kind, is refused.
        const QUuid other = newApplicant(QStringLiteral("李娜"));
        const auto stolen = m_store->save(other, test::validThesis(), fromServer);
        QVERIFY(!stolen.ok());
        QCOMPARE(stolen.error().code, StoreError::Code::Constraint);
        const auto retyped = m_store->save(applicant, test::validDefenseRequest(), fromServer);
        QVERIFY(!retyped.ok());
        QCOMPARE(retyped.error().code, StoreError::Code::Constraint);
        QVERIFY(!m_store->single<domain::Thesis>(other)->has_value());
    }

    void savingForAnUnknownApplicantIsRefused()
    {
        const auto saved = m_store->save(QUuid::createUuid(), test::validRegistration());
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, StoreError::Code::NotFound);
        QVERIFY(!saved.error().message.isEmpty());
        QCOMPARE(m_store->pendingCount().value(), qint64(0));
    }

    void applicantsAreCreatedRenamedAndDeleted()
    {
        const auto created = m_store->createApplicant(QStringLiteral("  张三  "));
        VERIFY_OK(created);
        QCOMPARE(created->label, QStringLiteral("张三"));
        QCOMPARE(created->revision, qint64(1));
        QCOMPARE(created->createdAt, m_clock.now());

        for (const QString &bad :
             {QString(), QStringLiteral("   "), QString(101, QLatin1Char('x'))}) {
            const auto refused = m_store->createApplicant(bad);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().code, StoreError::Code::InvalidData);
            QVERIFY(!m_store->renameApplicant(created->uuid, bad).ok());
        }
        QCOMPARE(m_store->applicantCount().value(), qint64(1));

        m_clock.advanceSeconds(5);
        VERIFY_OK(m_store->renameApplicant(created->uuid, QStringLiteral("张三丰")));
        const auto renamed = m_store->applicant(created->uuid);
        VERIFY_OK(renamed);
        QCOMPARE(renamed->label, QStringLiteral("张三丰"));
        QCOMPARE(renamed->revision, qint64(2));
        QCOMPARE(renamed->updatedAt, m_clock.now());
        QCOMPARE(renamed->createdAt, created->createdAt);

        VERIFY_OK(m_store->save(created->uuid, test::validRegistration()));
        VERIFY_OK(m_store->deleteApplicant(created->uuid));
        QCOMPARE(m_store->applicantCount().value(), qint64(0));
        const auto tombstone = m_store->applicant(created->uuid);
        VERIFY_OK(tombstone);
        QVERIFY(tombstone->deleted);
        QCOMPARE(m_store->roster({}).value().entries.size(), 0);
        QCOMPARE(m_store->save(created->uuid, test::validThesis()).error().code,
                 StoreError::Code::NotFound);
        QCOMPARE(m_store->deleteApplicant(created->uuid).error().code, StoreError::Code::NotFound);
        // Never pushed: nothing is left to tell the server.
        QCOMPARE(m_store->pendingCount().value(), qint64(0));
    }

    void removedRecordsAreTombstones()
    {
        const QUuid applicant = newApplicant();
        const auto saved = m_store->save(applicant, test::validExamScore());
        VERIFY_OK(saved);
        VERIFY_OK(m_store->markPushed(saved->uuid, saved->revision, 3));
        VERIFY_OK(m_store->removeRecord(saved->uuid));
        QCOMPARE(m_store->list<domain::ExamScore>(applicant)->size(), 0);
        const auto row = m_store->recordJson(saved->uuid);
        VERIFY_OK(row);
        QVERIFY(row->has_value());
        QVERIFY(row->value().first.deleted);
        QCOMPARE(row->value().first.revision, qint64(2));
        QCOMPARE(m_store->removeRecord(saved->uuid).error().code, StoreError::Code::NotFound);

        const auto pending = m_store->pendingChanges();
        VERIFY_OK(pending);
        const auto it = std::find_if(pending->cbegin(), pending->cend(),
                                     [&](const OutboxEntry &e) { return e.uuid == saved->uuid; });
        QVERIFY(it != pending->cend());
        QCOMPARE(it->operation, OutboxEntry::Operation::Delete);
        QCOMPARE(it->baseVersion, qint64(3));
        QCOMPARE(it->revision, qint64(2));
    }

    void theOutboxHoldsOneChangePerRecord()
    {
        const QUuid applicant = newApplicant();
        const auto saved = m_store->save(applicant, test::validBasicInfo());
        VERIFY_OK(saved);
        auto pending = m_store->pendingChanges();
        VERIFY_OK(pending);
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).entity, OutboxEntry::Entity::Applicant); // the applicant first
        QCOMPARE(pending->at(0).uuid, applicant);
        QCOMPARE(pending->at(1).entity, OutboxEntry::Entity::Record);
        QCOMPARE(pending->at(1).uuid, saved->uuid);
        QCOMPARE(pending->at(1).operation, OutboxEntry::Operation::Upsert);
        QCOMPARE(pending->at(1).baseVersion, qint64(0));
        QVERIFY(pending->at(0).idempotencyKey != pending->at(1).idempotencyKey);
        const QUuid firstKey = pending->at(1).idempotencyKey;

        // A second change replaces the first: one entry, a new key, the new revision.
        domain::BasicInfo changed = test::validBasicInfo();
        changed.politicalStatus = QStringLiteral("13");
        VERIFY_OK(m_store->save(applicant, changed));
        pending = m_store->pendingChanges();
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(1).revision, qint64(2));
        QVERIFY(pending->at(1).idempotencyKey != firstKey);

        // The server took revision 1 while revision 2 was being made: the entry stays,
        // now based on the server's version.
        VERIFY_OK(m_store->markPushed(saved->uuid, 1, 10));
        pending = m_store->pendingChanges();
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(1).baseVersion, qint64(10));
        VERIFY_OK(m_store->markPushed(saved->uuid, 2, 11));
        VERIFY_OK(m_store->markPushed(applicant, 1, 4));
        QCOMPARE(m_store->pendingCount().value(), qint64(0));
        QCOMPARE(m_store->single<domain::BasicInfo>(applicant)->value().meta.serverVersion,
                 qint64(11));
        QCOMPARE(m_store->applicant(applicant)->serverVersion, qint64(4));

        // The next change is based on version 11.
        VERIFY_OK(m_store->save(applicant, test::validBasicInfo()));
        pending = m_store->pendingChanges();
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().baseVersion, qint64(11));
        QCOMPARE(pending->first().revision, qint64(3));
    }

    void photosKeepTheJpegAndTheOriginalByContent()
    {
        const QUuid applicant = newApplicant();
        const QByteArray original = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(5000, 'o');
        domain::Photo photo = test::validPhoto();
        photo.originalSha256.clear();
        const auto saved = m_store->savePhoto(applicant, photo, original);
        VERIFY_OK(saved);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(original, QCryptographicHash::Sha256).toHex());
        const auto loaded = m_store->single<domain::Photo>(applicant);
        VERIFY_OK(loaded);
        QCOMPARE(loaded->value().value.jpeg, photo.jpeg);
        QCOMPARE(loaded->value().value.originalSha256, sha);
        QCOMPARE(loaded->value().value.crop, photo.crop);
        const auto kept = m_store->originalPhoto(sha);
        VERIFY_OK(kept);
        QCOMPARE(kept.value(), original);
        const QString file =
            QDir(m_store->originalsFolder()).filePath(sha.left(2) + QLatin1Char('/') + sha);
        QVERIFY(QFileInfo::exists(file));
#ifdef Q_OS_UNIX
        QCOMPARE(QFileInfo(file).permissions() & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
        // The same original again is kept once.
        VERIFY_OK(m_store->savePhoto(applicant, photo, original));
        QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files).size(), 1);

        // A kept original that changed on disk is reported, not returned.
        {
            QFile tamper(file);
            QVERIFY(tamper.open(QIODevice::ReadWrite));
            tamper.seek(100);
            tamper.write("X");
        }
        QCOMPARE(m_store->originalPhoto(sha).error().code, StoreError::Code::Damaged);
        QCOMPARE(m_store->originalPhoto(QStringLiteral("../../etc/passwd")).error().code,
                 StoreError::Code::InvalidData);
        QCOMPARE(m_store->originalPhoto(QString(64, QLatin1Char('0'))).error().code,
                 StoreError::Code::NotFound);
    }

    void aPhotoThatIsNotASmallJpegIsRefused_data()
    {
        QTest::addColumn<QByteArray>("jpeg");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1a\n", 8);
        QTest::newRow("200,000 bytes")
            << (QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(200'000 - 6, 'j')
                + QByteArray("\xFF\xD9", 2));
    }
    void aPhotoThatIsNotASmallJpegIsRefused()
    {
        QFETCH(QByteArray, jpeg);
        const QUuid applicant = newApplicant();
        domain::Photo photo = test::validPhoto();
        photo.jpeg = jpeg;
        const auto saved = m_store->save(applicant, photo);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, StoreError::Code::InvalidData);
        QVERIFY(saved.error().message.contains(QStringLiteral("199999")));
        QVERIFY(!m_store->single<domain::Photo>(applicant)->has_value());

        photo.jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(199'999 - 6, 'j')
                     + QByteArray("\xFF\xD9", 2);
        VERIFY_OK(m_store->save(applicant, photo));
    }

    void importIsAllOrNothing()
    {
        QList<store::Store::NewApplicant> batch;
        for (int i = 0; i < 3; ++i) {
            domain::Dossier dossier = test::completeDossier();
            dossier.registration->mobile = QStringLiteral("1391111000") + QString::number(i);
            batch.append({QString(), dossier});
        }
        const auto imported = m_store->importApplicants(batch);
        VERIFY_OK(imported);
        QCOMPARE(imported->size(), 3);
        QCOMPARE(m_store->applicantCount().value(), qint64(3));
        // Its WAL goes back into the file on the checkpoint's own thread.
        m_db->waitForCheckpoint();
        QCOMPARE(m_db->backgroundCheckpoints(), 1);
        QCOMPARE(m_store->applicant(imported->first())->label, QStringLiteral("王磊"));
        QVERIFY(m_store->dossier(imported->at(2)).value() == batch.at(2).dossier);

        // An empty batch imports nothing, and fails at nothing.
        const auto none = m_store->importApplicants({});
        VERIFY_OK(none);
        QVERIFY(none->isEmpty());
        QCOMPARE(m_store->applicantCount().value(), qint64(3));

        // One bad applicant in a batch: none of the batch is imported.
        batch.append({QString(), domain::Dossier{}});
        const auto refused = m_store->importApplicants(batch);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, StoreError::Code::InvalidData);
        QVERIFY(refused.error().message.contains(QStringLiteral("4")));
        QCOMPARE(m_store->applicantCount().value(), qint64(3));
        m_db->waitForCheckpoint();
        QCOMPARE(m_db->backgroundCheckpoints(), 1); // none for what was rolled back
    }

    // The import meets its applicants in name order; of two bad ones, the one it names is the
    // first in the batch, not the first by name.
    void importNamesTheFirstBadApplicantOfTheBatch()
    {
        QList<store::Store::NewApplicant> batch;
        for (int i = 0; i < 4; ++i) {
            domain::Dossier dossier = test::completeDossier();
            dossier.registration->mobile = QStringLiteral("1392222000") + QString::number(i);
            batch.append({QString(), dossier});
        }
        // Second: a label too long, sorted among the Zs; fourth: no name at all, sorted first.
        batch[1].label = QString(store::rows::MaxLabelLength + 1, QLatin1Char('z'));
        batch[3] = {QString(), domain::Dossier{}};
        const auto refused = m_store->importApplicants(batch);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, StoreError::Code::InvalidData);
        QVERIFY2(refused.error().message.startsWith(QStringLiteral("Applicant 2: ")),
                 qPrintable(refused.error().message));
        QCOMPARE(m_store->applicantCount().value(), qint64(0));
        QCOMPARE(m_store->pendingCount().value(), qint64(0));

        // Only the fourth: it is named.
        batch[1].label.clear();
        const auto second = m_store->importApplicants(batch);
        QVERIFY(!second.ok());
        QVERIFY2(second.error().message.startsWith(QStringLiteral("Applicant 4: ")),
                 qPrintable(second.error().message));
        QCOMPARE(m_store->applicantCount().value(), qint64(0));
    }

    // The import writes each chunk in name order; the identities it answers with still follow
    // the order of the batch.
    void importAnswersInTheOrderGiven()
    {
        const QList<std::pair<QString, QString>> people{
            {QStringLiteral("赵六"), QStringLiteral("Zhao Liu")},
            {QStringLiteral("王磊"), QStringLiteral("Wang Lei")},
            {QStringLiteral("李四"), QStringLiteral("Li Si")},
            {QStringLiteral("安娜"), QStringLiteral("An Na")}};
        QList<store::Store::NewApplicant> batch;
        for (const auto &[name, pinyin] : people) {
            domain::Dossier dossier = test::completeDossier();
            dossier.registration->name = name;
            dossier.basicInfo->name = name;
            dossier.basicInfo->namePinyin = pinyin;
            batch.append({QString(), dossier});
        }
        const auto imported = m_store->importApplicants(batch);
        VERIFY_OK(imported);
        QCOMPARE(imported->size(), people.size());
        for (qsizetype i = 0; i < people.size(); ++i) {
            QVERIFY(m_store->dossier(imported->at(i)).value() == batch.at(i).dossier);
            QCOMPARE(m_store->applicant(imported->at(i))->label, people.at(i).first);
        }
        store::RosterQuery query;
        query.limit = 10;
        const auto page = m_store->roster(query);
        VERIFY_OK(page);
        QStringList names;
        for (const auto &entry : page->entries) {
            names.append(entry.name);
        }
        QCOMPARE(names, QStringList({QStringLiteral("安娜"), QStringLiteral("李四"),
                                     QStringLiteral("王磊"), QStringLiteral("赵六")}));
    }

    // An import prepares its rows on a pool of its own whose threads give way to the writer:
    // after an import its threads are lowered (no one else lowers them), the writer's thread
    // and the global pool's are not; lowering is done once.
    void importThreadsGiveWayToTheWriter()
    {
        QThreadPool *pool = store::importPool();
        QVERIFY(pool != QThreadPool::globalInstance());
        QList<store::Store::NewApplicant> batch;
        for (int i = 0; i < 300; ++i) {
            batch.append({QStringLiteral("Pool %1").arg(i), test::completeDossier()});
        }
        QVERIFY(m_store->importApplicants(batch).ok());
        auto priorityOn = [](QThreadPool *on, bool giveWay) {
            int priority = 0;
            QSemaphore done;
            on->start([&] {
                if (giveWay) {
                    store::giveWayToTheWriter();
                }
                priority = currentPriority();
                done.release();
            });
            done.acquire();
            return priority;
        };
        const int lowered = priorityOn(pool, false); // a thread the import ran on
        QVERIFY2(lowered == Lowered, qPrintable(QString::number(lowered)));
        QVERIFY(priorityOn(QThreadPool::globalInstance(), false) != Lowered);
        QVERIFY(currentPriority() != Lowered);
        QCOMPARE(priorityOn(pool, true), Lowered);
        QCOMPARE(priorityOn(pool, true), Lowered);
    }

    // The bulk import binds its rows' text as UTF-8 that SQLite reads back: every character a
    // name can hold survives it (a lone surrogate, which no text can hold, becomes U+FFFD).
    void importKeepsEveryCharacter()
    {
        const QList<QString> labels{
            QStringLiteral("Quote \" and \\ backslash"),
            QStringLiteral("Tab\tnew\nline\rreturn \u0001 control"),
            QStringLiteral("𠀀 outside the BMP, 😀, é, 张"),
            QStringLiteral("/ slash, \u007f and \u2028 inside"),
        };
        QList<store::Store::NewApplicant> batch;
        for (const QString &label : labels) {
            batch.append({label, test::completeDossier()});
        }
        QString lone = QStringLiteral("lone ");
        lone.append(QChar(0xD800));
        batch.append({lone, test::completeDossier()});
        const auto imported = m_store->importApplicants(batch);
        VERIFY_OK(imported);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            QCOMPARE(m_store->applicant(imported->at(i))->label, labels.at(i));
            QVERIFY(m_store->dossier(imported->at(i)).value() == batch.at(i).dossier);
        }
        QCOMPARE(m_store->applicant(imported->last())->label,
                 QStringLiteral("lone ") + QChar(QChar::ReplacementCharacter));
        // And the outbox has each applicant and each of its records once.
        const auto pending = m_store->pendingCount();
        VERIFY_OK(pending);
        qint64 records = 0;
        store::RecordKinds::forEachRecord(test::completeDossier(),
                                          [&records](const auto &) { ++records; });
        QCOMPARE(*pending, qint64(batch.size()) * (1 + records));
    }

    // New identities are UUID version 7: the time first, so they sort as they were made.
    void newIdentitiesSortInTheOrderTheyWereMade()
    {
        const QUuid fixed = store::timeOrderedUuid(0x0123'4567'89AB, 0x0CDE, ~0ull);
        QCOMPARE(fixed.toString(QUuid::WithoutBraces),
                 QStringLiteral("01234567-89ab-7cde-bfff-ffffffffffff"));
        QCOMPARE(fixed.data3 >> 12, 7); // Qt 6.4's QUuid::version() knows 1 to 5
        QCOMPARE(fixed.variant(), QUuid::DCE);

        QStringList made;
        QSet<QString> seen;
        // One at a time and in batches (an import's), interleaved: one order for all.
        for (int i = 0; i < 20'000; ++i) {
            const QList<QUuid> uuids = i % 100 == 0
                                           ? store::newTimeOrderedUuids(i % 7 == 0 ? 5'000 : 3)
                                           : QList<QUuid>{store::newTimeOrderedUuid()};
            for (const QUuid &uuid : uuids) {
                QCOMPARE(uuid.data3 >> 12, 7);
                QCOMPARE(uuid.variant(), QUuid::DCE);
                made.append(uuid.toString(QUuid::WithoutBraces));
                seen.insert(made.constLast());
            }
        }
        QVERIFY(made.size() > 20'000 + 5'000);
        QVERIFY(store::newTimeOrderedUuids(0).isEmpty());
        // The random part is 62 bits, not 32: its upper half varies too.
        const QList<QUuid> batch = store::newTimeOrderedUuids(64);
        QSet<quint32> upper;
        for (const QUuid &uuid : batch) {
            upper.insert((quint32(uuid.data4[0] & 0x3F) << 24) | (quint32(uuid.data4[1]) << 16)
                         | (quint32(uuid.data4[2]) << 8) | uuid.data4[3]);
        }
        QVERIFY(upper.size() > 60);
        QCOMPARE(seen.size(), made.size());
        QStringList sorted = made;
        sorted.sort();
        QCOMPARE(sorted, made);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const qint64 stamped =
            QString(made.constLast()).remove(QLatin1Char('-')).left(12).toLongLong(nullptr, 16);
        QVERIFY2(stamped <= now + 1000 && stamped > now - 60'000, qPrintable(made.constLast()));
    }

    void touchingARecordMovesTheApplicantUp()
    {
        const QUuid older = newApplicant(QStringLiteral("Older"));
        m_clock.advanceSeconds(10);
        const QUuid newer = newApplicant(QStringLiteral("Newer"));
        store::RosterQuery query;
        query.order = store::RosterQuery::Order::RecentlyTouched;
        QCOMPARE(m_store->roster(query)->entries.first().uuid, newer);
        m_clock.advanceSeconds(10);
        VERIFY_OK(m_store->save(older, test::validThesis()));
        QCOMPARE(m_store->roster(query)->entries.first().uuid, older);
        QCOMPARE(m_store->applicant(older)->touchedAt, m_clock.now());
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "TestStore.moc"
