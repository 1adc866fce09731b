// The records endpoints of the real degreedesk-server (tests/support/ServerProcess.h: the built
// binary on loopback in test mode, SQLite or the PostgreSQL of scripts/with-postgres, with an
// aiosmtpd sink): applicants and records with versions (If-Match), single kinds, idempotency
// keys, strict bodies, the photo checked again, the application state machine, the changes
// feed with its cursor, and who sees what.

#include "ServerDatabase.h"
#include "ServerMigrations.h"

#include "domain/ApplicationStateMachine.h"
#include "photo/PhotoPipeline.h"
#include "platform/Clock.h"
#include "support/PhotoFixtures.h"
#include "support/SampleRecords.h"
#include "support/ServerProcess.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUuid>

using dd::test::HttpHeaders;
using dd::test::HttpReply;
using Machine = dd::domain::ApplicationStateMachine;

class TestServerRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void health();
    void applicantVersions();
    void secondAccountSeesNothing();
    void recordVersionsAndSingleKinds();
    void strictBodies_data();
    void strictBodies();
    void idempotentReplay();
    void photoCheckedAgain();
    void stateMachine();
    void staffOfACenter();
    void deletingAnApplicant();
    void changesFeed();

private:
    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
    static HttpHeaders auth(const QString &token, const QByteArray &ifMatch = {},
                            const QByteArray &key = {})
    {
        HttpHeaders headers{{"Authorization", "Bearer " + token.toLatin1()}};
        if (!ifMatch.isNull()) {
            headers.append({"If-Match", ifMatch});
        }
        if (!key.isEmpty()) {
            headers.append({"Idempotency-Key", key});
        }
        return headers;
    }
    static QByteArray version(qint64 n) { return '"' + QByteArray::number(n) + '"'; }

    HttpReply putApplicant(const QString &token, const QString &id, const QByteArray &ifMatch,
                           const QString &label = QStringLiteral("王磊"))
    {
        return m_server.sendJson("PUT", QStringLiteral("/api/v1/applicants/") + id,
                                 {{QStringLiteral("label"), label}}, auth(token, ifMatch));
    }
    HttpReply putRecord(const QString &token, const QString &id, const QString &applicant,
                        const QString &kind, const QJsonObject &body, const QByteArray &ifMatch,
                        const QByteArray &key = {})
    {
        return m_server.sendJson("PUT", QStringLiteral("/api/v1/records/") + id,
                                 {{QStringLiteral("applicant"), applicant},
                                  {QStringLiteral("kind"), kind},
                                  {QStringLiteral("body"), body}},
                                 auth(token, ifMatch, key));
    }
    HttpReply action(const QString &token, const QString &id, const QString &name,
                     const QByteArray &ifMatch, const QString &note = {})
    {
        QJsonObject body{{QStringLiteral("action"), name}};
        if (!note.isEmpty()) {
            body.insert(QStringLiteral("note"), note);
        }
        return m_server.sendJson("POST", QStringLiteral("/api/v1/records/%1/actions").arg(id), body,
                                 auth(token, ifMatch));
    }
    HttpReply remove(const QString &token, const QString &path, const QByteArray &ifMatch)
    {
        return m_server.send("DELETE", path, {}, auth(token, ifMatch));
    }
    // A new applicant of this account: its id.
    QString createApplicant(const QString &token)
    {
        const QString id = newId();
        const HttpReply reply = putApplicant(token, id, "0");
        return reply.status == 201 ? id : QString();
    }
    // Every change visible to the account after `since`, page by page (limit per page).
    QJsonArray allChanges(const QString &token, int limit, int *pages = nullptr)
    {
        QJsonArray changes;
        QString cursor;
        for (int page = 1; page < 100; ++page) {
            const HttpReply reply = m_server.send(
                "GET", QStringLiteral("/api/v1/changes?since=%1&limit=%2").arg(cursor).arg(limit),
                {}, auth(token));
            if (reply.status != 200) {
                qWarning() << reply.describe();
                return {};
            }
            for (const QJsonValue &change : reply.json.value(u"changes").toArray()) {
                changes.append(change);
            }
            cursor = reply.json.value(u"cursor").toString();
            if (!reply.json.value(u"more").toBool()) {
                if (pages) {
                    *pages = page;
                }
                break;
            }
        }
        return changes;
    }
    // Makes the account staff of a center (made when new): what `create-center` and
    // POST /center/staff do, written straight into the server's database.
    bool makeStaff(const QString &userName, const QString &centerId);

    dd::test::ServerProcess m_server;
    QString m_alice; // applicant accounts
    QString m_bob;
    QString m_staff;      // staff of center A
    QString m_otherStaff; // staff of center B
    const QString m_centerA = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_centerB = QUuid::createUuid().toString(QUuid::WithoutBraces);
};

