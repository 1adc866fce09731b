// The sync engine against the real degreedesk-server on loopback (test mode, SQLite), with two
// (or three) client databases: staff A and staff B of one center edit the same applicants
// offline and sync; conflicts resolved through ConflictModel; the server killed (SIGKILL) in
// the middle of a push, stopped and brought back, and a session that expires.
//
// What the server supports: versions are per record (and per applicant for its label), so
// changes of two clients to different records of one applicant (or to its label and one of its
// records) both go through without a conflict; changes to different fields of the SAME record
// make a conflict (the second push is based on an older version), which the user merges field
// by field in ConflictModel, so that both fields survive (sameRecordDifferentFields).

#include "Captcha.h"

#include "domain/BasicInfo.h"
#include "domain/Thesis.h"
#include "sync/ConflictModel.h"

#include "support/SampleRecords.h"
#include "support/ServerProcess.h"
#include "support/SyncClient.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

using namespace dd;
using sync::SyncStatus;
using test::SyncClient;

namespace {

QString describe(const store::StoreError &error)
{
    return error.message + QStringLiteral(" [") + error.detail + QLatin1Char(']');
}

QByteArray describe(const SyncStatus &status)
{
    return QStringLiteral("state %1, done %2/%3, pending %4, conflicts %5, refused %6: %7")
        .arg(static_cast<int>(status.state))
        .arg(status.done)
        .arg(status.total)
        .arg(status.pending)
        .arg(status.conflicts)
        .arg(status.refused)
        .arg(status.message)
        .toUtf8();
}

// A loopback relay in front of the server that loses the answer of the first request of
// `method`: the server applies it, the client sees the connection close (as when the network
// fails between the two).
class AnswerLosingRelay : public QObject
{
public:
    AnswerLosingRelay(quint16 target, const QByteArray &method)
        : m_target(target)
        , m_method(method + ' ')
    {
        connect(&m_listener, &QTcpServer::newConnection, this, &AnswerLosingRelay::accept);
        m_listener.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_listener.serverPort(); }
    int lost() const { return m_lost; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_listener.nextPendingConnection()) {
            auto *server = new QTcpSocket(client);
            auto losing = std::make_shared<bool>(false);
            connect(client, &QTcpSocket::readyRead, server, [this, client, server, losing] {
                const QByteArray bytes = client->readAll();
                if (m_lost == 0 && !*losing && bytes.startsWith(m_method)) {
                    *losing = true;
                }
                server->write(bytes);
            });
            connect(server, &QTcpSocket::readyRead, client, [this, client, server, losing] {
                const QByteArray bytes = server->readAll();
                if (*losing) {
                    ++m_lost;
                    *losing = false;
                    client->abort();
                    return;
                }
                client->write(bytes);
            });
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            server->connectToHost(QHostAddress::LocalHost, m_target);
        }
    }

    QTcpServer m_listener;
    quint16 m_target;
    QByteArray m_method;
    int m_lost = 0;
};

} // namespace

#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto &verified = (expression);                                                       \
        QVERIFY2(verified.ok(),                                                                    \
                 qPrintable(verified.ok() ? QString() : describe(verified.error())));              \
    } while (false)

#define VERIFY_SYNCED(client)                                                                      \
    do {                                                                                           \
        const SyncStatus synced = (client).sync();                                                 \
        QVERIFY2(synced.state == SyncStatus::State::UpToDate, describe(synced).constData());       \
        QCOMPARE(synced.pending, 0);                                                               \
    } while (false)

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void staffSeeEachOthersChanges();
    void differentRecordsOfOneApplicantBothSurvive();
    void sameRecordDifferentFields();
    void sameFieldConflictResolved();
    void serverKilledMidPush();
    void answerLostPushNotDoubled();
    void networkCutOutboxWaits();
    void tokenExpiredReloginKeepsOutbox();

