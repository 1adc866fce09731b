#include "PhotoBatch.h"

#include "MainWindow.h"
#include "dialogs/PhotoBatchDialog.h"
#include "domain/Photo.h"
#include "domain/Registration.h"
#include "models/PhotoBatchModel.h"
#include "photo/PhotoPipeline.h"
#include "photo/PhotoSamples.h"
#include "platform/Settings.h"
#include "support/PhotoFixtures.h"
#include "support/SampleRecords.h"
#include "support/UiFixture.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
namespace samples = dd::photo::samples;
using Model = ui::PhotoBatchModel;
using Verdict = Model::Verdict;

namespace {

constexpr int BatchTimeout = 240'000;

QUuid createApplicant(store::Store &store, const QString &label)
{
    const auto created = store.createApplicant(label);
    return created ? created->uuid : QUuid();
}

// An applicant registered with a name and an ID number (what the roster matches on).
QUuid registeredApplicant(store::Store &store, const QString &name, const QString &idNumber)
{
    const QUuid uuid = createApplicant(store, name);
    domain::Registration registration = test::validRegistration();
    registration.name = name;
    registration.idNumber = idNumber;
    registration.idNumberConfirm = idNumber;
    return store.save(uuid, registration) ? uuid : QUuid();
}

std::optional<domain::Photo> photoOf(store::Store &store, const QUuid &applicant)
{
    const auto photo = store.single<domain::Photo>(applicant);
    if (!photo || !photo->has_value()) {
        return std::nullopt;
    }
    return photo->value().value;
}

int rowOf(const Model &model, const QString &file)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.item(row).file == file) {
            return row;
        }
    }
    return -1;
}

QString cell(const Model &model, const QString &file, int column)
{
    return model.data(model.index(rowOf(model, file), column)).toString();
}

QPushButton *button(QWidget &dialog, const char *name)
{
    return dialog.findChild<QPushButton *>(QString::fromLatin1(name));
}

} // namespace

class TestPhotoBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(test::testPhoto(test::graceHopper().file)),
                 "the Debian test photos are missing: run scripts/fetch-test-photos");
        m_blue = test::cameraJpeg();
        m_white = test::cameraJpeg(QColor(245, 245, 245));
        QVERIFY(!m_blue.isEmpty() && !m_white.isEmpty());
        // An already compliant 390×567 file: the pipeline's own output.
        m_compliant = photo::PhotoPipeline::fix(m_blue).jpeg;
        QVERIFY(!m_compliant.isEmpty());
    }

    void processesMatchesAndAttachesTheCompliantPhotos()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        store::Store &store = fixture.store();
        // 王磊 (the fixture's applicant) registered with his ID number; 李娜 only by label;
        // 赵敏 with another ID number; two applicants called 张伟.
        domain::Registration wang = test::validRegistration();
        QVERIFY(store.save(fixture.applicant(), wang));
        const QUuid li = createApplicant(store, QStringLiteral("李娜"));
        const QUuid zhao = registeredApplicant(store, QStringLiteral("赵敏"),
                                               QStringLiteral("110105198001010016"));
        const QUuid zhang1 = createApplicant(store, QStringLiteral("张伟"));
        const QUuid zhang2 = createApplicant(store, QStringLiteral("张伟"));
        QVERIFY(!li.isNull() && !zhao.isNull() && !zhang1.isNull() && !zhang2.isNull());

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString byId = wang.idNumber + QStringLiteral(".jpg");
        QVERIFY(test::writeFile(dir.filePath(byId), m_blue));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("李娜.jpg")), m_blue));
        QVERIFY(
            test::writeFile(dir.filePath(QStringLiteral("110105198001010016.jpg")), m_compliant));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("white background.jpg")), m_white));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("truncated.jpg")),
                                m_blue.left(m_blue.size() / 2)));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("陈静.jpg")), m_blue));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("张伟.jpg")), m_blue));

        ui::PhotoBatchDialog dialog(fixture.session());
        dialog.setChooseFolder([&](const QString &) { return dir.path(); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(button(dialog, "browse"), Qt::LeftButton);
        const Model &model = *dialog.batch()->model();
        QCOMPARE(model.rowCount(), 7);
        // Matched before anything is processed: by ID number, by name, or not, and why.
        QCOMPARE(cell(model, byId, Model::ApplicantColumn), QStringLiteral("王磊"));
        QCOMPARE(cell(model, QStringLiteral("李娜.jpg"), Model::ApplicantColumn),
                 QStringLiteral("李娜"));
        QCOMPARE(cell(model, QStringLiteral("110105198001010016.jpg"), Model::ApplicantColumn),
                 QStringLiteral("赵敏"));
        QCOMPARE(cell(model, QStringLiteral("陈静.jpg"), Model::ApplicantColumn),
                 QStringLiteral("—"));
        QVERIFY(
            model
                .data(model.index(rowOf(model, QStringLiteral("陈静.jpg")), Model::ApplicantColumn),
                      Qt::ToolTipRole)
                .toString()
                .startsWith(u"No applicant"));
        QVERIFY(
            model
                .data(model.index(rowOf(model, QStringLiteral("张伟.jpg")), Model::ApplicantColumn),
                      Qt::ToolTipRole)
                .toString()
                .startsWith(u"Several applicants are called 张伟"));
        QVERIFY(button(dialog, "cancel")->isEnabled() == false);
        QVERIFY(!button(dialog, "saveCsv")->isEnabled());

        QSignalSpy finished(dialog.batch(), &ui::PhotoBatch::finished);
        QSignalSpy progress(dialog.batch(), &ui::PhotoBatch::progressChanged);
        QSignalSpy changed(fixture.session(), &ui::Session::recordsChanged);
        QTest::mouseClick(button(dialog, "start"), Qt::LeftButton);
        QVERIFY(dialog.batch()->isRunning());
        QVERIFY(button(dialog, "cancel")->isEnabled());
        QVERIFY(!button(dialog, "start")->isEnabled());
        // Nothing is written while the batch runs.
        QVERIFY(!photoOf(store, fixture.applicant()));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, BatchTimeout);
        QCOMPARE(finished.first().first().value<ui::PhotoBatch::Outcome>(),
                 ui::PhotoBatch::Outcome::Saved);
        QCOMPARE(progress.count(), 7);
        QCOMPARE(progress.last().at(0).toInt(), 7);
        QCOMPARE(dialog.findChild<QProgressBar *>(QStringLiteral("progress"))->text(),
                 QStringLiteral("7 of 7"));

        // The table: what each photo came to.
        QCOMPARE(cell(model, byId, Model::ResultColumn), QStringLiteral("Fixed"));
        QCOMPARE(cell(model, QStringLiteral("李娜.jpg"), Model::ResultColumn),
                 QStringLiteral("Fixed"));
        QCOMPARE(cell(model, QStringLiteral("110105198001010016.jpg"), Model::ResultColumn),
                 QStringLiteral("Compliant"));
        QCOMPARE(cell(model, QStringLiteral("white background.jpg"), Model::ResultColumn),
                 QStringLiteral("Needs a new photo"));
        QVERIFY(cell(model, QStringLiteral("white background.jpg"), Model::ReasonColumn)
                    .contains(u"not blue"));
        QCOMPARE(cell(model, QStringLiteral("truncated.jpg"), Model::ResultColumn),
                 QStringLiteral("Unusable"));
        QVERIFY(!cell(model, QStringLiteral("truncated.jpg"), Model::ReasonColumn).isEmpty());
        QCOMPARE(cell(model, QStringLiteral("陈静.jpg"), Model::ResultColumn),
                 QStringLiteral("Fixed"));
        QVERIFY(cell(model, byId, Model::OutputColumn).startsWith(u"quality "));

        // The three compliant photos of matched applicants are attached, with their originals.
        QCOMPARE(dialog.batch()->savedCount(), 3);
        QVERIFY(changed.contains(QVariantList{domain::Photo::kind()}));
        const auto wangPhoto = photoOf(store, fixture.applicant());
        QVERIFY(wangPhoto && wangPhoto->isCompliant());
        QCOMPARE(wangPhoto->originalName, byId);
        QCOMPARE(wangPhoto->originalSha256,
                 QString::fromLatin1(
                     QCryptographicHash::hash(m_blue, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(store.originalPhoto(wangPhoto->originalSha256).value(), m_blue);
        QVERIFY(!wangPhoto->crop.isNull());
        const auto liPhoto = photoOf(store, li);
        QVERIFY(liPhoto && liPhoto->isCompliant());
        QCOMPARE(liPhoto->originalName, QStringLiteral("李娜.jpg"));
        // An already compliant file is kept byte for byte.
        const auto zhaoPhoto = photoOf(store, zhao);
        QVERIFY(zhaoPhoto && zhaoPhoto->isCompliant());
        QCOMPARE(zhaoPhoto->jpeg, m_compliant);
        // Nothing for the two 张伟 (which one?) nor anyone else.
        QVERIFY(!photoOf(store, zhang1));
        QVERIFY(!photoOf(store, zhang2));

        // The report, as CSV, through the seam.
        const QString csvPath = dir.filePath(QStringLiteral("out/report.csv"));
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("out"))));
        QString suggested;
        dialog.batch()->setChooseCsvFile([&](const QString &s) {
            suggested = s;
            return csvPath;
        });
        QVERIFY(button(dialog, "saveCsv")->isEnabled());
        QTest::mouseClick(button(dialog, "saveCsv"), Qt::LeftButton);
        QVERIFY(suggested.endsWith(u"-photos.csv"));
        QVERIFY(!suggested.startsWith(dir.path() + u'/')); // not among the photos
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))->text().contains(csvPath));
        const QByteArray csv = test::readFile(csvPath);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte-order mark, for Excel
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.first(), QStringLiteral("file,result,output,quality,bytes,problems"));
        auto line = [&](const QString &file) {
            for (const QString &l : lines) {
                if (l.startsWith(file + u',')) {
                    return l;
                }
            }
            return QString();
        };
        QVERIFY(line(byId).startsWith(byId + QStringLiteral(",fixed,王磊,")));
        QCOMPARE(
            line(QStringLiteral("110105198001010016.jpg")),
            QStringLiteral("110105198001010016.jpg,compliant,赵敏,,%1,").arg(m_compliant.size()));
        QVERIFY(line(QStringLiteral("white background.jpg")).contains(u",not compliant,,,,"));
        QVERIFY(line(QStringLiteral("truncated.jpg")).contains(u",unusable,,,,"));
        QVERIFY(line(QStringLiteral("张伟.jpg")).startsWith(u"张伟.jpg,fixed,,"));
    }

    void cancelMidwayWritesNothing()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        store::Store &store = fixture.store();
        const QStringList names{
            QStringLiteral("王芳"), QStringLiteral("李强"), QStringLiteral("刘洋"),
            QStringLiteral("陈杰"), QStringLiteral("杨静"), QStringLiteral("黄敏"),
            QStringLiteral("周涛"), QStringLiteral("吴霞"),
        };
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QList<QUuid> applicants;
        for (const QString &name : names) {
            applicants.append(createApplicant(store, name));
            QVERIFY(!applicants.last().isNull());
            QVERIFY(test::writeFile(dir.filePath(name + QStringLiteral(".jpg")), m_blue));
        }

        ui::PhotoBatchDialog dialog(fixture.session());
        // Two photos at a time, as on a two-core machine: a cancel after the first leaves most
        // of a batch of eight unstarted on any machine.
        dialog.batch()->setThreadCount(2);
        dialog.setFolder(dir.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const Model &model = *dialog.batch()->model();
        QCOMPARE(model.rowCount(), 8);
        for (int row = 0; row < 8; ++row) {
            QVERIFY(!model.item(row).applicant.isNull());
        }

        // Esc as soon as the first photo is done: the batch stops, the dialog stays.
        QSignalSpy finished(dialog.batch(), &ui::PhotoBatch::finished);
        connect(dialog.batch(), &ui::PhotoBatch::progressChanged, &dialog, [&](int done) {
            if (done == 1) {
                QTest::keyClick(&dialog, Qt::Key_Escape);
            }
        });
        QTest::mouseClick(button(dialog, "start"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, BatchTimeout);
        QCOMPARE(finished.first().first().value<ui::PhotoBatch::Outcome>(),
                 ui::PhotoBatch::Outcome::Cancelled);
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.batch()->isRunning());

        // Those done show their result, the rest Cancelled; nothing at all was written.
        const int done = dialog.batch()->doneCount();
        QVERIFY(done >= 1);
        QVERIFY2(done < 8, "all eight finished before the cancel took effect");
        int cancelled = 0;
        for (int row = 0; row < 8; ++row) {
            const auto verdict = model.item(row).verdict;
            QVERIFY(verdict.has_value());
            cancelled += *verdict == Verdict::Cancelled ? 1 : 0;
            QVERIFY(*verdict == Verdict::Cancelled || *verdict == Verdict::Fixed);
            QVERIFY(!model.item(row).saved);
        }
        QCOMPARE(cancelled, 8 - done);
        for (const QUuid &applicant : std::as_const(applicants)) {
            QVERIFY(!photoOf(store, applicant));
        }
        QVERIFY(QDir(store.originalsFolder())
                    .entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)
                    .isEmpty());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("status"))
                    ->text()
                    .startsWith(u"Cancelled: nothing was saved"));

        // The CSV says so too.
        const QString csvPath = dir.filePath(QStringLiteral("cancelled.csv"));
        dialog.batch()->setChooseCsvFile([&](const QString &) { return csvPath; });
        QTest::mouseClick(button(dialog, "saveCsv"), Qt::LeftButton);
        QCOMPARE(QString::fromUtf8(test::readFile(csvPath)).count(u",cancelled,"), cancelled);

        // Esc once the batch is over closes.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void aFailedSaveWritesNone()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        store::Store &store = fixture.store();
        const domain::Registration wang = test::validRegistration();
        QVERIFY(store.save(fixture.applicant(), wang));
        const QUuid li = createApplicant(store, QStringLiteral("李娜"));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // 王磊's file sorts first: saved first, then undone with 李娜's failure.
        QVERIFY(test::writeFile(dir.filePath(wang.idNumber + QStringLiteral(".jpg")), m_blue));
        QVERIFY(test::writeFile(dir.filePath(QStringLiteral("李娜.jpg")), m_blue));

        ui::PhotoBatch batch(fixture.session());
        QVERIFY(batch.load(dir.path(), true));
        QCOMPARE(batch.model()->item(1).applicant, li);
        QSignalSpy finished(&batch, &ui::PhotoBatch::finished);
        QSignalSpy errors(fixture.session(), &ui::Session::errorReported);
        QVERIFY(batch.start());
        // 李娜 is deleted on another desk while the batch runs.
        QVERIFY(store.deleteApplicant(li));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, BatchTimeout);
        QCOMPARE(batch.outcome(), ui::PhotoBatch::Outcome::SaveFailed);
        QVERIFY(!batch.error().isEmpty());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(batch.savedCount(), 0);
        QVERIFY(!photoOf(store, fixture.applicant()));
        QVERIFY(!batch.model()->item(0).saved);
    }

    void withoutMatchingNothingIsAttached()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        const domain::Registration wang = test::validRegistration();
        QVERIFY(fixture.store().save(fixture.applicant(), wang));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(test::writeFile(dir.filePath(wang.idNumber + QStringLiteral(".jpg")), m_compliant));

        ui::PhotoBatch batch(fixture.session());
        QVERIFY(batch.load(dir.path(), false));
        QVERIFY(batch.model()->item(0).applicant.isNull());
        QVERIFY(!batch.model()->item(0).matchProblem.isEmpty());
        QSignalSpy finished(&batch, &ui::PhotoBatch::finished);
        QVERIFY(batch.start());
        QVERIFY(!batch.start()); // not twice at once
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, BatchTimeout);
        QCOMPARE(batch.outcome(), ui::PhotoBatch::Outcome::Saved);
        QVERIFY(batch.model()->item(0).verdict == Verdict::Compliant);
        QCOMPARE(batch.savedCount(), 0);
        QVERIFY(!photoOf(fixture.store(), fixture.applicant()));

        // A folder that is not there: said, and an empty table.
        QVERIFY(!batch.load(dir.filePath(QStringLiteral("missing")), true));
        QVERIFY(batch.error().contains(u"missing"));
        QCOMPARE(batch.model()->rowCount(), 0);
        QVERIFY(!batch.start());
    }

    void theMainWindowOpensIt()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        QTemporaryDir dir;
        platform::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow window(fixture.session(), &settings);
        window.show();
        auto *action = window.findChild<QAction *>(QStringLiteral("processPhotoFolder"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<ui::PhotoBatchDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Process a folder of photos"));
        dialog->reject();
    }

private:
    QByteArray m_blue;
    QByteArray m_white;
    QByteArray m_compliant;
};

QTEST_MAIN(TestPhotoBatch)
#include "TestPhotoBatch.moc"
