// Centers and roles against the real degreedesk-server (tests/support/ServerProcess.h: the
// built binary on loopback in test mode, aiosmtpd as its mail sink; on PostgreSQL under
// scripts/with-postgres): two servers starting at once on one empty database (the migration
// lock), `degreedesk-server create-center` on the command line, an admin adding and removing
// staff (never the last admin), the join code, an applicant joining and leaving, wrong roles
// refused (403), other centers' things invisible (404), the changes feed of the center's staff,
// and the request-rate limit (429 with Retry-After) of a server that has one.

#include "ServerMigrations.h"

#include "support/ServerProcess.h"

#include <QJsonArray>
#include <QUuid>

using namespace dd::test;

namespace {

// A degreedesk-server started with its own settings on the suite's database.
std::unique_ptr<ChildProcess> launch(const QString &database, const QProcessEnvironment &extra)
{
    auto child = std::make_unique<ChildProcess>();
    child->port = freePort();
    QProcessEnvironment env = serverEnvironment();
    env.insert(QStringLiteral("DD_SERVER_TESTING"), QStringLiteral("1"));
    env.insert(QStringLiteral("DD_SERVER_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(child->port));
    env.insert(QStringLiteral("DD_SERVER_DATABASE"), database);
    // No mail from these: a port nobody listens on.
    env.insert(QStringLiteral("DD_SERVER_SMTP_URL"),
               QStringLiteral("smtp://127.0.0.1:%1").arg(freePort()));
    const QStringList extraKeys = extra.keys();
    for (const QString &key : extraKeys) {
        env.insert(key, extra.value(key));
    }
    child->process = std::make_unique<QProcess>();
    child->process->setProcessEnvironment(env);
    child->process->setProcessChannelMode(QProcess::MergedChannels);
    child->process->start(QStringLiteral(DD_SERVER_PATH), {});
    return child;
}

} // namespace

class TestServerCenters : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void createCenterOnTheCommandLine();
    void createCenterRefusals_data();
    void createCenterRefusals();
    void adminManagesStaff();
    void lastAdminStays();
    void staffManagementRefusals_data();
    void staffManagementRefusals();
    void joinCodeRotates();
    void applicantJoinsAndLeaves();
    void wrongRolesAndOtherCenters();
    void changesFeedFollowsTheCenter();
    void requestRateLimit();

private:
    using Command = dd::test::CommandResult;
    Command createCenter(const QStringList &arguments);
    // A new center named `name` with `admin` (logged in first) as its admin: its id and code.
    QPair<QString, QString> centerWith(const QString &name, const QString &admin);
    QString session(const QString &userName);

    HttpHeaders bearer(const QString &token) const
    {
        return {{"Authorization", "Bearer " + token.toLatin1()}};
    }
    HttpReply get(const QString &path, const QString &token)
    {
        return m_server.send("GET", path, {}, bearer(token));
    }
    HttpReply post(const QString &path, const QJsonObject &body, const QString &token)
    {
        return m_server.sendJson("POST", path, body, bearer(token));
    }
    HttpReply remove(const QString &path, const QString &token)
    {
        return m_server.send("DELETE", path, {}, bearer(token));
    }
    HttpReply putApplicant(const QString &uuid, const QString &label, const QString &token)
    {
        return m_server.sendJson("PUT", QStringLiteral("/api/v1/applicants/") + uuid,
                                 {{QStringLiteral("label"), label}},
                                 bearer(token) + HttpHeaders{{"If-Match", "\"0\""}});
    }
    // The applicant uuids of every change the account's feed gives from the start.
    QStringList feedApplicants(const QString &token);
    QStringList staffNames(const HttpReply &reply) const;

    ServerProcess m_server;
    QHash<QString, QString> m_sessions;
    // Center A (admin "a.admin") and B (admin "b.admin").
    QString m_centerA, m_codeA, m_centerB, m_codeB;
};

void TestServerCenters::initTestCase()
{
    // Two servers start at once on the empty database: both come up, at the latest schema
    // (one migrated, the other waited for the migration lock and found nothing to do).
    const QString database = m_server.databaseUrl();
    auto first = launch(database, {});
    auto second = launch(database, {});
    const bool firstUp = waitForPort(*first->process, first->port);
    const bool secondUp = waitForPort(*second->process, second->port);
    first->stop();
    second->stop();
    const QByteArray logs = first->process->readAll() + second->process->readAll();
    QVERIFY2(firstUp && secondUp, logs.right(3000).constData());
    QCOMPARE(logs.count("applied migration 1 "), 1);
    const QByteArray latest = "applied migration "
                              + QByteArray::number(dd::server::ServerMigrations::latestVersion())
                              + ' ';
    QCOMPARE(logs.count(latest), 1);
    QVERIFY(!logs.contains("cannot open the database"));

    const QString error = m_server.start(QStringLiteral(DD_SERVER_PATH));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const HttpReply health = m_server.send("GET", QStringLiteral("/api/v1/health"));
    QCOMPARE(health.json.value(u"database").toString(),
             m_server.onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    QCOMPARE(health.json.value(u"schemaVersion").toInt(),
             dd::server::ServerMigrations::latestVersion());

    std::tie(m_centerA, m_codeA) =
        centerWith(QStringLiteral("北京培训中心 A"), QStringLiteral("a.admin"));
    std::tie(m_centerB, m_codeB) =
        centerWith(QStringLiteral("Center B"), QStringLiteral("b.admin"));
    QVERIFY(!m_centerA.isEmpty() && !m_centerB.isEmpty());
}

void TestServerCenters::cleanupTestCase()
{
    const QByteArray log = m_server.log();
    m_server.stop();
    // Join codes and tokens stay out of the log.
    QVERIFY(!m_codeA.isEmpty() && !log.contains(m_codeA.toLatin1()));
    for (const QString &token : std::as_const(m_sessions)) {
        QVERIFY(!log.contains(token.toLatin1()));
    }
}

TestServerCenters::Command TestServerCenters::createCenter(const QStringList &arguments)
{
    return m_server.runCommand(QStringLiteral(DD_SERVER_PATH),
                               QStringList{QStringLiteral("create-center")} + arguments);
}

QString TestServerCenters::session(const QString &userName)
{
    if (!m_sessions.contains(userName)) {
        m_sessions.insert(userName, m_server.sessionFor(userName));
    }
    return m_sessions.value(userName);
}

QPair<QString, QString> TestServerCenters::centerWith(const QString &name, const QString &admin)
{
    if (session(admin).isEmpty()) {
        return {};
    }
    const Command made = createCenter({name, QStringLiteral("--admin"), admin});
    if (made.exitCode != 0) {
        qWarning().noquote() << "create-center:" << made.exitCode << made.err;
        return {};
    }
    static const QRegularExpression id(QStringLiteral("^id: (\\S+)$"),
                                       QRegularExpression::MultilineOption);
    static const QRegularExpression code(QStringLiteral("^joinCode: (\\S+)$"),
                                         QRegularExpression::MultilineOption);
    return {id.match(made.out).captured(1), code.match(made.out).captured(1)};
}

QStringList TestServerCenters::staffNames(const HttpReply &reply) const
{
    QStringList names;
    const QJsonArray staff = reply.json.value(u"center").toObject().value(u"staff").toArray();
    for (const QJsonValue &member : staff) {
        names.append(member[u"userName"].toString() + u':' + member[u"role"].toString());
    }
    return names;
}

QStringList TestServerCenters::feedApplicants(const QString &token)
{
    QStringList uuids;
    QString cursor = QStringLiteral("0");
    for (int page = 0; page < 100; ++page) {
        const HttpReply reply =
            get(QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(cursor), token);
        if (reply.status != 200) {
            qWarning() << "GET /changes answered" << reply.describe();
            return {QStringLiteral("error")};
        }
        const QJsonArray changes = reply.json.value(u"changes").toArray();
        for (const QJsonValue &change : changes) {
            if (change[u"entity"].toString() == u"applicant") {
                uuids.append(change[u"applicant"][u"uuid"].toString());
            } else {
                uuids.append(QStringLiteral("record:")
                             + change[u"record"][u"applicant"].toString());
            }
        }
        cursor = reply.json.value(u"cursor").toString();
        if (!reply.json.value(u"more").toBool()) {
            break;
        }
    }
    return uuids;
}

void TestServerCenters::createCenterOnTheCommandLine()
{
    // initTestCase made A and B that way: the admin sees its center, with the join code.
    const HttpReply center =
        get(QStringLiteral("/api/v1/center"), session(QStringLiteral("a.admin")));
    QCOMPARE(center.status, 200);
    const QJsonObject json = center.json.value(u"center").toObject();
    QCOMPARE(json.value(u"id").toString(), m_centerA);
    QCOMPARE(json.value(u"name").toString(), QStringLiteral("北京培训中心 A"));
    QCOMPARE(json.value(u"joinCode").toString(), m_codeA);
    QCOMPARE(m_codeA.size(), 10);
    QVERIFY(QRegularExpression(QStringLiteral("^[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{10}$"))
                .match(m_codeA)
                .hasMatch());
    QVERIFY(m_codeA != m_codeB);
    QCOMPARE(staffNames(center), QStringList{QStringLiteral("a.admin:admin")});
    // GET /me shows the role and the center.
    const HttpReply me = get(QStringLiteral("/api/v1/me"), session(QStringLiteral("a.admin")));
    QCOMPARE(me.json.value(u"role").toString(), QStringLiteral("admin"));
    QCOMPARE(me.json.value(u"centerId").toString(), m_centerA);

    // The options in another order, --admin=NAME, and a settings option.
    QVERIFY(!session(QStringLiteral("c.admin")).isEmpty());
    const Command made =
        createCenter({QStringLiteral("--admin=c.admin"), QStringLiteral("--database"),
                      m_server.databaseUrl(), QStringLiteral("Center C")});
    QCOMPARE(made.exitCode, 0);
    QVERIFY2(made.out.contains(QStringLiteral("joinCode: ")), qPrintable(made.out));
    QCOMPARE(get(QStringLiteral("/api/v1/center"), session(QStringLiteral("c.admin")))
                 .json.value(u"center")
                 .toObject()
                 .value(u"name")
                 .toString(),
             QStringLiteral("Center C"));

    const Command help = createCenter({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("--admin USERNAME")));
}

void TestServerCenters::createCenterRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no such user") << QStringList{QStringLiteral("X"), QStringLiteral("--admin"),
                                                 QStringLiteral("nobody.here")}
                                  << 1 << QStringLiteral("no account with the user name");
    QTest::newRow("not activated")
        << QStringList{QStringLiteral("X"), QStringLiteral("--admin"), QStringLiteral("not.active")}
        << 1 << QStringLiteral("not activated");
    QTest::newRow("already in a center")
        << QStringList{QStringLiteral("X"), QStringLiteral("--admin"), QStringLiteral("a.admin")}
        << 1 << QStringLiteral("already belongs to a center");
    QTest::newRow("no --admin") << QStringList{QStringLiteral("X")} << 2
                                << QStringLiteral("needs the center's name and --admin");
    QTest::newRow("no name") << QStringList{QStringLiteral("--admin"), QStringLiteral("a.admin")}
                             << 2 << QStringLiteral("needs the center's name");
    QTest::newRow("two names") << QStringList{QStringLiteral("X"), QStringLiteral("Y"),
                                              QStringLiteral("--admin"), QStringLiteral("a")}
                               << 2 << QStringLiteral("unexpected argument \"Y\"");
    QTest::newRow("a bad setting")
        << QStringList{QStringLiteral("X"), QStringLiteral("--admin"), QStringLiteral("a"),
                       QStringLiteral("--database"), QStringLiteral("mysql://x")}
        << 2 << QStringLiteral("DD_SERVER_DATABASE");
}

