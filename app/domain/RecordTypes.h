#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace dd::domain {

// The record types of an applicant, by their kind() ("basicInfo", "degreeApplication"): which
// are single per applicant (registration, basic information ...) and which are lists
// (applications, exam registrations, scores), and the strict reading of a record's JSON as its
// type. app/store (RecordKinds) and the server (records) share it.
class RecordTypes
{
    Q_DECLARE_TR_FUNCTIONS(RecordTypes)

public:
    // Every kind, in the portal's order.
    static QStringList all();
    static bool isKnown(const QString &kind);
    // At most one live record of the kind per applicant.
    static bool isSingle(const QString &kind);

    // Reads `body` strictly as the type of `kind` (its fromJson): the problems it found (unknown
    // fields, wrong types, unreadable values); none when the JSON reads back as its type. An
    // unknown kind is one error on "kind" (UnknownKindRule).
    static Findings read(const QString &kind, const QJsonObject &body);

    static inline const QString UnknownKindRule = QStringLiteral("record.unknownKind");
};

} // namespace dd::domain
