#pragma once

#include "Access.h"
#include "Accounts.h"
#include "ApiResult.h"
#include "Applicants.h"
#include "ChangesFeed.h"
#include "Idempotency.h"
#include "Records.h"
#include "Sessions.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace dd::server {

class ServerDatabase;

// Applicants and their records (server/API.md "Records"): PUT/DELETE/GET
// /api/v1/applicants/{uuid}, PUT/DELETE /records/{uuid}, POST /records/{uuid}/actions and GET
// /changes. Every write names the version it last saw (If-Match: "0" creates), may carry an
// Idempotency-Key, runs in one transaction with the next change_seq of the feed, and is
// refused whole: a record's body is read strictly as its app/domain type, a photo is checked
// again with app/photo, a degree application follows the application state machine.
class RecordsApi
{
public:
    // PUT /records/{uuid}: a photo record carries its JPEG in base64; other kinds keep the
    // 64 KiB of every request.
    static constexpr qsizetype MaxRecordBytes = 512 * 1024;
    static constexpr int MaxNoteLength = 1000;
    // Every text inside a record's body (the photo's JPEG aside).
    static constexpr int MaxRecordTextLength = 1000;

    explicit RecordsApi(const ServerDatabase &database);

    QHttpServerResponse putApplicant(const QString &uuid, const QHttpServerRequest &request);
    QHttpServerResponse deleteApplicant(const QString &uuid, const QHttpServerRequest &request);
    QHttpServerResponse getApplicant(const QString &uuid, const QHttpServerRequest &request);
    QHttpServerResponse putRecord(const QString &uuid, const QHttpServerRequest &request);
    QHttpServerResponse deleteRecord(const QString &uuid, const QHttpServerRequest &request);
    QHttpServerResponse recordAction(const QString &uuid, const QHttpServerRequest &request);
    QHttpServerResponse changes(const QHttpServerRequest &request);

    // "0", "\"12\"": the version an If-Match names; nothing when it is not one.
    static std::optional<qint64> parseIfMatch(const QByteArray &value);
    // A UUID in the form the server keeps (lower case, no braces); empty when it is not one.
    static QString normalizedUuid(const QString &text);

private:
    // A write's answer: a success, or a refusal that carries the current state (409).
    struct Answer
    {
        QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok;
        QJsonObject body;
    };
    struct Write
    {
        Access::Viewer viewer;
        QString id;     // the path's UUID, normalized
        qint64 ifMatch; // the version the client last saw; 0: create
        const QHttpServerRequest &request;
    };
    using Work = std::function<ApiResult<Answer>(const Write &)>;

    ApiResult<Access::Viewer> authenticate(const QHttpServerRequest &request);
    // Authentication, Idempotency-Key (a replay answers at once), If-Match, then `work` in one
    // transaction with the key's answer kept.
    QHttpServerResponse write(const QString &uuid, const QHttpServerRequest &request,
                              const Work &work);
    // The applicant of this id if the viewer may see it: 404 notFound (naming `field`) if not.
    ApiResult<ApplicantRow> visibleApplicant(const Access::Viewer &viewer, const QString &id,
                                             const QString &field = {}) const;

    ApiResult<Answer> writeApplicant(const Write &write);
    ApiResult<Answer> removeApplicant(const Write &write);
    ApiResult<Answer> writeRecord(const Write &write);
    ApiResult<Answer> removeRecord(const Write &write);
    ApiResult<Answer> applyAction(const Write &write);

    static QHttpServerResponse respond(const Answer &answer, bool replay = false);

    const ServerDatabase &m_database;
    Accounts m_accounts;
    Sessions m_sessions;
    Applicants m_applicants;
    Records m_records;
    ChangesFeed m_feed;
    Idempotency m_idempotency;
};

} // namespace dd::server
