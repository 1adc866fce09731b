#pragma once

#include "domain/Finding.h"

#include <QJsonObject>
#include <QString>

namespace dd::test {

// The JSON of a record with some of its keys replaced (keys the record may not have, too:
// tests of unknown fields use this).
inline QJsonObject merged(QJsonObject json, const QJsonObject &changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        json.insert(it.key(), it.value());
    }
    return json;
}

// `base` with the fields in `changes` (JSON keys of the record) replaced, read back through the
// record's strict fromJson(). A key the record does not have, or a problem reading the changed
// JSON, is described in *problem (empty when there is none), so that a mistyped key in a test's
// data cannot pass silently.
template<typename Record>
Record withChanges(const Record &base, const QJsonObject &changes, QString *problem)
{
    problem->clear();
    const QJsonObject json = base.toJson();
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (!json.contains(it.key())) {
            *problem = QStringLiteral("the record has no field \"%1\"").arg(it.key());
            return base;
        }
    }
    dd::domain::Findings findings;
    const Record record = Record::fromJson(merged(json, changes), &findings);
    if (!findings.isEmpty()) {
        *problem = QStringLiteral("reading the changed record: ")
                   + dd::domain::ruleCodes(findings).join(QStringLiteral(", "));
    }
    return record;
}

} // namespace dd::test
