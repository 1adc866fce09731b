#pragma once

#include "store/Result.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUuid>
#include <QVariantList>

// Small helpers shared by the store's classes (app/store only).
namespace dd::store::sql {

// Times are stored as ISO 8601 UTC with milliseconds: they sort as text.
inline QString stamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

inline QDateTime fromStamp(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

inline QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Binds values in order and runs a (cached or not) statement.
inline Result<void> run(QSqlQuery &query, const QVariantList &values, const QString &action)
{
    for (const QVariant &value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError(), action);
    }
    return {};
}

} // namespace dd::store::sql