bool TestServerRecords::makeStaff(const QString &userName, const QString &centerId)
{
    dd::server::ServerDatabase database(dd::platform::Clock::system());
    QString error;
    const auto location = dd::server::ServerDatabase::parseLocation(m_server.databaseUrl(), &error);
    if (!location || !database.open(*location).isEmpty()) {
        return false;
    }
    auto exists = database.exec(QStringLiteral("SELECT 1 FROM centers WHERE id = :id"),
                                {{QStringLiteral("id"), centerId}});
    if (!exists) {
        return false;
    }
    if (!exists.value().next()
        && !database.exec(
            QStringLiteral("INSERT INTO centers (id, name, created_at) VALUES "
                           "(:id, :name, :at)"),
            {{QStringLiteral("id"), centerId},
             {QStringLiteral("name"), QString(QStringLiteral("测试中心 ") + centerId.left(4))},
             {QStringLiteral("at"), database.now()}})) {
        return false;
    }
    return bool(
        database.exec(QStringLiteral("UPDATE accounts SET role = 'staff', center_id = "
                                     ":center WHERE user_name = :user"),
                      {{QStringLiteral("center"), centerId}, {QStringLiteral("user"), userName}}));
}

void TestServerRecords::initTestCase()
{
    const QString started = m_server.start(QStringLiteral(DD_SERVER_PATH));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_alice = m_server.sessionFor(QStringLiteral("rec.alice"));
    m_bob = m_server.sessionFor(QStringLiteral("rec.bob"));
    m_staff = m_server.sessionFor(QStringLiteral("rec.staff"));
    m_otherStaff = m_server.sessionFor(QStringLiteral("rec.other"));
    QVERIFY(!m_alice.isEmpty() && !m_bob.isEmpty() && !m_staff.isEmpty()
            && !m_otherStaff.isEmpty());
    QVERIFY(makeStaff(QStringLiteral("rec.staff"), m_centerA));
    QVERIFY(makeStaff(QStringLiteral("rec.other"), m_centerB));
}

void TestServerRecords::cleanupTestCase()
{
    // DD_TEST_SHOW_SERVER_LOG=1: the server's log, to see why it answered 500.
    if (qEnvironmentVariableIsSet("DD_TEST_SHOW_SERVER_LOG")) {
        qInfo().noquote() << m_server.log();
    }
    m_server.stop();
}

void TestServerRecords::health()
{
    const HttpReply reply = m_server.send("GET", QStringLiteral("/api/v1/health"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"schemaVersion").toInt(),
             dd::server::ServerMigrations::latestVersion());
    QVERIFY(reply.json.value(u"schemaVersion").toInt() >= 3);
    QCOMPARE(reply.json.value(u"database").toString(),
             m_server.onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));

    // A path with an argument knows its methods too: 405 with Allow, not 404.
    const QString record = QStringLiteral("/api/v1/records/") + newId();
    HttpReply wrong = m_server.send("PATCH", record, "{}", auth(m_alice));
    QVERIFY2(wrong.status == 405, wrong.describe());
    QCOMPARE(wrong.errorCode(), QStringLiteral("methodNotAllowed"));
    QCOMPARE(wrong.header("Allow"), QByteArray("PUT, DELETE"));
    wrong = m_server.send("GET", record + QStringLiteral("/actions"), {}, auth(m_alice));
    QCOMPARE(wrong.status, 405);
    QCOMPARE(wrong.header("Allow"), QByteArray("POST"));
    // A path that is no route stays 404.
    wrong = m_server.send("GET", record + QStringLiteral("/photos"), {}, auth(m_alice));
    QCOMPARE(wrong.status, 404);
}

