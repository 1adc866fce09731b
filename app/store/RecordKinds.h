#pragma once

#include "domain/Dossier.h"
#include "store/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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
    // Calls visit(record) with every record of the dossier (a domain::Registration, a
    // domain::DegreeApplication ...), in the portal's order.
    template<typename Visit>
    static void forEachRecord(const domain::Dossier &dossier, Visit visit)
    {
        auto single = [&visit](const auto &slot) {
            if (slot) {
                visit(*slot);
            }
        };
        auto many = [&visit](const auto &list) {
            for (const auto &value : list) {
                visit(value);
            }
        };
        single(dossier.registration);
        single(dossier.basicInfo);
        single(dossier.photo);
        many(dossier.applications);
        single(dossier.defenseRequest);
        single(dossier.thesis);
        single(dossier.residencyCertificate);
        many(dossier.examRegistrations);
        many(dossier.examScores);
        single(dossier.notificationPrefs);
    }
};

} // namespace dd::store
