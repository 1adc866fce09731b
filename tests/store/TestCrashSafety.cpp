// A child process (CrashChild.cpp) saves records in a loop and is killed with SIGKILL at a
// random moment, again and again on the same file. After each kill the database must open,
// pass PRAGMA integrity_check, and hold every save the child reported done (the last value
// reported for each record, across all rounds so far).
//
// The child announces each call's effects ("will") before it calls the store, and reports
// them ("done") once the call returned. Killed between the call's commit and its report, it
// leaves one action whose outcome the test cannot know: the database must then hold either
// none or all of that action's effects (a transaction is all or nothing), and whichever it
// holds is what later rounds must keep. Half of its multi-call actions are bulk changes, whose
// checkpoint runs on a thread of its own (Database::Checkpoint::Background), so that kills also
// come while one folds the WAL back into the file.
//
// DD_CRASH_KILLS sets the number of kills (5 by default; TestCrashSafetyLong runs 200), and
// DD_CRASH_SEED the seed of the random delays and of the child's actions (printed at the
// start, to replay a failure).

#include "domain/BasicInfo.h"
#include "domain/DegreeApplication.h"
#include "domain/Registration.h"
#include "store/Database.h"
#include "store/Store.h"
#include "support/ManualClock.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <optional>

namespace {

using namespace dd;

struct Effect
{
    QString kind;
    QUuid applicant;
    QUuid record;
    QString value;

    friend bool operator==(const Effect &, const Effect &) = default;
};

struct Action
{
    QList<Effect> effects; // from the "will" lines
    QList<Effect> done;    // from the "done" lines
};

// What the database must hold: every applicant and record the child ever reported.
struct Model
{
    struct ApplicantState
    {
        QString label;
        bool deleted = false;
    };
    struct RecordState
    {
        QString kind;
        QUuid applicant;
        QString value;
        bool deleted = false;
    };

    QHash<QUuid, ApplicantState> applicants;
    QHash<QUuid, RecordState> records;

    // Applies one effect; an error message when the effect does not fit what is known.
    QString apply(const Effect &effect)
    {
        const QString applicant = effect.applicant.toString(QUuid::WithoutBraces);
        if (effect.kind == QLatin1String("applicant")) {
            ApplicantState &state = applicants[effect.applicant];
            state.label = effect.value;
            state.deleted = false;
        } else if (effect.kind == QLatin1String("removeApplicant")) {
            if (!applicants.contains(effect.applicant)) {
                return QStringLiteral("deleted an unknown applicant ") + applicant;
            }
            applicants[effect.applicant].deleted = true;
            for (RecordState &record : records) {
                if (record.applicant == effect.applicant) {
                    record.deleted = true;
                }
            }
        } else if (effect.kind == QLatin1String("removeRecord")) {
            if (!records.contains(effect.record)) {
                return QStringLiteral("deleted an unknown record ")
                       + effect.record.toString(QUuid::WithoutBraces);
            }
            records[effect.record].deleted = true;
        } else if (effect.kind == domain::Registration::kind()
                   || effect.kind == domain::BasicInfo::kind()
                   || effect.kind == domain::DegreeApplication::kind()) {
            if (!applicants.contains(effect.applicant)) {
                return QStringLiteral("a record of an unknown applicant ") + applicant;
            }
            records[effect.record] =
                RecordState{effect.kind, effect.applicant, effect.value, false};
        } else {
            return QStringLiteral("an unknown kind of effect: ") + effect.kind;
        }
        return {};
    }
};

// "will 12 registration <applicant> <record> <value with spaces>"
std::optional<std::pair<QString, std::pair<qint64, Effect>>> parseLine(const QString &line)
{
    QStringList head;
    qsizetype from = 0;
    for (int i = 0; i < 5; ++i) {
        const qsizetype space = line.indexOf(QLatin1Char(' '), from);
        if (space < 0) {
            return std::nullopt;
        }
        head.append(line.mid(from, space - from));
        from = space + 1;
    }
    bool numberOk = false;
    const qint64 counter = head.at(1).toLongLong(&numberOk);
    if (!numberOk || (head.at(0) != QLatin1String("will") && head.at(0) != QLatin1String("done"))) {
        return std::nullopt;
    }
    auto uuid = [](const QString &text) {
        return text == QLatin1String("-") ? QUuid() : QUuid(text);
    };
    return std::pair{head.at(0), std::pair{counter, Effect{head.at(2), uuid(head.at(3)),
                                                           uuid(head.at(4)), line.mid(from)}}};
}

QString shortId(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces).left(8);
}