void TestServerRecords::applicantVersions()
{
    const QString id = newId();
    const QString path = QStringLiteral("/api/v1/applicants/") + id;
    // No session; no If-Match; not a version.
    HttpReply reply = m_server.sendJson("PUT", path, {{QStringLiteral("label"), u"王磊"_qs}},
                                        {{"If-Match", "\"0\""}});
    QCOMPARE(reply.status, 401);
    reply = m_server.sendJson("PUT", path, {{QStringLiteral("label"), u"王磊"_qs}}, auth(m_alice));
    QCOMPARE(reply.status, 428);
    QCOMPARE(reply.errorCode(), QStringLiteral("preconditionRequired"));
    reply = putApplicant(m_alice, id, "\"one\"");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("badIfMatch"));
    // Updating what does not exist.
    reply = putApplicant(m_alice, id, version(3));
    QCOMPARE(reply.status, 404);
    // Not a UUID.
    reply = putApplicant(m_alice, QStringLiteral("not-a-uuid"), "\"0\"");
    QCOMPARE(reply.status, 404);
    // Fields: unknown, wrong type, too long.
    reply = m_server.sendJson("PUT", path, {{QStringLiteral("name"), u"王磊"_qs}},
                              auth(m_alice, "\"0\""));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("unknownField"));
    QCOMPARE(reply.errorField(), QStringLiteral("name"));
    reply = m_server.sendJson("PUT", path, {{QStringLiteral("label"), 7}}, auth(m_alice, "\"0\""));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("wrongType"));
    reply = putApplicant(m_alice, id, "\"0\"", QString(257, u'x'));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("tooLong"));

    // Created.
    reply = putApplicant(m_alice, id, "\"0\"");
    QVERIFY2(reply.status == 201, reply.describe());
    QCOMPARE(reply.header("ETag"), QByteArray("\"1\""));
    QJsonObject applicant = reply.json.value(u"applicant").toObject();
    QCOMPARE(applicant.value(u"uuid").toString(), id);
    QCOMPARE(applicant.value(u"label").toString(), QStringLiteral("王磊"));
    QCOMPARE(applicant.value(u"version").toInt(), 1);
    QCOMPARE(applicant.value(u"owner").toString(), QStringLiteral("rec.alice"));
    QVERIFY(applicant.value(u"center").isNull());
    QCOMPARE(applicant.value(u"deleted").toBool(true), false);
    QVERIFY(applicant.value(u"updatedAt").toString().endsWith(u'Z'));

    // "0" again: it exists; the current one comes with the 409.
    reply = putApplicant(m_alice, id, "\"0\"", QStringLiteral("王二"));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("versionConflict"));
    QCOMPARE(reply.json.value(u"current").toObject().value(u"applicant").toObject(), applicant);

    // Updated with the version seen; a stale version is a conflict with the current one.
    reply = putApplicant(m_alice, id, version(1), QStringLiteral("王磊 (2026)"));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("ETag"), QByteArray("\"2\""));
    QCOMPARE(reply.json.value(u"applicant").toObject().value(u"version").toInt(), 2);
    reply = putApplicant(m_alice, id, version(1), QStringLiteral("stale"));
    QCOMPARE(reply.status, 409);
    applicant = reply.json.value(u"current").toObject().value(u"applicant").toObject();
    QCOMPARE(applicant.value(u"version").toInt(), 2);
    QCOMPARE(applicant.value(u"label").toString(), QStringLiteral("王磊 (2026)"));
    // Unquoted versions are read too.
    QCOMPARE(putApplicant(m_alice, id, "2", QStringLiteral("王磊")).status, 200);

    reply = m_server.send("GET", path, {}, auth(m_alice));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("ETag"), QByteArray("\"3\""));
    QCOMPARE(reply.json.value(u"applicant").toObject().value(u"label").toString(),
             QStringLiteral("王磊"));
    QCOMPARE(reply.json.value(u"records").toArray().size(), 0);
    // The path answers PUT, DELETE and GET; POST is not one of its methods.
    QVERIFY(m_server.send("POST", path, "{}", {{"Content-Type", "application/json"}}).status
            >= 400);
}

void TestServerRecords::secondAccountSeesNothing()
{
    const QString id = createApplicant(m_alice);
    QVERIFY(!id.isEmpty());
    const QString path = QStringLiteral("/api/v1/applicants/") + id;
    HttpReply reply = m_server.send("GET", path, {}, auth(m_bob));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorCode(), QStringLiteral("notFound"));
    QCOMPARE(putApplicant(m_bob, id, version(1)).status, 404);
    QCOMPARE(putApplicant(m_bob, id, "\"0\"").status, 404); // never "it exists"
    QCOMPARE(remove(m_bob, path, version(1)).status, 404);
    reply = putRecord(m_bob, newId(), id, QStringLiteral("basicInfo"),
                      dd::test::validBasicInfo().toJson(), "\"0\"");
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.errorField(), QStringLiteral("applicant"));
    // Alice's record is not Bob's either.
    const QString record = newId();
    QCOMPARE(putRecord(m_alice, record, id, QStringLiteral("thesis"), {}, "\"0\"").status, 201);
    QCOMPARE(putRecord(m_bob, record, id, QStringLiteral("thesis"), {}, version(1)).status, 404);
    QCOMPARE(remove(m_bob, QStringLiteral("/api/v1/records/") + record, version(1)).status, 404);
    QCOMPARE(action(m_bob, record, QStringLiteral("submit"), version(1)).status, 404);
    // Nor in Bob's feed; staff of a center do not see an applicant without one.
    for (const QString &token : {m_bob, m_staff}) {
        const QJsonArray changes = allChanges(token, 1000);
        for (const QJsonValue &change : changes) {
            const QJsonObject object = change.toObject();
            QVERIFY(object.value(u"applicant").toObject().value(u"uuid").toString() != id);
            QVERIFY(object.value(u"record").toObject().value(u"applicant").toString() != id);
        }
    }
    QCOMPARE(m_server.send("GET", path, {}, auth(m_staff)).status, 404);
    QCOMPARE(m_server.send("GET", path, {}, auth(m_alice)).status, 200);
}

