// degreedesk-server under load on loopback (test mode, SQLite, as the built binary runs it with
// its defaults): requests per second and latency of the changes feed and of record updates,
// measured with wrk (Debian: wrk) and its Lua scripts in tests/bench/wrk. Figures go to stdout as
// "name: value unit"; progress to stderr. Needs python3-aiosmtpd (the activation mails).
//
// The server is given --accounts applicant accounts (2), each owning --records / accounts
// applicants with one basicInfo record each (10,000 records, 20,000 changes in all). Then:
//
//   feed_rps, feed_p50, feed_p99        GET /changes?since=0&limit=500 (a page of 500), each
//                                       wrk thread one account
//   update_rps, update_p50, update_p99  PUT /records/{uuid} with If-Match, each wrk thread one
//                                       account updating its own records in turn (versions
//                                       advance: every answer must be 200; checked afterwards
//                                       against the versions the feed shows)
//
//   bench_server [--records N] [--accounts N] [--connections C] [--duration SECONDS]
//                [--wrk PATH]

#include "BenchSupport.h"

#include "support/SampleRecords.h"
#include "support/ServerProcess.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

#include <cstdlib>
#include <functional>

using namespace dd;
using namespace dd::bench;

namespace {

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_server: %s\n", why.toUtf8().constData());
    std::exit(1);
}

int option(const QStringList &arguments, const QString &name, int fallback)
{
    const qsizetype at = arguments.indexOf(name);
    if (at < 0) {
        return fallback;
    }
    bool ok = false;
    const int value = arguments.value(at + 1).toInt(&ok);
    if (!ok || value <= 0) {
        fail(name + QStringLiteral(" wants a positive number"));
    }
    return value;
}

struct Put
{
    QString path;
    QString token;
    QByteArray body;
};

// Sends every PUT (If-Match "0": creating), up to 8 at a time; fails on any answer but 201.
void createAll(quint16 port, const QList<Put> &puts)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    qsizetype next = 0;
    int inFlight = 0;
    QString error;
    std::function<void()> sendMore = [&] {
        while (inFlight < 8 && next < puts.size() && error.isEmpty()) {
            const Put &put = puts.at(next++);
            QNetworkRequest request(
                QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(put.path)));
            request.setRawHeader("Authorization", "Bearer " + put.token.toLatin1());
            request.setRawHeader("Content-Type", "application/json");
            request.setRawHeader("If-Match", "\"0\"");
            QNetworkReply *reply = network.put(request, put.body);
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                --inFlight;
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status != 201 && error.isEmpty()) {
                    error = QStringLiteral("PUT %1 answered %2: %3")
                                .arg(reply->url().path())
                                .arg(status)
                                .arg(QString::fromUtf8(reply->readAll().left(500)));
                }
                reply->deleteLater();
                if (inFlight == 0 && (next == puts.size() || !error.isEmpty())) {
                    loop.quit();
                } else {
                    sendMore();
                }
            });
        }
    };
    sendMore();
    if (inFlight > 0) {
        loop.exec();
    }
    if (!error.isEmpty()) {
        fail(error);
    }
}

struct WrkResult
{
    qint64 requests = 0;
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    qint64 non2xx = 0;
    qint64 socketErrors = 0;
};

