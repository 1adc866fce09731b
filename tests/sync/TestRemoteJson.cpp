// The server's APPLICANT and RECORD (server/API.md "Records") read into app/store's
// RemoteChange, and the bodies of the pushes.

#include "sync/RemoteJson.h"

#include "support/SampleRecords.h"

#include <QJsonDocument>
#include <QTest>

using namespace dd;
using store::OutboxEntry;
using store::RemoteChange;
using sync::RemoteJson;

namespace {
QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
} // namespace

class TestRemoteJson : public QObject
{
    Q_OBJECT

private slots:
    void applicantChange();
    void recordChange();
    void tombstoneRecord();
    void conflictCurrent();
    void refused_data();
    void refused();
    void pushBodies();
    void versionOfAnAnswer_data();
    void versionOfAnAnswer();
};

void TestRemoteJson::applicantChange()
{
    QString error;
    const auto change = RemoteJson::fromChange(
        parse(
            R"({"entity": "applicant", "applicant": {"uuid": "0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51",
                  "label": "王磊", "version": 3, "center": "c1", "owner": null,
                  "updatedAt": "2026-11-29T09:00:00.250Z", "deleted": false}})"),
        &error);
    QVERIFY2(change.has_value(), qPrintable(error));
    QCOMPARE(change->entity, OutboxEntry::Entity::Applicant);
    QCOMPARE(change->uuid, QUuid(QStringLiteral("0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51")));
    QCOMPARE(change->applicant, change->uuid);
    QCOMPARE(change->label, QStringLiteral("王磊"));
    QCOMPARE(change->version, 3);
    QCOMPARE(change->deleted, false);
    QCOMPARE(change->updatedAt, QDateTime(QDate(2026, 11, 29), QTime(9, 0, 0, 250), Qt::UTC));
    QVERIFY(change->kind.isEmpty());
    QVERIFY(change->body.isEmpty());
}

void TestRemoteJson::recordChange()
{
    const QJsonObject body = test::validBasicInfo().toJson();
    QJsonObject record{
        {QStringLiteral("uuid"), QStringLiteral("9A0C3C1E-4B8F-4E59-8B6C-1D2E3F4A5B6C")},
        {QStringLiteral("applicant"), QStringLiteral("0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51")},
        {QStringLiteral("kind"), QStringLiteral("basicInfo")},
        {QStringLiteral("body"), body},
        {QStringLiteral("version"), 2},
        {QStringLiteral("updatedAt"), QStringLiteral("2026-11-29T09:01:00.000Z")},
        {QStringLiteral("deleted"), false}};
    QString error;
    const auto change = RemoteJson::fromChange(
        {{QStringLiteral("entity"), QStringLiteral("record")}, {QStringLiteral("record"), record}},
        &error);
    QVERIFY2(change.has_value(), qPrintable(error));
    QCOMPARE(change->entity, OutboxEntry::Entity::Record);
    // Upper case on the wire is the same uuid.
    QCOMPARE(change->uuid, QUuid(QStringLiteral("9a0c3c1e-4b8f-4e59-8b6c-1d2e3f4a5b6c")));
    QCOMPARE(change->applicant, QUuid(QStringLiteral("0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51")));
    QCOMPARE(change->kind, QStringLiteral("basicInfo"));
    QCOMPARE(change->body, body);
    QCOMPARE(change->version, 2);
    QCOMPARE(change->deleted, false);
}

void TestRemoteJson::tombstoneRecord()
{
    QString error;
    const auto change = RemoteJson::fromChange(
        parse(R"({"entity": "record", "record": {"uuid": "9a0c3c1e-4b8f-4e59-8b6c-1d2e3f4a5b6c",
                  "applicant": "0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51", "kind": "thesis",
                  "version": 4, "updatedAt": "2026-11-29T10:00:00.000Z", "deleted": true}})"),
        &error);
    QVERIFY2(change.has_value(), qPrintable(error));
    QVERIFY(change->deleted);
    QVERIFY(change->body.isEmpty());
    QCOMPARE(change->kind, QStringLiteral("thesis"));
    QCOMPARE(change->version, 4);
}

void TestRemoteJson::conflictCurrent()
{
    // A 409 answers {"error": {...}, "current": {"record": RECORD}}.
    QString error;
    const auto applicant = RemoteJson::fromCurrent(
        parse(R"({"applicant": {"uuid": "0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51", "label": "李娜",
                  "version": 5, "deleted": true}})"),
        &error);
    QVERIFY2(applicant.has_value(), qPrintable(error));
    QCOMPARE(applicant->entity, OutboxEntry::Entity::Applicant);
    QCOMPARE(applicant->label, QStringLiteral("李娜"));
    QCOMPARE(applicant->version, 5);
    QVERIFY(applicant->deleted);
    // No time given: invalid, the store stamps the time of applying it.
    QVERIFY(!applicant->updatedAt.isValid());

    QVERIFY(!RemoteJson::fromCurrent(parse(R"({"error": {"code": "x"}})"), &error));
    QCOMPARE(error, QStringLiteral("a conflict without the server's current value"));
}