private:
    struct Staff
    {
        QString adminName;
        QString staffName;
        QString adminToken;
        QString staffToken;
    };
    // A new center with an admin (A) and a staff member (B), both logged in.
    Staff newCenter(const QString &name);
    QString logIn(const QString &userName);
    std::unique_ptr<SyncClient> client(const QString &token);
    // The server's view of an applicant: {"applicant": ..., "records": [...]}.
    QJsonObject onServer(const QString &token, const QUuid &applicant);
    static QJsonObject recordOfKind(const QJsonObject &onServer, const QString &kind);
    // An applicant with basic information and a thesis, made by A and pulled by B.
    struct Shared
    {
        QUuid applicant;
        QUuid basicInfo;
        QUuid thesis;
    };
    Shared shareApplicant(SyncClient &a, SyncClient &b);

    test::ServerProcess m_accounts;
    std::unique_ptr<test::RestartableServer> m_server;
    quint32 m_nextSeed = 9100;
    int m_centers = 0;
};

void TestSyncEngine::initTestCase()
{
    const QString started = m_accounts.start(QStringLiteral(DD_SERVER_PATH));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    m_server = std::make_unique<test::RestartableServer>(QStringLiteral(DD_SERVER_PATH),
                                                         m_accounts.databaseUrl());
    const QString second = m_server->start();
    QVERIFY2(second.isEmpty(), qPrintable(second));
}

void TestSyncEngine::cleanupTestCase()
{
    m_server->stop();
    m_accounts.stop();
}

TestSyncEngine::Staff TestSyncEngine::newCenter(const QString &name)
{
    Staff staff;
    const int n = ++m_centers;
    staff.adminName = QStringLiteral("sync.admin%1").arg(n);
    staff.staffName = QStringLiteral("sync.staff%1").arg(n);
    staff.adminToken = m_accounts.sessionFor(staff.adminName);
    staff.staffToken = m_accounts.sessionFor(staff.staffName);
    if (staff.adminToken.isEmpty() || staff.staffToken.isEmpty()) {
        return {};
    }
    const test::CommandResult made = m_accounts.runCommand(
        QStringLiteral(DD_SERVER_PATH),
        {QStringLiteral("create-center"), name, QStringLiteral("--admin"), staff.adminName});
    if (made.exitCode != 0) {
        qWarning() << "create-center:" << made.err;
        return {};
    }
    const test::HttpReply added =
        m_accounts.sendJson("POST", QStringLiteral("/api/v1/center/staff"),
                            {{QStringLiteral("userName"), staff.staffName},
                             {QStringLiteral("role"), QStringLiteral("staff")}},
                            {{"Authorization", "Bearer " + staff.adminToken.toLatin1()}});
    if (added.status != 201) {
        qWarning() << "adding staff:" << added.describe();
        return {};
    }
    return staff;
}

QString TestSyncEngine::logIn(const QString &userName)
{
    const quint32 seed = m_nextSeed++;
    const test::HttpReply captcha =
        m_accounts.send("GET", QStringLiteral("/api/v1/captcha?seed=%1").arg(seed));
    const test::HttpReply session =
        m_accounts.sendJson("POST", QStringLiteral("/api/v1/sessions"),
                            {{QStringLiteral("userName"), userName},
                             {QStringLiteral("password"), test::validRegistration().password},
                             {QStringLiteral("captchaId"), captcha.json.value(u"id").toString()},
                             {QStringLiteral("captchaAnswer"), server::Captcha::make(seed).answer}},
                            {{"X-DD-Testing-Client", "198.51.100.8"}});
    return session.status == 201 ? session.json.value(u"token").toString() : QString();
}

std::unique_ptr<SyncClient> TestSyncEngine::client(const QString &token)
{
    auto made = std::make_unique<SyncClient>(m_server->port(), token);
    if (!made->isOpen()) {
        return nullptr;
    }
    return made;
}

QJsonObject TestSyncEngine::onServer(const QString &token, const QUuid &applicant)
{
    const test::HttpReply reply = m_accounts.send(
        "GET", QStringLiteral("/api/v1/applicants/") + applicant.toString(QUuid::WithoutBraces), {},
        {{"Authorization", "Bearer " + token.toLatin1()}});
    return reply.status == 200 ? reply.json : QJsonObject();
}

QJsonObject TestSyncEngine::recordOfKind(const QJsonObject &onServer, const QString &kind)
{
    const QJsonArray records = onServer.value(u"records").toArray();
    for (const QJsonValue &record : records) {
        if (record[u"kind"].toString() == kind) {
            return record.toObject();
        }
    }
    return {};
}

