#include "models/ConflictListModel.h"

#include "domain/Field.h"
#include "domain/Photo.h"
#include "store/Store.h"

#include <QLocale>

namespace dd::ui {

using domain::Field;

ConflictListModel::ConflictListModel(store::Store &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{}

store::Result<void> ConflictListModel::reload()
{
    auto found = m_store.conflicts();
    beginResetModel();
    m_rows.clear();
    if (found) {
        for (const store::Conflict &conflict : std::as_const(*found)) {
            m_rows.append(Row{conflict, applicantLabel(m_store, conflict.applicant)});
        }
    }
    endResetModel();
    if (!found) {
        return found.error();
    }
    return {};
}

QUuid ConflictListModel::uuidAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).conflict.uuid : QUuid();
}

int ConflictListModel::rowOf(const QUuid &uuid) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).conflict.uuid == uuid) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConflictListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    if (role == UuidRole) {
        return row.conflict.uuid;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (index.column()) {
    case ApplicantColumn:
        return row.applicant;
    case RecordColumn: {
        const QString record = recordLabel(row.conflict.kind);
        if (row.conflict.theirsDeleted) {
            //: %1 is a record ("Basic information") the server deleted
            return tr("%1 (deleted on the server)").arg(record);
        }
        if (row.conflict.mineDeleted) {
            //: %1 is a record ("Basic information") deleted on this computer
            return tr("%1 (deleted here)").arg(record);
        }
        return record;
    }
    case DetectedColumn:
        return QLocale().toString(row.conflict.detectedAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant ConflictListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case ApplicantColumn:
        return tr("Applicant");
    case RecordColumn:
        return tr("Record");
    case DetectedColumn:
        return tr("Found");
    default:
        return {};
    }
}

QString ConflictListModel::recordLabel(const QString &kind)
{
    if (kind.isEmpty()) {
        return tr("Applicant's name");
    }
    if (kind == QLatin1String("degreeApplication")) {
        return tr("Degree application");
    }
    if (kind == QLatin1String("examRegistration")) {
        return tr("National exam registration");
    }
    if (kind == QLatin1String("examScore")) {
        return tr("National exam score");
    }
    if (kind == domain::Photo::kind()) {
        return Field::label(Field::PhotoJpeg);
    }
    return Field::label(kind); // the single records have their labels in Field
}

QString ConflictListModel::applicantLabel(store::Store &store, const QUuid &applicant)
{
    const auto found = store.applicant(applicant);
    if (found && !found->label.isEmpty()) {
        return found->label;
    }
    return applicant.toString(QUuid::WithoutBraces).left(8);
}

} // namespace dd::ui
