// dd_store_crash_child <database> <seed>: the child process of TestCrashSafety. It saves
// records in a loop, as staff would, until it is killed. Before each call to the store it
// prints what the call will make durable, one "will" line per effect; after the call returned
// ok it prints the same effects as "done" lines, and flushes before the next call:
//
//   will <n> <kind> <applicant> <record> <value>
//   done <n> <kind> <applicant> <record> <value>
//
// kind is applicant (value: the label), registration (value: 备注), basicInfo (value: the
// role of the last line of 个人经历), degreeApplication (value: 工作单位名称), removeRecord or
// removeApplicant (value "-"); record is "-" for the applicant's own effects. Every call of
// action <n> commits all of its effects or none. On any error: "error ..." on stderr, exit 3.

#include "domain/ApplicationStateMachine.h"
#include "domain/Pinyin.h"
#include "platform/Clock.h"
#include "store/Database.h"
#include "store/Store.h"
#include "support/SampleRecords.h"

#include <QCoreApplication>
#include <QList>
#include <QRandomGenerator>
#include <QStringList>
#include <QUuid>

#include <cstdio>
#include <cstdlib>
#include <functional>

namespace dd::test {
namespace {

using store::Result;
using store::StoreError;

struct Effect
{
    QString kind;
    QUuid applicant;
    QUuid record; // null for the applicant's own effects
    QString value;
};

[[noreturn]] void fail(const QString &what, const StoreError &error)
{
    const QString line =
        QStringLiteral("error %1: %2 (%3) %4\n")
            .arg(what, StoreError::codeName(error.code), error.detail, error.message);
    std::fputs(line.toUtf8().constData(), stderr);
    std::fflush(stderr);
    std::exit(3);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.isNull() ? QStringLiteral("-") : uuid.toString(QUuid::WithoutBraces);
}

void print(const char *tag, qint64 counter, const QList<Effect> &effects)
{
    QString text;
    for (const Effect &effect : effects) {
        text += QLatin1String(tag) + QLatin1Char(' ') + QString::number(counter) + QLatin1Char(' ')
                + effect.kind + QLatin1Char(' ') + uuidText(effect.applicant) + QLatin1Char(' ')
                + uuidText(effect.record) + QLatin1Char(' ') + effect.value + QLatin1Char('\n');
    }
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

class Child
{
public:
    Child(store::Database &database, store::Store &store, quint32 seed)
        : m_database(database)
        , m_store(store)
        , m_random(seed)
        , m_seed(seed)
    {}

    // The applicants already in the database (earlier runs): the live ones, latest first.
    void loadApplicants()
    {
        store::RosterQuery query;
        query.order = store::RosterQuery::Order::RecentlyTouched;
        query.limit = 1000;
        auto page = m_store.roster(query);
        if (!page) {
            fail(QStringLiteral("roster"), page.error());
        }
        for (const store::RosterEntry &entry : page->entries) {
            m_applicants.append(entry.uuid);
        }
    }

    void step()
    {
        ++m_counter;
        const int dice = m_applicants.isEmpty() ? 0 : int(m_random.bounded(100));
        if (dice < 12) {
            createApplicant();
        } else if (dice < 30) {
            saveRegistration(pickApplicant());
        } else if (dice < 44) {
            saveBasicInfo(pickApplicant());
        } else if (dice < 64) {
            saveApplication(pickApplicant());
        } else if (dice < 72) {
            removeRecord(pickApplicant());
        } else if (dice < 80) {
            rename(pickApplicant());
        } else if (dice < 83 && m_applicants.size() > 3) {
            removeApplicant();
        } else {
            saveTogether(pickApplicant());
        }
    }

private:
    QString value(const QString &what) const
    {
        return QStringLiteral("%1 s%2-n%3").arg(what).arg(m_seed).arg(m_counter);
    }

    QUuid pickApplicant()
    {
        return m_applicants.at(qsizetype(m_random.bounded(quint32(m_applicants.size()))));
    }

    // Each applicant has a name of its own (the same at every run), not the sample's.
    static QString nameOf(const QUuid &applicant)
    {
        static const QStringList names{QStringLiteral("王磊"), QStringLiteral("李娜"),
                                       QStringLiteral("张伟"), QStringLiteral("刘洋"),
                                       QStringLiteral("陈静"), QStringLiteral("欧阳娜娜"),
                                       QStringLiteral("吕布"), QStringLiteral("单雄信"),
                                       QStringLiteral("赵敏"), QStringLiteral("周杰")};
        return names.at(qsizetype(qHash(applicant) % quint32(names.size())));
    }

    // Runs one action: its effects announced, the call, then the effects reported done.
    void act(const QList<Effect> &effects, const QString &what,
             const std::function<Result<void>()> &call)
    {
        print("will", m_counter, effects);
        if (auto done = call(); !done) {
            fail(what, done.error());
        }
        print("done", m_counter, effects);
    }

    template<typename T>
    QUuid singleUuid(const QUuid &applicant)
    {
        auto existing = m_store.single<T>(applicant);
        if (!existing) {
            fail(QStringLiteral("read ") + T::kind(), existing.error());
        }
        return existing->has_value() ? existing->value().meta.uuid : QUuid::createUuid();
    }

    Result<void> saved(const Result<store::RecordMeta> &result)
    {
        if (!result) {
            return result.error();
        }
        return {};
    }

    void createApplicant()
    {
        const QUuid uuid = QUuid::createUuid();
        const QString label = value(nameOf(uuid));
        act({Effect{QStringLiteral("applicant"), uuid, {}, label}}, QStringLiteral("create"),
            [&]() -> Result<void> {
                auto created = m_store.createApplicant(label, uuid);
                if (!created) {
                    return created.error();
                }
                return {};
            });
        m_applicants.append(uuid);
    }

    void rename(const QUuid &applicant)
    {
        const QString label = value(nameOf(applicant));
        act({Effect{QStringLiteral("applicant"), applicant, {}, label}}, QStringLiteral("rename"),
            [&] { return m_store.renameApplicant(applicant, label); });
    }

    void removeApplicant()
    {
        const qsizetype index = qsizetype(m_random.bounded(quint32(m_applicants.size())));
        const QUuid applicant = m_applicants.at(index);
        act({Effect{QStringLiteral("removeApplicant"), applicant, {}, QStringLiteral("-")}},
            QStringLiteral("delete applicant"), [&] { return m_store.deleteApplicant(applicant); });
        m_applicants.removeAt(index);
    }

    domain::Registration registration(const QUuid &applicant, const QString &remarks) const
    {
        domain::Registration r = validRegistration();
        r.name = nameOf(applicant);
        r.address = QStringLiteral("北京市海淀区中关村南大街%1号").arg(m_counter % 200 + 1);
        r.remarks = remarks;
        return r;
    }

    domain::DegreeApplication application(const QString &employer)
    {
        using domain::ApplicationStateMachine;
        static const QList<domain::ApplicationState> states = ApplicationStateMachine::allStates();
        domain::DegreeApplication a = validDegreeApplication();
        a.employerName = employer;
        a.state = ApplicationStateMachine::stateCode(
            states.at(qsizetype(m_random.bounded(quint32(states.size())))));
        return a;
    }

    // An application of the applicant to change (or a new one, one time in three).
    QUuid applicationUuid(const QUuid &applicant)
    {
        auto existing = m_store.list<domain::DegreeApplication>(applicant);
        if (!existing) {
            fail(QStringLiteral("list applications"), existing.error());
        }
        if (existing->isEmpty() || m_random.bounded(3) == 0) {
            return QUuid::createUuid();
        }
        return existing->at(qsizetype(m_random.bounded(quint32(existing->size())))).meta.uuid;
    }

    void saveRegistration(const QUuid &applicant)
    {
        const QUuid record = singleUuid<domain::Registration>(applicant);
        const QString remarks = value(QStringLiteral("备注"));
        const domain::Registration r = registration(applicant, remarks);
        act({Effect{domain::Registration::kind(), applicant, record, remarks}},
            QStringLiteral("save registration"),
            [&] { return saved(m_store.save(applicant, r, record)); });
    }

    void saveBasicInfo(const QUuid &applicant)
    {
        const QUuid record = singleUuid<domain::BasicInfo>(applicant);
        const QString role = value(QStringLiteral("软件工程师"));
        domain::BasicInfo b = validBasicInfo();
        b.name = nameOf(applicant);
        b.namePinyin = domain::Pinyin::forName(b.name);
        b.resume.last().role = role;
        act({Effect{domain::BasicInfo::kind(), applicant, record, role}},
            QStringLiteral("save basic information"),
            [&] { return saved(m_store.save(applicant, b, record)); });
    }

    void saveApplication(const QUuid &applicant)
    {
        const QUuid record = applicationUuid(applicant);
        const QString employer = value(QStringLiteral("北京城建设计发展集团"));
        const domain::DegreeApplication a = application(employer);
        act({Effect{domain::DegreeApplication::kind(), applicant, record, employer}},
            QStringLiteral("save application"),
            [&] { return saved(m_store.save(applicant, a, record)); });
    }

    // Deletes one of the applicant's applications, or its basic information.
    void removeRecord(const QUuid &applicant)
    {
        auto applications = m_store.list<domain::DegreeApplication>(applicant);
        if (!applications) {
            fail(QStringLiteral("list applications"), applications.error());
        }
        auto basic = m_store.single<domain::BasicInfo>(applicant);
        if (!basic) {
            fail(QStringLiteral("read basic information"), basic.error());
        }
        QList<QUuid> candidates;
        for (const auto &stored : applications.value()) {
            candidates.append(stored.meta.uuid);
        }
        if (basic->has_value()) {
            candidates.append(basic->value().meta.uuid);
        }
        if (candidates.isEmpty()) {
            saveApplication(applicant);
            return;
        }
        const QUuid record = candidates.at(qsizetype(m_random.bounded(quint32(candidates.size()))));
        act({Effect{QStringLiteral("removeRecord"), applicant, record, QStringLiteral("-")}},
            QStringLiteral("delete record"), [&] { return m_store.removeRecord(record); });
    }

    // One user action of several calls: the registration and an application, and the label,
    // saved in one transaction; one time in two as a bulk change, whose checkpoint runs on its
    // own thread while the next actions are saved (and the kill may come in the middle of it).
    void saveTogether(const QUuid &applicant)
    {
        const QUuid registrationUuid = singleUuid<domain::Registration>(applicant);
        const QUuid applicationId = applicationUuid(applicant);
        const QString remarks = value(QStringLiteral("一起保存的备注"));
        const QString employer = value(QStringLiteral("一起保存的单位"));
        const QString label = value(nameOf(applicant));
        const domain::Registration r = registration(applicant, remarks);
        const domain::DegreeApplication a = application(employer);
        act({Effect{domain::Registration::kind(), applicant, registrationUuid, remarks},
             Effect{domain::DegreeApplication::kind(), applicant, applicationId, employer},
             Effect{QStringLiteral("applicant"), applicant, {}, label}},
            QStringLiteral("save together"), [&] {
                const auto checkpoint = m_random.bounded(2) == 0
                                            ? store::Database::Checkpoint::Background
                                            : store::Database::Checkpoint::Inline;
                return m_database.transaction(checkpoint, [&]() -> Result<void> {
                    if (auto done = saved(m_store.save(applicant, r, registrationUuid)); !done) {
                        return done;
                    }
                    if (auto done = saved(m_store.save(applicant, a, applicationId)); !done) {
                        return done;
                    }
                    return m_store.renameApplicant(applicant, label);
                });
            });
    }

    store::Database &m_database;
    store::Store &m_store;
    QRandomGenerator m_random;
    quint32 m_seed;
    qint64 m_counter = 0;
    QList<QUuid> m_applicants;
};

} // namespace
} // namespace dd::test

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool seedOk = false;
    const quint32 seed = arguments.size() == 3 ? arguments.at(2).toUInt(&seedOk) : 0;
    if (!seedOk) {
        std::fputs("usage: dd_store_crash_child <database> <seed>\n", stderr);
        return 2;
    }
    dd::store::Database database(dd::platform::Clock::system());
    dd::store::Database::Options options;
    options.dailyBackup = false;
    if (auto opened = database.open(arguments.at(1), options); !opened) {
        dd::test::fail(QStringLiteral("open"), opened.error());
    }
    dd::store::Store store(database);
    dd::test::Child child(database, store, seed);
    child.loadApplicants();
    for (;;) {
        child.step();
    }
}