TestSyncEngine::Shared TestSyncEngine::shareApplicant(SyncClient &a, SyncClient &b)
{
    Shared shared;
    auto applicant = a.store().createApplicant(QStringLiteral("王磊"));
    if (!applicant) {
        return {};
    }
    shared.applicant = applicant->uuid;
    auto info = a.store().save(shared.applicant, test::validBasicInfo());
    auto thesis = a.store().save(shared.applicant, test::validThesis());
    if (!info || !thesis) {
        return {};
    }
    shared.basicInfo = info->uuid;
    shared.thesis = thesis->uuid;
    if (a.sync().state != SyncStatus::State::UpToDate
        || b.sync().state != SyncStatus::State::UpToDate) {
        return {};
    }
    return shared;
}

void TestSyncEngine::staffSeeEachOthersChanges()
{
    const Staff staff = newCenter(QStringLiteral("北京某培训中心一"));
    QVERIFY(!staff.staffToken.isEmpty());
    auto a = client(staff.adminToken);
    auto b = client(staff.staffToken);
    QVERIFY(a && b);

    // A creates an applicant with basic information; the push counts in the progress.
    auto applicant = a->store().createApplicant(QStringLiteral("王磊"));
    VERIFY_OK(applicant);
    VERIFY_OK(a->store().save(applicant->uuid, test::validBasicInfo()));
    QList<SyncStatus> seen;
    connect(&a->engine(), &sync::SyncEngine::statusChanged, this,
            [&seen](const SyncStatus &status) { seen.append(status); });
    const SyncStatus first = a->sync();
    QVERIFY2(first.state == SyncStatus::State::UpToDate, describe(first).constData());
    QVERIFY(first.lastSynced.isValid());
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.constFirst().state, SyncStatus::State::Syncing);
    QCOMPARE(seen.constFirst().total, 2);
    QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [](const SyncStatus &s) {
        return s.state == SyncStatus::State::Syncing && s.done == 1 && s.total == 2;
    }));

    // B sees it, as A has it.
    VERIFY_SYNCED(*b);
    auto pulled = b->store().applicant(applicant->uuid);
    VERIFY_OK(pulled);
    QCOMPARE(pulled->label, QStringLiteral("王磊"));
    QCOMPARE(pulled->serverVersion, 1);
    auto info = b->store().single<domain::BasicInfo>(applicant->uuid);
    VERIFY_OK(info);
    QVERIFY(info->has_value());
    QCOMPARE(info->value().value.toJson(), test::validBasicInfo().toJson());
    // Nothing pulled is queued to be pushed back.
    QCOMPARE(b->store().pendingCount().value(), 0);

    // B's new applicant reaches A; a deletion too.
    auto other = b->store().createApplicant(QStringLiteral("李娜"));
    VERIFY_OK(other);
    VERIFY_SYNCED(*b);
    VERIFY_SYNCED(*a);
    QCOMPARE(a->store().applicant(other->uuid).value().label, QStringLiteral("李娜"));
    VERIFY_OK(a->store().deleteApplicant(applicant->uuid));
    VERIFY_SYNCED(*a);
    VERIFY_SYNCED(*b);
    QVERIFY(b->store().applicant(applicant->uuid).value().deleted);
    QCOMPARE(b->store().applicantCount().value(), 1);
    QCOMPARE(a->store().applicantCount().value(), 1);

    // Another center's staff see none of it.
    const Staff elsewhere = newCenter(QStringLiteral("上海某培训中心"));
    auto c = client(elsewhere.staffToken);
    QVERIFY(c);
    VERIFY_SYNCED(*c);
    QCOMPARE(c->store().applicantCount().value(), 0);
}