// Runs wrk with a script of tests/bench/wrk, letting the event loop run meanwhile (the server's
// log is read from its pipe, so that it never blocks writing it).
WrkResult runWrk(const QString &wrk, const QString &script, int threads, int connections,
                 int seconds, quint16 port, const QString &dir)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(wrk,
                  {QStringLiteral("-t%1").arg(threads), QStringLiteral("-c%1").arg(connections),
                   QStringLiteral("-d%1s").arg(seconds), QStringLiteral("--timeout"),
                   QStringLiteral("10s"), QStringLiteral("-s"),
                   QStringLiteral(DD_BENCH_WRK_SCRIPTS "/") + script,
                   QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--"), dir});
    if (!process.waitForStarted(10000)) {
        fail(QStringLiteral("cannot run %1 (Debian: apt-get install wrk; or --wrk PATH)").arg(wrk));
    }
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    if (process.state() != QProcess::NotRunning) {
        loop.exec();
    }
    const QString output = QString::fromUtf8(process.readAll());
    static const QRegularExpression line(
        QStringLiteral("wrk-result: requests=(\\d+) duration_us=(\\d+) p50_us=(\\d+) "
                       "p99_us=(\\d+) non2xx=(\\d+) socket_errors=(\\d+)"));
    const QRegularExpressionMatch match = line.match(output);
    if (process.exitCode() != 0 || !match.hasMatch()) {
        fail(QStringLiteral("wrk failed: ") + output.right(2000));
    }
    progress(output.trimmed());
    WrkResult result;
    result.requests = match.captured(1).toLongLong();
    result.seconds = match.captured(2).toDouble() / 1e6;
    result.p50Ms = match.captured(3).toDouble() / 1e3;
    result.p99Ms = match.captured(4).toDouble() / 1e3;
    result.non2xx = match.captured(5).toLongLong();
    result.socketErrors = match.captured(6).toLongLong();
    return result;
}

// The lines of the server's log about answers to `method` other than `ok`, for a refusal's why.
void showRefusals(test::ServerProcess &server, const QByteArray &method, const QByteArray &ok)
{
    int shown = 0;
    const QByteArray path = method + (method == "PUT" ? " /api/v1/records/" : " /api/v1/");
    const QByteArray status = ' ' + ok;
    for (const QByteArray &line : server.log().split('\n')) {
        if (line.contains(path) && !line.trimmed().endsWith(status)
            && !line.trimmed().endsWith(" 201") && shown < 20) {
            progress(QString::fromUtf8(line));
            ++shown;
        }
    }
}

void report(const char *name, const WrkResult &result)
{
    const QByteArray prefix(name);
    figure(QByteArray(prefix + "_rps").constData(), double(result.requests) / result.seconds,
           "req/s");
    figure(QByteArray(prefix + "_p50").constData(), result.p50Ms, "ms");
    figure(QByteArray(prefix + "_p99").constData(), result.p99Ms, "ms");
    if (result.non2xx > 0 || result.socketErrors > 0) {
        fail(QStringLiteral("%1: %2 answers not 2xx, %3 socket errors")
                 .arg(QLatin1String(name))
                 .arg(result.non2xx)
                 .arg(result.socketErrors));
    }
}

// The sum over the account's records of (version - 1), from its changes feed.
qint64 updatesSeen(test::ServerProcess &server, const QString &token)
{
    qint64 updates = 0;
    QString cursor = QStringLiteral("0");
    for (;;) {
        const test::HttpReply reply =
            server.send("GET", QStringLiteral("/api/v1/changes?since=%1&limit=1000").arg(cursor),
                        {}, {{"Authorization", "Bearer " + token.toLatin1()}});
        if (reply.status != 200) {
            fail(QStringLiteral("GET /changes answered ") + QString::fromUtf8(reply.describe()));
        }
        for (const QJsonValue &change : reply.json.value(u"changes").toArray()) {
            if (change[u"entity"].toString() == u"record") {
                updates += change[u"record"][u"version"].toInteger() - 1;
            }
        }
        cursor = reply.json.value(u"cursor").toString();
        if (!reply.json.value(u"more").toBool()) {
            return updates;
        }
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int records = option(arguments, QStringLiteral("--records"), 10000);
    const int accounts = option(arguments, QStringLiteral("--accounts"), 2);
    const int connections = option(arguments, QStringLiteral("--connections"), 4 * accounts);
    const int seconds = option(arguments, QStringLiteral("--duration"), 15);
    const qsizetype wrkAt = arguments.indexOf(QStringLiteral("--wrk"));
    const QString wrk = wrkAt >= 0 ? arguments.value(wrkAt + 1) : QStringLiteral("wrk");
    if (connections < accounts) {
        fail(QStringLiteral("--connections must be at least --accounts (one wrk thread each)"));
    }

    test::ServerProcess server;
    if (const QString started = server.start(QStringLiteral(DD_SERVER_PATH)); !started.isEmpty()) {
        fail(started);
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        fail(QStringLiteral("no temporary folder"));
    }
    const QByteArray basicInfo =
        QJsonDocument(test::validBasicInfo().toJson()).toJson(QJsonDocument::Compact);
    {
        QFile body(dir.filePath(QStringLiteral("body.json")));
        if (!body.open(QIODevice::WriteOnly) || body.write(basicInfo) != basicInfo.size()) {
            fail(QStringLiteral("cannot write body.json"));
        }
    }

    // The accounts and their records.
    QStringList tokens;
    QElapsedTimer timer;
    timer.start();
    for (int a = 0; a < accounts; ++a) {
        const QString token = server.sessionFor(QStringLiteral("bench.load.%1").arg(a));
        if (token.isEmpty()) {
            fail(QStringLiteral("no session"));
        }
        tokens.append(token);
        const int mine = records / accounts + (a < records % accounts ? 1 : 0);
        QList<Put> applicants;
        QList<Put> recordPuts;
        QByteArray lines = token.toLatin1() + '\n';
        for (int i = 0; i < mine; ++i) {
            const QString applicant = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QString record = QUuid::createUuid().toString(QUuid::WithoutBraces);
            applicants.append({QStringLiteral("/api/v1/applicants/") + applicant, token,
                               R"({"label":"王磊 )" + QByteArray::number(i) + R"("})"});
            recordPuts.append({QStringLiteral("/api/v1/records/") + record, token,
                               R"({"applicant":")" + applicant.toLatin1()
                                   + R"(","kind":"basicInfo","body":)" + basicInfo + '}'});
            lines += record.toLatin1() + ' ' + applicant.toLatin1() + '\n';
        }
        createAll(server.port(), applicants);
        createAll(server.port(), recordPuts);
        QFile file(dir.filePath(QStringLiteral("account-%1.txt").arg(a)));
        if (!file.open(QIODevice::WriteOnly) || file.write(lines) != lines.size()) {
            fail(QStringLiteral("cannot write the account's file"));
        }
    }
    progress(QStringLiteral("%1 applicants with a basicInfo record each, for %2 accounts, in %3 s")
                 .arg(records)
                 .arg(accounts)
                 .arg(milliseconds(timer) / 1000.0, 0, 'f', 1));

    const WrkResult feed = runWrk(wrk, QStringLiteral("feed.lua"), accounts, connections, seconds,
                                  server.port(), dir.path());
    if (feed.non2xx > 0) {
        showRefusals(server, "GET", "200");
    }
    report("feed", feed);
    const WrkResult update = runWrk(wrk, QStringLiteral("update.lua"), accounts, connections,
                                    seconds, server.port(), dir.path());
    if (update.non2xx > 0) {
        showRefusals(server, "PUT", "200");
    }
    report("update", update);

    // Every update answered 200 and took its record one version further; a request still in
    // flight when wrk stopped may have been written after it counted (at most one a connection).
    qint64 written = 0;
    for (const QString &token : std::as_const(tokens)) {
        written += updatesSeen(server, token);
    }
    if (written < update.requests || written > update.requests + connections) {
        fail(QStringLiteral("the records' versions went up by %1 in all, for %2 updates answered")
                 .arg(written)
                 .arg(update.requests));
    }
    progress(QStringLiteral("versions advanced by %1 for %2 updates answered")
                 .arg(written)
                 .arg(update.requests));
    server.stop();
    return 0;
}