void TestServerRecords::recordVersionsAndSingleKinds()
{
    const QString applicant = createApplicant(m_alice);
    QVERIFY(!applicant.isEmpty());
    const QString id = newId();
    const QJsonObject basic = dd::test::validBasicInfo().toJson();
    HttpReply reply = m_server.sendJson("PUT", QStringLiteral("/api/v1/records/") + id,
                                        {{QStringLiteral("applicant"), applicant},
                                         {QStringLiteral("kind"), QStringLiteral("basicInfo")},
                                         {QStringLiteral("body"), basic}},
                                        auth(m_alice));
    QCOMPARE(reply.status, 428);

    reply = putRecord(m_alice, id, applicant, QStringLiteral("basicInfo"), basic, "\"0\"");
    QVERIFY2(reply.status == 201, reply.describe());
    QCOMPARE(reply.header("ETag"), QByteArray("\"1\""));
    const QJsonObject record = reply.json.value(u"record").toObject();
    QCOMPARE(record.value(u"uuid").toString(), id);
    QCOMPARE(record.value(u"applicant").toString(), applicant);
    QCOMPARE(record.value(u"kind").toString(), QStringLiteral("basicInfo"));
    QCOMPARE(record.value(u"body").toObject(), basic);
    QCOMPARE(record.value(u"version").toInt(), 1);

    // A second live basicInfo of the applicant: 409 with the one there is.
    reply = putRecord(m_alice, newId(), applicant, QStringLiteral("basicInfo"), basic, "\"0\"");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("singleKindExists"));
    QCOMPARE(reply.json.value(u"current")
                 .toObject()
                 .value(u"record")
                 .toObject()
                 .value(u"uuid")
                 .toString(),
             id);
    // Lists are not single: two degree applications are fine (both drafts).
    QCOMPARE(putRecord(m_alice, newId(), applicant, QStringLiteral("examScore"),
                       dd::test::validExamScore().toJson(), "\"0\"")
                 .status,
             201);
    QCOMPARE(putRecord(m_alice, newId(), applicant, QStringLiteral("examScore"),
                       dd::test::validExamScore().toJson(), "\"0\"")
                 .status,
             201);

    // Update, then a stale write: 409 with the current record.
    QJsonObject changed = basic;
    changed.insert(QStringLiteral("name"), QStringLiteral("王二"));
    reply = putRecord(m_alice, id, applicant, QStringLiteral("basicInfo"), changed, version(1));
    QVERIFY2(reply.status == 200, reply.describe());
    QCOMPARE(reply.json.value(u"record").toObject().value(u"version").toInt(), 2);
    reply = putRecord(m_alice, id, applicant, QStringLiteral("basicInfo"), basic, version(1));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("versionConflict"));
    const QJsonObject current = reply.json.value(u"current").toObject().value(u"record").toObject();
    QCOMPARE(current.value(u"version").toInt(), 2);
    QCOMPARE(current.value(u"body").toObject(), changed);
    reply = putRecord(m_alice, id, applicant, QStringLiteral("basicInfo"), basic, "\"0\"");
    QCOMPARE(reply.status, 409);

    // A record keeps its applicant and its kind.
    const QString other = createApplicant(m_alice);
    reply = putRecord(m_alice, id, other, QStringLiteral("basicInfo"), basic, version(2));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), QStringLiteral("applicant"));
    reply = putRecord(m_alice, id, applicant, QStringLiteral("thesis"), {}, version(2));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), QStringLiteral("kind"));

    // GET shows the live records.
    reply =
        m_server.send("GET", QStringLiteral("/api/v1/applicants/") + applicant, {}, auth(m_alice));
    QCOMPARE(reply.json.value(u"records").toArray().size(), 3);

    // Deleted: a tombstone; once deleted, another basicInfo may be made, the old one is gone.
    const QString recordPath = QStringLiteral("/api/v1/records/") + id;
    QCOMPARE(remove(m_alice, recordPath, {}).status, 428);
    QCOMPARE(remove(m_alice, recordPath, version(1)).status, 409);
    reply = remove(m_alice, recordPath, version(2));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"record").toObject().value(u"deleted").toBool(), true);
    QVERIFY(!reply.json.value(u"record").toObject().contains(u"body"));
    reply = putRecord(m_alice, id, applicant, QStringLiteral("basicInfo"), basic, version(3));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("deleted"));
    QCOMPARE(reply.json.value(u"current")
                 .toObject()
                 .value(u"record")
                 .toObject()
                 .value(u"deleted")
                 .toBool(),
             true);
    QCOMPARE(
        putRecord(m_alice, newId(), applicant, QStringLiteral("basicInfo"), basic, "\"0\"").status,
        201);
}

void TestServerRecords::strictBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    const QByteArray start = "{\"applicant\": \"APPLICANT\", ";
    QTest::newRow("not JSON") << QByteArray("{\"kind\": ") << 400 << "malformedJson"
                              << "";
    QTest::newRow("unknown envelope field")
        << start + "\"kind\": \"thesis\", \"body\": {}, \"extra\": 1}" << 400 << "unknownField"
        << "extra";
    QTest::newRow("no body") << start + "\"kind\": \"thesis\"}" << 400 << "missingField"
                             << "body";
    QTest::newRow("body not an object")
        << start + "\"kind\": \"thesis\", \"body\": [1]}" << 400 << "wrongType"
        << "body";
    QTest::newRow("no kind") << start + "\"body\": {}}" << 400 << "missingField"
                             << "kind";
    QTest::newRow("unknown kind") << start + "\"kind\": \"diploma\", \"body\": {}}" << 400
                                  << "invalidField"
                                  << "kind";
    QTest::newRow("applicant not a uuid")
        << QByteArray("{\"applicant\": \"x\", \"kind\": \"thesis\", \"body\": {}}") << 400
        << "invalidField"
        << "applicant";
    QTest::newRow("unknown field in the body")
        << start + "\"kind\": \"basicInfo\", \"body\": {\"favouriteColour\": \"blue\"}}" << 400
        << "unknownField"
        << "favouriteColour";
    QTest::newRow("wrong type in the body")
        << start + "\"kind\": \"basicInfo\", \"body\": {\"name\": 12}}" << 400 << "wrongType"
        << "name";
    QTest::newRow("a degree application in no state")
        << start + "\"kind\": \"degreeApplication\", \"body\": {\"state\": \"lost\"}}" << 400
        << "invalidField"
        << "state";
    QTest::newRow("a text over 1000 characters")
        << start + "\"kind\": \"thesis\", \"body\": {\"thesisTitle\": \"" + QByteArray(1001, 'x')
               + "\"}}"
        << 400 << "tooLong"
        << "thesisTitle";
    QTest::newRow("a text over 1000 characters in a list")
        << start + "\"kind\": \"basicInfo\", \"body\": {\"resume\": [{}, {\"organization\": \""
               + QByteArray(1001, 'x') + "\"}]}}"
        << 400 << "tooLong"
        << "resume[1].organization";
    QByteArray large = start + "\"kind\": \"thesis\", \"body\": {\"title\": \"";
    large += QByteArray(70 * 1024, 'x') + "\"}}";
    QTest::newRow("over 64 KiB, not a photo") << large << 413 << "bodyTooLarge"
                                              << "";
    QByteArray huge = start + "\"kind\": \"photo\", \"body\": {\"jpeg\": \"";
    huge += QByteArray(600 * 1024, 'A') + "\"}}";
    QTest::newRow("over 512 KiB") << huge << 413 << "bodyTooLarge"
                                  << "";
}