void TestServerCenters::createCenterRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (QLatin1String(QTest::currentDataTag()) == QLatin1String("not activated")) {
        // Registered, never activated.
        dd::domain::Registration r = dd::test::validRegistration();
        r.userName = QStringLiteral("not.active");
        r.email = QStringLiteral("not.active@qq.com");
        r.emailConfirm = r.email;
        const HttpReply created =
            m_server.sendJson("POST", QStringLiteral("/api/v1/accounts"), r.toJson());
        QVERIFY(created.status == 201 || created.status == 409);
    }
    const Command made = createCenter(arguments);
    QCOMPARE(made.exitCode, exitCode);
    QVERIFY2(made.err.contains(message), qPrintable(made.err));
    QVERIFY(made.out.isEmpty());
}

void TestServerCenters::adminManagesStaff()
{
    const QString admin = session(QStringLiteral("a.admin"));
    QVERIFY(!session(QStringLiteral("a.staff")).isEmpty());
    QVERIFY(!session(QStringLiteral("a.second")).isEmpty());
    // Before: an applicant, refused the center.
    QCOMPARE(get(QStringLiteral("/api/v1/center"), session(QStringLiteral("a.staff"))).status, 403);

    HttpReply added = post(QStringLiteral("/api/v1/center/staff"),
                           {{QStringLiteral("userName"), QStringLiteral("A.Staff")},
                            {QStringLiteral("role"), QStringLiteral("staff")}},
                           admin);
    QCOMPARE(added.status, 201);
    QCOMPARE(staffNames(added),
             (QStringList{QStringLiteral("a.admin:admin"), QStringLiteral("a.staff:staff")}));
    added = post(QStringLiteral("/api/v1/center/staff"),
                 {{QStringLiteral("userName"), QStringLiteral("a.second")},
                  {QStringLiteral("role"), QStringLiteral("admin")}},
                 admin);
    QCOMPARE(added.status, 201);
    QCOMPARE(staffNames(added),
             (QStringList{QStringLiteral("a.admin:admin"), QStringLiteral("a.second:admin"),
                          QStringLiteral("a.staff:staff")}));

    // The staff member sees the center, without the join code.
    const HttpReply seen =
        get(QStringLiteral("/api/v1/center"), session(QStringLiteral("a.staff")));
    QCOMPARE(seen.status, 200);
    QCOMPARE(seen.json.value(u"center").toObject().value(u"id").toString(), m_centerA);
    QVERIFY(!seen.json.value(u"center").toObject().contains(u"joinCode"));
    QCOMPARE(staffNames(seen).size(), 3);

    // Removing: back to an applicant in no center.
    const HttpReply removed = remove(QStringLiteral("/api/v1/center/staff/a.second"), admin);
    QCOMPARE(removed.status, 200);
    QCOMPARE(staffNames(removed),
             (QStringList{QStringLiteral("a.admin:admin"), QStringLiteral("a.staff:staff")}));
    const HttpReply me = get(QStringLiteral("/api/v1/me"), session(QStringLiteral("a.second")));
    QCOMPARE(me.json.value(u"role").toString(), QStringLiteral("applicant"));
    QVERIFY(me.json.value(u"centerId").isNull());
    QCOMPARE(get(QStringLiteral("/api/v1/center"), session(QStringLiteral("a.second"))).status,
             403);
    // Gone already: not one of the center's.
    QCOMPARE(remove(QStringLiteral("/api/v1/center/staff/a.second"), admin).errorCode(),
             QStringLiteral("notFound"));
}

