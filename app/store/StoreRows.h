#pragma once

#include "domain/Photo.h"
#include "store/OutboxEntry.h"
#include "store/Result.h"
#include "store/SqlSupport.h"
#include "store/Store.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QString>

// What Store.cpp and StoreSync.cpp share about the rows they write (app/store only).
namespace dd::store::rows {

inline constexpr int MaxLabelLength = 100;

// An applicant's label (trimmed): 1 to MaxLabelLength characters.
inline bool labelFits(const QString &label)
{
    return !label.isEmpty() && label.size() <= MaxLabelLength;
}

inline constexpr qsizetype MaxPhotoBytes = 199'999;

inline QByteArray compactJson(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// Takes the processed photo's JPEG out of a photo record's body: it is kept apart.
inline Result<QByteArray> takePhotoJpeg(QJsonObject *body)
{
    QByteArray jpeg =
        QByteArray::fromBase64(body->take(domain::Photo::JpegKey).toString().toLatin1());
    if (jpeg.size() > MaxPhotoBytes || !jpeg.startsWith("\xFF\xD8")) {
        return StoreError::make(StoreError::Code::InvalidData,
                                //: %1 a size in bytes
                                Store::tr("Photo: the processed photo must be a JPEG file of at "
                                          "most %1 bytes; this one is not. Process the photo "
                                          "again.")
                                    .arg(MaxPhotoBytes),
                                QStringLiteral("bytes=%1").arg(jpeg.size()));
    }
    return jpeg;
}

inline QString entityName(OutboxEntry::Entity entity)
{
    return entity == OutboxEntry::Entity::Applicant ? QStringLiteral("applicant")
                                                    : QStringLiteral("record");
}

inline OutboxEntry::Entity entityFrom(const QVariant &name)
{
    return name.toString() == QLatin1String("applicant") ? OutboxEntry::Entity::Applicant
                                                         : OutboxEntry::Entity::Record;
}

inline QString operationName(OutboxEntry::Operation operation)
{
    return operation == OutboxEntry::Operation::Delete ? QStringLiteral("delete")
                                                       : QStringLiteral("upsert");
}

// Why an outbox entry is held (outbox.hold): it waits for the user, pendingChanges() skips it.
inline const QString HoldConflict = QStringLiteral("conflict");
inline const QString HoldRefused = QStringLiteral("refused");

// The outbox's columns, in the order outboxEntryFrom reads them (from the table "o").
inline const QString OutboxColumns =
    QStringLiteral("o.seq, o.entity, o.uuid, o.operation, o.revision, o.base_version, "
                   "o.idempotency_key, o.queued_at");
inline constexpr int OutboxColumnCount = 8;

inline OutboxEntry outboxEntryFrom(const QSqlQuery &query)
{
    OutboxEntry entry;
    entry.sequence = query.value(0).toLongLong();
    entry.entity = entityFrom(query.value(1));
    entry.uuid = QUuid(query.value(2).toString());
    entry.operation = query.value(3).toString() == QLatin1String("delete")
                          ? OutboxEntry::Operation::Delete
                          : OutboxEntry::Operation::Upsert;
    entry.revision = query.value(4).toLongLong();
    entry.baseVersion = query.value(5).toLongLong();
    entry.idempotencyKey = QUuid(query.value(6).toString());
    entry.queuedAt = sql::fromStamp(query.value(7));
    return entry;
}

} // namespace dd::store::rows