void TestRemoteJson::refused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("why");

    QTest::newRow("unknown entity") << QByteArray(R"({"entity": "center", "center": {}})")
                                    << QStringLiteral("a change of an unknown entity \"center\"");
    QTest::newRow("applicant without uuid")
        << QByteArray(R"({"entity": "applicant", "applicant": {"label": "x", "version": 1}})")
        << QStringLiteral("an applicant without a uuid");
    QTest::newRow("applicant with a uuid that is not one")
        << QByteArray(R"({"entity": "applicant", "applicant": {"uuid": "42", "version": 1}})")
        << QStringLiteral("an applicant without a uuid");
    QTest::newRow("applicant without version")
        << QByteArray(R"({"entity": "applicant", "applicant": {"uuid":
                      "0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51"}})")
        << QStringLiteral("applicant 0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51 without a version");
    QTest::newRow("fractional version")
        << QByteArray(R"({"entity": "applicant", "applicant": {"uuid":
                      "0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51", "version": 1.5}})")
        << QStringLiteral("applicant 0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51 without a version");
    QTest::newRow("version as text")
        << QByteArray(R"({"entity": "applicant", "applicant": {"uuid":
                      "0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51", "version": "2"}})")
        << QStringLiteral("applicant 0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51 without a version");
    QTest::newRow("record without kind")
        << QByteArray(R"({"entity": "record", "record": {"uuid":
                      "9a0c3c1e-4b8f-4e59-8b6c-1d2e3f4a5b6c", "applicant":
                      "0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51", "version": 1, "body": {}}})")
        << QStringLiteral("record 9a0c3c1e-4b8f-4e59-8b6c-1d2e3f4a5b6c without its applicant, "
                          "kind or version");
    QTest::newRow("live record without body")
        << QByteArray(R"({"entity": "record", "record": {"uuid":
                      "9a0c3c1e-4b8f-4e59-8b6c-1d2e3f4a5b6c", "applicant":
                      "0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51", "kind": "thesis", "version": 1,
                      "deleted": false}})")
        << QStringLiteral("live record 9a0c3c1e-4b8f-4e59-8b6c-1d2e3f4a5b6c without a body");
}

void TestRemoteJson::refused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, why);
    QString error;
    QVERIFY(!RemoteJson::fromChange(QJsonDocument::fromJson(json).object(), &error));
    QCOMPARE(error, why);
}

void TestRemoteJson::pushBodies()
{
    QCOMPARE(RemoteJson::applicantBody(QStringLiteral("王磊")), parse(R"({"label": "王磊"})"));

    store::RecordMeta meta;
    meta.uuid = QUuid(QStringLiteral("9a0c3c1e-4b8f-4e59-8b6c-1d2e3f4a5b6c"));
    meta.applicant = QUuid(QStringLiteral("0B7E4A5C-8D63-4C55-9A1E-3F2D8C7B6A51"));
    meta.kind = QStringLiteral("thesis");
    const QJsonObject json = test::validThesis().toJson();
    const QJsonObject body = RemoteJson::recordBody(meta, json);
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("applicant"), QStringLiteral("body"),
                                       QStringLiteral("kind")}));
    QCOMPARE(body.value(u"applicant").toString(),
             QStringLiteral("0b7e4a5c-8d63-4c55-9a1e-3f2d8c7b6a51"));
    QCOMPARE(body.value(u"kind").toString(), QStringLiteral("thesis"));
    QCOMPARE(body.value(u"body").toObject(), json);
}

void TestRemoteJson::versionOfAnAnswer_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("version");

    QTest::newRow("applicant") << QByteArray(R"({"applicant": {"version": 7}})") << qint64(7);
    QTest::newRow("record") << QByteArray(R"({"record": {"version": 12}})") << qint64(12);
    QTest::newRow("nothing") << QByteArray(R"({"ok": true})") << qint64(0);
    QTest::newRow("zero") << QByteArray(R"({"record": {"version": 0}})") << qint64(0);
}

void TestRemoteJson::versionOfAnAnswer()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, version);
    QCOMPARE(RemoteJson::versionIn(QJsonDocument::fromJson(json).object()), version);
}

QTEST_GUILESS_MAIN(TestRemoteJson)
#include "TestRemoteJson.moc"
