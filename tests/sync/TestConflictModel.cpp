#include "sync/ConflictModel.h"

#include "domain/Catalogs.h"
#include "domain/Field.h"
#include "store/Database.h"
#include "support/ManualClock.h"
#include "support/SampleRecords.h"
#include "support/SyncConflicts.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace dd;
using domain::Field;
using store::StoreError;
using sync::ConflictModel;

namespace {

QString describe(const StoreError &error)
{
    return StoreError::codeName(error.code) + QStringLiteral(": ") + error.message;
}

domain::BasicInfo withStatus(domain::BasicInfo info, const QString &status)
{
    info.politicalStatus = status;
    return info;
}

} // namespace

#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verified = (expression);                                                       \
        QVERIFY2(verified.ok(),                                                                    \
                 qPrintable(verified.ok() ? QString() : describe(verified.error())));              \
    } while (false)

class TestConflictModel : public QObject
{
    Q_OBJECT

private:
    test::ManualClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<store::Store> m_store;
    QUuid m_applicant;

    // Basic information edited on both sides: here the political status, the month work began
    // and the pinyin; on the server the political status, the month work began and a third row
    // of the personal history. The name and everything else are the same.
    QUuid basicInfoConflict()
    {
        const domain::BasicInfo base = test::validBasicInfo();
        domain::BasicInfo mine = withStatus(base, QStringLiteral("01"));
        mine.workStartMonth = QStringLiteral("201208");
        mine.namePinyin = QStringLiteral("WANG Lei");
        domain::BasicInfo theirs = withStatus(base, QStringLiteral("03"));
        theirs.workStartMonth = QStringLiteral("201209");
        theirs.resume.append(domain::ResumeEntry{QStringLiteral("202009"),
                                                 {},
                                                 QStringLiteral("北京交通大学"),
                                                 QStringLiteral("在职研究生学习")});
        return test::makeConflict(*m_store, m_applicant, base, mine, theirs, 7);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<store::Database>(m_clock);
        VERIFY_OK(m_db->open(m_dir->filePath(QStringLiteral("sync.sqlite"))));
        m_store = std::make_unique<store::Store>(*m_db);
        const auto created = m_store->createApplicant(QStringLiteral("王磊"));
        VERIFY_OK(created);
        m_applicant = created->uuid;
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void showsBothSidesFieldByField()
    {
        const QUuid info = basicInfoConflict();
        QVERIFY(!info.isNull());
        ConflictModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERIFY_OK(model.load(info));
        QVERIFY(model.isLoaded());
        QCOMPARE(model.conflict().kind, domain::BasicInfo::kind());
        QCOMPARE(model.conflict().theirsVersion, qint64(7));
        QCOMPARE(model.columnCount(), int(ConflictModel::ColumnCount));
        // A row per top-level key of the record, in the portal's order.
        QCOMPARE(model.rowCount(), int(test::validBasicInfo().toJson().size()));
        QCOMPARE(model.keyAt(0), Field::Name);
        QVERIFY(model.rowOf(Field::PoliticalStatus) < model.rowOf(Field::Resume));
        QCOMPARE(model.differingCount(), 4);

        const int status = model.rowOf(Field::PoliticalStatus);
        QCOMPARE(model.index(status, ConflictModel::FieldColumn).data().toString(),
                 Field::label(Field::PoliticalStatus));
        const domain::Catalog &statuses =
            domain::Catalogs::instance().get(domain::Catalogs::PoliticalStatus);
        QCOMPARE(model.index(status, ConflictModel::MineColumn).data().toString(),
                 QStringLiteral("%1 (01)").arg(statuses.labelOf(QStringLiteral("01"))));
        QCOMPARE(model.index(status, ConflictModel::TheirsColumn).data().toString(),
                 QStringLiteral("%1 (03)").arg(statuses.labelOf(QStringLiteral("03"))));
        QVERIFY(model.index(status, 0).data(ConflictModel::DiffersRole).toBool());
        // Mine starts as the merged value; the sides are ticked as chosen.
        QCOMPARE(model.merged(status), QJsonValue(QStringLiteral("01")));
        QCOMPARE(model.index(status, ConflictModel::MineColumn).data(Qt::CheckStateRole),
                 QVariant(Qt::Checked));
        QCOMPARE(model.index(status, ConflictModel::TheirsColumn).data(Qt::CheckStateRole),
                 QVariant(Qt::Unchecked));

        // The same name on both sides: marked, nothing to tick.
        const int name = model.rowOf(Field::Name);
        QVERIFY(!model.differs(name));
        QVERIFY(!model.index(name, ConflictModel::MineColumn).data(Qt::CheckStateRole).isValid());
        QVERIFY(!(model.flags(model.index(name, ConflictModel::TheirsColumn))
                  & Qt::ItemIsUserCheckable));

        // The personal history: one row, a line per entry.
        const int resume = model.rowOf(Field::Resume);
        QVERIFY(model.differs(resume));
        const QString theirsResume =
            model.index(resume, ConflictModel::TheirsColumn).data().toString();
        QCOMPARE(theirsResume.count(QLatin1Char('\n')), 2);
        QVERIFY(theirsResume.contains(QStringLiteral("3. 202009 · 北京交通大学 · 在职研究生学习")));
        QVERIFY(
            !(model.flags(model.index(resume, ConflictModel::MergedColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.flags(model.index(status, ConflictModel::MergedColumn)) & Qt::ItemIsEditable);

        // Nothing is written by looking.
        QCOMPARE(m_store->conflicts()->size(), 1);
        QCOMPARE(m_store->get<domain::BasicInfo>(info)->value.politicalStatus,
                 QStringLiteral("01"));
    }

    void resolvesTheMergedValue()
    {
        const QUuid info = basicInfoConflict();
        QVERIFY(!info.isNull());
        ConflictModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERIFY_OK(model.load(info));
        QSignalSpy resolved(&model, &ConflictModel::resolved);

        // Theirs for the political status (through the view's tick), mine for the month work
        // began, theirs for the personal history, and a typed pinyin.
        const int status = model.rowOf(Field::PoliticalStatus);
        QVERIFY(model.setData(model.index(status, ConflictModel::TheirsColumn), Qt::Checked,
                              Qt::CheckStateRole));
        QCOMPARE(model.choice(status), ConflictModel::Choice::Theirs);
        QVERIFY(model.setChoice(model.rowOf(Field::WorkStartMonth), ConflictModel::Choice::Mine));
        QVERIFY(model.setChoice(model.rowOf(Field::Resume), ConflictModel::Choice::Theirs));
        const int pinyin = model.rowOf(Field::NamePinyin);
        QVERIFY(model.setData(model.index(pinyin, ConflictModel::MergedColumn),
                              QStringLiteral("Wang Lei"), Qt::EditRole));
        QCOMPARE(model.choice(pinyin), ConflictModel::Choice::Typed);
        // A value of another JSON type is not taken.
        QVERIFY(!model.setMerged(pinyin, QJsonValue(3)));
        // Unticking the chosen side does nothing.
        QVERIFY(!model.setData(model.index(status, ConflictModel::TheirsColumn), Qt::Unchecked,
                               Qt::CheckStateRole));

        domain::BasicInfo expected = withStatus(test::validBasicInfo(), QStringLiteral("03"));
        expected.workStartMonth = QStringLiteral("201208");
        expected.resume.append(domain::ResumeEntry{QStringLiteral("202009"),
                                                   {},
                                                   QStringLiteral("北京交通大学"),
                                                   QStringLiteral("在职研究生学习")});
        QCOMPARE(model.mergedJson(), expected.toJson());

        m_clock.advanceSeconds(90);
        VERIFY_OK(model.resolve());
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().first().toUuid(), info);
        QVERIFY(!model.isLoaded());
        QCOMPARE(model.rowCount(), 0);

        const auto saved = m_store->get<domain::BasicInfo>(info);
        VERIFY_OK(saved);
        QCOMPARE(saved->value, expected);
        QCOMPARE(saved->meta.serverVersion, qint64(7));
        QVERIFY(m_store->conflicts()->isEmpty());
        const auto entry = test::pendingEntry(*m_store, info);
        QVERIFY(entry);
        QCOMPARE(entry->baseVersion, qint64(7)); // pushed on the server's version
        QCOMPARE(entry->revision, saved->meta.revision);
        QCOMPARE(m_store->syncSummary()->conflicts, qint64(0));
    }

    void keepsMineOrTakesTheirs_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep mine") << true;
        QTest::newRow("take theirs") << false;
    }
    void keepsMineOrTakesTheirs()
    {
        QFETCH(bool, keepMine);
        const domain::Thesis base = test::validThesis();
        domain::Thesis mine = base;
        mine.keywords = QStringLiteral("深度学习,客流预测,时间序列");
        domain::Thesis theirs = base;
        theirs.supervisorTitle = QStringLiteral("教授");
        // The keywords changed on both sides (else the two changes merge without a conflict).
        theirs.keywords = QStringLiteral("深度学习,客流预测,图神经网络");
        const QUuid thesis = test::makeConflict(*m_store, m_applicant, base, mine, theirs, 5);
        QVERIFY(!thesis.isNull());
        ConflictModel model(*m_store);
        VERIFY_OK(model.load(thesis));
        QCOMPARE(model.differingCount(), 2);
        // Rows chosen do not matter to the shortcuts.
        model.setAllChoices(ConflictModel::Choice::Theirs);

        VERIFY_OK(keepMine ? model.keepMine() : model.takeTheirs());
        QVERIFY(m_store->conflicts()->isEmpty());
        const auto saved = m_store->get<domain::Thesis>(thesis);
        QCOMPARE(saved->value, keepMine ? mine : theirs);
        QCOMPARE(saved->meta.serverVersion, qint64(5));
        const auto entry = test::pendingEntry(*m_store, thesis);
        QCOMPARE(entry.has_value(), keepMine);
        if (keepMine) {
            QCOMPARE(entry->baseVersion, qint64(5));
        }
    }

    void refusesToWriteOverAConflictThatChanged()
    {
        const QUuid info = basicInfoConflict();
        QVERIFY(!info.isNull());
        ConflictModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERIFY_OK(model.load(info));
        const int pinyin = model.rowOf(Field::NamePinyin);
        QVERIFY(model.setMerged(pinyin, QJsonValue(QStringLiteral("Wang Lei"))));
        QVERIFY(model.setChoice(model.rowOf(Field::WorkStartMonth), ConflictModel::Choice::Theirs));

        // Meanwhile the server moved again: its status is now 04.
        domain::BasicInfo newer = withStatus(test::validBasicInfo(), QStringLiteral("04"));
        newer.workStartMonth = QStringLiteral("201210");
        VERIFY_OK(m_store->applyRemote(
            {test::remoteRecord(info, m_applicant, domain::BasicInfo::kind(), newer.toJson(), 8)},
            QStringLiteral("8")));

        const auto refused = model.resolve();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().detail, QStringLiteral("conflictChanged"));
        QVERIFY(!refused.error().message.isEmpty());
        // Nothing written; the model shows the new version and keeps the choices.
        QCOMPARE(m_store->conflicts()->size(), 1);
        QCOMPARE(m_store->get<domain::BasicInfo>(info)->value.namePinyin,
                 QStringLiteral("WANG Lei"));
        QCOMPARE(model.conflict().theirsVersion, qint64(8));
        QCOMPARE(model.merged(model.rowOf(Field::NamePinyin)),
                 QJsonValue(QStringLiteral("Wang Lei")));
        QCOMPARE(model.merged(model.rowOf(Field::WorkStartMonth)),
                 QJsonValue(QStringLiteral("201210")));

        VERIFY_OK(model.resolve());
        const auto saved = m_store->get<domain::BasicInfo>(info);
        QCOMPARE(saved->value.workStartMonth, QStringLiteral("201210"));
        QCOMPARE(saved->value.namePinyin, QStringLiteral("Wang Lei"));
        QCOMPARE(test::pendingEntry(*m_store, info)->baseVersion, qint64(8));
    }

    void aDeletionIsKeptOrTaken_data()
    {
        QTest::addColumn<bool>("keepMine");
        QTest::newRow("keep my edit") << true;
        QTest::newRow("take the deletion") << false;
    }
    void aDeletionIsKeptOrTaken()
    {
        QFETCH(bool, keepMine);
        const domain::Thesis base = test::validThesis();
        domain::Thesis mine = base;
        mine.supervisorTitle = QStringLiteral("副教授");
        const auto saved = m_store->save(m_applicant, base);
        VERIFY_OK(saved);
        VERIFY_OK(m_store->markPushed(saved->uuid, saved->revision, 2));
        VERIFY_OK(m_store->save(m_applicant, mine, saved->uuid));
        VERIFY_OK(m_store->applyRemote(
            {test::remoteRecord(saved->uuid, m_applicant, domain::Thesis::kind(), {}, 4, true)},
            QStringLiteral("4")));
        ConflictModel model(*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERIFY_OK(model.load(saved->uuid));
        QVERIFY(model.isDeletion());
        const int title = model.rowOf(Field::SupervisorTitle);
        QVERIFY(title >= 0);
        QCOMPARE(model.index(title, ConflictModel::TheirsColumn).data().toString(),
                 ConflictModel::tr("(deleted)"));
        QVERIFY(!model.setChoice(title, ConflictModel::Choice::Theirs));
        QCOMPARE(model.mergedJson(), mine.toJson());

        VERIFY_OK(keepMine ? model.keepMine() : model.takeTheirs());
        const auto row = m_store->recordJson(saved->uuid);
        VERIFY_OK(row);
        QVERIFY(row->has_value());
        QCOMPARE(row->value().first.deleted, !keepMine);
        QVERIFY(m_store->conflicts()->isEmpty());
    }

    void anApplicantsNameIsOneRow()
    {
        VERIFY_OK(m_store->markPushed(m_applicant, 1, 1));
        VERIFY_OK(m_store->renameApplicant(m_applicant, QStringLiteral("王小磊")));
        VERIFY_OK(
            m_store->applyRemote({test::remoteApplicant(m_applicant, QStringLiteral("王大磊"), 2)},
                                 QStringLiteral("2")));
        ConflictModel model(*m_store);
        VERIFY_OK(model.load(m_applicant));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ConflictModel::FieldColumn).data().toString(),
                 ConflictModel::tr("Applicant name"));
        QVERIFY(model.setMerged(0, QJsonValue(QStringLiteral("王磊"))));
        VERIFY_OK(model.resolve());
        QCOMPARE(m_store->applicant(m_applicant)->label, QStringLiteral("王磊"));
        QCOMPARE(test::pendingEntry(*m_store, m_applicant)->baseVersion, qint64(2));
    }