void TestServerCenters::lastAdminStays()
{
    const QString admin = session(QStringLiteral("b.admin"));
    const HttpReply refused = remove(QStringLiteral("/api/v1/center/staff/b.admin"), admin);
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), QStringLiteral("lastAdmin"));
    QCOMPARE(get(QStringLiteral("/api/v1/me"), admin).json.value(u"role").toString(),
             QStringLiteral("admin"));

    // With a second admin, the first may go (itself: 204, it sees the center no more).
    QVERIFY(!session(QStringLiteral("b.heir")).isEmpty());
    QCOMPARE(post(QStringLiteral("/api/v1/center/staff"),
                  {{QStringLiteral("userName"), QStringLiteral("b.heir")},
                   {QStringLiteral("role"), QStringLiteral("admin")}},
                  admin)
                 .status,
             201);
    QCOMPARE(remove(QStringLiteral("/api/v1/center/staff/b.admin"), admin).status, 204);
    QCOMPARE(get(QStringLiteral("/api/v1/center"), admin).status, 403);
    // Now the heir is the last one; it takes the first back as admin.
    const QString heir = session(QStringLiteral("b.heir"));
    QCOMPARE(remove(QStringLiteral("/api/v1/center/staff/b.heir"), heir).errorCode(),
             QStringLiteral("lastAdmin"));
    QCOMPARE(post(QStringLiteral("/api/v1/center/staff"),
                  {{QStringLiteral("userName"), QStringLiteral("b.admin")},
                   {QStringLiteral("role"), QStringLiteral("admin")}},
                  heir)
                 .status,
             201);
    QCOMPARE(get(QStringLiteral("/api/v1/center"), admin).status, 200);
}