void TestServerRecords::strictBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    static const QString applicant = createApplicant(m_alice);
    QVERIFY(!applicant.isEmpty());
    body.replace("APPLICANT", applicant.toLatin1());
    const QString id = newId();
    const HttpReply reply =
        m_server.send("PUT", QStringLiteral("/api/v1/records/") + id, body,
                      auth(m_alice, "\"0\"") + HttpHeaders{{"Content-Type", "application/json"}});
    QVERIFY2(reply.status == status, reply.describe());
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
    // Nothing was written.
    QCOMPARE(putRecord(m_alice, id, applicant, QStringLiteral("thesis"), {}, version(1)).status,
             404);
}

void TestServerRecords::idempotentReplay()
{
    const QString applicant = createApplicant(m_alice);
    const QString id = newId();
    const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QJsonObject body = dd::test::validThesis().toJson();
    const HttpReply first =
        putRecord(m_alice, id, applicant, QStringLiteral("thesis"), body, "\"0\"", key);
    QVERIFY2(first.status == 201, first.describe());
    QVERIFY(first.header("Idempotent-Replay").isEmpty());
    // The same request again (the answer was lost): the same answer, not a 409.
    const HttpReply again =
        putRecord(m_alice, id, applicant, QStringLiteral("thesis"), body, "\"0\"", key);
    QCOMPARE(again.status, 201);
    QCOMPARE(again.header("Idempotent-Replay"), QByteArray("true"));
    QCOMPARE(again.json, first.json);
    QCOMPARE(again.header("ETag"), QByteArray("\"1\""));
    // Without the key it is a conflict.
    QCOMPARE(putRecord(m_alice, id, applicant, QStringLiteral("thesis"), body, "\"0\"").status,
             409);
    // The same key for another request.
    QJsonObject changed = body;
    changed.insert(QStringLiteral("title"), QStringLiteral("另一个题目"));
    HttpReply reply =
        putRecord(m_alice, id, applicant, QStringLiteral("thesis"), changed, version(1), key);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("idempotencyKeyReused"));
    // Another account's keys are its own.
    const QString bobs = createApplicant(m_bob);
    reply = putRecord(m_bob, newId(), bobs, QStringLiteral("thesis"), body, "\"0\"", key);
    QCOMPARE(reply.status, 201);
    QVERIFY(reply.header("Idempotent-Replay").isEmpty());
    // Not a UUID.
    reply =
        putRecord(m_alice, newId(), applicant, QStringLiteral("examScore"), {}, "\"0\"", "again-1");
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorCode(), QStringLiteral("badIdempotencyKey"));
    // Refusals are not kept: the key still works once the request is right.
    const QByteArray second = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString applicantPath = QStringLiteral("/api/v1/applicants/") + applicant;
    reply = m_server.sendJson("PUT", applicantPath, {{QStringLiteral("label"), u"改名"_qs}},
                              auth(m_alice, version(9), second));
    QCOMPARE(reply.status, 409);
    reply = m_server.sendJson("PUT", applicantPath, {{QStringLiteral("label"), u"改名"_qs}},
                              auth(m_alice, version(9), second));
    QCOMPARE(reply.status, 409);
    QVERIFY(reply.header("Idempotent-Replay").isEmpty());
    // DELETE with a key, twice.
    const QByteArray third = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    const QString recordPath = QStringLiteral("/api/v1/records/") + id;
    reply = m_server.send("DELETE", recordPath, {}, auth(m_alice, version(1), third));
    QCOMPARE(reply.status, 200);
    reply = m_server.send("DELETE", recordPath, {}, auth(m_alice, version(1), third));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Idempotent-Replay"), QByteArray("true"));
}

