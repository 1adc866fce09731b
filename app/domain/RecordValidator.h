#pragma once

#include "domain/Finding.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

namespace dd::domain {

// Validates a whole record given as JSON, by kind: the strict JSON reading of the record's
// type (unknown keys, wrong types) and then every rule of its validator. The CLI, the server
// and imports use it, so that a record is judged the same way everywhere.
//
// Kinds: the kind() of each record type, plus "applicant": an object with "registration",
// "basicInfo", "applications" (an array), "examRegistrations", "examScores", "thesis",
// "defenseRequest", "residencyCertificate" and "notificationPrefs", each optional, whose
// records are also checked against one another (the same name and ID number in registration
// and basic information, three years since the prior degree, the residency certificate
// where the discipline needs one).
class RecordValidator
{
    Q_DECLARE_TR_FUNCTIONS(RecordValidator)

public:
    static QStringList kinds();
    static bool isKind(const QString &kind);
    static Findings validate(const QString &kind, const QJsonObject &json,
                             const ValidationContext &context);

private:
    static Findings validateApplicant(const QJsonObject &json, const ValidationContext &context);
};

} // namespace dd::domain
