#pragma once

#include "store/Result.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
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

// The values bound to a prepared statement, to be set all at once. QSqlQuery::addBindValue
// costs about 350 ns a value in Qt 6.4 (it names the value ":n" and files the name in a hash),
// as much as SQLite's own work per value in a bulk insert. A driver reads the values at exec()
// from QSqlResult::boundValues(), a reference its class gives to drivers only (protected); a
// class derived from QSqlResult may name it, and so hand it out. Only for statements with
// positional ('?') placeholders, as the store writes them.
inline QVariantList &boundValues(QSqlQuery &query)
{
    struct Access : QSqlResult
    {
        static QVariantList &of(const QSqlResult *result)
        {
            return (result->*&Access::boundValues)();
        }
    };
    return Access::of(query.result());
}

// Binds values in order and runs a (cached or not) statement.
inline Result<void> run(QSqlQuery &query, const QVariantList &values, const QString &action)
{
    boundValues(query) = values;
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError(), action);
    }
    return {};
}

} // namespace dd::store::sql
