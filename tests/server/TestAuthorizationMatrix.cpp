// Who may do what, against the real degreedesk-server (tests/support/ServerProcess.h: the built
// binary on loopback in test mode, SQLite or the PostgreSQL of scripts/with-postgres, with an
// aiosmtpd sink). Two centers, A and B, each with an admin, a staff member and an applicant who
// joined with the join code; an applicant in no center; the anonymous caller; a session that
// was ended. Every endpoint of server/API.md whose answer depends on who asks is one line of
// the table below with the status each of them gets; then the changes feed of each shows
// nothing of another center or another applicant, and idempotency keys stay each account's.
//
// The table is the documentation (server/API.md "Authorization" is its summary): a line is
// one request, a column one caller, each cell the status. A request reaches a thing made fresh
// for that cell (the placeholders below), so that the cells do not depend on one another.

#include "support/SampleRecords.h"
#include "support/ServerProcess.h"

#include <QJsonArray>
#include <QSet>
#include <QUuid>

#include <array>
#include <tuple>

using namespace dd::test;

namespace {

// The callers, the columns of the table.
enum Actor {
    Anonymous,     // no Authorization header
    ApplicantA,    // an applicant who joined center A: the owner of {A1}
    ApplicantB,    // an applicant who joined center B
    ApplicantNone, // an applicant in no center: the owner of {N1}
    StaffA,
    AdminA,
    StaffB,
    AdminB,
    Ended, // the token of a session of admin A that was logged out
    ActorCount
};

const char *const ActorNames[ActorCount] = {
    "anonymous", "applicant A", "applicant B", "applicant, no center", "staff A",
    "admin A",   "staff B",     "admin B",     "ended session",
};

// The accounts of the actors (none for Anonymous; Ended is admin A's other session).
const char *const UserNames[ActorCount] = {
    nullptr,   "a.applicant", "b.applicant", "n.applicant", "a.staff",
    "a.admin", "b.staff",     "b.admin",     "a.admin",
};

struct Rule
{
    const char *method;
    const char *path; // under /api/v1, with placeholders
    const char *ifMatch;
    const char *body; // JSON with placeholders; nullptr: no body
    std::array<int, ActorCount> expected;
};

// Placeholders, each made fresh for the cell that uses it:
//   {A1}      an applicant of center A that applicant A made (and owns)
//   {A2}      an applicant of center A that staff A made (no owner)
//   {N1}      an applicant that the applicant in no center made (center null)
//   {R1}      a basicInfo record of {A1}, version 1
//   {D1}      a draft degree application of {A1}, version 1
//   {S1}      a degree application of {A1} that applicant A submitted, version 2
//   {new}     a UUID nothing has
//   {staffA}  the user name of a new staff member of center A
//   {free}    the user name of a new activated applicant in no center
//   {codeA}   center A's join code (as it is now)
//   {basicInfo}, {approved}: a basicInfo body; {S1}'s body with an `approve` entry added
//   {password}, {EMAIL}: the caller's password; its e-mail address in upper case
// "session" as If-Match: the request is sent with a second session of the caller, just made.
const Rule Rules[] = {
    // clang-format off
    //                                                                                          anon appA appB appN stA  adA  stB  adB  ended
    // --- applicants: visible to their owner (applicant accounts) or their center's staff and admins
    {"GET",    "/applicants/{A1}",           nullptr, nullptr,                                  {401, 200, 404, 404, 200, 200, 404, 404, 401}},
    {"GET",    "/applicants/{A2}",           nullptr, nullptr,                                  {401, 404, 404, 404, 200, 200, 404, 404, 401}},
    {"GET",    "/applicants/{N1}",           nullptr, nullptr,                                  {401, 404, 404, 200, 404, 404, 404, 404, 401}},
    {"GET",    "/applicants/{new}",          nullptr, nullptr,                                  {401, 404, 404, 404, 404, 404, 404, 404, 401}},
    {"PUT",    "/applicants/{new}",          "\"0\"", R"({"label": "新学员"})",                  {401, 201, 201, 201, 201, 201, 201, 201, 401}},
    {"PUT",    "/applicants/{A1}",           "\"1\"", R"({"label": "改名"})",                    {401, 200, 404, 404, 200, 200, 404, 404, 401}},
    {"PUT",    "/applicants/{A1}",           "\"0\"", R"({"label": "改名"})",                    {401, 409, 404, 404, 409, 409, 404, 404, 401}},
    {"PUT",    "/applicants/{A2}",           "\"1\"", R"({"label": "改名"})",                    {401, 404, 404, 404, 200, 200, 404, 404, 401}},
    {"PUT",    "/applicants/{N1}",           "\"1\"", R"({"label": "改名"})",                    {401, 404, 404, 200, 404, 404, 404, 404, 401}},
    {"DELETE", "/applicants/{A1}",           "\"1\"", nullptr,                                  {401, 200, 404, 404, 200, 200, 404, 404, 401}},
    {"DELETE", "/applicants/{N1}",           "\"1\"", nullptr,                                  {401, 404, 404, 200, 404, 404, 404, 404, 401}},
    // --- records: as their applicant
    {"PUT",    "/records/{new}",             "\"0\"", R"({"applicant": "{A1}", "kind": "basicInfo", "body": {basicInfo}})",
                                                                                                {401, 201, 404, 404, 201, 201, 404, 404, 401}},
    {"PUT",    "/records/{R1}",              "\"1\"", R"({"applicant": "{A1}", "kind": "basicInfo", "body": {basicInfo}})",
                                                                                                {401, 200, 404, 404, 200, 200, 404, 404, 401}},
    {"PUT",    "/records/{R1}",              "\"0\"", R"({"applicant": "{A1}", "kind": "basicInfo", "body": {basicInfo}})",
                                                                                                {401, 409, 404, 404, 409, 409, 404, 404, 401}},
    {"DELETE", "/records/{R1}",              "\"1\"", nullptr,                                  {401, 200, 404, 404, 200, 200, 404, 404, 401}},
    // an applicant's action (submit) and an institution's (approve), as an action or pushed
    {"POST",   "/records/{D1}/actions",      "\"1\"", R"({"action": "submit"})",                {401, 200, 404, 404, 200, 200, 404, 404, 401}},
    {"POST",   "/records/{S1}/actions",      "\"2\"", R"({"action": "approve"})",               {401, 403, 404, 404, 200, 200, 404, 404, 401}},
    {"PUT",    "/records/{S1}",              "\"2\"", R"({"applicant": "{A1}", "kind": "degreeApplication", "body": {approved}})",
                                                                                                {401, 403, 404, 404, 200, 200, 404, 404, 401}},
    // the feed answers everyone logged in, with what each may see (changesFeedShowsNoOtherScope)
    {"GET",    "/changes?since=0",           nullptr, nullptr,                                  {401, 200, 200, 200, 200, 200, 200, 200, 401}},
    // --- centers: staff and admins see theirs; admins manage staff and the join code
    {"GET",    "/center",                    nullptr, nullptr,                                  {401, 403, 403, 403, 200, 200, 200, 200, 401}},
    {"POST",   "/center/staff",              nullptr, R"({"userName": "{free}", "role": "staff"})",
                                                                                                {401, 403, 403, 403, 403, 201, 403, 201, 401}},
    {"DELETE", "/center/staff/{staffA}",     nullptr, nullptr,                                  {401, 403, 403, 403, 403, 200, 403, 404, 401}},
    {"POST",   "/center/join-code",          nullptr, "{}",                                     {401, 403, 403, 403, 403, 200, 403, 200, 401}},
    // applicants join (A's code: A's own applicant is in A already; B's must leave B first) and leave
    {"POST",   "/me/center",                 nullptr, R"({"joinCode": "{codeA}"})",             {401, 200, 409, 200, 403, 403, 403, 403, 401}},
    {"DELETE", "/me/center",                 nullptr, nullptr,                                  {401, 204, 204, 204, 403, 403, 403, 403, 401}},
    // --- the account itself: anyone with a live session, on their own account only
    {"GET",    "/me",                        nullptr, nullptr,                                  {401, 200, 200, 200, 200, 200, 200, 200, 401}},
    {"PUT",    "/me/mobile",                 nullptr, R"({"mobile": "13912345678"})",           {401, 200, 200, 200, 200, 200, 200, 200, 401}},
    {"PUT",    "/me/email",                  nullptr, R"({"email": "{EMAIL}", "password": "{password}"})",
                                                                                                {401, 200, 200, 200, 200, 200, 200, 200, 401}},
    {"PUT",    "/me/password",               nullptr, R"({"currentPassword": "{password}", "newPassword": "{password}"})",
                                                                                                {401, 204, 204, 204, 204, 204, 204, 204, 401}},
    {"DELETE", "/sessions/current",          "session", nullptr,                                {401, 204, 204, 204, 204, 204, 204, 204, 401}},
    // clang-format on
};
constexpr int RuleCount = int(std::size(Rules));

// The error code each refusal carries.
QString codeOf(int status, const Rule &rule)
{
    switch (status) {
    case 401:
        return QStringLiteral("unauthenticated");
    case 403:
        return QStringLiteral("forbidden");
    case 404:
        return QStringLiteral("notFound");
    case 409:
        return QLatin1String(rule.path).startsWith(QLatin1String("/me/center"))
                   ? QStringLiteral("inACenter")
                   : QStringLiteral("versionConflict");
    default:
        return {};
    }
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestAuthorizationMatrix : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void matrix_data();
    void matrix();
    void changesFeedShowsNoOtherScope();
    void idempotencyKeysStayTheAccounts();
    void joinCodeOnlyForAdmins();

private:
    using Command = dd::test::CommandResult;
    Command createCenter(const QStringList &arguments);
    QString login(const QString &userName);
    QString token(Actor actor) const { return m_tokens[actor]; }
    static HttpHeaders auth(const QString &token, const QByteArray &ifMatch = {},
                            const QByteArray &key = {})
    {
        HttpHeaders headers;
        if (!token.isEmpty()) {
            headers.append({"Authorization", "Bearer " + token.toLatin1()});
        }
        if (!ifMatch.isEmpty()) {
            headers.append({"If-Match", ifMatch});
        }
        if (!key.isEmpty()) {
            headers.append({"Idempotency-Key", key});
        }
        return headers;
    }
    HttpReply call(const QByteArray &method, const QString &path, const QString &token,
                   const QByteArray &body = {}, const QByteArray &ifMatch = {},
                   const QByteArray &key = {})
    {
        HttpHeaders headers = auth(token, ifMatch, key);
        if (!body.isNull()) {
            headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
        }
        return m_server.send(method, QStringLiteral("/api/v1") + path, body, headers);
    }
    // A new applicant made by `actor`, and a record of it: their uuids ({} when refused).
    QString applicantOf(Actor actor);
    QString recordOf(const QString &applicant, Actor actor, const QString &kind,
                     const QJsonObject &body);
    // Replaces the placeholders of `text` (made once per cell, in `made`).
    QString expand(const QString &text, Actor actor, QHash<QString, QString> &made);
    QString make(const QString &name, Actor actor, QHash<QString, QString> &made);
    // Back to the start: applicant A in A, applicant B in B, the third in none.
    bool restoreMemberships();
    QString joinCode(Actor admin);
    // Every change the actor's feed gives from the start.
    QJsonArray feed(Actor actor);

    ServerProcess m_server;
    std::array<QString, ActorCount> m_tokens;
    QString m_centerA, m_centerB;
    int m_fresh = 0;
    quint32 m_seed = 90000;
};

void TestAuthorizationMatrix::initTestCase()
{
    const QString started = m_server.start(QStringLiteral(DD_SERVER_PATH));
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QCOMPARE(m_server.send("GET", QStringLiteral("/api/v1/health")).json[u"database"].toString(),
             m_server.onPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
    for (int actor = ApplicantA; actor < Ended; ++actor) {
        m_tokens[actor] = m_server.sessionFor(QLatin1String(UserNames[actor]));
        QVERIFY2(!m_tokens[actor].isEmpty(), UserNames[actor]);
    }
    // The two centers, made on the command line with their admins.
    static const QRegularExpression id(QStringLiteral("^id: (\\S+)$"),
                                       QRegularExpression::MultilineOption);
    for (auto [admin, name, center] :
         {std::tuple{AdminA, "Center A", &m_centerA}, std::tuple{AdminB, "Center B", &m_centerB}}) {
        const Command made = createCenter(
            {QLatin1String(name), QStringLiteral("--admin"), QLatin1String(UserNames[admin])});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        *center = id.match(made.out).captured(1);
        QVERIFY(!center->isEmpty());
    }
    // Their staff, and their applicants joined with the join codes.
    for (auto [admin, staff] : {std::pair{AdminA, StaffA}, std::pair{AdminB, StaffB}}) {
        const HttpReply added =
            call("POST", QStringLiteral("/center/staff"), token(admin),
                 QByteArray(R"({"userName": ")") + UserNames[staff] + R"(", "role": "staff"})");
        QVERIFY2(added.status == 201, added.describe().constData());
    }
    QVERIFY(restoreMemberships());
    QCOMPARE(call("GET", QStringLiteral("/me"), token(ApplicantA)).json[u"centerId"].toString(),
             m_centerA);
    QCOMPARE(call("GET", QStringLiteral("/me"), token(ApplicantB)).json[u"centerId"].toString(),
             m_centerB);
    QCOMPARE(call("GET", QStringLiteral("/me"), token(StaffB)).json[u"role"].toString(),
             QStringLiteral("staff"));
    // The ended session: admin A's second session, logged out.
    m_tokens[Ended] = login(QLatin1String(UserNames[Ended]));
    QCOMPARE(call("GET", QStringLiteral("/me"), token(Ended)).status, 200);
    QCOMPARE(call("DELETE", QStringLiteral("/sessions/current"), token(Ended)).status, 204);
}

void TestAuthorizationMatrix::cleanupTestCase()
{
    if (qEnvironmentVariableIsSet("DD_TEST_SHOW_SERVER_LOG")) {
        qInfo().noquote() << m_server.log();
    }
    m_server.stop();
}

TestAuthorizationMatrix::Command TestAuthorizationMatrix::createCenter(const QStringList &arguments)
{
    return m_server.runCommand(QStringLiteral(DD_SERVER_PATH),
                               QStringList{QStringLiteral("create-center")} + arguments);
}

QString TestAuthorizationMatrix::login(const QString &userName)
{
    const quint32 seed = m_seed++;
    const HttpReply captcha =
        m_server.send("GET", QStringLiteral("/api/v1/captcha?seed=%1").arg(seed));
    const HttpReply session = m_server.sendJson(
        "POST", QStringLiteral("/api/v1/sessions"),
        {{QStringLiteral("userName"), userName},
         {QStringLiteral("password"), validRegistration().password},
         {QStringLiteral("captchaId"), captcha.json.value(u"id").toString()},
         {QStringLiteral("captchaAnswer"), dd::server::Captcha::make(seed).answer}},
        {{"X-DD-Testing-Client", "198.51.100.7"}});
    if (session.status != 201) {
        qWarning() << "login answered" << session.describe();
    }
    return session.json.value(u"token").toString();
}

QString TestAuthorizationMatrix::joinCode(Actor admin)
{
    return call("GET", QStringLiteral("/center"), token(admin))
        .json[u"center"][u"joinCode"]
        .toString();
}

bool TestAuthorizationMatrix::restoreMemberships()
{
    const auto join = [this](Actor applicant, Actor admin) {
        const QByteArray body = R"({"joinCode": ")" + joinCode(admin).toLatin1() + R"("})";
        const HttpReply joined = call("POST", QStringLiteral("/me/center"), token(applicant), body);
        if (joined.status != 200) {
            qWarning() << UserNames[applicant] << "could not join:" << joined.describe();
        }
        return joined.status == 200;
    };
    const auto leave = [this](Actor applicant) {
        return call("DELETE", QStringLiteral("/me/center"), token(applicant)).status == 204;
    };
    return leave(ApplicantNone) && join(ApplicantA, AdminA) && join(ApplicantB, AdminB);
}

QString TestAuthorizationMatrix::applicantOf(Actor actor)
{
    const QString id = newId();
    const HttpReply made = call("PUT", QStringLiteral("/applicants/") + id, token(actor),
                                R"({"label": "王磊"})", "\"0\"");
    if (made.status != 201) {
        qWarning() << "applicant of" << UserNames[actor] << made.describe();
        return {};
    }
    return id;
}

QString TestAuthorizationMatrix::recordOf(const QString &applicant, Actor actor,
                                          const QString &kind, const QJsonObject &body)
{
    const QString id = newId();
    const QJsonObject envelope{{QStringLiteral("applicant"), applicant},
                               {QStringLiteral("kind"), kind},
                               {QStringLiteral("body"), body}};
    const HttpReply made = call("PUT", QStringLiteral("/records/") + id, token(actor),
                                QJsonDocument(envelope).toJson(QJsonDocument::Compact), "\"0\"");
    if (made.status != 201) {
        qWarning() << "record of" << UserNames[actor] << made.describe();
        return {};
    }
    return id;
}

QString TestAuthorizationMatrix::make(const QString &name, Actor actor,
                                      QHash<QString, QString> &made)
{
    const auto compact = [](const QJsonObject &object) {
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    };
    if (name == u"A1") {
        return applicantOf(ApplicantA);
    }
    if (name == u"A2") {
        return applicantOf(StaffA);
    }
    if (name == u"N1") {
        return applicantOf(ApplicantNone);
    }
    if (name == u"R1") {
        return recordOf(expand(QStringLiteral("{A1}"), actor, made), ApplicantA,
                        QStringLiteral("basicInfo"), validBasicInfo().toJson());
    }
    if (name == u"D1" || name == u"S1") {
        const QString record =
            recordOf(expand(QStringLiteral("{A1}"), actor, made), ApplicantA,
                     QStringLiteral("degreeApplication"), validDegreeApplication().toJson());
        if (name == u"D1" || record.isEmpty()) {
            return record;
        }
        const HttpReply submitted = call("POST", QStringLiteral("/records/%1/actions").arg(record),
                                         token(ApplicantA), R"({"action": "submit"})", "\"1\"");
        if (submitted.status != 200) {
            qWarning() << "submit answered" << submitted.describe();
            return {};
        }
        // What an institution's client would push to approve it.
        QJsonObject body = submitted.json[u"record"][u"body"].toObject();
        QJsonArray timeline = body.value(u"timeline").toArray();
        timeline.append(
            QJsonObject{{QStringLiteral("from"), QStringLiteral("submitted")},
                        {QStringLiteral("to"), QStringLiteral("approved")},
                        {QStringLiteral("action"), QStringLiteral("approve")},
                        {QStringLiteral("at"), QStringLiteral("2026-11-29T10:00:00.000Z")}});
        body.insert(QStringLiteral("timeline"), timeline);
        body.insert(QStringLiteral("state"), QStringLiteral("approved"));
        made.insert(QStringLiteral("approved"), compact(body));
        return record;
    }
    if (name == u"approved") {
        expand(QStringLiteral("{S1}"), actor, made);
        return made.value(name);
    }
    if (name == u"new") {
        return newId();
    }
    if (name == u"free" || name == u"staffA") {
        const QString userName = QStringLiteral("fresh.%1").arg(++m_fresh);
        if (m_server.sessionFor(userName).isEmpty()) {
            return {};
        }
        if (name == u"staffA") {
            const HttpReply added =
                call("POST", QStringLiteral("/center/staff"), token(AdminA),
                     R"({"userName": ")" + userName.toLatin1() + R"(", "role": "staff"})");
            if (added.status != 201) {
                qWarning() << "adding staff answered" << added.describe();
                return {};
            }
        }
        return userName;
    }
    if (name == u"codeA") {
        return joinCode(AdminA);
    }
    if (name == u"basicInfo") {
        return compact(validBasicInfo().toJson());
    }
    if (name == u"password") {
        return validRegistration().password;
    }
    if (name == u"EMAIL") {
        const char *user = UserNames[actor] ? UserNames[actor] : "nobody";
        return QString(QLatin1String(user) + QStringLiteral("@qq.com")).toUpper();
    }
    qWarning() << "no placeholder" << name;
    return {};
}

QString TestAuthorizationMatrix::expand(const QString &text, Actor actor,
                                        QHash<QString, QString> &made)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z0-9]+)\\}"));
    QString result;
    qsizetype from = 0;
    auto matches = placeholder.globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString name = match.captured(1);
        if (!made.contains(name)) {
            made.insert(name, make(name, actor, made));
        }
        result += text.mid(from, match.capturedStart() - from) + made.value(name);
        from = match.capturedEnd();
    }
    return result + text.mid(from);
}

