#include "models/ResumeTableModel.h"

#include "domain/Field.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace dd::ui {

namespace {

using domain::Field;

const QString &columnField(int column)
{
    static const QString fields[ResumeTableModel::ColumnCount] = {
        Field::ResumeStart, Field::ResumeEnd, Field::ResumeOrganization, Field::ResumeRole};
    return fields[column];
}

bool isRowKey(const QString &key)
{
    return key.startsWith(Field::Resume + QLatin1Char('['));
}

} // namespace

ResumeTableModel::ResumeTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QJsonArray ResumeTableModel::toJson() const
{
    QJsonArray array;
    for (const domain::ResumeEntry &entry : m_entries) {
        array.append(entry.toJson());
    }
    return array;
}

void ResumeTableModel::setEntries(const QList<domain::ResumeEntry> &entries)
{
    if (entries == m_entries) {
        return;
    }
    if (entries.size() == m_entries.size()) {
        m_entries = entries;
        emitRowsChanged(0, int(m_entries.size()) - 1);
        return;
    }
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

void ResumeTableModel::setFindings(const domain::Findings &findings)
{
    domain::Findings rows;
    for (const domain::Finding &finding : findings) {
        if (isRowKey(finding.field) && finding.severity != domain::Severity::Info) {
            rows.append(finding);
        }
    }
    if (rows == m_findings) {
        return;
    }
    m_findings = rows;
    emitRowsChanged(0, rowCount() - 1);
}

domain::Findings ResumeTableModel::rowFindings(int row) const
{
    domain::Findings result;
    for (const domain::Finding &finding : m_findings) {
        if (rowOf(finding.field) == row) {
            result.append(finding);
        }
    }
    return result;
}

int ResumeTableModel::rowOf(const QString &key) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QString rowKey = Field::rowKey(Field::Resume, row, {});
        if (key == rowKey || key.startsWith(rowKey + QLatin1Char('.'))) {
            return row;
        }
    }
    return -1;
}

int ResumeTableModel::columnOf(const QString &key) const
{
    const int row = rowOf(key);
    if (row < 0) {
        return -1;
    }
    for (int column = 0; column < ColumnCount; ++column) {
        if (key == Field::rowKey(Field::Resume, row, columnField(column))) {
            return column;
        }
    }
    return -1;
}

QString ResumeTableModel::fieldOf(int column)
{
    return column >= 0 && column < ColumnCount ? columnField(column) : QString();
}

int ResumeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ResumeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ResumeTableModel::textOf(const domain::ResumeEntry &entry, int column) const
{
    switch (Column(column)) {
    case Column::Start:
        return entry.start;
    case Column::End:
        return entry.end;
    case Column::Organization:
        return entry.organization;
    case Column::Role:
        return entry.role;
    }
    return {};
}

QVariant ResumeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const domain::ResumeEntry &entry = m_entries.at(index.row());
    const bool openEnd = index.column() == int(Column::End) && entry.isOngoing();
    switch (role) {
    case Qt::DisplayRole:
        //: Shown in the end month column of the personal history for an entry still going on
        return openEnd ? tr("Up to now") : textOf(entry, index.column());
    case Qt::EditRole:
        return textOf(entry, index.column());
    case Qt::FontRole:
        if (openEnd) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::AccessibleTextRole:
        return openEnd ? tr("Up to now") : textOf(entry, index.column());
    case Qt::ToolTipRole: {
        QStringList messages;
        for (const domain::Finding &finding : rowFindings(index.row())) {
            messages.append(finding.message);
        }
        return messages.isEmpty() ? QVariant() : QVariant(messages.join(QLatin1Char('\n')));
    }
    case Qt::BackgroundRole: {
        const domain::Findings found = rowFindings(index.row());
        if (found.isEmpty()) {
            return {};
        }
        // Translucent, so that the tint reads on the light and on the dark palette.
        return QBrush(domain::hasErrors(found) ? QColor(0xe5, 0x39, 0x35, 0x48)
                                               : QColor(0xff, 0xb3, 0x00, 0x48));
    }
    case Qt::DecorationRole:
        for (const domain::Finding &finding : rowFindings(index.row())) {
            if (columnOf(finding.field) == index.column()) {
                return QApplication::style()->standardIcon(
                    finding.severity == domain::Severity::Error ? QStyle::SP_MessageBoxCritical
                                                                : QStyle::SP_MessageBoxWarning);
            }
        }
        return {};
    default:
        return {};
    }
}

QVariant ResumeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    }
    if (section < 0 || section >= ColumnCount) {
        return {};
    }
    if (role == Qt::DisplayRole) {
        return Field::label(columnField(section));
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::Start:
            return tr("Year and month, e.g. 200809");
        case Column::End:
            return tr("Year and month, e.g. 201206; leave empty for an entry still going on "
                      "(up to now)");
        case Column::Organization:
            return tr("The school or the employer");
        case Column::Role:
            return tr("What you studied, or your position");
        }
    }
    return {};
}

Qt::ItemFlags ResumeTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool ResumeTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return false;
    }
    const QString text = value.toString().trimmed();
    domain::ResumeEntry &entry = m_entries[index.row()];
    QString *target = nullptr;
    switch (Column(index.column())) {
    case Column::Start:
        target = &entry.start;
        break;
    case Column::End:
        target = &entry.end;
        break;
    case Column::Organization:
        target = &entry.organization;
        break;
    case Column::Role:
        target = &entry.role;
        break;
    }
    if (!target) {
        return false;
    }
    if (*target == text) {
        return true;
    }
    *target = text;
    emit dataChanged(index, index);
    emit entriesEdited();
    return true;
}

bool ResumeTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > rowCount() || count <= 0) {
        return false;
    }
    beginInsertRows(QModelIndex(), row, row + count - 1);
    m_entries.insert(row, count, domain::ResumeEntry{});
    endInsertRows();
    emit entriesEdited();
    return true;
}

bool ResumeTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount()) {
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row + count - 1);
    m_entries.remove(row, count);
    endRemoveRows();
    emit entriesEdited();
    return true;
}

bool ResumeTableModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                                const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count <= 0 || sourceRow < 0
        || sourceRow + count > rowCount() || destinationChild < 0
        || destinationChild > rowCount()) {
        return false;
    }
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow + count - 1, QModelIndex(),
                       destinationChild)) {
        return false;
    }
    const QList<domain::ResumeEntry> moved = m_entries.mid(sourceRow, count);
    m_entries.remove(sourceRow, count);
    const int target = destinationChild > sourceRow ? destinationChild - count : destinationChild;
    for (int i = 0; i < count; ++i) {
        m_entries.insert(target + i, moved.at(i));
    }
    endMoveRows();
    emit entriesEdited();
    return true;
}

void ResumeTableModel::emitRowsChanged(int first, int last)
{
    if (last < first) {
        return;
    }
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

} // namespace dd::ui