void TestServerCenters::staffManagementRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    QTest::newRow("no such account")
        << QJsonObject{{QStringLiteral("userName"), QStringLiteral("nobody.at.all")},
                       {QStringLiteral("role"), QStringLiteral("staff")}}
        << 404 << QStringLiteral("accountNotFound") << QStringLiteral("userName");
    QTest::newRow("not activated")
        << QJsonObject{{QStringLiteral("userName"), QStringLiteral("not.active")},
                       {QStringLiteral("role"), QStringLiteral("staff")}}
        << 409 << QStringLiteral("notActivated") << QStringLiteral("userName");
    QTest::newRow("staff of another center")
        << QJsonObject{{QStringLiteral("userName"), QStringLiteral("b.admin")},
                       {QStringLiteral("role"), QStringLiteral("staff")}}
        << 409 << QStringLiteral("inACenter") << QStringLiteral("userName");
    QTest::newRow("a role that is none")
        << QJsonObject{{QStringLiteral("userName"), QStringLiteral("a.second")},
                       {QStringLiteral("role"), QStringLiteral("owner")}}
        << 400 << QStringLiteral("invalidField") << QStringLiteral("role");
    QTest::newRow("applicant is no staff role")
        << QJsonObject{{QStringLiteral("userName"), QStringLiteral("a.second")},
                       {QStringLiteral("role"), QStringLiteral("applicant")}}
        << 400 << QStringLiteral("invalidField") << QStringLiteral("role");
    QTest::newRow("no role") << QJsonObject{{QStringLiteral("userName"), QStringLiteral("x")}}
                             << 400 << QStringLiteral("missingField") << QStringLiteral("role");
    QTest::newRow("unknown field")
        << QJsonObject{{QStringLiteral("userName"), QStringLiteral("x")},
                       {QStringLiteral("role"), QStringLiteral("staff")},
                       {QStringLiteral("center"), QStringLiteral("B")}}
        << 400 << QStringLiteral("unknownField") << QStringLiteral("center");
}

