#include "store/RosterIndex.h"

#include "domain/Progress.h"
#include "platform/Clock.h"
#include "store/Database.h"
#include "store/RecordKinds.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::store {

namespace {
// A null QString binds as SQL NULL: the roster's columns hold '' instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString action()
{
    return Database::tr("update the applicant list");
}
} // namespace

Result<domain::Dossier> RosterIndex::loadDossier(Database &db, qint64 applicantId)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT r.kind, r.body, p.jpeg FROM records r LEFT JOIN photo_jpegs p ON p.record_id = "
        "r.id WHERE r.applicant_id = ? AND r.deleted = 0 ORDER BY r.id"));
    query.addBindValue(applicantId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError(), Database::tr("read the applicant's records"));
    }
    domain::Dossier dossier;
    while (query.next()) {
        const QString kind = query.value(0).toString();
        QJsonObject body = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        if (!query.value(2).isNull()) {
            body.insert(domain::Photo::JpegKey,
                        QString::fromLatin1(query.value(2).toByteArray().toBase64()));
        }
        if (auto added = RecordKinds::addTo(&dossier, kind, body); !added) {
            query.finish();
            return added.error();
        }
    }
    query.finish();
    return dossier;
}

SearchKeys::Person RosterIndex::personOf(const domain::Dossier &dossier, const QString &label)
{
    SearchKeys::Person person;
    person.label = label;
    if (dossier.registration) {
        person.name = dossier.registration->name;
        person.idNumber = dossier.registration->idNumber;
        person.mobile = dossier.registration->mobile;
    }
    if (dossier.basicInfo) {
        const domain::BasicInfo &info = *dossier.basicInfo;
        if (!info.name.trimmed().isEmpty()) {
            person.name = info.name;
        }
        person.namePinyin = info.namePinyin;
        if (!info.idNumber.trimmed().isEmpty()) {
            person.idNumber = info.idNumber;
        }
    }
    person.name = person.name.trimmed();
    person.idNumber = person.idNumber.trimmed().toUpper();
    person.mobile = person.mobile.trimmed();
    return person;
}

QStringList RosterIndex::tagsFor(const domain::Dossier &dossier,
                                 const domain::ValidationContext &context)
{
    QStringList tags;
    QSet<QString> states;
    for (const domain::DegreeApplication &application : dossier.applications) {
        if (!states.contains(application.state)) {
            states.insert(application.state);
            tags.append(StateTagPrefix + application.state);
        }
    }
    bool anyMissing = false;
    for (const domain::Progress::StepStatus &status :
         domain::Progress::evaluate(dossier, context)) {
        const bool done = status.state == domain::Progress::State::Complete
                          || status.state == domain::Progress::State::Submitted;
        if (status.required && !done) {
            tags.append(MissingTagPrefix + domain::Progress::stepKey(status.step));
            anyMissing = true;
        }
    }
    if (anyMissing) {
        tags.append(MissingTagPrefix + MissingAny);
    }
    return tags;
}

Result<void> RosterIndex::refresh(Database &db, qint64 applicantId)
{
    QString label;
    {
        QSqlQuery &query = db.prepared(QStringLiteral("SELECT label FROM applicants WHERE id = ?"));
        query.addBindValue(applicantId);
        if (!query.exec()) {
            return StoreError::fromSql(query.lastError(), action());
        }
        if (query.next()) {
            label = query.value(0).toString();
        }
        query.finish();
    }
    auto dossier = loadDossier(db, applicantId);
    if (!dossier) {
        return dossier.error();
    }
    return index(db, applicantId, label, *dossier);
}

Result<void> RosterIndex::index(Database &db, qint64 applicantId, const QString &label,
                                const domain::Dossier &dossier)
{
    const SearchKeys::Person person = personOf(dossier, label);
    {
        QSqlQuery &query = db.prepared(QStringLiteral(
            "UPDATE applicants SET name = ?, name_pinyin = ?, id_number = ?, mobile = ?, "
            "sort_key = ? WHERE id = ?"));
        query.addBindValue(notNull(person.name));
        query.addBindValue(notNull(person.namePinyin.trimmed().isEmpty()
                                       ? SearchKeys::compactPinyin(person)
                                       : person.namePinyin.trimmed()));
        query.addBindValue(notNull(person.idNumber));
        query.addBindValue(notNull(person.mobile));
        query.addBindValue(notNull(SearchKeys::sortKey(person)));
        query.addBindValue(applicantId);
        if (!query.exec()) {
            return StoreError::fromSql(query.lastError(), action());
        }
    }
    for (const QString &sql :
         {QStringLiteral("DELETE FROM search_keys WHERE applicant_id = ?"),
          QStringLiteral("DELETE FROM applicant_tags WHERE applicant_id = ?")}) {
        QSqlQuery &query = db.prepared(sql);
        query.addBindValue(applicantId);
        if (!query.exec()) {
            return StoreError::fromSql(query.lastError(), action());
        }
    }
    QSqlQuery &insertKey = db.prepared(
        QStringLiteral("INSERT OR IGNORE INTO search_keys (key, applicant_id) VALUES (?, ?)"));
    for (const QString &key : SearchKeys::keysFor(person)) {
        insertKey.addBindValue(key);
        insertKey.addBindValue(applicantId);
        if (!insertKey.exec()) {
            return StoreError::fromSql(insertKey.lastError(), action());
        }
    }
    QSqlQuery &insertTag = db.prepared(
        QStringLiteral("INSERT OR IGNORE INTO applicant_tags (tag, applicant_id) VALUES (?, ?)"));
    const domain::ValidationContext context = domain::ValidationContext::at(db.clock().today());
    for (const QString &tag : tagsFor(dossier, context)) {
        insertTag.addBindValue(tag);
        insertTag.addBindValue(applicantId);
        if (!insertTag.exec()) {
            return StoreError::fromSql(insertTag.lastError(), action());
        }
    }
    return {};
}

Result<void> RosterIndex::rebuildAll(Database &db)
{
    QList<qint64> ids;
    {
        QSqlQuery query(db.connection());
        if (!query.exec(QStringLiteral("SELECT id FROM applicants ORDER BY id"))) {
            return StoreError::fromSql(query.lastError(), action());
        }
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    return db.transaction([&]() -> Result<void> {
        for (const qint64 id : std::as_const(ids)) {
            if (auto done = refresh(db, id); !done) {
                return done;
            }
        }
        return {};
    });
}

} // namespace dd::store
