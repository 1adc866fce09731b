#include "RecordsApi.h"

#include "ApplicationPush.h"
#include "HttpJson.h"
#include "ServerDatabase.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/DegreeApplication.h"
#include "domain/Field.h"
#include "domain/Photo.h"
#include "domain/RecordTypes.h"
#include "photo/PhotoPipeline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QUuid>

namespace dd::server {

Q_LOGGING_CATEGORY(lcRecordsApi, "dd.server.api.records")

namespace {

using Status = QHttpServerResponse::StatusCode;
using Machine = domain::ApplicationStateMachine;

const QString ApplicantKey = QStringLiteral("applicant");
const QString RecordKey = QStringLiteral("record");
const QString KindKey = QStringLiteral("kind");
const QString BodyKey = QStringLiteral("body");
const QString ActionKey = QStringLiteral("action");
const QString NoteKey = QStringLiteral("note");
const QString LabelKey = QStringLiteral("label");

ApiError notFound(const QString &what, const QString &id, const QString &field = {})
{
    return ApiError::make(Status::NotFound, QStringLiteral("notFound"),
                          QStringLiteral("There is no %1 %2.").arg(what, id), field);
}

ApiError invalidField(const QString &field, const QString &message)
{
    return ApiError::make(Status::BadRequest, QStringLiteral("invalidField"), message, field);
}

// The path ("resume[2].employer") of the first text inside `value` longer than `maxLength`;
// empty when there is none. The photo's JPEG ("jpeg" at the top) is the one long text allowed.
QString firstLongText(const QJsonValue &value, const QString &path, int maxLength)
{
    if (value.isString()) {
        return value.toString().size() > maxLength ? path : QString();
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString inner = firstLongText(
                array.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                maxLength);
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        return {};
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (path.isEmpty() && it.key() == domain::Photo::JpegKey) {
                continue;
            }
            const QString inner = firstLongText(
                it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                maxLength);
            if (!inner.isEmpty()) {
                return inner;
            }
        }
    }
    return {};
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isSuccess(Status status)
{
    const int code = static_cast<int>(status);
    return code >= 200 && code < 300;
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    default:
        return QStringLiteral("OTHER");
    }
}

struct Conflict
{
    QString code;
    QString message;
};

// Why a write of version `ifMatch` cannot apply to a stored thing, if it cannot: answered 409
// with the current applicant or record (a tombstone too).
std::optional<Conflict> versionConflict(const QString &what, bool deleted, qint64 version,
                                        qint64 ifMatch)
{
    if (deleted) {
        return Conflict{QStringLiteral("deleted"),
                        QStringLiteral("The %1 was deleted (version %2).").arg(what).arg(version)};
    }
    if (ifMatch == 0) {
        return Conflict{QStringLiteral("versionConflict"),
                        QStringLiteral("The %1 exists already (version %2): If-Match \"0\" only "
                                       "creates.")
                            .arg(what)
                            .arg(version)};
    }
    if (ifMatch != version) {
        return Conflict{QStringLiteral("versionConflict"),
                        QStringLiteral("The %1 is at version %2, not %3: it changed since you "
                                       "read it.")
                            .arg(what)
                            .arg(version)
                            .arg(ifMatch)};
    }
    return std::nullopt;
}

QJsonObject conflictBody(const Conflict &conflict, const QString &key, const QJsonObject &current)
{
    QJsonObject body = ApiError::make(Status::Conflict, conflict.code, conflict.message).toJson();
    body.insert(QStringLiteral("current"), QJsonObject{{key, current}});
    return body;
}

// The JSON of a photo record checked again with app/photo: failedRules are the server's own.
ApiResult<QJsonObject> checkedPhoto(const QJsonObject &body)
{
    domain::Findings ignored;
    domain::Photo photo = domain::Photo::fromJson(body, &ignored);
    if (photo.jpeg.isEmpty()) {
        return ApiError::make(Status::UnprocessableEntity, QStringLiteral("photoRejected"),
                              QStringLiteral("The photo record has no JPEG."),
                              domain::Photo::JpegKey);
    }
    const photo::PhotoReport report = photo::PhotoPipeline::check(photo.jpeg);
    if (!report.compliant()) {
        ApiError error =
            ApiError::make(Status::UnprocessableEntity, QStringLiteral("photoRejected"),
                           QStringLiteral("The photo does not meet the portal's rules: %1")
                               .arg(report.errorMessages().join(QStringLiteral(" "))),
                           domain::Photo::JpegKey);
        for (const photo::PhotoFinding &finding : report.findings) {
            if (finding.severity != photo::PhotoFinding::Severity::Pass) {
                error.findings.append(finding.toJson());
            }
        }
        return error;
    }
    photo.failedRules = report.failedRules();
    return photo.toJson();
}

} // namespace