void TestAuthorizationMatrix::matrix_data()
{
    QTest::addColumn<int>("rule");
    QTest::addColumn<int>("actor");
    for (int rule = 0; rule < RuleCount; ++rule) {
        const Rule &r = Rules[rule];
        for (int actor = 0; actor < ActorCount; ++actor) {
            QByteArray tag = QByteArray(r.method) + ' ' + r.path;
            if (r.ifMatch && QByteArray(r.ifMatch) != "session") {
                tag += QByteArray(" If-Match ") + r.ifMatch;
            }
            tag += QByteArray(" | ") + ActorNames[actor] + " -> "
                   + QByteArray::number(r.expected[actor]);
            QTest::newRow(tag.constData()) << rule << actor;
        }
    }
}

void TestAuthorizationMatrix::matrix()
{
    QFETCH(int, rule);
    QFETCH(int, actor);
    const Rule &r = Rules[rule];
    const auto who = Actor(actor);
    const int expected = r.expected[actor];

    QHash<QString, QString> made;
    const QString path = expand(QLatin1String(r.path), who, made);
    const QByteArray body =
        r.body ? expand(QString::fromUtf8(r.body), who, made).toUtf8() : QByteArray();
    for (auto it = made.cbegin(); it != made.cend(); ++it) {
        QVERIFY2(!it.value().isEmpty(),
                 qPrintable(QStringLiteral("could not make {%1}").arg(it.key())));
    }
    QString caller = token(who);
    QByteArray ifMatch = r.ifMatch ? QByteArray(r.ifMatch) : QByteArray();
    if (ifMatch == "session") {
        // Logging out ends a session of its own, not the one the other cells use.
        ifMatch.clear();
        if (who != Anonymous && who != Ended) {
            caller = login(QLatin1String(UserNames[who]));
            QVERIFY(!caller.isEmpty());
        }
    }

    const HttpReply reply = call(r.method, path, caller, body, ifMatch);
    QVERIFY2(reply.status == expected, reply.describe().constData());
    if (expected >= 400) {
        QCOMPARE(reply.errorCode(), codeOf(expected, r));
        // A refusal never carries the thing refused (only a 409 shows the current state, to
        // those who may see it).
        QCOMPARE(reply.json.contains(u"current"),
                 expected == 409 && codeOf(409, r) == u"versionConflict");
        QVERIFY(!reply.json.contains(u"applicant") && !reply.json.contains(u"record"));
    } else if (path.startsWith(QLatin1String("/applicants/"))
               || path.startsWith(QLatin1String("/records/"))) {
        // What was answered is the thing asked for.
        const QString id = path.section(u'/', 2, 2);
        const QJsonObject thing =
            reply.json.value(path.startsWith(u"/applicants/") ? u"applicant" : u"record")
                .toObject();
        QCOMPARE(thing.value(u"uuid").toString(), id);
    } else if (path == u"/me") {
        QCOMPARE(reply.json.value(u"userName").toString(), QLatin1String(UserNames[who]));
    }

    if (path.startsWith(QLatin1String("/me/center"))) {
        QVERIFY(restoreMemberships());
    }
}

