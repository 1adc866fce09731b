#include "sync/SyncEngine.h"

#include "platform/Clock.h"
#include "store/Store.h"
#include "sync/RemoteJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcSync, "dd.sync.engine")

namespace dd::sync {

using store::OutboxEntry;
using store::RemoteChange;

namespace {

QByteArray ifMatch(qint64 version)
{
    return '"' + QByteArray::number(version) + '"';
}

QString handledKey(const OutboxEntry &entry)
{
    return RemoteJson::uuidText(entry.uuid) + QLatin1Char('@') + QString::number(entry.revision);
}

QString entityPath(const OutboxEntry &entry)
{
    return (entry.entity == OutboxEntry::Entity::Applicant ? QStringLiteral("/applicants/")
                                                           : QStringLiteral("/records/"))
           + RemoteJson::uuidText(entry.uuid);
}

} // namespace

SyncEngine::SyncEngine(store::Store &store, ApiClient &api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_clock(&platform::Clock::system())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncEngine::syncNow);
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setPageSize(int changes)
{
    m_pageSize = std::clamp(changes, 1, 1000);
}

void SyncEngine::start()
{
    m_started = true;
    syncNow();
}

void SyncEngine::stop()
{
    m_started = false;
    m_timer.stop();
}

void SyncEngine::syncNow()
{
    if (m_phase != Phase::Idle) {
        m_again = true;
        return;
    }
    m_timer.stop();
    begin();
}

QDateTime SyncEngine::now() const
{
    return m_clock->now();
}

void SyncEngine::setStatus(const SyncStatus &status)
{
    if (status == m_status) {
        return;
    }
    m_status = status;
    emit statusChanged(m_status);
}

bool SyncEngine::applyCounts(SyncStatus &status)
{
    auto summary = m_store.syncSummary();
    if (!summary) {
        qCWarning(lcSync) << "cannot read the outbox:" << summary.error().detail;
        return false;
    }
    status.pending = static_cast<int>(summary->pending);
    status.conflicts = static_cast<int>(summary->conflicts);
    status.refused = static_cast<int>(summary->refused);
    return true;
}

void SyncEngine::refreshCounts()
{
    SyncStatus status = m_status;
    if (applyCounts(status)) {
        if (m_phase == Phase::Idle
            && (status.state == SyncStatus::State::UpToDate
                || status.state == SyncStatus::State::Conflicts)) {
            status.state =
                status.conflicts > 0 ? SyncStatus::State::Conflicts : SyncStatus::State::UpToDate;
        }
        setStatus(status);
    }
}

void SyncEngine::begin()
{
    SyncStatus status = m_status;
    status.message.clear();
    status.nextAttempt = {};
    status.done = 0;
    status.total = 0;
    if (!m_api.server().isValid() || !m_api.hasToken()) {
        status.state = SyncStatus::State::NotConnected;
        applyCounts(status);
        setStatus(status);
        emit syncFinished();
        return;
    }
    auto cursor = m_store.feedCursor();
    if (!cursor) {
        finishStore(cursor.error());
        return;
    }
    m_cursor = *cursor;
    m_phase = Phase::Push;
    m_batch.clear();
    m_handled.clear();
    m_again = false;
    status.state = SyncStatus::State::Syncing;
    applyCounts(status);
    status.total = status.pending;
    setStatus(status);
    qCDebug(lcSync) << "sync begins:" << status.pending << "to push";
    pushNext();
}

// --- push -----------------------------------------------------------------------------------

void SyncEngine::pushNext()
{
    if (m_batch.isEmpty()) {
        auto pending = m_store.pendingChanges(100);
        if (!pending) {
            finishStore(pending.error());
            return;
        }
        m_batch = *pending;
        // A change already pushed in this sync that is still waiting: the store kept it
        // (it should not): stop rather than push it again and again.
        for (const OutboxEntry &entry : std::as_const(m_batch)) {
            if (m_handled.contains(handledKey(entry))) {
                finishFailed(tr("A change could not be pushed to the server. Try again later."),
                             QStringLiteral("outbox entry %1 still pending after its push")
                                 .arg(handledKey(entry)));
                return;
            }
        }
        if (m_batch.isEmpty()) {
            m_phase = Phase::Pull;
            pullNext(m_cursor);
            return;
        }
    }
    push(m_batch.takeFirst());
}

void SyncEngine::push(const OutboxEntry &entry)
{
    m_handled.insert(handledKey(entry));
    const ApiHeaders headers{
        {"If-Match", ifMatch(entry.baseVersion)},
        {"Idempotency-Key", RemoteJson::uuidText(entry.idempotencyKey).toLatin1()}};
    std::optional<QJsonObject> body;
    QByteArray method = "DELETE";
    if (entry.operation == OutboxEntry::Operation::Upsert) {
        method = "PUT";
        if (entry.entity == OutboxEntry::Entity::Applicant) {
            auto applicant = m_store.applicant(entry.uuid);
            if (!applicant) {
                finishStore(applicant.error());
                return;
            }
            body = RemoteJson::applicantBody(applicant->label);
        } else {
            auto record = m_store.recordJson(entry.uuid);
            if (!record) {
                finishStore(record.error());
                return;
            }
            if (!record->has_value()) {
                finishFailed(
                    tr("A change could not be pushed to the server: its record is "
                       "missing from this computer's database."),
                    QStringLiteral("outbox entry %1 without its record").arg(handledKey(entry)));
                return;
            }
            body = RemoteJson::recordBody(record->value().first, record->value().second);
        }
    }
    m_api.send(method, entityPath(entry), body, headers, this,
               [this, entry](const ApiResponse &response, const ApiError *error) {
                   pushed(entry, response, error);
               });
}

void SyncEngine::pushed(const OutboxEntry &entry, const ApiResponse &response,
                        const ApiError *error)
{
    if (!error) {
        const qint64 version = RemoteJson::versionIn(response.json);
        if (version <= 0) {
            finishFailed(
                tr("The server at %1 gave an answer DegreeDesk does not understand.")
                    .arg(m_api.serverName()),
                QStringLiteral("push of %1: no version in the answer").arg(handledKey(entry)));
            return;
        }
        if (response.replayed) {
            qCInfo(lcSync) << "push of" << handledKey(entry) << "was applied before (replayed)";
        }
        if (auto marked = m_store.markPushed(entry.uuid, entry.revision, version); !marked) {
            finishStore(marked.error());
            return;
        }
    } else if (error->status == 401) {
        finishLoginRequired(*error);
        return;
    } else if (isRetryable(*error)) {
        finishOffline(*error);
        return;
    } else if (error->kind != ApiError::Kind::Server) {
        finishFailed(error->message, error->detail);
        return;
    } else if (error->status == 409 && error->answer.contains(u"current")) {
        QString why;
        const auto theirs =
            RemoteJson::fromCurrent(error->answer.value(u"current").toObject(), &why);
        if (!theirs) {
            finishFailed(tr("The server at %1 gave an answer DegreeDesk does not understand.")
                             .arg(m_api.serverName()),
                         QStringLiteral("409 of %1: %2").arg(handledKey(entry), why));
            return;
        }
        qCInfo(lcSync) << "conflict:" << error->code << handledKey(entry);
        if (auto kept = m_store.recordConflict(entry.uuid, *theirs); !kept) {
            finishStore(kept.error());
            return;
        }
    } else {
        // A rule of the server refuses this change: it waits, with the server's reason, for
        // the user to change it.
        const QString message = error->detail.isEmpty() ? error->message : error->detail;
        qCInfo(lcSync) << "refused:" << error->status << error->code << handledKey(entry);
        if (auto held = m_store.markRefused(entry.uuid, entry.revision, error->code, message);
            !held) {
            finishStore(held.error());
            return;
        }
    }
    SyncStatus status = m_status;
    ++status.done;
    status.total = std::max(status.total, status.done);
    setStatus(status);
    pushNext();
}

// --- pull -----------------------------------------------------------------------------------

void SyncEngine::pullNext(const QString &since)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("since"), since.isEmpty() ? QStringLiteral("0") : since);
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    const quint64 serial = ++m_pullSerial;
    m_api.send("GET", QStringLiteral("/changes?") + query.toString(QUrl::FullyEncoded),
               std::nullopt, {}, this,
               [this, serial](const ApiResponse &response, const ApiError *error) {
                   if (serial != m_pullSerial || m_phase != Phase::Pull) {
                       return; // asked for ahead, and the sync ended before it came
                   }
                   pulled(response, error);
               });
}