void TestServerCenters::staffManagementRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const HttpReply reply =
        post(QStringLiteral("/api/v1/center/staff"), body, session(QStringLiteral("a.admin")));
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    QCOMPARE(reply.errorField(), field);
}

void TestServerCenters::joinCodeRotates()
{
    const QString admin = session(QStringLiteral("c.admin"));
    const QString old =
        get(QStringLiteral("/api/v1/center"), admin).json[u"center"][u"joinCode"].toString();
    QCOMPARE(old.size(), 10);
    const HttpReply rotated = post(QStringLiteral("/api/v1/center/join-code"), {}, admin);
    QCOMPARE(rotated.status, 200);
    const QString code = rotated.json.value(u"joinCode").toString();
    QCOMPARE(code.size(), 10);
    QVERIFY(code != old);
    QCOMPARE(get(QStringLiteral("/api/v1/center"), admin).json[u"center"][u"joinCode"].toString(),
             code);

    QVERIFY(!session(QStringLiteral("c.applicant")).isEmpty());
    const QString applicant = session(QStringLiteral("c.applicant"));
    const HttpReply stale =
        post(QStringLiteral("/api/v1/me/center"), {{QStringLiteral("joinCode"), old}}, applicant);
    QCOMPARE(stale.status, 404);
    QCOMPARE(stale.errorCode(), QStringLiteral("unknownJoinCode"));
    // Typed as people type it: lower case, with a hyphen and a space.
    const QString typed = code.left(5).toLower() + QStringLiteral("- ") + code.mid(5);
    const HttpReply joined =
        post(QStringLiteral("/api/v1/me/center"), {{QStringLiteral("joinCode"), typed}}, applicant);
    QCOMPARE(joined.status, 200);
    QCOMPARE(joined.json[u"center"][u"name"].toString(), QStringLiteral("Center C"));
    QVERIFY(!joined.json[u"center"].toObject().contains(u"joinCode"));
}