void TestServerRecords::photoCheckedAgain()
{
    const QByteArray camera = dd::test::cameraJpeg();
    if (camera.isEmpty()) {
        QSKIP("the Debian test photos are missing (scripts/fetch-test-photos)");
    }
    const dd::photo::PhotoPipeline::Output fixed = dd::photo::PhotoPipeline::fix(camera);
    QVERIFY(!fixed.jpeg.isEmpty());
    const QString applicant = createApplicant(m_alice);

    dd::domain::Photo photo = dd::test::validPhoto();
    // A PNG named as the JPEG.
    photo.jpeg = dd::photo::samples::png(fixed.image);
    HttpReply reply =
        putRecord(m_alice, newId(), applicant, QStringLiteral("photo"), photo.toJson(), "\"0\"");
    QVERIFY2(reply.status == 422, reply.describe());
    QCOMPARE(reply.errorCode(), QStringLiteral("photoRejected"));
    QCOMPARE(reply.errorField(), QStringLiteral("jpeg"));
    QVERIFY(reply.body.contains("photo.format"));
    // A JPEG of 400 × 600.
    photo.jpeg = dd::photo::samples::jpeg(
        fixed.image.scaled(400, 600, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    reply =
        putRecord(m_alice, newId(), applicant, QStringLiteral("photo"), photo.toJson(), "\"0\"");
    QCOMPARE(reply.status, 422);
    QVERIFY(reply.body.contains("photo.size"));
    // The compliant one, over 64 KiB in base64 perhaps; its failedRules are the server's own.
    photo.jpeg = fixed.jpeg;
    photo.failedRules = {QStringLiteral("photo.background")};
    const QString id = newId();
    reply = putRecord(m_alice, id, applicant, QStringLiteral("photo"), photo.toJson(), "\"0\"");
    QVERIFY2(reply.status == 201, reply.describe());
    const QJsonObject body = reply.json.value(u"record").toObject().value(u"body").toObject();
    QCOMPARE(body.value(u"failedRules").toArray().size(), 0);
    QCOMPARE(QByteArray::fromBase64(body.value(u"jpeg").toString().toLatin1()), fixed.jpeg);
    // One photo per applicant.
    reply =
        putRecord(m_alice, newId(), applicant, QStringLiteral("photo"), photo.toJson(), "\"0\"");
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("singleKindExists"));
}

void TestServerRecords::stateMachine()
{
    const QString applicant = createApplicant(m_alice);
    const QString id = newId();
    dd::domain::DegreeApplication application = dd::test::validDegreeApplication();
    HttpReply reply = putRecord(m_alice, id, applicant, QStringLiteral("degreeApplication"),
                                application.toJson(), "\"0\"");
    QVERIFY2(reply.status == 201, reply.describe());

    // Submitted by the applicant.
    reply = action(m_alice, id, QStringLiteral("submit"), version(1), QStringLiteral("第一次"));
    QVERIFY2(reply.status == 200, reply.describe());
    QJsonObject body = reply.json.value(u"record").toObject().value(u"body").toObject();
    QCOMPARE(body.value(u"state").toString(), QStringLiteral("submitted"));
    QJsonArray timeline = body.value(u"timeline").toArray();
    QCOMPARE(timeline.size(), 1);
    QCOMPARE(timeline.at(0).toObject().value(u"action").toString(), QStringLiteral("submit"));
    QCOMPARE(timeline.at(0).toObject().value(u"note").toString(), QStringLiteral("第一次"));
    QCOMPARE(action(m_alice, id, QStringLiteral("submit"), {}).status, 428);

    // Approval is the institution's.
    reply = action(m_alice, id, QStringLiteral("approve"), version(2));
    QCOMPARE(reply.status, 403);
    QCOMPARE(reply.errorCode(), QStringLiteral("forbidden"));
    // So is a pushed timeline entry of it.
    QJsonObject approved = body;
    approved.insert(QStringLiteral("state"), QStringLiteral("approved"));
    timeline.append(
        QJsonObject{{QStringLiteral("from"), QStringLiteral("submitted")},
                    {QStringLiteral("to"), QStringLiteral("approved")},
                    {QStringLiteral("action"), QStringLiteral("approve")},
                    {QStringLiteral("at"), QStringLiteral("2026-11-29T10:00:00.000Z")}});
    approved.insert(QStringLiteral("timeline"), timeline);
    reply = putRecord(m_alice, id, applicant, QStringLiteral("degreeApplication"), approved,
                      version(2));
    QCOMPARE(reply.status, 403);
    // An illegal transition: the state machine's reason.
    reply = action(m_alice, id, QStringLiteral("submit"), version(2));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("illegalTransition"));
    QCOMPARE(reply.error().value(u"message").toString(),
             Machine::check(dd::domain::ApplicationState::Submitted,
                            dd::domain::ApplicationAction::Submit)
                 .reason);
    QVERIFY(!reply.error().value(u"findings").toArray().isEmpty());
    // Not edited while submitted.
    QJsonObject edited = body;
    edited.insert(QStringLiteral("employerName"), QStringLiteral("另一家单位"));
    reply =
        putRecord(m_alice, id, applicant, QStringLiteral("degreeApplication"), edited, version(2));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("illegalTransition"));
    // The state changed without a timeline entry.
    QJsonObject jumped = body;
    jumped.insert(QStringLiteral("state"), QStringLiteral("cancelled"));
    reply =
        putRecord(m_alice, id, applicant, QStringLiteral("degreeApplication"), jumped, version(2));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorField(), QStringLiteral("state"));
    // Another application while this one is active.
    reply = putRecord(m_alice, newId(), applicant, QStringLiteral("degreeApplication"),
                      application.toJson(), "\"0\"");
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("illegalTransition"));
    // A submitted application is not deleted.
    const QString path = QStringLiteral("/api/v1/records/") + id;
    reply = remove(m_alice, path, version(2));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), QStringLiteral("illegalTransition"));
    // Unknown and misplaced actions.
    reply = action(m_alice, id, QStringLiteral("fly"), version(2));
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.errorField(), QStringLiteral("action"));
    QCOMPARE(action(m_alice, id, QStringLiteral("delete"), version(2)).status, 400);

    // Cancelled by a pushed timeline entry, then deleted.
    QJsonObject cancelled = body;
    QJsonArray cancelTimeline = body.value(u"timeline").toArray();
    cancelTimeline.append(
        QJsonObject{{QStringLiteral("from"), QStringLiteral("submitted")},
                    {QStringLiteral("to"), QStringLiteral("cancelled")},
                    {QStringLiteral("action"), QStringLiteral("cancel")},
                    {QStringLiteral("at"), QStringLiteral("2026-11-29T11:00:00.000Z")}});
    cancelled.insert(QStringLiteral("timeline"), cancelTimeline);
    cancelled.insert(QStringLiteral("state"), QStringLiteral("cancelled"));
    reply = putRecord(m_alice, id, applicant, QStringLiteral("degreeApplication"), cancelled,
                      version(2));
    QVERIFY2(reply.status == 200, reply.describe());
    reply = remove(m_alice, path, version(3));
    QCOMPARE(reply.status, 200);

    // Actions are for degree applications only.
    const QString thesis = newId();
    QCOMPARE(putRecord(m_alice, thesis, applicant, QStringLiteral("thesis"), {}, "\"0\"").status,
             201);
    reply = action(m_alice, thesis, QStringLiteral("submit"), version(1));
    QCOMPARE(reply.status, 422);
}