void SyncEngine::pulled(const ApiResponse &response, const ApiError *error)
{
    if (error) {
        if (error->status == 401) {
            finishLoginRequired(*error);
        } else if (isRetryable(*error)) {
            finishOffline(*error);
        } else {
            finishFailed(error->message, error->detail);
        }
        return;
    }
    const QJsonArray changes = response.json.value(u"changes").toArray();
    const QString cursor = response.json.value(u"cursor").toString();
    const QString badAnswer = tr("The server at %1 gave an answer DegreeDesk does not understand.")
                                  .arg(m_api.serverName());
    if (cursor.isEmpty() || !response.json.value(u"more").isBool()) {
        finishFailed(badAnswer, QStringLiteral("a page of the feed without cursor or more"));
        return;
    }
    QList<RemoteChange> page;
    page.reserve(changes.size());
    for (const QJsonValue &value : changes) {
        QString why;
        auto change = RemoteJson::fromChange(value.toObject(), &why);
        if (!change) {
            finishFailed(badAnswer, QStringLiteral("the feed after %1: %2").arg(m_cursor, why));
            return;
        }
        page.append(std::move(*change));
    }
    const bool more = response.json.value(u"more").toBool() && !page.isEmpty();
    if (more) {
        // The server reads the next page while the store applies this one. Should this one
        // fail, the sync ends and the next page's answer is dropped.
        pullNext(cursor);
    }
    QElapsedTimer applying;
    applying.start();
    auto report = m_store.applyRemote(page, cursor);
    qCDebug(lcSync) << "page of" << page.size() << "changes applied in" << applying.elapsed()
                    << "ms";
    if (!report) {
        finishStore(report.error());
        return;
    }
    m_cursor = cursor;
    SyncStatus status = m_status;
    status.done += static_cast<int>(page.size());
    status.total = more ? 0 : status.done;
    applyCounts(status);
    setStatus(status);
    if (!more) {
        finishSynced();
    }
}

