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
    // Between the keys in an applicant's search_text (" key key key"): normalised keys have no
    // spaces, so a key starts with q where search_text contains " q". Between the tags in its
    // tags_text too: a tag has none either (a state's spaces are written as "_"), so tags_text
    // names the rows of applicant_tags to delete when they change (no index by applicant).
    static inline const QString KeySeparator = QStringLiteral(" ");

    // What the roster keeps of one applicant, computed from a label and a dossier alone (no
    // database: an import computes many on all cores).
    struct Row
    {
        QString name;
        QString namePinyin; // as typed, else derived from the name
        QString idNumber;
        QString mobile;
        QString sortKey;
        QStringList keys;   // SearchKeys::keysFor
        QString searchText; // the keys after a KeySeparator each
        QStringList tags;   // tagsFor
        QString tagsText;   // the tags in order, after a KeySeparator each: what the roster shows
    };
    static Row rowFor(const QString &label, const domain::Dossier &dossier,
                      const domain::ValidationContext &context);

    // Recomputes a live applicant's row from its records; a deleted applicant has no search
    // keys or tags (the roster never shows it).
    static Result<void> refresh(Database &db, qint64 applicantId);
    // Takes an applicant's keys and tags (those its search_text and tags_text name) away.
    static Result<void> clear(Database &db, qint64 applicantId);
    // Writes a row: the applicant's columns, then its keys and tags in place of the old ones.
    static Result<void> write(Database &db, qint64 applicantId, const Row &row);
    // Every live applicant's row, again (a migration that changes how rows are kept).
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