    void aMissingConflictIsAnError()
    {
        ConflictModel model(*m_store);
        const auto loaded = model.load(QUuid::createUuid());
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.error().code, StoreError::Code::NotFound);
        QVERIFY(!model.isLoaded());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.resolve().ok());
        QVERIFY(!model.setChoice(0, ConflictModel::Choice::Theirs));
    }

    void rendersValuesReadably_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("text") << Field::SupervisorName << QJsonValue(QStringLiteral("李明"))
                              << QStringLiteral("李明");
        QTest::newRow("boolean") << Field::FeePaid << QJsonValue(true) << ConflictModel::tr("Yes");
        QTest::newRow("whole number")
            << Field::RemindDaysBefore << QJsonValue(14) << QStringLiteral("14");
        QTest::newRow("fraction") << Field::Score << QJsonValue(61.5) << QStringLiteral("61.5");
        QTest::newRow("password hidden")
            << Field::Password << QJsonValue(QStringLiteral("abc12")) << QString(5, QChar(0x25CF));
        // 4096 base64 characters: 3072 bytes.
        QTest::newRow("photo by its size")
            << Field::PhotoJpeg << QJsonValue(QString::fromLatin1(QByteArray(3072, 'x').toBase64()))
            << ConflictModel::tr("JPEG photo, %1 KB").arg(3);
        QTest::newRow("list of texts")
            << Field::PhotoFailedRules
            << QJsonValue(QJsonArray{QStringLiteral("photo.size"), QStringLiteral("photo.blur")})
            << QStringLiteral("1. photo.size\n2. photo.blur");
        QTest::newRow("unknown code as it is")
            << Field::PoliticalStatus << QJsonValue(QStringLiteral("zz")) << QStringLiteral("zz");
    }
    void rendersValuesReadably()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QCOMPARE(ConflictModel::displayText(key, value), expected);
    }
};

QTEST_GUILESS_MAIN(TestConflictModel)
#include "TestConflictModel.moc"