// --- the end of a sync ------------------------------------------------------------------------

bool SyncEngine::isRetryable(const ApiError &error) const
{
    // A TLS failure is retried too: a captive portal or a proxy that comes and goes looks the
    // same as a certificate that is wrong for good, and retrying costs nothing.
    return error.isTransient() || error.kind == ApiError::Kind::Tls;
}

void SyncEngine::finishSynced()
{
    m_backoff.reset();
    SyncStatus status = m_status;
    if (!applyCounts(status)) {
        finishFailed(tr("The local database could not be read."), QString());
        return;
    }
    status.lastSynced = now();
    status.nextAttempt = {};
    status.message.clear();
    status.total = status.done;
    if (status.conflicts > 0) {
        status.state = SyncStatus::State::Conflicts;
    } else if (status.refused > 0) {
        status.state = SyncStatus::State::Failed;
        status.message = tr("The server refused %n change(s). Correct them and save again.",
                            nullptr, status.refused);
    } else {
        status.state = SyncStatus::State::UpToDate;
    }
    setStatus(status);
    qCDebug(lcSync) << "sync done:" << status.done << "changes";
    // Changes made while this sync ran (a pull's automatic merges, local saves) go out at once,
    // by one more sync: only one, so that a change that cannot leave never loops.
    if (status.pending > 0 && !m_followingUp) {
        m_followingUp = true;
        m_again = true;
    } else {
        m_followingUp = false;
    }
    ended(m_intervalMs);
}

void SyncEngine::finishOffline(const ApiError &error)
{
    const int delay = error.retryAfter > 0
                          ? std::max(error.retryAfter * 1000, m_backoff.nextDelayMs())
                          : m_backoff.nextDelayMs();
    qCInfo(lcSync) << "offline:" << error.code << error.detail << "retry in" << delay << "ms";
    SyncStatus status = m_status;
    applyCounts(status);
    status.state = SyncStatus::State::Offline;
    status.message = error.message;
    status.nextAttempt = now().addMSecs(delay);
    setStatus(status);
    ended(delay);
}

void SyncEngine::finishLoginRequired(const ApiError &error)
{
    qCInfo(lcSync) << "login required:" << error.code;
    SyncStatus status = m_status;
    applyCounts(status);
    status.state = SyncStatus::State::LoginRequired;
    status.message = tr("The session on the server %1 has ended. Log in again: the changes "
                        "made on this computer are kept and will be sent then.")
                         .arg(m_api.serverName());
    status.nextAttempt = {};
    setStatus(status);
    // No retry by the timer: the same token would be refused again. A new login calls
    // syncNow().
    ended(-1);
}

void SyncEngine::finishFailed(const QString &message, const QString &detail)
{
    qCWarning(lcSync) << "sync failed:" << detail;
    SyncStatus status = m_status;
    applyCounts(status);
    status.state = SyncStatus::State::Failed;
    status.message = message;
    status.nextAttempt = {};
    setStatus(status);
    ended(m_intervalMs);
}

void SyncEngine::finishStore(const store::StoreError &error)
{
    finishFailed(error.message, error.detail);
}

void SyncEngine::ended(int nextInMs)
{
    m_phase = Phase::Idle;
    m_batch.clear();
    emit syncFinished();
    if (m_again && m_status.state != SyncStatus::State::LoginRequired
        && m_status.state != SyncStatus::State::Offline) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
        return;
    }
    m_again = false;
    if (m_started && nextInMs >= 0) {
        m_timer.start(nextInMs);
    }
}

} // namespace dd::sync