void TestServerRecords::staffOfACenter()
{
    // Staff create applicants of their center, with nobody as owner.
    const QString applicant = createApplicant(m_staff);
    QVERIFY(!applicant.isEmpty());
    const QString path = QStringLiteral("/api/v1/applicants/") + applicant;
    HttpReply reply = m_server.send("GET", path, {}, auth(m_staff));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"applicant").toObject().value(u"center").toString(), m_centerA);
    QVERIFY(reply.json.value(u"applicant").toObject().value(u"owner").isNull());
    // Nobody else sees it: staff of another center, applicant accounts.
    for (const QString &token : {m_otherStaff, m_alice, m_bob}) {
        QCOMPARE(m_server.send("GET", path, {}, auth(token)).status, 404);
    }

    // Staff record the institution's decisions.
    const QString id = newId();
    reply = putRecord(m_staff, id, applicant, QStringLiteral("degreeApplication"),
                      dd::test::validDegreeApplication().toJson(), "\"0\"");
    QVERIFY2(reply.status == 201, reply.describe());
    QCOMPARE(action(m_staff, id, QStringLiteral("submit"), version(1)).status, 200);
    reply = action(m_staff, id, QStringLiteral("award"), version(2));
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.error().value(u"message").toString(),
             Machine::check(dd::domain::ApplicationState::Submitted,
                            dd::domain::ApplicationAction::Award)
                 .reason);
    reply = action(m_staff, id, QStringLiteral("approve"), version(2), QStringLiteral("材料齐全"));
    QVERIFY2(reply.status == 200, reply.describe());
    const QJsonObject body = reply.json.value(u"record").toObject().value(u"body").toObject();
    QCOMPARE(body.value(u"state").toString(), QStringLiteral("approved"));
    QCOMPARE(body.value(u"timeline").toArray().size(), 2);
    // Staff of another center: 404, not 403.
    QCOMPARE(action(m_otherStaff, id, QStringLiteral("withdraw"), version(3)).status, 404);
}

void TestServerRecords::deletingAnApplicant()
{
    const QString applicant = createApplicant(m_alice);
    const QString first = newId();
    const QString second = newId();
    QCOMPARE(putRecord(m_alice, first, applicant, QStringLiteral("thesis"), {}, "\"0\"").status,
             201);
    QCOMPARE(putRecord(m_alice, second, applicant, QStringLiteral("examScore"), {}, "\"0\"").status,
             201);
    const QString path = QStringLiteral("/api/v1/applicants/") + applicant;
    QCOMPARE(remove(m_alice, path, {}).status, 428);
    HttpReply reply = remove(m_alice, path, version(7));
    QCOMPARE(reply.status, 409);
    reply = remove(m_alice, path, version(1));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"applicant").toObject().value(u"deleted").toBool(), true);
    QCOMPARE(reply.json.value(u"applicant").toObject().value(u"version").toInt(), 2);
    reply = m_server.send("GET", path, {}, auth(m_alice));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"applicant").toObject().value(u"deleted").toBool(), true);
    QCOMPARE(reply.json.value(u"records").toArray().size(), 0);
    reply = putApplicant(m_alice, applicant, version(2));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("deleted"));
    // Its records are tombstones; no new ones.
    reply = putRecord(m_alice, first, applicant, QStringLiteral("thesis"), {}, version(2));
    QCOMPARE(reply.status, 409);
    QCOMPARE(reply.errorCode(), QStringLiteral("deleted"));
    reply = putRecord(m_alice, newId(), applicant, QStringLiteral("thesis"), {}, "\"0\"");
    QCOMPARE(reply.status, 404);
}

