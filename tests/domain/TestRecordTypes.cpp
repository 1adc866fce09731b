#include "domain/JsonReader.h"
#include "domain/RecordTypes.h"

#include "support/SampleRecords.h"

#include <QJsonObject>
#include <QTest>

using namespace dd::domain;

// The record kinds of an applicant, shared by the store and the server.
class TestRecordTypes : public QObject
{
    Q_OBJECT

private slots:
    void kinds()
    {
        const QStringList kinds = RecordTypes::all();
        QCOMPARE(kinds.size(), 10);
        QCOMPARE(kinds.constFirst(), QStringLiteral("registration"));
        for (const QString &kind : kinds) {
            QVERIFY(RecordTypes::isKnown(kind));
        }
        QVERIFY(!RecordTypes::isKnown(QStringLiteral("BasicInfo")));
        QVERIFY(!RecordTypes::isKnown(QString()));
    }

    void singleOrList_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("single");
        for (const char *kind : {"registration", "basicInfo", "photo", "defenseRequest", "thesis",
                                 "residencyCertificate", "notificationPrefs"}) {
            QTest::newRow(kind) << QString::fromLatin1(kind) << true;
        }
        for (const char *kind : {"degreeApplication", "examRegistration", "examScore"}) {
            QTest::newRow(kind) << QString::fromLatin1(kind) << false;
        }
        QTest::newRow("unknown") << QStringLiteral("diploma") << false;
    }
    void singleOrList()
    {
        QFETCH(QString, kind);
        QFETCH(bool, single);
        QCOMPARE(RecordTypes::isSingle(kind), single);
    }

    void readsEveryKindStrictly_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("body");
        using namespace dd::test;
        QTest::newRow("registration") << Registration::kind() << validRegistration().toJson();
        QTest::newRow("basicInfo") << BasicInfo::kind() << validBasicInfo().toJson();
        QTest::newRow("photo") << Photo::kind() << validPhoto().toJson();
        QTest::newRow("degreeApplication")
            << DegreeApplication::kind() << validDegreeApplication().toJson();
        QTest::newRow("examRegistration")
            << ExamRegistration::kind() << validExamRegistration().toJson();
        QTest::newRow("examScore") << ExamScore::kind() << validExamScore().toJson();
        QTest::newRow("thesis") << Thesis::kind() << validThesis().toJson();
        QTest::newRow("defenseRequest") << DefenseRequest::kind() << validDefenseRequest().toJson();
        QTest::newRow("residencyCertificate")
            << ResidencyCertificate::kind() << validResidencyCertificate().toJson();
        QTest::newRow("notificationPrefs")
            << NotificationPrefs::kind() << validNotificationPrefs().toJson();
    }
    void readsEveryKindStrictly()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, body);
        QVERIFY(RecordTypes::isKnown(kind));
        QCOMPARE(RecordTypes::read(kind, body), Findings());
        // A draft: an empty object reads (incomplete is not unreadable).
        QVERIFY(!hasErrors(RecordTypes::read(kind, QJsonObject())));

        QJsonObject unknown = body;
        unknown.insert(QStringLiteral("surprise"), 1);
        const Findings problems = RecordTypes::read(kind, unknown);
        QVERIFY(hasErrors(problems));
        QVERIFY(hasRule(problems, JsonReader::UnknownFieldRule));
        QCOMPARE(errorsOnly(problems).constFirst().field, QStringLiteral("surprise"));
    }

    void wrongType()
    {
        QJsonObject body = dd::test::validBasicInfo().toJson();
        const QString key = body.constBegin().key();
        body.insert(key, QJsonArray{1, 2});
        const Findings problems = RecordTypes::read(BasicInfo::kind(), body);
        QVERIFY(hasRule(problems, JsonReader::WrongTypeRule));
        QCOMPARE(errorsOnly(problems).constFirst().field, key);
    }

    void unknownKind()
    {
        const Findings problems = RecordTypes::read(QStringLiteral("diploma"), QJsonObject());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.constFirst().rule, RecordTypes::UnknownKindRule);
        QCOMPARE(problems.constFirst().field, QStringLiteral("kind"));
        QCOMPARE(problems.constFirst().detail, QStringLiteral("diploma"));
    }
};

QTEST_GUILESS_MAIN(TestRecordTypes)
#include "TestRecordTypes.moc"