void TestServerCenters::applicantJoinsAndLeaves()
{
    const QString applicant = session(QStringLiteral("a.applicant"));
    QVERIFY(!applicant.isEmpty());
    const QString staff = session(QStringLiteral("a.staff"));

    const HttpReply joined = post(QStringLiteral("/api/v1/me/center"),
                                  {{QStringLiteral("joinCode"), m_codeA}}, applicant);
    QCOMPARE(joined.status, 200);
    QCOMPARE(joined.json[u"center"][u"id"].toString(), m_centerA);
    HttpReply me = get(QStringLiteral("/api/v1/me"), applicant);
    QCOMPARE(me.json.value(u"centerId").toString(), m_centerA);
    QCOMPARE(me.json.value(u"role").toString(), QStringLiteral("applicant"));
    // Joining again changes nothing; another center's code while in one is refused.
    QCOMPARE(post(QStringLiteral("/api/v1/me/center"), {{QStringLiteral("joinCode"), m_codeA}},
                  applicant)
                 .status,
             200);
    const HttpReply other = post(QStringLiteral("/api/v1/me/center"),
                                 {{QStringLiteral("joinCode"), m_codeB}}, applicant);
    QCOMPARE(other.status, 409);
    QCOMPARE(other.errorCode(), QStringLiteral("inACenter"));
    // The applicant is not staff: the center's page stays closed to it, and it is not listed.
    QCOMPARE(get(QStringLiteral("/api/v1/center"), applicant).status, 403);
    QVERIFY(!staffNames(get(QStringLiteral("/api/v1/center"), staff))
                 .contains(QStringLiteral("a.applicant:applicant")));
    // An applicant who joined is in a center: not made staff by an admin.
    QCOMPARE(post(QStringLiteral("/api/v1/center/staff"),
                  {{QStringLiteral("userName"), QStringLiteral("a.applicant")},
                   {QStringLiteral("role"), QStringLiteral("staff")}},
                  session(QStringLiteral("a.admin")))
                 .errorCode(),
             QStringLiteral("inACenter"));

    QCOMPARE(remove(QStringLiteral("/api/v1/me/center"), applicant).status, 204);
    me = get(QStringLiteral("/api/v1/me"), applicant);
    QVERIFY(me.json.value(u"centerId").isNull());
    // Leaving when in none: nothing to do.
    QCOMPARE(remove(QStringLiteral("/api/v1/me/center"), applicant).status, 204);
    // Now B's code works.
    QCOMPARE(post(QStringLiteral("/api/v1/me/center"), {{QStringLiteral("joinCode"), m_codeB}},
                  applicant)
                 .json[u"center"][u"id"]
                 .toString(),
             m_centerB);
    QCOMPARE(remove(QStringLiteral("/api/v1/me/center"), applicant).status, 204);
}