template<typename T>
QUuid liveSingle(store::Store &store, const QUuid &applicant, QStringList *problems)
{
    auto single = store.single<T>(applicant);
    if (!single) {
        problems->append(QStringLiteral("cannot read the %1 of %2: %3")
                             .arg(T::kind(), shortId(applicant), single.error().message));
        return {};
    }
    return single->has_value() ? single->value().meta.uuid : QUuid();
}

template<typename T>
void checkRecord(store::Store &store, const QUuid &uuid, const Model::RecordState &expected,
                 QString (*field)(const T &), QStringList *problems)
{
    auto stored = store.get<T>(uuid);
    if (!stored) {
        problems->append(QStringLiteral("%1 %2 is missing: %3")
                             .arg(expected.kind, shortId(uuid), stored.error().message));
        return;
    }
    if (stored->meta.applicant != expected.applicant) {
        problems->append(QStringLiteral("%1 %2 belongs to %3, not %4")
                             .arg(expected.kind, shortId(uuid), shortId(stored->meta.applicant),
                                  shortId(expected.applicant)));
    }
    if (stored->meta.deleted != expected.deleted) {
        problems->append(QStringLiteral("%1 %2 is %3")
                             .arg(expected.kind, shortId(uuid),
                                  stored->meta.deleted ? QStringLiteral("deleted")
                                                       : QStringLiteral("not deleted")));
    } else if (!expected.deleted && field(stored->value) != expected.value) {
        problems->append(
            QStringLiteral("%1 %2 holds \"%3\", not \"%4\"")
                .arg(expected.kind, shortId(uuid), field(stored->value), expected.value));
    }
}

QString registrationValue(const domain::Registration &r)
{
    return r.remarks;
}
QString basicInfoValue(const domain::BasicInfo &b)
{
    return b.resume.isEmpty() ? QString() : b.resume.constLast().role;
}
QString applicationValue(const domain::DegreeApplication &a)
{
    return a.employerName;
}

