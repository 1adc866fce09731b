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
            tags.append(StateTagPrefix
                        + QString(application.state).replace(KeySeparator, QStringLiteral("_")));
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

RosterIndex::Row RosterIndex::rowFor(const QString &label, const domain::Dossier &dossier,
                                     const domain::ValidationContext &context)
{
    const SearchKeys::Person person = personOf(dossier, label);
    Row row;
    row.name = notNull(person.name);
    row.namePinyin =
        notNull(person.namePinyin.trimmed().isEmpty() ? SearchKeys::compactPinyin(person)
                                                      : person.namePinyin.trimmed());
    row.idNumber = notNull(person.idNumber);
    row.mobile = notNull(person.mobile);
    row.sortKey = notNull(SearchKeys::sortKey(person));
    row.keys = SearchKeys::keysFor(person);
    for (const QString &key : std::as_const(row.keys)) {
        row.searchText += KeySeparator + key;
    }
    row.tags = tagsFor(dossier, context);
    QStringList sorted = row.tags;
    sorted.sort();
    for (const QString &tag : std::as_const(sorted)) {
        row.tagsText += KeySeparator + tag;
    }
    return row;
}

Result<void> RosterIndex::refresh(Database &db, qint64 applicantId)
{
    QString label;
    bool deleted = true;
    {
        QSqlQuery &query =
            db.prepared(QStringLiteral("SELECT label, deleted FROM applicants WHERE id = ?"));
        query.addBindValue(applicantId);
        if (!query.exec()) {
            return StoreError::fromSql(query.lastError(), action());
        }
        if (query.next()) {
            label = query.value(0).toString();
            deleted = query.value(1).toBool();
        }
        query.finish();
    }
    if (deleted) {
        return clear(db, applicantId);
    }
    auto dossier = loadDossier(db, applicantId);
    if (!dossier) {
        return dossier.error();
    }
    return write(db, applicantId,
                 rowFor(label, *dossier, domain::ValidationContext::at(db.clock().today())));
}

namespace {

// What an applicant has in search_keys and applicant_tags now, as its row names them.
struct Current
{
    QStringList keys;
    QString sortKey; // the keys are under
    QStringList tags;
};

Result<Current> current(Database &db, qint64 applicantId)
{
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT search_text, sort_key, tags_text FROM applicants WHERE id = ?"));
    query.addBindValue(applicantId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError(), action());
    }
    Current now;
    if (query.next()) {
        now.keys = query.value(0).toString().split(RosterIndex::KeySeparator, Qt::SkipEmptyParts);
        now.sortKey = query.value(1).toString();
        now.tags = query.value(2).toString().split(RosterIndex::KeySeparator, Qt::SkipEmptyParts);
    }
    query.finish();
    return now;
}

Result<void> deleteKeys(Database &db, qint64 applicantId, const QStringList &keys,
                        const QString &sortKey)
{
    QSqlQuery &query = db.prepared(QStringLiteral(
        "DELETE FROM search_keys WHERE key = ? AND sort_key = ? AND applicant_id = ?"));
    for (const QString &key : keys) {
        query.addBindValue(key);
        query.addBindValue(sortKey);
        query.addBindValue(applicantId);
        if (!query.exec()) {
            return StoreError::fromSql(query.lastError(), action());
        }
    }
    return {};
}

Result<void> deleteTags(Database &db, qint64 applicantId, const QStringList &tags)
{
    QSqlQuery &query = db.prepared(
        QStringLiteral("DELETE FROM applicant_tags WHERE tag = ? AND applicant_id = ?"));
    for (const QString &tag : tags) {
        query.addBindValue(tag);
        query.addBindValue(applicantId);
        if (!query.exec()) {
            return StoreError::fromSql(query.lastError(), action());
        }
    }
    return {};
}

} // namespace

Result<void> RosterIndex::clear(Database &db, qint64 applicantId)
{
    const auto old = current(db, applicantId);
    if (!old) {
        return old.error();
    }
    if (auto deleted = deleteKeys(db, applicantId, old->keys, old->sortKey); !deleted) {
        return deleted;
    }
    if (auto deleted = deleteTags(db, applicantId, old->tags); !deleted) {
        return deleted;
    }
    QSqlQuery &query = db.prepared(
        QStringLiteral("UPDATE applicants SET search_text = '', tags_text = '' WHERE id = ?"));
    query.addBindValue(applicantId);
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError(), action());
    }
    return {};
}

Result<void> RosterIndex::write(Database &db, qint64 applicantId, const Row &row)
{
    const auto old = current(db, applicantId);
    if (!old) {
        return old.error();
    }
    // Most saves change neither the name nor the numbers: the keys stay as they are.
    const bool sameKeys = old->keys == row.keys && old->sortKey == row.sortKey;
    if (!sameKeys) {
        if (auto deleted = deleteKeys(db, applicantId, old->keys, old->sortKey); !deleted) {
            return deleted;
        }
    }
    if (auto deleted = deleteTags(db, applicantId, old->tags); !deleted) {
        return deleted;
    }
    {
        QSqlQuery &query = db.prepared(QStringLiteral(
            "UPDATE applicants SET name = ?, name_pinyin = ?, id_number = ?, mobile = ?, "
            "sort_key = ?, search_text = ?, tags_text = ? WHERE id = ?"));
        query.addBindValue(row.name);
        query.addBindValue(row.namePinyin);
        query.addBindValue(row.idNumber);
        query.addBindValue(row.mobile);
        query.addBindValue(row.sortKey);
        query.addBindValue(row.searchText);
        query.addBindValue(row.tagsText);
        query.addBindValue(applicantId);
        if (!query.exec()) {
            return StoreError::fromSql(query.lastError(), action());
        }
    }
    if (!sameKeys) {
        QSqlQuery &insertKey = db.prepared(QStringLiteral(
            "INSERT OR IGNORE INTO search_keys (key, sort_key, applicant_id) VALUES (?, ?, ?)"));
        for (const QString &key : row.keys) {
            insertKey.addBindValue(key);
            insertKey.addBindValue(row.sortKey);
            insertKey.addBindValue(applicantId);
            if (!insertKey.exec()) {
                return StoreError::fromSql(insertKey.lastError(), action());
            }
        }
    }
    QSqlQuery &insertTag = db.prepared(
        QStringLiteral("INSERT OR IGNORE INTO applicant_tags (tag, applicant_id) VALUES (?, ?)"));
    for (const QString &tag : row.tags) {
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
        if (!query.exec(
                QStringLiteral("SELECT id FROM applicants WHERE deleted = 0 ORDER BY id"))) {
            return StoreError::fromSql(query.lastError(), action());
        }
        while (query.next()) {
            ids.append(query.value(0).toLongLong());
        }
    }
    return db.transaction([&]() -> Result<void> {
        QSqlQuery query(db.connection());
        for (const QString &sql :
             {QStringLiteral("DELETE FROM search_keys"),
              QStringLiteral("DELETE FROM applicant_tags"),
              QStringLiteral("UPDATE applicants SET search_text = '', tags_text = ''")}) {
            if (!query.exec(sql)) {
                return StoreError::fromSql(query.lastError(), action());
            }
        }
        for (const qint64 id : std::as_const(ids)) {
            if (auto done = refresh(db, id); !done) {
                return done;
            }
        }
        return {};
    });
}

} // namespace dd::store