void TestSyncEngine::differentRecordsOfOneApplicantBothSurvive()
{
    const Staff staff = newCenter(QStringLiteral("北京某培训中心二"));
    QVERIFY(!staff.staffToken.isEmpty());
    auto a = client(staff.adminToken);
    auto b = client(staff.staffToken);
    QVERIFY(a && b);
    const Shared shared = shareApplicant(*a, *b);
    QVERIFY(!shared.thesis.isNull());

    // Offline: A changes the political status (basic information); B the thesis title and the
    // applicant's label.
    domain::BasicInfo info = test::validBasicInfo();
    info.politicalStatus = QStringLiteral("01");
    VERIFY_OK(a->store().save(shared.applicant, info, shared.basicInfo));
    domain::Thesis thesis = test::validThesis();
    thesis.thesisTitle = QStringLiteral("城市轨道交通信号系统的可靠性研究");
    VERIFY_OK(b->store().save(shared.applicant, thesis, shared.thesis));
    VERIFY_OK(b->store().renameApplicant(shared.applicant, QStringLiteral("王磊（在职）")));

    VERIFY_SYNCED(*b);
    VERIFY_SYNCED(*a);
    VERIFY_SYNCED(*b);

    for (SyncClient *side : {a.get(), b.get()}) {
        QCOMPARE(side->store().applicant(shared.applicant).value().label,
                 QStringLiteral("王磊（在职）"));
        QCOMPARE(side->store().get<domain::BasicInfo>(shared.basicInfo).value().value.toJson(),
                 info.toJson());
        QCOMPARE(side->store().get<domain::Thesis>(shared.thesis).value().value.toJson(),
                 thesis.toJson());
        QCOMPARE(side->store().conflicts().value().size(), 0);
    }
    // The server has both, each record at its second version.
    const QJsonObject server = onServer(staff.staffToken, shared.applicant);
    QCOMPARE(server[u"applicant"][u"label"].toString(), QStringLiteral("王磊（在职）"));
    QCOMPARE(recordOfKind(server, QStringLiteral("basicInfo"))[u"body"].toObject(), info.toJson());
    QCOMPARE(recordOfKind(server, QStringLiteral("basicInfo"))[u"version"].toInt(), 2);
    QCOMPARE(recordOfKind(server, QStringLiteral("thesis"))[u"body"].toObject(), thesis.toJson());
    QCOMPARE(recordOfKind(server, QStringLiteral("thesis"))[u"version"].toInt(), 2);
}

void TestSyncEngine::sameRecordDifferentFields()
{
    const Staff staff = newCenter(QStringLiteral("北京某培训中心三"));
    QVERIFY(!staff.staffToken.isEmpty());
    auto a = client(staff.adminToken);
    auto b = client(staff.staffToken);
    QVERIFY(a && b);
    const Shared shared = shareApplicant(*a, *b);
    QVERIFY(!shared.basicInfo.isNull());

    // Offline: A the political status, B the month work started, of the same record.
    domain::BasicInfo mineA = test::validBasicInfo();
    mineA.politicalStatus = QStringLiteral("01");
    VERIFY_OK(a->store().save(shared.applicant, mineA, shared.basicInfo));
    domain::BasicInfo mineB = test::validBasicInfo();
    mineB.workStartMonth = QStringLiteral("201309");
    VERIFY_OK(b->store().save(shared.applicant, mineB, shared.basicInfo));

    VERIFY_SYNCED(*a);
    // B's push is based on version 1, the server is at 2: its 409 brings A's value, which
    // merges with B's key by key (no key changed on both sides), and the merge is pushed.
    VERIFY_SYNCED(*b);
    QCOMPARE(b->engine().status().conflicts, 0);
    VERIFY_SYNCED(*a);
    domain::BasicInfo both = test::validBasicInfo();
    both.politicalStatus = QStringLiteral("01");
    both.workStartMonth = QStringLiteral("201309");
    for (SyncClient *side : {a.get(), b.get()}) {
        const auto stored = side->store().get<domain::BasicInfo>(shared.basicInfo);
        VERIFY_OK(stored);
        QCOMPARE(stored->value.toJson(), both.toJson());
        QCOMPARE(stored->meta.serverVersion, qint64(3));
        QCOMPARE(side->engine().status().conflicts, 0);
        QVERIFY(side->store().conflicts().value().isEmpty());
    }
    const QJsonObject record =
        recordOfKind(onServer(staff.adminToken, shared.applicant), QStringLiteral("basicInfo"));
    QCOMPARE(record[u"body"].toObject(), both.toJson());
    QCOMPARE(record[u"version"].toInt(), 3);

    // Again, the other way round, on the merged value: B the status, A the month, and this
    // time A syncs second.
    domain::BasicInfo nextB = both;
    nextB.politicalStatus = QStringLiteral("03");
    VERIFY_OK(b->store().save(shared.applicant, nextB, shared.basicInfo));
    domain::BasicInfo nextA = both;
    nextA.workStartMonth = QStringLiteral("201410");
    VERIFY_OK(a->store().save(shared.applicant, nextA, shared.basicInfo));
    VERIFY_SYNCED(*b);
    VERIFY_SYNCED(*a);
    VERIFY_SYNCED(*b);
    domain::BasicInfo latest = both;
    latest.politicalStatus = QStringLiteral("03");
    latest.workStartMonth = QStringLiteral("201410");
    for (SyncClient *side : {a.get(), b.get()}) {
        QCOMPARE(side->store().get<domain::BasicInfo>(shared.basicInfo).value().value.toJson(),
                 latest.toJson());
        QCOMPARE(side->engine().status().conflicts, 0);
    }
    QCOMPARE(recordOfKind(onServer(staff.staffToken, shared.applicant),
                          QStringLiteral("basicInfo"))[u"body"]
                 .toObject(),
             latest.toJson());
}