void TestServerRecords::changesFeed()
{
    const QString token = m_server.sessionFor(QStringLiteral("rec.feed"));
    QVERIFY(!token.isEmpty());
    // Empty at first.
    HttpReply reply = m_server.send("GET", QStringLiteral("/api/v1/changes"), {}, auth(token));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(u"changes").toArray().size(), 0);
    QCOMPARE(reply.json.value(u"cursor").toString(), QStringLiteral("0"));
    QCOMPARE(reply.json.value(u"more").toBool(true), false);
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/v1/changes")).status, 401);
    for (const char *bad : {"limit=0", "limit=1001", "limit=many", "since=abc", "since=-4"}) {
        reply = m_server.send("GET", QStringLiteral("/api/v1/changes?") + QLatin1String(bad), {},
                              auth(token));
        QVERIFY2(reply.status == 400, bad);
        QCOMPARE(reply.errorCode(), QStringLiteral("invalidField"));
    }

    // Two applicants, four records; one record and one applicant deleted.
    const QString kept = createApplicant(token);
    const QString gone = createApplicant(token);
    const QString thesis = newId();
    const QString score = newId();
    const QString goneThesis = newId();
    const QString basic = newId();
    QCOMPARE(putRecord(token, thesis, kept, QStringLiteral("thesis"), {}, "\"0\"").status, 201);
    QCOMPARE(putRecord(token, score, kept, QStringLiteral("examScore"), {}, "\"0\"").status, 201);
    QCOMPARE(putRecord(token, basic, kept, QStringLiteral("basicInfo"),
                       dd::test::validBasicInfo().toJson(), "\"0\"")
                 .status,
             201);
    QCOMPARE(putRecord(token, goneThesis, gone, QStringLiteral("thesis"), {}, "\"0\"").status, 201);
    QCOMPARE(remove(token, QStringLiteral("/api/v1/records/") + score, version(1)).status, 200);
    QCOMPARE(remove(token, QStringLiteral("/api/v1/applicants/") + gone, version(1)).status, 200);

    int pages = 0;
    const QJsonArray changes = allChanges(token, 2, &pages);
    // Each thing once, at its last change: 2 applicants + 4 records.
    QCOMPARE(changes.size(), 6);
    QCOMPARE(pages, 3);
    QSet<QString> seen;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        const QString entity = change.value(u"entity").toString();
        QVERIFY(entity == QLatin1String("applicant") || entity == QLatin1String("record"));
        const QJsonObject thing = change.value(entity).toObject();
        seen.insert(thing.value(u"uuid").toString());
        const bool deleted = thing.value(u"deleted").toBool();
        if (entity == QLatin1String("record")) {
            // Tombstones carry no body.
            QCOMPARE(thing.contains(u"body"), !deleted);
        }
        const QString uuid = thing.value(u"uuid").toString();
        QCOMPARE(deleted, uuid == score || uuid == gone || uuid == goneThesis);
    }
    QCOMPARE(seen, (QSet<QString>{kept, gone, thesis, score, goneThesis, basic}));
    // The deleted applicant's tombstone comes last (the last change); a record follows its
    // applicant's creation.
    QCOMPARE(changes.last().toObject().value(u"applicant").toObject().value(u"uuid").toString(),
             gone);

    // From the cursor of the end: nothing; after another change: just that one.
    reply = m_server.send("GET", QStringLiteral("/api/v1/changes?limit=1000"), {}, auth(token));
    const QString cursor = reply.json.value(u"cursor").toString();
    QVERIFY(cursor.toLongLong() > 0);
    reply =
        m_server.send("GET", QStringLiteral("/api/v1/changes?since=") + cursor, {}, auth(token));
    QCOMPARE(reply.json.value(u"changes").toArray().size(), 0);
    QCOMPARE(reply.json.value(u"cursor").toString(), cursor);
    QCOMPARE(putApplicant(token, kept, version(1), QStringLiteral("改名")).status, 200);
    reply =
        m_server.send("GET", QStringLiteral("/api/v1/changes?since=") + cursor, {}, auth(token));
    const QJsonArray after = reply.json.value(u"changes").toArray();
    QCOMPARE(after.size(), 1);
    QCOMPARE(after.at(0).toObject().value(u"applicant").toObject().value(u"label").toString(),
             QStringLiteral("改名"));
    QVERIFY(reply.json.value(u"cursor").toString().toLongLong() > cursor.toLongLong());

    // Another account's feed holds none of it.
    const QJsonArray others = allChanges(m_bob, 1000);
    for (const QJsonValue &value : others) {
        const QJsonObject change = value.toObject();
        const QJsonObject thing = change.value(change.value(u"entity").toString()).toObject();
        QVERIFY(!seen.contains(thing.value(u"uuid").toString()));
    }
}

QTEST_GUILESS_MAIN(TestServerRecords)
#include "TestServerRecords.moc"
