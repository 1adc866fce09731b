#pragma once

#include "domain/Dossier.h"
#include "store/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace dd::store {

// The record types the store keeps, by their app/domain kind(): which are single per
// applicant (registration, basic information ...) and which are lists (applications, exam
// registrations, scores), and how a Dossier is taken apart into records and put together.
class RecordKinds
{
    Q_DECLARE_TR_FUNCTIONS(RecordKinds)

public:
    static QStringList all();
    static bool isKnown(const QString &kind);
    static bool isSingle(const QString &kind);

    // Reads a stored record strictly into its place in the dossier; an error (InvalidData)
    // when the JSON does not read back as its type.
    static Result<void> addTo(domain::Dossier *dossier, const QString &kind,
                              const QJsonObject &body);
    // Every record of the dossier as (kind, JSON), in the portal's order.
    static QList<std::pair<QString, QJsonObject>> recordsOf(const domain::Dossier &dossier);
};

} // namespace dd::store