void TestSyncEngine::sameFieldConflictResolved()
{
    const Staff staff = newCenter(QStringLiteral("北京某培训中心四"));
    QVERIFY(!staff.staffToken.isEmpty());
    auto a = client(staff.adminToken);
    auto b = client(staff.staffToken);
    QVERIFY(a && b);
    const Shared shared = shareApplicant(*a, *b);
    QVERIFY(!shared.basicInfo.isNull());

    domain::BasicInfo mineA = test::validBasicInfo();
    mineA.politicalStatus = QStringLiteral("01");
    VERIFY_OK(a->store().save(shared.applicant, mineA, shared.basicInfo));
    domain::BasicInfo mineB = test::validBasicInfo();
    mineB.politicalStatus = QStringLiteral("03");
    VERIFY_OK(b->store().save(shared.applicant, mineB, shared.basicInfo));

    VERIFY_SYNCED(*a);
    // B pulls A's change on top of its own: a conflict (B's push first gets the 409).
    const SyncStatus conflicted = b->sync();
    QVERIFY2(conflicted.state == SyncStatus::State::Conflicts, describe(conflicted).constData());
    QCOMPARE(conflicted.conflicts, 1);
    QCOMPARE(conflicted.pending, 0);
    // B's value stays B's until the user decides; the server keeps A's.
    QCOMPARE(b->store().get<domain::BasicInfo>(shared.basicInfo).value().value.politicalStatus,
             QStringLiteral("03"));
    // Syncing again changes nothing: the change is held.
    const SyncStatus again = b->sync();
    QCOMPARE(again.state, SyncStatus::State::Conflicts);
    QCOMPARE(recordOfKind(onServer(staff.staffToken, shared.applicant),
                          QStringLiteral("basicInfo"))[u"body"][u"politicalStatus"]
                 .toString(),
             QStringLiteral("01"));

    sync::ConflictModel model(b->store());
    VERIFY_OK(model.load(shared.basicInfo));
    QCOMPARE(model.conflict().theirsVersion, 2);
    QCOMPARE(model.differingCount(), 1);
    const int row = model.rowOf(QStringLiteral("politicalStatus"));
    QVERIFY(row >= 0);
    QVERIFY(model.differs(row));
    QCOMPARE(model.mine(row).toString(), QStringLiteral("03"));
    QCOMPARE(model.theirs(row).toString(), QStringLiteral("01"));
    // The user types a third value.
    QVERIFY(model.setMerged(row, QStringLiteral("02")));
    VERIFY_OK(model.resolve());
    b->engine().refreshCounts();
    QCOMPARE(b->engine().status().conflicts, 0);
    QCOMPARE(b->engine().status().pending, 1);

    VERIFY_SYNCED(*b);
    VERIFY_SYNCED(*a);
    for (SyncClient *side : {a.get(), b.get()}) {
        QCOMPARE(
            side->store().get<domain::BasicInfo>(shared.basicInfo).value().value.politicalStatus,
            QStringLiteral("02"));
    }
    const QJsonObject record =
        recordOfKind(onServer(staff.adminToken, shared.applicant), QStringLiteral("basicInfo"));
    QCOMPARE(record[u"body"][u"politicalStatus"].toString(), QStringLiteral("02"));
    QCOMPARE(record[u"version"].toInt(), 3);
}

