// The sync engine over loopback against the real degreedesk-server (test mode, SQLite): one
// client pushes 10,000 applicants (each with its basic information: 20,000 changes), a fresh
// client's first sync pulls them all, then one change goes from the first client to the second.
// Figures go to stdout as "name: value unit"; progress to stderr. Needs python3-aiosmtpd (the
// registration's activation mail).
//
//   push_10k             the first client's sync: 20,000 changes pushed one by one, ms
//   first_sync_10k       a fresh client's first sync: 10,000 applicants and their records, ms
//   incremental_change   one edited record: the editor's sync plus the other's, ms
//   incremental_push / incremental_pull   the two halves of it, ms
//
//   bench_sync [--applicants N]

#include "BenchSupport.h"

#include "support/SampleRecords.h"
#include "support/ServerProcess.h"
#include "support/SyncClient.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace dd;
using namespace dd::bench;

namespace {

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_sync: %s\n", why.toUtf8().constData());
    std::exit(1);
}

double timedSync(test::SyncClient &client, const char *what)
{
    QElapsedTimer timer;
    timer.start();
    const sync::SyncStatus status = client.sync(600000);
    const double ms = milliseconds(timer);
    if (status.state != sync::SyncStatus::State::UpToDate) {
        fail(QStringLiteral("%1: the sync ended in state %2: %3")
                 .arg(QLatin1String(what))
                 .arg(static_cast<int>(status.state))
                 .arg(status.message));
    }
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int count = 10000;
    const QStringList arguments = app.arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--applicants"));
    if (at >= 0 && at + 1 < arguments.size()) {
        count = arguments.at(at + 1).toInt();
    }
    if (count <= 0) {
        fail(QStringLiteral("--applicants wants a positive number"));
    }

    test::ServerProcess server;
    if (const QString started = server.start(QStringLiteral(DD_SERVER_PATH)); !started.isEmpty()) {
        fail(started);
    }
    const QString token = server.sessionFor(QStringLiteral("bench.sync"));
    if (token.isEmpty()) {
        fail(QStringLiteral("no session"));
    }

    test::SyncClient editor(server.port(), token);
    if (!editor.isOpen()) {
        fail(QStringLiteral("cannot open the first client's database"));
    }
    QList<store::Store::NewApplicant> batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i) {
        store::Store::NewApplicant applicant;
        applicant.label = QStringLiteral("考生%1").arg(i, 5, 10, QLatin1Char('0'));
        domain::BasicInfo info = test::validBasicInfo();
        info.name = applicant.label;
        info.namePinyin = QStringLiteral("Kao Sheng %1").arg(i);
        applicant.dossier.basicInfo = info;
        batch.append(applicant);
    }
    auto imported = editor.store().importApplicants(batch);
    if (!imported) {
        fail(imported.error().message);
    }
    progress(QStringLiteral("pushing %1 applicants ...").arg(count));
    figure("push_10k", timedSync(editor, "push"), "ms");

    test::SyncClient fresh(server.port(), token);
    if (!fresh.isOpen()) {
        fail(QStringLiteral("cannot open the second client's database"));
    }
    progress(QStringLiteral("first sync of a fresh client ..."));
    figure("first_sync_10k", timedSync(fresh, "first sync"), "ms");
    if (fresh.store().applicantCount().value() != count) {
        fail(QStringLiteral("the fresh client has %1 applicants, not %2")
                 .arg(fresh.store().applicantCount().value())
                 .arg(count));
    }

    const QUuid one = imported->at(count / 2);
    auto stored = editor.store().single<domain::BasicInfo>(one);
    if (!stored || !stored->has_value()) {
        fail(QStringLiteral("no basic information to edit"));
    }
    domain::BasicInfo edited = stored->value().value;
    edited.politicalStatus = QStringLiteral("01");
    if (!editor.store().save(one, edited, stored->value().meta.uuid)) {
        fail(QStringLiteral("cannot save the edit"));
    }
    const double push = timedSync(editor, "incremental push");
    const double pull = timedSync(fresh, "incremental pull");
    auto arrived = fresh.store().single<domain::BasicInfo>(one);
    if (!arrived || !arrived->has_value()
        || arrived->value().value.politicalStatus != QStringLiteral("01")) {
        fail(QStringLiteral("the edit did not arrive"));
    }
    figure("incremental_change", push + pull, "ms");
    figure("incremental_push", push, "ms");
    figure("incremental_pull", pull, "ms");
    server.stop();
    return 0;
}