QJsonArray TestAuthorizationMatrix::feed(Actor actor)
{
    QJsonArray all;
    QString cursor = QStringLiteral("0");
    for (int page = 0; page < 1000; ++page) {
        const HttpReply reply =
            call("GET", QStringLiteral("/changes?since=%1&limit=100").arg(cursor), token(actor));
        if (reply.status != 200) {
            qWarning() << "GET /changes answered" << reply.describe();
            return {};
        }
        for (const QJsonValue &change : reply.json.value(u"changes").toArray()) {
            all.append(change);
        }
        cursor = reply.json.value(u"cursor").toString();
        if (!reply.json.value(u"more").toBool()) {
            break;
        }
    }
    return all;
}

void TestAuthorizationMatrix::changesFeedShowsNoOtherScope()
{
    // One applicant with a record in each scope, one of them deleted (a tombstone is a change).
    QHash<int, QString> applicants;
    QHash<int, QString> records;
    for (Actor maker : {ApplicantA, ApplicantB, ApplicantNone, StaffA, StaffB}) {
        applicants[maker] = applicantOf(maker);
        QVERIFY(!applicants[maker].isEmpty());
        records[maker] = recordOf(applicants[maker], maker, QStringLiteral("basicInfo"),
                                  validBasicInfo().toJson());
        QVERIFY(!records[maker].isEmpty());
    }
    const QString gone = applicantOf(StaffB);
    QCOMPARE(
        call("DELETE", QStringLiteral("/applicants/") + gone, token(StaffB), {}, "\"1\"").status,
        200);

    // Who sees which of them.
    const QHash<int, QList<Actor>> sees{
        {ApplicantA, {ApplicantA}},       {ApplicantB, {ApplicantB}},
        {ApplicantNone, {ApplicantNone}}, {StaffA, {ApplicantA, StaffA}},
        {AdminA, {ApplicantA, StaffA}},   {StaffB, {ApplicantB, StaffB}},
        {AdminB, {ApplicantB, StaffB}},
    };
    for (auto it = sees.cbegin(); it != sees.cend(); ++it) {
        const auto viewer = Actor(it.key());
        const QString userName = QLatin1String(UserNames[viewer]);
        const QString center = viewer == StaffA || viewer == AdminA   ? m_centerA
                               : viewer == StaffB || viewer == AdminB ? m_centerB
                                                                      : QString();
        const bool staff = !center.isEmpty();
        const QJsonArray changes = feed(viewer);
        QVERIFY2(!changes.isEmpty(), UserNames[viewer]);
        QSet<QString> seenApplicants;
        QSet<QString> recordApplicants;
        QSet<QString> seenRecords;
        for (const QJsonValue &change : changes) {
            if (change[u"entity"].toString() == u"applicant") {
                const QJsonObject applicant = change[u"applicant"].toObject();
                seenApplicants.insert(applicant[u"uuid"].toString());
                // Every applicant of the feed is the viewer's: its own, or its center's.
                if (staff) {
                    QVERIFY2(applicant[u"center"].toString() == center,
                             qPrintable(userName + u' '
                                        + QString::fromUtf8(QJsonDocument(applicant).toJson())));
                } else {
                    QVERIFY2(applicant[u"owner"].toString() == userName,
                             qPrintable(userName + u' '
                                        + QString::fromUtf8(QJsonDocument(applicant).toJson())));
                }
            } else {
                QCOMPARE(change[u"entity"].toString(), QStringLiteral("record"));
                recordApplicants.insert(change[u"record"][u"applicant"].toString());
                seenRecords.insert(change[u"record"][u"uuid"].toString());
            }
        }
        // Every record's applicant is one the viewer sees (in its feed, each applicant appears
        // at its latest change, so it is there too).
        for (const QString &applicant : std::as_const(recordApplicants)) {
            QVERIFY2(seenApplicants.contains(applicant), qPrintable(userName + u' ' + applicant));
        }
        // Its scope's fixtures are there, the others' are not.
        for (Actor maker : {ApplicantA, ApplicantB, ApplicantNone, StaffA, StaffB}) {
            const bool visible = it.value().contains(maker);
            QVERIFY2(seenApplicants.contains(applicants[maker]) == visible,
                     qPrintable(userName + QStringLiteral(" / applicant of ")
                                + QLatin1String(UserNames[maker])));
            QVERIFY2(seenRecords.contains(records[maker]) == visible,
                     qPrintable(userName + QStringLiteral(" / record of ")
                                + QLatin1String(UserNames[maker])));
        }
        QCOMPARE(seenApplicants.contains(gone), viewer == StaffB || viewer == AdminB);
    }
}