RecordsApi::RecordsApi(const ServerDatabase &database)
    : m_database(database)
    , m_accounts(database)
    , m_sessions(database)
    , m_applicants(database)
    , m_records(database)
    , m_feed(database)
    , m_idempotency(database)
{}

std::optional<qint64> RecordsApi::parseIfMatch(const QByteArray &value)
{
    QByteArray text = value.trimmed();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"')) {
        text = text.mid(1, text.size() - 2);
    }
    if (text.isEmpty() || text.size() > 15) {
        return std::nullopt;
    }
    for (const char c : std::as_const(text)) {
        if (c < '0' || c > '9') {
            return std::nullopt;
        }
    }
    return text.toLongLong();
}

QString RecordsApi::normalizedUuid(const QString &text)
{
    if (text.size() != 36 && text.size() != 38) {
        return {};
    }
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

ApiResult<Access::Viewer> RecordsApi::authenticate(const QHttpServerRequest &request)
{
    const auto account = m_sessions.accountOf(HttpJson::bearer(request), m_accounts);
    if (!account) {
        return account.error();
    }
    return Access::of(account.value());
}

ApiResult<ApplicantRow> RecordsApi::visibleApplicant(const Access::Viewer &viewer,
                                                     const QString &id, const QString &field) const
{
    const auto found = m_applicants.find(id);
    if (!found) {
        return found.error();
    }
    if (!found.value()
        || !Access::canSee(viewer, {found.value()->centerId, found.value()->ownerAccountId})) {
        return notFound(QStringLiteral("applicant"), id, field);
    }
    return *found.value();
}

QHttpServerResponse RecordsApi::respond(const Answer &answer, bool replay)
{
    QHttpServerResponse response(answer.body, answer.status);
    if (isSuccess(answer.status)) {
        for (const QString &key : {ApplicantKey, RecordKey}) {
            if (answer.body.value(key).isObject()) {
                const qint64 version =
                    answer.body.value(key).toObject().value(QStringLiteral("version")).toInteger();
                response.setHeader(QByteArrayLiteral("ETag"),
                                   '"' + QByteArray::number(version) + '"');
            }
        }
    }
    if (replay) {
        response.setHeader(QByteArrayLiteral("Idempotent-Replay"), QByteArrayLiteral("true"));
    }
    return response;
}

QHttpServerResponse RecordsApi::write(const QString &uuid, const QHttpServerRequest &request,
                                      const Work &work)
{
    const auto viewer = authenticate(request);
    if (!viewer) {
        return viewer.error().toResponse();
    }
    const QString id = normalizedUuid(uuid);
    if (id.isEmpty()) {
        return notFound(QStringLiteral("such"), QStringLiteral("path (not a UUID)")).toResponse();
    }
    const QByteArray ifMatchHeader = HttpJson::header(request.headers(), "If-Match");

    // Idempotency-Key: an answer kept for the same request is given again as it was.
    const QByteArray keyHeader = HttpJson::header(request.headers(), "Idempotency-Key").trimmed();
    const QString key = QString::fromLatin1(keyHeader);
    QString digest;
    auto replay = [&]() -> std::optional<QHttpServerResponse> {
        const auto kept = m_idempotency.find(viewer->accountId, key);
        if (!kept) {
            return kept.error().toResponse();
        }
        if (!kept.value()) {
            return std::nullopt;
        }
        if (kept.value()->digest != digest) {
            return ApiError::make(Status::UnprocessableEntity,
                                  QStringLiteral("idempotencyKeyReused"),
                                  QStringLiteral("This Idempotency-Key was used for another "
                                                 "request; use a new key for a new request."),
                                  QStringLiteral("Idempotency-Key"))
                .toResponse();
        }
        const QJsonObject body = QJsonDocument::fromJson(kept.value()->body).object();
        return respond(Answer{static_cast<Status>(kept.value()->status), body}, true);
    };
    if (!key.isEmpty()) {
        if (!Idempotency::isValidKey(key)) {
            return ApiError::make(Status::BadRequest, QStringLiteral("badIdempotencyKey"),
                                  QStringLiteral("Idempotency-Key must be a UUID."),
                                  QStringLiteral("Idempotency-Key"))
                .toResponse();
        }
        digest = Idempotency::digest(methodName(request.method()).toLatin1(), request.url().path(),
                                     ifMatchHeader, request.body());
        if (auto replayed = replay()) {
            return std::move(*replayed);
        }
    }

    if (ifMatchHeader.trimmed().isEmpty()) {
        return ApiError::make(Status::PreconditionRequired, QStringLiteral("preconditionRequired"),
                              QStringLiteral("Send If-Match with the version you last saw "
                                             "(\"0\" to create)."),
                              QStringLiteral("If-Match"))
            .toResponse();
    }
    const auto ifMatch = parseIfMatch(ifMatchHeader);
    if (!ifMatch) {
        return ApiError::make(Status::BadRequest, QStringLiteral("badIfMatch"),
                              QStringLiteral("If-Match must be a version: \"0\", \"1\", ..."),
                              QStringLiteral("If-Match"))
            .toResponse();
    }

    std::optional<Answer> answer;
    const auto done = m_database.inTransaction([&]() -> ApiResult<void> {
        auto result = work(Write{*viewer, id, *ifMatch, request});
        if (!result) {
            return result.error();
        }
        answer = std::move(result).value();
        if (!key.isEmpty() && isSuccess(answer->status)) {
            return m_idempotency.store(viewer->accountId, key,
                                       Idempotency::Stored{digest, static_cast<int>(answer->status),
                                                           compact(answer->body)});
        }
        return {};
    });
    if (!done) {
        // The same key may have been kept meanwhile by a request running at the same time.
        if (!key.isEmpty() && done.error().status == Status::InternalServerError) {
            if (auto replayed = replay()) {
                return std::move(*replayed);
            }
        }
        return done.error().toResponse();
    }
    return respond(*answer);
}

// --- applicants ----------------------------------------------------------------------------

QHttpServerResponse RecordsApi::putApplicant(const QString &uuid, const QHttpServerRequest &request)
{
    return write(uuid, request, [this](const Write &w) { return writeApplicant(w); });
}

QHttpServerResponse RecordsApi::deleteApplicant(const QString &uuid,
                                                const QHttpServerRequest &request)
{
    return write(uuid, request, [this](const Write &w) { return removeApplicant(w); });
}

ApiResult<RecordsApi::Answer> RecordsApi::writeApplicant(const Write &w)
{
    static const QList<HttpJson::FieldSpec> fields{{LabelKey, HttpJson::Type::String, false}};
    const auto body = HttpJson::readObject(w.request, fields);
    if (!body) {
        return body.error();
    }
    const QString label = body->value(LabelKey).toString();
    const QDateTime now = m_database.clock().now();
    const auto found = m_applicants.find(w.id);
    if (!found) {
        return found.error();
    }
    std::optional<ApplicantRow> row = found.value();
    if (row && !Access::canSee(w.viewer, {row->centerId, row->ownerAccountId})) {
        return notFound(QStringLiteral("applicant"), w.id);
    }
    if (!row) {
        if (w.ifMatch != 0) {
            return notFound(QStringLiteral("applicant"),
                            w.id
                                + QStringLiteral(" (create it with If-Match "
                                                 "\"0\")"));
        }
        if (!Access::canCreate(w.viewer)) {
            return ApiError::make(Status::Forbidden, QStringLiteral("forbidden"),
                                  QStringLiteral("Staff without a center cannot create "
                                                 "applicants."));
        }
        const Access::Scope scope = Access::scopeOfNew(w.viewer);
        ApplicantRow created;
        created.id = w.id;
        created.centerId = scope.centerId;
        created.ownerAccountId = scope.ownerAccountId;
        created.label = label;
        created.version = 1;
        created.createdAt = now;
        created.updatedAt = now;
        created.updatedBy = w.viewer.accountId;
        const auto seq = m_feed.next();
        if (!seq) {
            return seq.error();
        }
        created.changeSeq = seq.value();
        if (const auto inserted = m_applicants.insert(created); !inserted) {
            return inserted.error();
        }
        const auto stored = visibleApplicant(w.viewer, w.id);
        if (!stored) {
            return stored.error();
        }
        return Answer{Status::Created, {{ApplicantKey, stored->toJson()}}};
    }
    if (const auto conflict =
            versionConflict(QStringLiteral("applicant"), row->deleted, row->version, w.ifMatch)) {
        return Answer{Status::Conflict, conflictBody(*conflict, ApplicantKey, row->toJson())};
    }
    const auto seq = m_feed.next();
    if (!seq) {
        return seq.error();
    }
    row->label = label;
    row->version += 1;
    row->changeSeq = seq.value();
    row->updatedAt = now;
    row->updatedBy = w.viewer.accountId;
    if (const auto updated = m_applicants.update(*row); !updated) {
        return updated.error();
    }
    return Answer{Status::Ok, {{ApplicantKey, row->toJson()}}};
}

ApiResult<RecordsApi::Answer> RecordsApi::removeApplicant(const Write &w)
{
    auto row = visibleApplicant(w.viewer, w.id);
    if (!row) {
        return row.error();
    }
    if (const auto conflict =
            versionConflict(QStringLiteral("applicant"), row->deleted, row->version, w.ifMatch)) {
        return Answer{Status::Conflict, conflictBody(*conflict, ApplicantKey, row->toJson())};
    }
    const QDateTime now = m_database.clock().now();
    const auto live = m_records.liveOf(w.id);
    if (!live) {
        return live.error();
    }
    for (RecordRow record : live.value()) {
        const auto seq = m_feed.next();
        if (!seq) {
            return seq.error();
        }
        record.deleted = true;
        record.version += 1;
        record.changeSeq = seq.value();
        record.updatedAt = now;
        record.updatedBy = w.viewer.accountId;
        if (const auto updated = m_records.update(record); !updated) {
            return updated.error();
        }
    }
    const auto seq = m_feed.next();
    if (!seq) {
        return seq.error();
    }
    ApplicantRow &applicant = row.value();
    applicant.deleted = true;
    applicant.version += 1;
    applicant.changeSeq = seq.value();
    applicant.updatedAt = now;
    applicant.updatedBy = w.viewer.accountId;
    if (const auto updated = m_applicants.update(applicant); !updated) {
        return updated.error();
    }
    return Answer{Status::Ok, {{ApplicantKey, applicant.toJson()}}};
}

QHttpServerResponse RecordsApi::getApplicant(const QString &uuid, const QHttpServerRequest &request)
{
    const auto viewer = authenticate(request);
    if (!viewer) {
        return viewer.error().toResponse();
    }
    const QString id = normalizedUuid(uuid);
    const auto applicant =
        id.isEmpty() ? ApiResult<ApplicantRow>(notFound(QStringLiteral("applicant"), uuid.left(40)))
                     : visibleApplicant(*viewer, id);
    if (!applicant) {
        return applicant.error().toResponse();
    }
    QJsonArray records;
    if (!applicant->deleted) {
        const auto live = m_records.liveOf(id);
        if (!live) {
            return live.error().toResponse();
        }
        for (const RecordRow &record : live.value()) {
            records.append(record.toJson());
        }
    }
    return respond(Answer{
        Status::Ok, {{ApplicantKey, applicant->toJson()}, {QStringLiteral("records"), records}}});
}

// --- records -------------------------------------------------------------------------------

QHttpServerResponse RecordsApi::putRecord(const QString &uuid, const QHttpServerRequest &request)
{
    return write(uuid, request, [this](const Write &w) { return writeRecord(w); });
}

QHttpServerResponse RecordsApi::deleteRecord(const QString &uuid, const QHttpServerRequest &request)
{
    return write(uuid, request, [this](const Write &w) { return removeRecord(w); });
}

QHttpServerResponse RecordsApi::recordAction(const QString &uuid, const QHttpServerRequest &request)
{
    return write(uuid, request, [this](const Write &w) { return applyAction(w); });
}

ApiResult<RecordsApi::Answer> RecordsApi::writeRecord(const Write &w)
{
    const QByteArray &raw = w.request.body();
    auto object = HttpJson::parseObject(raw, HttpJson::header(w.request.headers(), "Content-Type"),
                                        MaxRecordBytes);
    if (!object) {
        return object.error();
    }
    QJsonObject envelope = object.value();
    const QJsonValue bodyValue = envelope.take(BodyKey);
    static const QList<HttpJson::FieldSpec> fields{
        {ApplicantKey, HttpJson::Type::String, true, 64},
        {KindKey, HttpJson::Type::String, true, 64},
    };
    if (const auto checked = HttpJson::checkFields(envelope, fields); !checked) {
        return checked.error();
    }
    if (bodyValue.isUndefined() || bodyValue.isNull()) {
        return ApiError::make(Status::BadRequest, QStringLiteral("missingField"),
                              QStringLiteral("body is required."), BodyKey);
    }
    if (!bodyValue.isObject()) {
        return ApiError::make(Status::BadRequest, QStringLiteral("wrongType"),
                              QStringLiteral("body must be an object."), BodyKey);
    }
    const QString kind = envelope.value(KindKey).toString();
    if (!domain::RecordTypes::isKnown(kind)) {
        return invalidField(KindKey, QStringLiteral("\"%1\" is not a kind of record.").arg(kind));
    }
    if (kind != domain::Photo::kind() && raw.size() > HttpJson::MaxBodyBytes) {
        return ApiError::make(Status::PayloadTooLarge, QStringLiteral("bodyTooLarge"),
                              QStringLiteral("The request body is larger than %1 bytes (only a "
                                             "photo may be larger).")
                                  .arg(HttpJson::MaxBodyBytes));
    }
    const QString applicantId = normalizedUuid(envelope.value(ApplicantKey).toString());
    if (applicantId.isEmpty()) {
        return invalidField(ApplicantKey, QStringLiteral("applicant must be a UUID."));
    }
    QJsonObject body = bodyValue.toObject();
    // No text of any record is near this long (app/domain's longest field has 200 characters):
    // a longer one is refused before it is stored, whatever the validators would say of it.
    if (const QString longText = firstLongText(body, {}, MaxRecordTextLength);
        !longText.isEmpty()) {
        return ApiError::make(Status::BadRequest, QStringLiteral("tooLong"),
                              QStringLiteral("%1 is longer than %2 characters.")
                                  .arg(longText)
                                  .arg(MaxRecordTextLength),
                              longText);
    }
    // Strictly as its app/domain type; a draft (incomplete) reads, an unreadable one does not.
    if (const auto readable = HttpJson::checkFindings(domain::RecordTypes::read(kind, body));
        !readable) {
        return readable.error();
    }

    const auto found = m_records.find(w.id);
    if (!found) {
        return found.error();
    }
    const std::optional<RecordRow> &stored = found.value();
    if (stored) {
        if (const auto applicant = visibleApplicant(w.viewer, stored->applicantId); !applicant) {
            return notFound(QStringLiteral("record"), w.id);
        }
        if (const auto conflict = versionConflict(QStringLiteral("record"), stored->deleted,
                                                  stored->version, w.ifMatch)) {
            return Answer{Status::Conflict, conflictBody(*conflict, RecordKey, stored->toJson())};
        }
        if (stored->applicantId != applicantId) {
            return invalidField(
                ApplicantKey,
                QStringLiteral("A record stays with its applicant (%1).").arg(stored->applicantId));
        }
        if (stored->kind != kind) {
            return invalidField(KindKey,
                                QStringLiteral("A record keeps its kind (%1).").arg(stored->kind));
        }
    } else {
        if (w.ifMatch != 0) {
            return notFound(QStringLiteral("record"),
                            w.id + QStringLiteral(" (create it with If-Match \"0\")"));
        }
        const auto applicant = visibleApplicant(w.viewer, applicantId, ApplicantKey);
        if (!applicant) {
            return applicant.error();
        }
        if (applicant->deleted) {
            return notFound(QStringLiteral("applicant"), applicantId, ApplicantKey);
        }
        if (domain::RecordTypes::isSingle(kind)) {
            const auto live = m_records.liveOf(applicantId, kind);
            if (!live) {
                return live.error();
            }
            if (!live->isEmpty()) {
                const Conflict conflict{
                    QStringLiteral("singleKindExists"),
                    QStringLiteral("The applicant has a %1 record already (%2): update that one.")
                        .arg(kind, live->constFirst().id)};
                return Answer{Status::Conflict,
                              conflictBody(conflict, RecordKey, live->constFirst().toJson())};
            }
        }
    }

    QList<domain::StateChange> added;
    qsizetype timelineBefore = 0;
    if (kind == domain::Photo::kind()) {
        auto checked = checkedPhoto(body);
        if (!checked) {
            return checked.error();
        }
        body = checked.value();
    } else if (kind == domain::DegreeApplication::kind()) {
        domain::Findings ignored;
        const domain::DegreeApplication pushed =
            domain::DegreeApplication::fromJson(body, &ignored);
        std::optional<domain::DegreeApplication> before;
        if (stored) {
            before = domain::DegreeApplication::fromJson(stored->body, &ignored);
            timelineBefore = before->timeline.size();
        }
        const auto others = m_records.liveOf(applicantId, kind);
        if (!others) {
            return others.error();
        }
        QList<domain::ApplicationState> states;
        for (const RecordRow &other : others.value()) {
            if (other.id == w.id) {
                continue;
            }
            const auto state = Machine::stateFromCode(
                domain::DegreeApplication::fromJson(other.body, &ignored).state);
            if (state) {
                states.append(*state);
            }
        }
        const auto checked =
            ApplicationPush::check(before, pushed, Access::mayRecordDecisions(w.viewer), states);
        if (!checked) {
            return checked.error();
        }
        added = checked.value();
    }

    const auto seq = m_feed.next();
    if (!seq) {
        return seq.error();
    }
    const QDateTime now = m_database.clock().now();
    RecordRow row = stored ? *stored : RecordRow{};
    row.id = w.id;
    row.applicantId = applicantId;
    row.kind = kind;
    row.body = body;
    row.version = stored ? stored->version + 1 : 1;
    row.changeSeq = seq.value();
    row.deleted = false;
    row.updatedAt = now;
    row.updatedBy = w.viewer.accountId;
    const auto written = stored ? m_records.update(row) : m_records.insert(row);
    if (!written) {
        return written.error();
    }
    if (!added.isEmpty()) {
        if (const auto kept = m_records.addStateChanges(w.id, int(timelineBefore), added,
                                                        w.viewer.accountId, now);
            !kept) {
            return kept.error();
        }
    }
    return Answer{stored ? Status::Ok : Status::Created, {{RecordKey, row.toJson()}}};
}

ApiResult<RecordsApi::Answer> RecordsApi::removeRecord(const Write &w)
{
    const auto found = m_records.find(w.id);
    if (!found) {
        return found.error();
    }
    if (!found.value() || !visibleApplicant(w.viewer, found.value()->applicantId)) {
        return notFound(QStringLiteral("record"), w.id);
    }
    RecordRow row = *found.value();
    if (const auto conflict =
            versionConflict(QStringLiteral("record"), row.deleted, row.version, w.ifMatch)) {
        return Answer{Status::Conflict, conflictBody(*conflict, RecordKey, row.toJson())};
    }
    if (row.kind == domain::DegreeApplication::kind()) {
        domain::Findings ignored;
        const auto application = domain::DegreeApplication::fromJson(row.body, &ignored);
        const auto state = Machine::stateFromCode(application.state);
        const Machine::Transition transition = Machine::check(
            state.value_or(Machine::initialState()), domain::ApplicationAction::Delete);
        if (!transition.allowed) {
            return ApplicationPush::refusal(domain::Field::State, transition.reason);
        }
    }
    const auto seq = m_feed.next();
    if (!seq) {
        return seq.error();
    }
    row.deleted = true;
    row.version += 1;
    row.changeSeq = seq.value();
    row.updatedAt = m_database.clock().now();
    row.updatedBy = w.viewer.accountId;
    if (const auto updated = m_records.update(row); !updated) {
        return updated.error();
    }
    return Answer{Status::Ok, {{RecordKey, row.toJson()}}};
}

ApiResult<RecordsApi::Answer> RecordsApi::applyAction(const Write &w)
{
    static const QList<HttpJson::FieldSpec> fields{
        {ActionKey, HttpJson::Type::String, true, 64},
        {NoteKey, HttpJson::Type::String, false, MaxNoteLength},
    };
    const auto body = HttpJson::readObject(w.request, fields);
    if (!body) {
        return body.error();
    }
    const auto found = m_records.find(w.id);
    if (!found) {
        return found.error();
    }
    if (!found.value() || !visibleApplicant(w.viewer, found.value()->applicantId)) {
        return notFound(QStringLiteral("record"), w.id);
    }
    RecordRow row = *found.value();
    if (const auto conflict =
            versionConflict(QStringLiteral("record"), row.deleted, row.version, w.ifMatch)) {
        return Answer{Status::Conflict, conflictBody(*conflict, RecordKey, row.toJson())};
    }
    if (row.kind != domain::DegreeApplication::kind()) {
        return ApplicationPush::refusal(ActionKey,
                                        QStringLiteral("Only a degree application has actions; "
                                                       "this record is a %1.")
                                            .arg(row.kind));
    }
    const QString code = body->value(ActionKey).toString();
    const auto action = Machine::actionFromCode(code);
    if (!action) {
        return invalidField(
            ActionKey,
            QStringLiteral("\"%1\" is not an action of a degree application.").arg(code));
    }
    if (*action == domain::ApplicationAction::Create
        || *action == domain::ApplicationAction::Delete) {
        return invalidField(ActionKey, QStringLiteral("\"%1\" is done with PUT or DELETE "
                                                      "/records/{uuid}, not as an action.")
                                           .arg(code));
    }
    if (!Machine::isApplicantAction(*action) && !Access::mayRecordDecisions(w.viewer)) {
        return ApplicationPush::institutionOnly(*action, ActionKey);
    }
    domain::Findings ignored;
    domain::DegreeApplication application = domain::DegreeApplication::fromJson(row.body, &ignored);
    domain::ApplicationState state =
        Machine::stateFromCode(application.state).value_or(Machine::initialState());
    const qsizetype before = application.timeline.size();
    const QDateTime now = m_database.clock().now();
    const domain::Findings refused =
        Machine::apply(state, application.timeline, *action, now, body->value(NoteKey).toString());
    if (domain::hasErrors(refused)) {
        return ApplicationPush::refusal(refused);
    }
    application.state = Machine::stateCode(state);
    const auto seq = m_feed.next();
    if (!seq) {
        return seq.error();
    }
    row.body = application.toJson();
    row.version += 1;
    row.changeSeq = seq.value();
    row.updatedAt = now;
    row.updatedBy = w.viewer.accountId;
    if (const auto updated = m_records.update(row); !updated) {
        return updated.error();
    }
    if (const auto kept = m_records.addStateChanges(
            w.id, int(before), application.timeline.mid(before), w.viewer.accountId, now);
        !kept) {
        return kept.error();
    }
    return Answer{Status::Ok, {{RecordKey, row.toJson()}}};
}

// --- the changes feed ----------------------------------------------------------------------

QHttpServerResponse RecordsApi::changes(const QHttpServerRequest &request)
{
    const auto viewer = authenticate(request);
    if (!viewer) {
        return viewer.error().toResponse();
    }
    const QUrlQuery query = request.query();
    qint64 since = 0;
    const QString sinceText = query.queryItemValue(QStringLiteral("since"));
    if (!sinceText.isEmpty()) {
        bool ok = false;
        since = sinceText.toLongLong(&ok);
        if (!ok || since < 0 || sinceText.size() > 18) {
            return invalidField(QStringLiteral("since"),
                                QStringLiteral("since must be a cursor of an earlier answer."))
                .toResponse();
        }
    }
    int limit = ChangesFeed::DefaultLimit;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > ChangesFeed::MaxLimit) {
            return invalidField(QStringLiteral("limit"),
                                QStringLiteral("limit must be a whole number from 1 to %1.")
                                    .arg(ChangesFeed::MaxLimit))
                .toResponse();
        }
    }
    const auto page = m_feed.page(Access::filter(*viewer), since, limit);
    if (!page) {
        return page.error().toResponse();
    }
    return HttpJson::reply(QJsonObject{
        {QStringLiteral("changes"), page->changes},
        {QStringLiteral("cursor"), QString::number(page->cursor)},
        {QStringLiteral("more"), page->more},
    });
}

} // namespace dd::server
