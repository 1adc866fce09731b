#include "photo/JpegStructure.h"

#include "photo/PhotoSamples.h"
#include "support/PhotoFixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
namespace samples = dd::photo::samples;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run runPhoto(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(DD_PHOTO_PATH), arguments);
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace

class TestPhotoCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(test::testPhoto(test::graceHopper().file)),
                 "the Debian test photos are missing: run scripts/fetch-test-photos");
        QVERIFY(m_dir.isValid());
    }

    void fixWritesTheCompliantPhotoAndSaysWhere()
    {
        const QString in = m_dir.filePath(QStringLiteral("camera.jpg"));
        const QString out = m_dir.filePath(QStringLiteral("fixed.jpg"));
        QVERIFY(test::writeFile(in, test::cameraJpeg()));
        const Run run = runPhoto({QStringLiteral("fix"), in, out, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = run.json();
        QCOMPARE(json.value(u"compliant").toBool(), true);
        const QJsonObject crop = json.value(u"crop").toObject();
        for (const char *key : {"x", "y", "width", "height"}) {
            QVERIFY2(crop.value(QLatin1String(key)).isDouble(), key);
        }
        // 390:567 within rounding, inside the 1800×2400 input.
        const double width = crop.value(u"width").toDouble();
        const double height = crop.value(u"height").toDouble();
        QVERIFY(qAbs(width / height - 390.0 / 567.0) < 0.01);
        QVERIFY(crop.value(u"x").toDouble() >= 0 && crop.value(u"x").toDouble() + width <= 1801);
        QVERIFY(!json.value(u"findings").toArray().isEmpty());
        const QByteArray jpeg = test::readFile(out);
        const photo::JpegStructure structure = photo::JpegStructure::parse(jpeg);
        QCOMPARE(structure.size, QSize(390, 567));
        QVERIFY(jpeg.size() < 200'000);
        QVERIFY(!structure.hasMetadata());

        // And check agrees: compliant, exit 0.
        const Run check = runPhoto({QStringLiteral("check"), out});
        QCOMPARE(check.exitCode, 0);
        QVERIFY(check.out.contains("compliant"));
    }

    void exitCodesSayHowBad()
    {
        const QString white = m_dir.filePath(QStringLiteral("white.jpg"));
        QVERIFY(test::writeFile(white, test::cameraJpeg(QColor(245, 245, 245))));
        const QString broken = m_dir.filePath(QStringLiteral("broken.jpg"));
        QVERIFY(test::writeFile(broken, QByteArray("not a photo at all")));
        const QString out = m_dir.filePath(QStringLiteral("never.jpg"));

        Run run = runPhoto({QStringLiteral("fix"), white, out, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.json().value(u"compliant").toBool(), false);
        QVERIFY(!QFileInfo::exists(out));

        run = runPhoto({QStringLiteral("fix"), broken, out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFileInfo::exists(out));

        // check over several files: one JSON object, the worst exit code.
        run = runPhoto({QStringLiteral("check"), white, broken, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.json().value(u"files").toArray().size(), 2);

        run = runPhoto({QStringLiteral("frobnicate")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("frobnicate"));
    }

    // A folder of mixed photos: the compliant ones written, a CSV row for each, progress on
    // standard error.
    void fixFolderWithReport()
    {
        const QString in = m_dir.filePath(QStringLiteral("in"));
        const QString out = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(in));
        QVERIFY(
            test::writeFile(in + QStringLiteral("/110105198001010016.jpg"), test::cameraJpeg()));
        QVERIFY(test::writeFile(in + QStringLiteral("/white background.jpg"),
                                test::cameraJpeg(QColor(245, 245, 245))));
        QImage png;
        QVERIFY(png.loadFromData(test::cameraJpeg()));
        QVERIFY(test::writeFile(in + QStringLiteral("/renamed.jpg"), samples::png(png)));
        const QByteArray whole = test::cameraJpeg();
        QVERIFY(
            test::writeFile(in + QStringLiteral("/truncated.jpg"), whole.left(whole.size() / 2)));

        const Run run = runPhoto({QStringLiteral("fix"), QStringLiteral("--dir"), in, out});
        QCOMPARE(run.exitCode, 2); // the truncated one
        QCOMPARE(run.err.count("/4] "), 4);
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/110105198001010016.jpg")));
        // A PNG named .jpg is read by content and fixed into a real JPEG.
        QVERIFY(QFileInfo::exists(out + QStringLiteral("/renamed.jpg")));
        QVERIFY(test::readFile(out + QStringLiteral("/renamed.jpg")).startsWith("\xFF\xD8\xFF"));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/white background.jpg")));
        QVERIFY(!QFileInfo::exists(out + QStringLiteral("/truncated.jpg")));

        // UTF-8 with a byte-order mark, for Excel.
        const QByteArray csv = test::readFile(out + QStringLiteral("/report.csv"));
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(csv.mid(3)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.first(), QStringLiteral("file,result,output,quality,bytes,problems"));
        auto row = [&](const QString &file) {
            for (const QString &line : lines) {
                if (line.startsWith(file + u',')) {
                    return line;
                }
            }
            return QString();
        };
        QVERIFY(row(QStringLiteral("110105198001010016.jpg")).contains(u",compliant,"));
        QVERIFY(row(QStringLiteral("white background.jpg")).contains(u",not compliant,"));
        QVERIFY(row(QStringLiteral("white background.jpg")).contains(u"not blue"));
        QVERIFY(row(QStringLiteral("truncated.jpg")).contains(u",unusable,"));
    }

    void chineseMessages()
    {
        const QString white = m_dir.filePath(QStringLiteral("white-zh.jpg"));
        QVERIFY(test::writeFile(white, test::cameraJpeg(QColor(245, 245, 245))));
        const Run run = runPhoto({QStringLiteral("check"), white, QStringLiteral("--json"),
                                  QStringLiteral("--lang"), QStringLiteral("zh_CN")});
        QCOMPARE(run.exitCode, 1);
        bool chinese = false;
        for (const QJsonValue &f : run.json().value(u"findings").toArray()) {
            const QString message = f.toObject().value(u"message").toString();
            chinese = chinese || message.contains(QStringLiteral("背景"));
        }
        QVERIFY(chinese);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPhotoCli)
#include "TestPhotoCli.moc"
