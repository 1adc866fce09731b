#pragma once

#include "store/OutboxEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace dd::store {

// A local change and the server's change of the same applicant or record, neither based on
// the other: both are kept until the user decides (Store::resolveConflict,
// Store::resolveTakeTheirs); until then the local change is not pushed.
struct Conflict
{
    // The key of an applicant's label in `mine` and `theirs` ({"label": "王磊"}).
    static inline const QString LabelKey = QStringLiteral("label");

    OutboxEntry::Entity entity = OutboxEntry::Entity::Record;
    QUuid uuid;
    QUuid applicant; // the record's applicant; for an applicant, its own uuid
    QString kind;    // a record's kind; empty for an applicant
    // The local value now (a record's JSON as Store::recordJson gives it, or {"label": ...});
    // a deleted one keeps its last value.
    QJsonObject mine;
    bool mineDeleted = false;
    QJsonObject theirs; // the server's value; empty when the server deleted it
    qint64 theirsVersion = 0;
    bool theirsDeleted = false;
    QDateTime detectedAt; // UTC

    friend bool operator==(const Conflict &, const Conflict &) = default;
};

} // namespace dd::store