void TestServerCenters::wrongRolesAndOtherCenters()
{
    const QString applicant = session(QStringLiteral("a.applicant"));
    const QString staff = session(QStringLiteral("a.staff"));
    const QString adminA = session(QStringLiteral("a.admin"));
    const QString adminB = session(QStringLiteral("b.admin"));
    const QJsonObject addBody{{QStringLiteral("userName"), QStringLiteral("a.second")},
                              {QStringLiteral("role"), QStringLiteral("staff")}};

    // 403: a wrong role for the action.
    QCOMPARE(get(QStringLiteral("/api/v1/center"), applicant).errorCode(),
             QStringLiteral("forbidden"));
    for (const QString &token : {applicant, staff}) {
        QCOMPARE(post(QStringLiteral("/api/v1/center/staff"), addBody, token).status, 403);
        QCOMPARE(remove(QStringLiteral("/api/v1/center/staff/a.admin"), token).status, 403);
        QCOMPARE(post(QStringLiteral("/api/v1/center/join-code"), {}, token).status, 403);
    }
    for (const QString &token : {staff, adminA}) {
        const HttpReply join = post(QStringLiteral("/api/v1/me/center"),
                                    {{QStringLiteral("joinCode"), m_codeB}}, token);
        QCOMPARE(join.status, 403);
        QCOMPARE(join.errorCode(), QStringLiteral("forbidden"));
        QCOMPARE(remove(QStringLiteral("/api/v1/me/center"), token).status, 403);
    }
    // 401 without a session.
    QCOMPARE(get(QStringLiteral("/api/v1/center"), QString()).status, 401);
    QCOMPARE(post(QStringLiteral("/api/v1/me/center"), {{QStringLiteral("joinCode"), m_codeA}},
                  QStringLiteral("not-a-token"))
                 .status,
             401);

    // 404: the staff of another center are not there to remove.
    const HttpReply otherStaff = remove(QStringLiteral("/api/v1/center/staff/a.staff"), adminB);
    QCOMPARE(otherStaff.status, 404);
    QCOMPARE(otherStaff.errorCode(), QStringLiteral("notFound"));
    QCOMPARE(remove(QStringLiteral("/api/v1/center/staff/a.admin"), adminB).status, 404);
    QCOMPARE(remove(QStringLiteral("/api/v1/center/staff/nobody.at.all"), adminB).status, 404);
    // ... and the same answer for an applicant of no center.
    QCOMPARE(remove(QStringLiteral("/api/v1/center/staff/a.applicant"), adminB).status, 404);
    // Each admin sees its own center only.
    const HttpReply b = get(QStringLiteral("/api/v1/center"), adminB);
    QCOMPARE(b.json[u"center"][u"id"].toString(), m_centerB);
    QVERIFY(!staffNames(b).join(u' ').contains(QStringLiteral("a.")));
}

void TestServerCenters::changesFeedFollowsTheCenter()
{
    // The records endpoints: an applicant's own applicants go with it to the center it joins.
    const QString owner = session(QStringLiteral("feed.applicant"));
    QVERIFY(!owner.isEmpty());
    const QString staffA = session(QStringLiteral("a.staff"));
    const QString adminB = session(QStringLiteral("b.admin"));
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpReply created = putApplicant(uuid, QStringLiteral("王磊"), owner);
    QVERIFY2(created.status == 201, created.describe().constData());
    QVERIFY(created.json[u"applicant"][u"center"].isNull());
    const QString record = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const HttpReply basic =
        m_server.sendJson("PUT", QStringLiteral("/api/v1/records/") + record,
                          {{QStringLiteral("applicant"), uuid},
                           {QStringLiteral("kind"), QStringLiteral("basicInfo")},
                           {QStringLiteral("body"), dd::test::validBasicInfo().toJson()}},
                          bearer(owner) + HttpHeaders{{"If-Match", "\"0\""}});
    QVERIFY2(basic.status == 201, basic.describe().constData());
    QVERIFY(!feedApplicants(staffA).contains(uuid));

    // Staff of A pull from where they were: the joined applicant arrives.
    const HttpReply before = get(QStringLiteral("/api/v1/changes?since=0&limit=1000"), staffA);
    QCOMPARE(before.status, 200);
    QCOMPARE(
        post(QStringLiteral("/api/v1/me/center"), {{QStringLiteral("joinCode"), m_codeA}}, owner)
            .status,
        200);
    const HttpReply after = get(QStringLiteral("/api/v1/changes?since=%1&limit=1000")
                                    .arg(before.json.value(u"cursor").toString()),
                                staffA);
    QCOMPARE(after.status, 200);
    // The applicant, then its record (both re-sequenced after the cursor), versions unchanged.
    const QJsonArray changes = after.json.value(u"changes").toArray();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0)[u"entity"].toString(), QStringLiteral("applicant"));
    QCOMPARE(changes.at(0)[u"applicant"][u"uuid"].toString(), uuid);
    QCOMPARE(changes.at(0)[u"applicant"][u"center"].toString(), m_centerA);
    QCOMPARE(changes.at(0)[u"applicant"][u"version"].toInteger(), 1);
    QCOMPARE(changes.at(1)[u"entity"].toString(), QStringLiteral("record"));
    QCOMPARE(changes.at(1)[u"record"][u"uuid"].toString(), record);
    QCOMPARE(changes.at(1)[u"record"][u"version"].toInteger(), 1);
    QCOMPARE(feedApplicants(staffA).count(uuid), 1);
    QVERIFY(!feedApplicants(adminB).contains(uuid));
    QVERIFY(!feedApplicants(adminB).contains(QStringLiteral("record:") + uuid));
    // The staff of A see it, the staff of B do not (404, not 403).
    QCOMPARE(get(QStringLiteral("/api/v1/applicants/") + uuid, staffA).status, 200);
    QCOMPARE(get(QStringLiteral("/api/v1/applicants/") + uuid, adminB).status, 404);
    // The owner's own feed shows the center too.
    const HttpReply mine = get(QStringLiteral("/api/v1/applicants/") + uuid, owner);
    QCOMPARE(mine.json[u"applicant"][u"center"].toString(), m_centerA);

    // Leaving: the applicant loses the center; the staff no longer reach it.
    QCOMPARE(remove(QStringLiteral("/api/v1/me/center"), owner).status, 204);
    QCOMPARE(get(QStringLiteral("/api/v1/applicants/") + uuid, staffA).status, 404);
    QVERIFY(get(QStringLiteral("/api/v1/applicants/") + uuid, owner)
                .json[u"applicant"][u"center"]
                .isNull());
}

