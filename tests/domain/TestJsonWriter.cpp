#include "domain/JsonWriter.h"
#include "domain/StateChange.h"

#include "support/SampleRecords.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <limits>

using namespace dd::domain;

namespace {

// What Qt writes for the value's toJson(): JsonTextWriter must give exactly these bytes.
template<typename T>
QByteArray qtCompact(const T &value)
{
    return QJsonDocument(value.toJson()).toJson(QJsonDocument::Compact);
}

// Every text field of a resume row set to `text`.
ResumeEntry rowOf(const QString &text)
{
    ResumeEntry row;
    row.start = row.end = row.organization = row.role = text;
    return row;
}

} // namespace

// JsonTextWriter writes a record's compact JSON straight from its fields (the import stores
// thousands of them); JsonObjectWriter gives toJson(). Both read the same write() of each type,
// and the text must be what QJsonDocument writes for toJson(), byte for byte: sorted keys, Qt's
// escapes, Qt's numbers.
class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void everyRecordTypeIsWrittenAsQtWritesIt()
    {
        const Dossier d = dd::test::completeDossier();
        QCOMPARE(JsonTextWriter::of(*d.registration), qtCompact(*d.registration));
        QCOMPARE(JsonTextWriter::of(*d.basicInfo), qtCompact(*d.basicInfo));
        QCOMPARE(JsonTextWriter::of(*d.photo), qtCompact(*d.photo));
        QCOMPARE(JsonTextWriter::of(d.photo->crop), qtCompact(d.photo->crop));
        QCOMPARE(JsonTextWriter::of(*d.defenseRequest), qtCompact(*d.defenseRequest));
        QCOMPARE(JsonTextWriter::of(*d.thesis), qtCompact(*d.thesis));
        QCOMPARE(JsonTextWriter::of(*d.residencyCertificate), qtCompact(*d.residencyCertificate));
        QCOMPARE(JsonTextWriter::of(*d.notificationPrefs), qtCompact(*d.notificationPrefs));
        QVERIFY(!d.applications.isEmpty() && !d.examRegistrations.isEmpty()
                && !d.examScores.isEmpty());
        for (const DegreeApplication &a : d.applications) {
            QCOMPARE(JsonTextWriter::of(a), qtCompact(a));
        }
        for (const ExamRegistration &r : d.examRegistrations) {
            QCOMPARE(JsonTextWriter::of(r), qtCompact(r));
        }
        for (const ExamScore &s : d.examScores) {
            QCOMPARE(JsonTextWriter::of(s), qtCompact(s));
        }
        // The keys come out sorted, as QJsonObject keeps them, not in the portal's order.
        const QByteArray registration = JsonTextWriter::of(*d.registration);
        QVERIFY(registration.startsWith("{\"address\":"));
        QVERIFY(registration.indexOf("\"userName\":") > registration.indexOf("\"remarks\":"));
    }

    void nestedRowsListsAndOptionalKeys()
    {
        // Tables empty and filled, a timeline entry with and without its note, a score not yet
        // published, the list of failed photo rules empty and not, the booleans both ways.
        BasicInfo info = dd::test::validBasicInfo();
        QVERIFY(!info.resume.isEmpty());
        QCOMPARE(JsonTextWriter::of(info), qtCompact(info));
        info.resume.clear();
        QCOMPARE(JsonTextWriter::of(info), qtCompact(info));
        QVERIFY(JsonTextWriter::of(info).contains("\"resume\":[]"));

        DegreeApplication application = dd::test::validDegreeApplication();
        StateChange change;
        change.from = QStringLiteral("draft");
        change.to = QStringLiteral("submitted");
        change.action = QStringLiteral("submit");
        change.at = QDateTime(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc());
        application.timeline = {change};
        change.note = QStringLiteral("退回: 单位名称有误");
        application.timeline.append(change);
        QCOMPARE(JsonTextWriter::of(application), qtCompact(application));
        QCOMPARE(JsonTextWriter::of(change), qtCompact(change));
        change.at = {};
        QCOMPARE(JsonTextWriter::of(change), qtCompact(change));

        ExamScore score = dd::test::validExamScore();
        for (const std::optional<int> &value : {std::optional<int>(), std::optional<int>(0),
                                                std::optional<int>(-1), std::optional<int>(100)}) {
            score.score = value;
            QCOMPARE(JsonTextWriter::of(score), qtCompact(score));
        }
        QVERIFY(JsonTextWriter::of(ExamScore{}).contains("\"score\":null"));

        Photo photo = dd::test::validPhoto();
        photo.failedRules = {QStringLiteral("photo.background"), QStringLiteral("photo.tilt")};
        QCOMPARE(JsonTextWriter::of(photo), qtCompact(photo));
        QCOMPARE(JsonTextWriter::of(Photo{}), qtCompact(Photo{}));

        NotificationPrefs prefs = dd::test::validNotificationPrefs();
        prefs.remindDeadlines = !prefs.remindDeadlines;
        prefs.icsExport = !prefs.icsExport;
        prefs.remindDaysBefore = -3;
        QCOMPARE(JsonTextWriter::of(prefs), qtCompact(prefs));

        ResidencyCertificate certificate = dd::test::validResidencyCertificate();
        certificate.residencyCompleted = !certificate.residencyCompleted;
        QCOMPARE(JsonTextWriter::of(certificate), qtCompact(certificate));
    }

    // Every UTF-16 code unit, in runs of 256, lone surrogates included (a high one followed
    // by a low one is a pair, and is written as one character).
    void everyCharacterIsEscapedAsQtEscapesIt()
    {
        for (int first = 0; first < 0x10000; first += 256) {
            QString text;
            for (int unit = first; unit < first + 256; ++unit) {
                text.append(QChar(char16_t(unit)));
            }
            const ResumeEntry row = rowOf(text);
            if (JsonTextWriter::of(row) != qtCompact(row)) {
                for (int unit = first; unit < first + 256; ++unit) {
                    const ResumeEntry one = rowOf(QString(QChar(char16_t(unit))));
                    QVERIFY2(JsonTextWriter::of(one) == qtCompact(one),
                             qPrintable(QStringLiteral("U+%1").arg(unit, 4, 16, QLatin1Char('0'))));
                }
                QFAIL(qPrintable(QStringLiteral("the run from U+%1").arg(first, 4, 16)));
            }
        }
        const QString astral = QString::fromUcs4(U"\U0001F600\U00020000");
        const QString high = QString(QChar(char16_t(0xD83D)));
        const QString low = QString(QChar(char16_t(0xDE00)));
        for (const QString &text :
             QStringList{QString(), astral, high, low, low + high, QStringLiteral("a") + high,
                         high + QStringLiteral("a") + low, astral + high, QString(QChar(u'\0')),
                         QStringLiteral("\"quoted\" \\ back\b\f\n\r\t\x7f/"),
                         QStringLiteral("张伟 Ärger")}) {
            const ResumeEntry row = rowOf(text);
            QCOMPARE(JsonTextWriter::of(row), qtCompact(row));
        }
    }

    void numbersAreWrittenAsQtWritesThem()
    {
        const double values[] = {0.0,
                                 -0.0,
                                 1.0,
                                 -1.5,
                                 59.5,
                                 1e-7,
                                 0.1,
                                 1.0 / 3.0,
                                 1e15,
                                 1e16,
                                 9007199254740992.0, // 2^53
                                 9007199254740994.0,
                                 -9007199254740992.0,
                                 1e18,
                                 1e21,
                                 123456789012.5,
                                 std::numeric_limits<double>::max(),
                                 std::numeric_limits<double>::denorm_min(),
                                 std::numeric_limits<double>::infinity(),
                                 -std::numeric_limits<double>::infinity(),
                                 std::numeric_limits<double>::quiet_NaN()};
        PhotoCrop crop = dd::test::validPhoto().crop;
        for (const double value : values) {
            crop.rotation = value;
            crop.frame = QRectF(value, -value, 1.25, 2e-3);
            QVERIFY2(JsonTextWriter::of(crop) == qtCompact(crop),
                     qPrintable(QString::number(value, 'g', 17)));
        }
        QVERIFY(JsonTextWriter::of(crop).contains("\"rotation\":null"));
    }

    // toJson() is what JsonObjectWriter makes of write(): the same object Qt reads back from
    // the text.
    void objectAndTextAreTheSameRecord()
    {
        const Dossier d = dd::test::completeDossier();
        const QJsonDocument read = QJsonDocument::fromJson(JsonTextWriter::of(*d.basicInfo));
        QCOMPARE(read.object(), d.basicInfo->toJson());
        QCOMPARE(read.object(), JsonObjectWriter::of(*d.basicInfo));
        QCOMPARE(BasicInfo::fromJson(read.object(), nullptr), *d.basicInfo);
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "TestJsonWriter.moc"
