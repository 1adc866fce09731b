#include "models/TimelineModel.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Catalogs.h"
#include "domain/Field.h"

#include <QLocale>

#include <algorithm>

namespace dd::ui {

namespace {

using domain::ApplicationStateMachine;

QString stateText(const QString &code)
{
    const auto state = ApplicationStateMachine::stateFromCode(code);
    return state ? ApplicationStateMachine::stateLabel(*state) : code;
}

QString actionText(const QString &code)
{
    const auto action = ApplicationStateMachine::actionFromCode(code);
    return action ? ApplicationStateMachine::actionLabel(*action) : code;
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString TimelineModel::describe(const domain::DegreeApplication &a)
{
    const domain::Catalogs &catalogs = domain::Catalogs::instance();
    QStringList parts;
    for (const QString &part :
         {a.year.trimmed(), catalogs.get(domain::Catalogs::Disciplines).labelOf(a.discipline),
          catalogs.get(domain::Catalogs::Institutions).labelOf(a.institution)}) {
        if (!part.isEmpty()) {
            parts.append(part);
        }
    }
    //: An application described in a list, when it has no year, discipline or institution yet
    return parts.isEmpty() ? tr("New application") : parts.join(tr(" · "));
}

void TimelineModel::setApplications(
    const QList<store::Stored<domain::DegreeApplication>> &applications)
{
    beginResetModel();
    m_rows.clear();
    for (const auto &stored : applications) {
        const QString title = describe(stored.value);
        for (const domain::StateChange &change : stored.value.timeline) {
            m_rows.append(Row{stored.meta.uuid, title, change});
        }
    }
    // Newest first; entries of the same moment keep their recorded order, reversed.
    std::reverse(m_rows.begin(), m_rows.end());
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [](const Row &a, const Row &b) { return a.change.at > b.change.at; });
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::text(const Row &row, int column) const
{
    switch (column) {
    case Time:
        return QLocale().toString(row.change.at.toLocalTime(), QLocale::ShortFormat);
    case Application:
        return row.application;
    case From:
        return stateText(row.change.from);
    case To:
        return stateText(row.change.to);
    case Action:
        return actionText(row.change.action);
    case Note:
        return row.change.note;
    default:
        return {};
    }
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return text(row, index.column());
    case AtRole:
        return row.change.at;
    case UuidRole:
        return row.uuid;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return domain::Field::label(domain::Field::TimelineAt);
    case Application:
        return tr("Application");
    case From:
        return domain::Field::label(domain::Field::TimelineFrom);
    case To:
        return domain::Field::label(domain::Field::TimelineTo);
    case Action:
        return domain::Field::label(domain::Field::TimelineAction);
    case Note:
        return domain::Field::label(domain::Field::TimelineNote);
    default:
        return {};
    }
}

} // namespace dd::ui
