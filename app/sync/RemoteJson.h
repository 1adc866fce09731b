#pragma once

#include "store/RecordMeta.h"
#include "store/RemoteChange.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dd::sync {

// The server's JSON (server/API.md "Records") ⇄ app/store's types: an APPLICANT or a RECORD
// of the changes feed or of a 409's "current" → store::RemoteChange; a local applicant or
// record → the body of its PUT. Reading is strict about what sync needs (uuid, version, the
// applicant and kind of a record, the body of a live record): anything else is not a change
// the store could apply, and `error` says why.
class RemoteJson
{
public:
    // {"entity": "applicant", "applicant": {...}} or {"entity": "record", "record": {...}}.
    static std::optional<store::RemoteChange> fromChange(const QJsonObject &change, QString *error);
    // A 409's "current": {"applicant": {...}} or {"record": {...}}.
    static std::optional<store::RemoteChange> fromCurrent(const QJsonObject &current,
                                                          QString *error);
    static std::optional<store::RemoteChange> fromApplicant(const QJsonObject &applicant,
                                                            QString *error);
    static std::optional<store::RemoteChange> fromRecord(const QJsonObject &record, QString *error);

    // The body of PUT /applicants/{uuid}.
    static QJsonObject applicantBody(const QString &label);
    // The body of PUT /records/{uuid}: the record's applicant, kind and JSON.
    static QJsonObject recordBody(const store::RecordMeta &meta, const QJsonObject &json);
    // The version of the APPLICANT or RECORD a write answered ({"applicant": {...}} or
    // {"record": {...}}); 0 when there is none.
    static qint64 versionIn(const QJsonObject &answer);

    // The uuid as the server writes it (lower case, no braces).
    static QString uuidText(const QUuid &uuid);
};

} // namespace dd::sync
