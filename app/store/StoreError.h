#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace dd::store {

// Why the store could not do what was asked: a code to act on, a translated message for the
// user that says what happened and what to do, and technical detail for the log (the SQLite
// error, the path). The detail never holds personal data.
struct StoreError
{
    Q_DECLARE_TR_FUNCTIONS(StoreError)

public:
    enum class Code {
        CannotOpen,   // the file or its folder cannot be created, opened or read
        NotADatabase, // a file that is not a DegreeDesk database (another program's, or garbage)
        Damaged,      // a DegreeDesk database that fails its integrity check
        NewerSchema,  // written by a newer DegreeDesk: refused, left untouched
        Busy,         // locked by another program for too long
        DiskFull,
        ReadOnly,
        Io,          // any other failure to read or write
        Constraint,  // a write the schema refuses (a duplicate UUID, a record of another kind)
        NotFound,    // no such applicant or record
        InvalidData, // a stored record that cannot be read back, or an argument out of range
        Backup,      // a backup could not be written or restored
    };

    Code code = Code::Io;
    QString message;
    QString detail;

    static StoreError make(Code code, const QString &message, const QString &detail = {})
    {
        return StoreError{code, message, detail};
    }
    // From a failed SQLite statement: the code from SQLite's error number, and a message that
    // says what `action` (translated, e.g. "save the basic information") could not do and why.
    static StoreError fromSql(const QSqlError &error, const QString &action);

    // The code's stable machine name ("busy", "diskFull" ...), for logs and the CLI.
    static QString codeName(Code code);
};

} // namespace dd::store
