#pragma once

#include "domain/Dossier.h"
#include "domain/ValidationContext.h"
#include "store/Result.h"
#include "store/SearchKeys.h"

#include <QStringList>

namespace dd::store {

class Database;

// Keeps each applicant's roster row true: the name, pinyin, ID number and mobile columns, the
// search keys and the filter tags, recomputed from its records inside the transaction that
// changed them.
class RosterIndex
{
public:
    static inline const QString StateTagPrefix = QStringLiteral("state:");
    static inline const QString MissingTagPrefix = QStringLiteral("missing:");
    // Tag of an applicant with at least one required step not complete.
    static inline const QString MissingAny = QStringLiteral("any");

    static Result<void> refresh(Database &db, qint64 applicantId);
    // The same from a label and dossier already in hand (an import).
    static Result<void> index(Database &db, qint64 applicantId, const QString &label,
                              const domain::Dossier &dossier);
    static Result<void> rebuildAll(Database &db);

    // The applicant's live records (deleted ones left out), read strictly.
    static Result<domain::Dossier> loadDossier(Database &db, qint64 applicantId);

    // What the roster shows and searches, from the records (basic information first, then
    // the registration) and the label.
    static SearchKeys::Person personOf(const domain::Dossier &dossier, const QString &label);
    // "state:<code>" for every application's state, "missing:<step>" for every required step
    // not complete, and "missing:any" when there is one.
    static QStringList tagsFor(const domain::Dossier &dossier,
                               const domain::ValidationContext &context);
};

} // namespace dd::store