void TestServerCenters::requestRateLimit()
{
    // A second server on the same database with small limits (the suite's server has none:
    // test mode without the settings).
    QProcessEnvironment env;
    env.insert(QStringLiteral("DD_SERVER_RATE_ADDRESS"), QStringLiteral("5"));
    env.insert(QStringLiteral("DD_SERVER_RATE_ACCOUNT"), QStringLiteral("3"));
    env.insert(QStringLiteral("DD_SERVER_TRUSTED_PROXIES"), QStringLiteral("127.0.0.1"));
    auto limited = launch(m_server.databaseUrl(), env);
    QVERIFY(waitForPort(*limited->process, limited->port));
    QNetworkAccessManager network;
    const auto send = [&](const HttpHeaders &headers) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1/api/v1/me").arg(limited->port)));
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    };

    // Per address (behind the trusted proxy 127.0.0.1: the address X-Forwarded-For names):
    // 5 at once, then 429 with Retry-After (12 s for the next of 5 a minute).
    const HttpHeaders fromX{{"X-Forwarded-For", "203.0.113.10"}};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(send(fromX).status, 401);
    }
    const HttpReply refused = send(fromX);
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), QStringLiteral("tooManyRequests"));
    const int retryAfter = refused.header("Retry-After").toInt();
    QVERIFY2(retryAfter >= 11 && retryAfter <= 12, refused.header("Retry-After").constData());
    // Another address is counted apart.
    QCOMPARE(send({{"X-Forwarded-For", "203.0.113.11"}}).status, 401);

    // Per account: 3 with one account's session, from addresses all different.
    const QString token = session(QStringLiteral("busy.applicant"));
    QVERIFY(!token.isEmpty());
    const auto asAccount = [&](int i) {
        return send({{"Authorization", "Bearer " + token.toLatin1()},
                     {"X-Forwarded-For", "198.51.100." + QByteArray::number(i)}});
    };
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(asAccount(i).status, 200);
    }
    const HttpReply tooMany = asAccount(10);
    QCOMPARE(tooMany.status, 429);
    QVERIFY(tooMany.json[u"error"][u"message"].toString().contains(QStringLiteral("account")));
    QVERIFY(tooMany.header("Retry-After").toInt() >= 1);
    // Another account from there is fine.
    QCOMPARE(send({{"Authorization", "Bearer " + session(QStringLiteral("a.staff")).toLatin1()},
                   {"X-Forwarded-For", "198.51.100.11"}})
                 .status,
             200);

    limited->stop();
    const QByteArray log = limited->process->readAll();
    QVERIFY(log.contains("request rate limit reached by address 203.0.113.10"));
    QVERIFY(!log.contains(token.toLatin1()));
}

QTEST_GUILESS_MAIN(TestServerCenters)
#include "TestServerCenters.moc"
