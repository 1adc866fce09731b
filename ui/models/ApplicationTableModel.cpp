#include "models/ApplicationTableModel.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Catalogs.h"

#include <QLocale>

namespace dd::ui {

namespace {

using domain::ApplicationAction;
using domain::ApplicationStateMachine;

QString stateText(const QString &code)
{
    const auto state = ApplicationStateMachine::stateFromCode(code);
    return state ? ApplicationStateMachine::stateLabel(*state) : code;
}

// The applicant's actions the machine allows on an existing application, in the portal's
// order (删除 · 修改 · 提交申请 · 取消申请 · 申请论文答辩资格).
QString actionsText(const QString &code)
{
    const auto state = ApplicationStateMachine::stateFromCode(code);
    if (!state) {
        return {};
    }
    QStringList labels;
    for (const ApplicationAction action : ApplicationStateMachine::allowedActions(*state)) {
        if (ApplicationStateMachine::isApplicantAction(action)
            && action != ApplicationAction::Create) {
            labels.append(ApplicationStateMachine::actionLabel(action));
        }
    }
    //: Separates the actions listed in the "Actions" column of the table of applications
    return labels.join(ApplicationTableModel::tr(" · "));
}

} // namespace

ApplicationTableModel::ApplicationTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ApplicationTableModel::setApplications(
    const QList<store::Stored<domain::DegreeApplication>> &applications)
{
    beginResetModel();
    m_uuids.clear();
    m_applications.clear();
    for (const auto &stored : applications) {
        m_uuids.append(stored.meta.uuid);
        m_applications.append(stored.value);
    }
    endResetModel();
}

bool ApplicationTableModel::updateApplication(const QUuid &uuid,
                                              const domain::DegreeApplication &application)
{
    const int row = rowOf(uuid);
    if (row < 0) {
        return false;
    }
    m_applications[row] = application;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

int ApplicationTableModel::rowOf(const QUuid &uuid) const
{
    return uuid.isNull() ? -1 : int(m_uuids.indexOf(uuid));
}

QUuid ApplicationTableModel::uuidAt(int row) const
{
    return m_uuids.value(row);
}

domain::DegreeApplication ApplicationTableModel::applicationAt(int row) const
{
    return m_applications.value(row);
}

QList<domain::DegreeApplication> ApplicationTableModel::applications() const
{
    return m_applications;
}

QList<domain::ApplicationState> ApplicationTableModel::states(const QUuid &except) const
{
    QList<domain::ApplicationState> result;
    for (qsizetype row = 0; row < m_applications.size(); ++row) {
        const auto state = ApplicationStateMachine::stateFromCode(m_applications.at(row).state);
        if (state && (except.isNull() || m_uuids.at(row) != except)) {
            result.append(*state);
        }
    }
    return result;
}

int ApplicationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int ApplicationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ApplicationTableModel::text(const domain::DegreeApplication &a, int column) const
{
    const domain::Catalogs &catalogs = domain::Catalogs::instance();
    switch (column) {
    case Year:
        return a.year;
    case DisciplineCategory:
        return catalogs.get(domain::Catalogs::DisciplineCategories).labelOf(a.disciplineCategory);
    case Discipline:
        return catalogs.get(domain::Catalogs::Disciplines).labelOf(a.discipline);
    case Institution:
        return catalogs.get(domain::Catalogs::Institutions).labelOf(a.institution);
    case State:
        return stateText(a.state);
    case Actions:
        return actionsText(a.state);
    default:
        return {};
    }
}

QVariant ApplicationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const domain::DegreeApplication &a = m_applications.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return text(a, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Institution && !a.institutionProvince.isEmpty()) {
            return domain::Catalogs::instance()
                .get(domain::Catalogs::Provinces)
                .labelOf(a.institutionProvince);
        }
        return text(a, index.column());
    case UuidRole:
        return m_uuids.at(index.row());
    case StateCodeRole:
        return a.state;
    default:
        return {};
    }
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Year:
        return tr("Year");
    case DisciplineCategory:
        return tr("Discipline category");
    case Discipline:
        return tr("Discipline");
    case Institution:
        return tr("Awarding institution");
    case State:
        return tr("Application state");
    case Actions:
        return tr("Actions");
    default:
        return {};
    }
}

} // namespace dd::ui