void TestSyncEngine::serverKilledMidPush()
{
    const Staff staff = newCenter(QStringLiteral("北京某培训中心五"));
    QVERIFY(!staff.staffToken.isEmpty());
    auto a = client(staff.adminToken);
    QVERIFY(a);
    constexpr int Applicants = 150;
    QList<QUuid> made;
    for (int i = 0; i < Applicants; ++i) {
        auto applicant = a->store().createApplicant(QStringLiteral("考生%1").arg(i));
        VERIFY_OK(applicant);
        domain::BasicInfo info = test::validBasicInfo();
        info.namePinyin = QStringLiteral("Kao Sheng %1").arg(i);
        VERIFY_OK(a->store().save(applicant->uuid, info));
        made.append(applicant->uuid);
    }
    QCOMPARE(a->store().pendingCount().value(), 2 * Applicants);

    // Killed once a third is pushed, with a request in flight.
    bool killed = false;
    connect(&a->engine(), &sync::SyncEngine::statusChanged, this, [&](const SyncStatus &status) {
        if (!killed && status.state == SyncStatus::State::Syncing
            && status.done >= Applicants * 2 / 3) {
            killed = true;
            // Once the next push has been sent.
            QTimer::singleShot(1, this, [this] { m_server->kill(); });
        }
    });
    a->engine().setBackoff(sync::Backoff(100, 400, [] { return 0.5; }));
    a->engine().setInterval(600000);
    a->engine().start();
    QTRY_VERIFY_WITH_TIMEOUT(a->engine().status().state == SyncStatus::State::Offline, 60000);
    QVERIFY(killed);
    const SyncStatus offline = a->engine().status();
    QVERIFY2(offline.pending > 0 && offline.pending < 2 * Applicants,
             describe(offline).constData());
    QVERIFY(offline.nextAttempt.isValid());
    QVERIFY(!offline.message.isEmpty());

    const QString restarted = m_server->start();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QTRY_VERIFY_WITH_TIMEOUT(a->engine().status().state == SyncStatus::State::UpToDate, 60000);
    a->engine().stop();
    const SyncStatus done = a->engine().status();
    QCOMPARE(done.pending, 0);
    QCOMPARE(done.conflicts, 0);
    QCOMPARE(done.refused, 0);

    // Nothing lost, nothing twice: the server has each applicant and its record once, each at
    // version 1 (a change applied twice would be at 2, or refused with a conflict).
    auto fresh = client(staff.staffToken);
    QVERIFY(fresh);
    VERIFY_SYNCED(*fresh);
    QCOMPARE(fresh->store().applicantCount().value(), Applicants);
    for (const QUuid &uuid : std::as_const(made)) {
        const auto applicant = fresh->store().applicant(uuid);
        VERIFY_OK(applicant);
        QCOMPARE(applicant->serverVersion, 1);
        QCOMPARE(a->store().applicant(uuid).value().serverVersion, 1);
        const auto info = fresh->store().single<domain::BasicInfo>(uuid);
        VERIFY_OK(info);
        QVERIFY(info->has_value());
        QCOMPARE(info->value().meta.serverVersion, 1);
        QCOMPARE(info->value().value.namePinyin,
                 a->store().single<domain::BasicInfo>(uuid).value()->value.namePinyin);
    }
}

void TestSyncEngine::answerLostPushNotDoubled()
{
    const Staff staff = newCenter(QStringLiteral("北京某培训中心八"));
    QVERIFY(!staff.staffToken.isEmpty());
    AnswerLosingRelay relay(m_server->port(), "PUT");
    QVERIFY(relay.port() != 0);
    SyncClient a(relay.port(), staff.adminToken);
    QVERIFY(a.isOpen());
    auto applicant = a.store().createApplicant(QStringLiteral("陈静"));
    VERIFY_OK(applicant);

    // The server creates the applicant, its answer is lost. The request goes again with the
    // same Idempotency-Key and If-Match "0" (QNetworkAccessManager resends it at once on a
    // fresh connection; else the engine's retry does): the server answers what it answered
    // the first time instead of a conflict, and applies nothing twice.
    SyncStatus status = a.sync();
    for (int attempt = 0; attempt < 3 && status.state == SyncStatus::State::Offline; ++attempt) {
        QCOMPARE(status.pending, 1);
        status = a.sync();
    }
    QCOMPARE(relay.lost(), 1);
    QVERIFY2(status.state == SyncStatus::State::UpToDate, describe(status).constData());
    QCOMPARE(status.pending, 0);
    QCOMPARE(status.conflicts, 0);
    QCOMPARE(a.store().applicant(applicant->uuid).value().serverVersion, 1);
    QCOMPARE(onServer(staff.adminToken, applicant->uuid)[u"applicant"][u"version"].toInt(), 1);
}

