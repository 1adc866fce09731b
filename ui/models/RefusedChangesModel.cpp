#include "models/RefusedChangesModel.h"

#include "models/ConflictListModel.h"
#include "store/Store.h"

#include <QLocale>

namespace dd::ui {

RefusedChangesModel::RefusedChangesModel(store::Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

store::Result<void> RefusedChangesModel::reload()
{
    auto found = m_store.refusedChanges();
    beginResetModel();
    m_rows.clear();
    if (found) {
        for (const store::RefusedChange &change : std::as_const(*found)) {
            m_rows.append(
                Row{change, ConflictListModel::applicantLabel(m_store, change.applicant)});
        }
    }
    endResetModel();
    if (!found) {
        return found.error();
    }
    return {};
}

int RefusedChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RefusedChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusedChangesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case ApplicantColumn:
        return row.applicant;
    case RecordColumn:
        return ConflictListModel::recordLabel(row.change.kind);
    case ReasonColumn:
        if (role == Qt::ToolTipRole && !row.change.code.isEmpty()) {
            //: %1 the server's message, %2 its error code
            return tr("%1 (%2)").arg(row.change.message, row.change.code);
        }
        return row.change.message.isEmpty() ? row.change.code : row.change.message;
    case RefusedColumn:
        return QLocale().toString(row.change.refusedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant RefusedChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ApplicantColumn:
        return tr("Applicant");
    case RecordColumn:
        return tr("Record");
    case ReasonColumn:
        return tr("The server's reason");
    case RefusedColumn:
        return tr("Refused");
    default:
        return {};
    }
}

} // namespace dd::ui