// Everything the model says, read back through the store's API; empty when all holds.
QStringList differences(store::Store &store, const Model &model)
{
    QStringList problems;
    qint64 live = 0;
    for (auto it = model.applicants.constBegin(); it != model.applicants.constEnd(); ++it) {
        const QUuid uuid = it.key();
        auto applicant = store.applicant(uuid);
        if (!applicant) {
            problems.append(QStringLiteral("applicant %1 (%2) is missing: %3")
                                .arg(shortId(uuid), it->label, applicant.error().message));
            continue;
        }
        if (applicant->deleted != it->deleted) {
            problems.append(QStringLiteral("applicant %1 is %2")
                                .arg(shortId(uuid), applicant->deleted
                                                        ? QStringLiteral("deleted")
                                                        : QStringLiteral("not deleted")));
            continue;
        }
        if (it->deleted) {
            continue; // a tombstone: its records are checked below
        }
        ++live;
        if (applicant->label != it->label) {
            problems.append(QStringLiteral("applicant %1 is called \"%2\", not \"%3\"")
                                .arg(shortId(uuid), applicant->label, it->label));
        }
        // The live records of each kind: exactly those the model has, none more.
        QUuid registration;
        QUuid basicInfo;
        QSet<QUuid> applications;
        for (auto r = model.records.constBegin(); r != model.records.constEnd(); ++r) {
            if (r->applicant != uuid || r->deleted) {
                continue;
            }
            if (r->kind == domain::Registration::kind()) {
                registration = r.key();
            } else if (r->kind == domain::BasicInfo::kind()) {
                basicInfo = r.key();
            } else {
                applications.insert(r.key());
            }
        }
        if (const QUuid found = liveSingle<domain::Registration>(store, uuid, &problems);
            found != registration) {
            problems.append(QStringLiteral("applicant %1 has registration %2, not %3")
                                .arg(shortId(uuid), shortId(found), shortId(registration)));
        }
        if (const QUuid found = liveSingle<domain::BasicInfo>(store, uuid, &problems);
            found != basicInfo) {
            problems.append(QStringLiteral("applicant %1 has basic information %2, not %3")
                                .arg(shortId(uuid), shortId(found), shortId(basicInfo)));
        }
        auto list = store.list<domain::DegreeApplication>(uuid);
        if (!list) {
            problems.append(QStringLiteral("cannot list the applications of %1: %2")
                                .arg(shortId(uuid), list.error().message));
        } else {
            QSet<QUuid> found;
            for (const auto &stored : list.value()) {
                found.insert(stored.meta.uuid);
            }
            if (found != applications) {
                problems.append(QStringLiteral("applicant %1 has %2 applications, not %3")
                                    .arg(shortId(uuid))
                                    .arg(found.size())
                                    .arg(applications.size()));
            }
        }
    }
    auto count = store.applicantCount();
    if (!count || *count != live) {
        problems.append(QStringLiteral("%1 applicants, not %2")
                            .arg(count ? QString::number(*count) : count.error().message)
                            .arg(live));
    }
    for (auto it = model.records.constBegin(); it != model.records.constEnd(); ++it) {
        if (it->kind == domain::Registration::kind()) {
            checkRecord<domain::Registration>(store, it.key(), *it, registrationValue, &problems);
        } else if (it->kind == domain::BasicInfo::kind()) {
            checkRecord<domain::BasicInfo>(store, it.key(), *it, basicInfoValue, &problems);
        } else {
            checkRecord<domain::DegreeApplication>(store, it.key(), *it, applicationValue,
                                                   &problems);
        }
    }
    return problems;
}

int environmentInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void killedChildLosesNoReportedSave();

private:
    QTemporaryDir m_dir;
};

void TestCrashSafety::cleanup()
{
    if (QTest::currentTestFailed()) {
        m_dir.setAutoRemove(false);
        qWarning("the database is kept for inspection in %s", qPrintable(m_dir.path()));
    }
}