void TestSyncEngine::networkCutOutboxWaits()
{
    const Staff staff = newCenter(QStringLiteral("北京某培训中心六"));
    QVERIFY(!staff.staffToken.isEmpty());
    auto a = client(staff.adminToken);
    auto b = client(staff.staffToken);
    QVERIFY(a && b);

    m_server->stop();
    auto applicant = a->store().createApplicant(QStringLiteral("张伟"));
    VERIFY_OK(applicant);
    VERIFY_OK(a->store().save(applicant->uuid, test::validThesis()));
    a->engine().setBackoff(sync::Backoff(100, 300, [] { return 0.0; }));
    a->engine().setInterval(600000);
    a->engine().start();
    QTRY_VERIFY_WITH_TIMEOUT(a->engine().status().state == SyncStatus::State::Offline, 30000);
    // It keeps trying, backing off, and the outbox waits.
    QTRY_VERIFY_WITH_TIMEOUT(a->engine().backoff().failures() >= 3, 30000);
    const SyncStatus offline = a->engine().status();
    QCOMPARE(offline.state, SyncStatus::State::Offline);
    QCOMPARE(offline.pending, 2);
    QVERIFY(offline.nextAttempt.isValid());
    QCOMPARE(a->store().pendingCount().value(), 2);

    const QString restarted = m_server->start();
    QVERIFY2(restarted.isEmpty(), qPrintable(restarted));
    QTRY_VERIFY_WITH_TIMEOUT(a->engine().status().state == SyncStatus::State::UpToDate, 30000);
    a->engine().stop();
    QCOMPARE(a->engine().status().pending, 0);
    QCOMPARE(a->engine().backoff().failures(), 0);

    VERIFY_SYNCED(*b);
    QCOMPARE(b->store().applicant(applicant->uuid).value().label, QStringLiteral("张伟"));
    const auto thesis = b->store().single<domain::Thesis>(applicant->uuid);
    VERIFY_OK(thesis);
    QVERIFY(thesis->has_value());
    QCOMPARE(thesis->value().value.toJson(), test::validThesis().toJson());
}

void TestSyncEngine::tokenExpiredReloginKeepsOutbox()
{
    const Staff staff = newCenter(QStringLiteral("北京某培训中心七"));
    QVERIFY(!staff.staffToken.isEmpty());
    auto a = client(staff.adminToken);
    auto b = client(staff.staffToken);
    QVERIFY(a && b);
    auto applicant = a->store().createApplicant(QStringLiteral("刘洋"));
    VERIFY_OK(applicant);

    // 13 hours on, the session (12 hours after its last use) is over.
    const QByteArray later =
        QDateTime::currentDateTimeUtc().addSecs(13 * 3600).toString(Qt::ISODateWithMs).toLatin1();
    a->api().setExtraHeaders({{"X-DD-Testing-Now", later}});
    const SyncStatus expired = a->sync();
    QVERIFY2(expired.state == SyncStatus::State::LoginRequired, describe(expired).constData());
    QVERIFY(!expired.message.isEmpty());
    QCOMPARE(expired.pending, 1);
    QCOMPARE(a->store().pendingCount().value(), 1);

    // Logged in again (now, as the user would): the outbox goes out.
    a->api().setExtraHeaders({});
    const QString token = logIn(staff.adminName);
    QVERIFY(!token.isEmpty());
    a->api().setToken(token);
    VERIFY_SYNCED(*a);
    VERIFY_SYNCED(*b);
    QCOMPARE(b->store().applicant(applicant->uuid).value().label, QStringLiteral("刘洋"));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "TestSyncEngine.moc"
