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

// Text as UTF-8, to bind as a BLOB cast to TEXT (SQLite converts nothing). A lone surrogate
// (UTF-16 that is no text) becomes U+FFFD; QString::toUtf8 alone would write '?'.
inline QByteArray utf8(const QString &text)
{
    if (text.isValidUtf16()) {
        return text.toUtf8();
    }
    QString valid = text;
    for (qsizetype i = 0; i < valid.size(); ++i) {
        if (valid.at(i).isHighSurrogate() && i + 1 < valid.size()
            && valid.at(i + 1).isLowSurrogate()) {
            ++i;
        } else if (valid.at(i).isSurrogate()) {
            valid[i] = QChar::ReplacementCharacter;
        }
    }
    return valid.toUtf8();
}

// The number of positional ('?') placeholders in a statement, outside its quoted texts and
// names.
inline qsizetype placeholderCount(QStringView sql)
{
    qsizetype count = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar(); // a doubled quote closes and opens again: the same count
            }
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            ++count;
        }
    }
    return count;
}

// Sets all the values of a prepared statement with positional ('?') placeholders at once, as
// the store writes its statements; false, with nothing set, when their number is not the
// statement's.
//
// QSqlQuery::addBindValue costs about 350 ns a value in Qt 6.4 (it names the value ":n" and
// files the name in a hash), as much as SQLite's own work per value in a bulk insert. A driver
// reads the values at exec() from QSqlResult::boundValues(), a reference its class gives to
// drivers only (protected); a class derived from QSqlResult may name it, and so hand it out.
// Qt's SQLite driver does not check their number first: more values than placeholders crash it
// (Qt 6.4), hence the count. tests/store/TestSqlSupport checks all this against the Qt in use.
// `placeholders`: their number when the caller knows it from the parts it made the statement of
// (counting them in a statement of thousands of rows at every run costs more than binding);
// by default they are counted in the statement's text.
inline bool setBoundValues(QSqlQuery &query, QVariantList values, qsizetype placeholders = -1)
{
    if (values.size() != (placeholders < 0 ? placeholderCount(query.lastQuery()) : placeholders)) {
        return false;
    }
    struct Access : QSqlResult
    {
        static QVariantList &of(const QSqlResult *result)
        {
            return (result->*&Access::boundValues)();
        }
    };
    Access::of(query.result()) = std::move(values);
    return true;
}

// The error of a statement given the wrong number of values (a fault of the program, caught
// before SQLite or Qt's driver sees them). `detail`: which values, for which statement.
inline StoreError wrongValueCount(const QString &action, const QString &detail)
{
    return StoreError::make(StoreError::Code::InvalidData,
                            //: %1 the action, e.g. "import the applicants"
                            StoreError::tr("Could not %1: the program gave a statement the "
                                           "wrong number of values. Nothing was changed.")
                                .arg(action),
                            detail);
}

// Binds values in order and runs a (cached or not) statement.
inline Result<void> run(QSqlQuery &query, const QVariantList &values, const QString &action,
                        qsizetype placeholders = -1)
{
    if (!setBoundValues(query, values, placeholders)) {
        return wrongValueCount(action, QStringLiteral("%1 values for: %2")
                                           .arg(values.size())
                                           .arg(query.lastQuery().left(200)));
    }
    if (!query.exec()) {
        return StoreError::fromSql(query.lastError(), action);
    }
    return {};
}

} // namespace dd::store::sql