void TestAuthorizationMatrix::idempotencyKeysStayTheAccounts()
{
    // Applicant A writes with a key; the same request with the same key from applicant B, or
    // from staff of B, is judged as theirs (404: not visible), never answered A's stored reply.
    const QString applicant = applicantOf(ApplicantA);
    QVERIFY(!applicant.isEmpty());
    const QByteArray key = newId().toLatin1();
    const QByteArray body = R"({"label": "幂等"})";
    const QString path = QStringLiteral("/applicants/") + applicant;
    const HttpReply first = call("PUT", path, token(ApplicantA), body, "\"1\"", key);
    QCOMPARE(first.status, 200);
    const HttpReply again = call("PUT", path, token(ApplicantA), body, "\"1\"", key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("Idempotent-Replay"), QByteArray("true"));
    for (Actor other : {ApplicantB, StaffB, AdminB}) {
        const HttpReply reply = call("PUT", path, token(other), body, "\"1\"", key);
        QCOMPARE(reply.status, 404);
        QVERIFY(reply.header("Idempotent-Replay").isEmpty());
        QVERIFY(!reply.body.contains("幂等"));
    }
    // Staff of A see it: their own request, judged now (version 2 by then: a conflict).
    const HttpReply staff = call("PUT", path, token(StaffA), body, "\"1\"", key);
    QCOMPARE(staff.status, 409);
    QVERIFY(staff.header("Idempotent-Replay").isEmpty());
}

void TestAuthorizationMatrix::joinCodeOnlyForAdmins()
{
    for (Actor actor : {StaffA, AdminA, StaffB, AdminB}) {
        const HttpReply reply = call("GET", QStringLiteral("/center"), token(actor));
        QCOMPARE(reply.status, 200);
        const QJsonObject center = reply.json.value(u"center").toObject();
        QCOMPARE(center.value(u"id").toString(),
                 actor == StaffA || actor == AdminA ? m_centerA : m_centerB);
        QCOMPARE(center.contains(u"joinCode"), actor == AdminA || actor == AdminB);
        // Its staff are its own: no name of the other center.
        const QString other =
            actor == StaffA || actor == AdminA ? QStringLiteral("b.") : QStringLiteral("a.");
        for (const QJsonValue &member : center.value(u"staff").toArray()) {
            QVERIFY(!member[u"userName"].toString().startsWith(other));
        }
    }
}

QTEST_GUILESS_MAIN(TestAuthorizationMatrix)
#include "TestAuthorizationMatrix.moc"
