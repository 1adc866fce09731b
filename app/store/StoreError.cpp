#include "store/StoreError.h"

namespace dd::store {

namespace {
// SQLite's primary result codes (the low byte of an extended code).
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoErr = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADb = 26;
} // namespace

StoreError StoreError::fromSql(const QSqlError &error, const QString &action)
{
    bool numeric = false;
    const int native = error.nativeErrorCode().toInt(&numeric);
    const int primary = numeric ? (native & 0xff) : -1;
    const QString detail = error.text();
    switch (primary) {
    case SqliteBusy:
    case SqliteLocked:
        return make(Code::Busy,
                    //: %1 is what could not be done, e.g. "save the basic information"
                    tr("Could not %1: the database is in use by another program. Close the other "
                       "copy of DegreeDesk (or the program that has the file open) and try again.")
                        .arg(action),
                    detail);
    case SqliteFull:
        return make(Code::DiskFull,
                    tr("Could not %1: the disk is full. Free some space and try again; nothing "
                       "was changed.")
                        .arg(action),
                    detail);
    case SqliteReadOnly:
        return make(Code::ReadOnly,
                    tr("Could not %1: the database file is read-only. Check its permissions or "
                       "choose another location.")
                        .arg(action),
                    detail);
    case SqliteCorrupt:
    case SqliteNotADb:
        return make(Code::Damaged,
                    tr("Could not %1: the database file is damaged. Restore the newest backup.")
                        .arg(action),
                    detail);
    case SqliteCantOpen:
        return make(Code::CannotOpen,
                    tr("Could not %1: the database file cannot be opened. Check that its folder "
                       "exists and that you may write to it.")
                        .arg(action),
                    detail);
    case SqliteConstraint:
        return make(Code::Constraint,
                    tr("Could not %1: the data conflicts with what is already stored (a record "
                       "with the same identity). Nothing was changed.")
                        .arg(action),
                    detail);
    case SqliteIoErr:
    default:
        break;
    }
    return make(Code::Io,
                tr("Could not %1: the database reported an error. Nothing was changed. (%2)")
                    .arg(action, detail),
                detail);
}

QString StoreError::codeName(Code code)
{
    switch (code) {
    case Code::CannotOpen:
        return QStringLiteral("cannotOpen");
    case Code::NotADatabase:
        return QStringLiteral("notADatabase");
    case Code::Damaged:
        return QStringLiteral("damaged");
    case Code::NewerSchema:
        return QStringLiteral("newerSchema");
    case Code::Busy:
        return QStringLiteral("busy");
    case Code::DiskFull:
        return QStringLiteral("diskFull");
    case Code::ReadOnly:
        return QStringLiteral("readOnly");
    case Code::Io:
        return QStringLiteral("io");
    case Code::Constraint:
        return QStringLiteral("constraint");
    case Code::NotFound:
        return QStringLiteral("notFound");
    case Code::InvalidData:
        return QStringLiteral("invalidData");
    case Code::Backup:
        return QStringLiteral("backup");
    }
    return QStringLiteral("io");
}

} // namespace dd::store