void TestCrashSafety::killedChildLosesNoReportedSave()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL exists on Unix only: QProcess::kill() does not kill abruptly elsewhere");
#else
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(QStringLiteral("crash.sqlite"));
    const int kills = qMax(1, environmentInt("DD_CRASH_KILLS", 5));
    bool seedGiven = false;
    const uint givenSeed = qEnvironmentVariable("DD_CRASH_SEED").toUInt(&seedGiven);
    const quint32 seed = seedGiven ? givenSeed : QRandomGenerator::global()->generate();
    qInfo("DD_CRASH_SEED=%u DD_CRASH_KILLS=%d (set them to replay this run)", seed, kills);
    QRandomGenerator random(seed);

    test::ManualClock clock;
    Model model;
    qint64 reported = 0;        // actions reported done, over all rounds
    qint64 uncertain = 0;       // rounds that ended with an action whose outcome was unknown
    qint64 committedAnyway = 0; // ... and that turned out committed
    QElapsedTimer timer;
    timer.start();

    for (int round = 1; round <= kills; ++round) {
        const int delay = int(random.bounded(30, 401));
        const quint32 childSeed = random.generate();
        QProcess child;
        child.start(QStringLiteral(DD_CRASH_CHILD), {path, QString::number(childSeed)});
        QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));
        QTest::qWait(delay);
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("round %1: the child stopped by itself: %2")
                                .arg(round)
                                .arg(QString::fromUtf8(child.readAllStandardError()))));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(10000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QByteArray errors = child.readAllStandardError();
        QVERIFY2(errors.isEmpty(), errors.constData());

        // Every complete line; the last one may have been cut by the kill.
        const QByteArray output = child.readAllStandardOutput();
        QList<QByteArray> lines = output.split('\n');
        lines.removeLast(); // after the last newline: empty, or a cut line
        QMap<qint64, Action> actions;
        for (const QByteArray &bytes : std::as_const(lines)) {
            const QString line = QString::fromUtf8(bytes);
            const auto parsed = parseLine(line);
            QVERIFY2(parsed, qPrintable(QStringLiteral("unreadable line: ") + line));
            const auto &[tag, numbered] = *parsed;
            Action &action = actions[numbered.first];
            (tag == QLatin1String("will") ? action.effects : action.done).append(numbered.second);
        }

        // The reported actions, in order; at most the last one unreported.
        std::optional<Action> pending;
        for (auto it = actions.constBegin(); it != actions.constEnd(); ++it) {
            QVERIFY2(!pending, qPrintable(QStringLiteral("round %1: action %2 came before the "
                                                         "previous one was reported done")
                                              .arg(round)
                                              .arg(it.key())));
            if (it->done.isEmpty()) {
                pending = *it;
                continue;
            }
            // A cut "done" report still means the call returned: all effects are durable.
            QVERIFY(it->done.size() <= it->effects.size());
            QCOMPARE(it->done, it->effects.mid(0, it->done.size()));
            for (const Effect &effect : it->effects) {
                const QString problem = model.apply(effect);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            ++reported;
        }

        store::Database database(clock);
        store::Database::Options options;
        options.dailyBackup = false;
        options.fullIntegrityCheck = true;
        auto opened = database.open(path, options);
        QVERIFY2(opened, qPrintable(QStringLiteral("round %1: %2 (%3)")
                                        .arg(round)
                                        .arg(opened ? QString() : opened.error().message,
                                             opened ? QString() : opened.error().detail)));
        const auto integrity = database.integrityCheck(true);
        QVERIFY2(integrity, qPrintable(integrity ? QString() : integrity.error().detail));
        QCOMPARE(*integrity, QStringLiteral("ok"));

        store::Store store(database);
        const QStringList problems = differences(store, model);
        if (pending) {
            // Committed or not: either none of its effects or all of them.
            ++uncertain;
            Model after = model;
            for (const Effect &effect : std::as_const(pending->effects)) {
                const QString problem = after.apply(effect);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
            if (!problems.isEmpty()) {
                const QStringList afterProblems = differences(store, after);
                QVERIFY2(afterProblems.isEmpty(),
                         qPrintable(QStringLiteral("round %1 (child seed %2, %3 ms): neither "
                                                   "before nor after the unreported action %4.\n"
                                                   "Before: %5\nAfter: %6")
                                        .arg(round)
                                        .arg(childSeed)
                                        .arg(delay)
                                        .arg(actions.lastKey())
                                        .arg(problems.join(QStringLiteral("; ")),
                                             afterProblems.join(QStringLiteral("; ")))));
                model = after;
                ++committedAnyway;
            }
        } else {
            QVERIFY2(problems.isEmpty(),
                     qPrintable(QStringLiteral("round %1 (child seed %2, %3 ms): %4")
                                    .arg(round)
                                    .arg(childSeed)
                                    .arg(delay)
                                    .arg(problems.join(QStringLiteral("; ")))));
        }
        database.close();
    }

    qInfo("%d kills in %.1f s: %lld actions reported done; %lld kills cut an action short of "
          "its report, %lld of those actions had committed; %lld applicants and %lld records "
          "checked",
          kills, double(timer.elapsed()) / 1000.0, reported, uncertain, committedAnyway,
          qint64(model.applicants.size()), qint64(model.records.size()));
    // Not vacuous: the child must have had time to save, on average once a round.
    QVERIFY2(reported >= kills, qPrintable(QStringLiteral("only %1 actions reported done in %2 "
                                                          "rounds")
                                               .arg(reported)
                                               .arg(kills)));
#endif
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
