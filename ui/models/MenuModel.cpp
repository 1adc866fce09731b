#include "models/MenuModel.h"

#include "widgets/StateIcon.h"

namespace dd::ui {

using Step = domain::Progress::Step;

MenuModel::MenuModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    auto key = [](Step step) { return domain::Progress::stepKey(step); };
    m_items = {
        {DegreeGroup, QT_TR_NOOP("Degree application"), -1, {}},
        {ProcessPage, QT_TR_NOOP("View application process"), 0, {}},
        {key(Step::Photo), QT_TR_NOOP("Upload photo"), 0, Step::Photo},
        {key(Step::BasicInfo), QT_TR_NOOP("Fill in basic information"), 0, Step::BasicInfo},
        {key(Step::DegreeApplication), QT_TR_NOOP("Submit degree application"), 0,
         Step::DegreeApplication},
        {key(Step::DefenseRequest), QT_TR_NOOP("Apply for thesis defence"), 0,
         Step::DefenseRequest},
        {key(Step::Thesis), QT_TR_NOOP("Report thesis information"), 0, Step::Thesis},
        {StatusPage, QT_TR_NOOP("View application status"), 0, {}},
        {key(Step::ResidencyCertificate), QT_TR_NOOP("Residency and physician certificates"), 0,
         Step::ResidencyCertificate},
        {key(Step::ExamRegistration), QT_TR_NOOP("National exam"), -1, Step::ExamRegistration},
        {key(Step::ExamScores), QT_TR_NOOP("Score lookup"), -1, Step::ExamScores},
        {NotificationsPage, QT_TR_NOOP("Reminders"), -1, {}},
        {AccountGroup, QT_TR_NOOP("Account management"), -1, {}},
        {key(Step::Registration), QT_TR_NOOP("Registration details"), 12, Step::Registration},
        {AccountPage, QT_TR_NOOP("Password, e-mail and phone"), 12, {}},
        {DashboardPage, QT_TR_NOOP("My home page"), -1, {}},
    };
}

QStringList MenuModel::pageIds() const
{
    QStringList ids;
    for (int i = 0; i < m_items.size(); ++i) {
        if (childrenOf(i).isEmpty()) {
            ids.append(m_items.at(i).id);
        }
    }
    return ids;
}

QList<int> MenuModel::childrenOf(int parent) const
{
    QList<int> children;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).parent == parent) {
            children.append(i);
        }
    }
    return children;
}

int MenuModel::itemOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

QModelIndex MenuModel::indexOf(const QString &pageId) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == pageId) {
            const int row = int(childrenOf(m_items.at(i).parent).indexOf(i));
            return createIndex(row, 0, quintptr(i));
        }
    }
    return {};
}

QString MenuModel::pageOf(const QModelIndex &index) const
{
    const int item = itemOf(index);
    if (item < 0) {
        return {};
    }
    const QList<int> children = childrenOf(item);
    return children.isEmpty() ? m_items.at(item).id : m_items.at(children.first()).id;
}

QString MenuModel::label(const QString &pageId) const
{
    for (const Item &item : m_items) {
        if (item.id == pageId) {
            return tr(item.label);
        }
    }
    return {};
}

void MenuModel::setProgress(const QList<domain::Progress::StepStatus> &progress)
{
    m_status.clear();
    for (const domain::Progress::StepStatus &status : progress) {
        m_status.insert(domain::Progress::stepKey(status.step), status);
    }
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).step) {
            const QModelIndex changed = indexOf(m_items.at(i).id);
            emit dataChanged(changed, changed);
        }
    }
}

void MenuModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_items.isEmpty()) {
        emit layoutChanged();
    }
}

QModelIndex MenuModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0) {
        return {};
    }
    const QList<int> children = childrenOf(itemOf(parent));
    if (row >= children.size()) {
        return {};
    }
    return createIndex(row, 0, quintptr(children.at(row)));
}

QModelIndex MenuModel::parent(const QModelIndex &child) const
{
    const int item = itemOf(child);
    if (item < 0 || m_items.at(item).parent < 0) {
        return {};
    }
    const int parentItem = m_items.at(item).parent;
    const int row = int(childrenOf(m_items.at(parentItem).parent).indexOf(parentItem));
    return createIndex(row, 0, quintptr(parentItem));
}

int MenuModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0) {
        return 0;
    }
    return int(childrenOf(itemOf(parent)).size());
}

int MenuModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant MenuModel::data(const QModelIndex &index, int role) const
{
    const int item = itemOf(index);
    if (item < 0 || item >= m_items.size()) {
        return {};
    }
    const Item &entry = m_items.at(item);
    const auto status = m_status.constFind(entry.id);
    const bool hasStatus = entry.step && status != m_status.constEnd();
    switch (role) {
    case Qt::DisplayRole:
        return tr(entry.label);
    case Qt::DecorationRole:
        if (!hasStatus) {
            return entry.parent >= 0 || childrenOf(item).isEmpty() ? StateIcon::blank() : QIcon();
        }
        if (!status->required && status->state == domain::Progress::State::NotStarted) {
            return StateIcon::notNeeded(m_palette);
        }
        return StateIcon::forState(status->state, m_palette);
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        if (!hasStatus) {
            return {};
        }
        if (!status->required && status->state == domain::Progress::State::NotStarted) {
            return tr("Not needed for your application");
        }
        return domain::Progress::stateLabel(status->state);
    case PageIdRole:
        return entry.id;
    case StateRole:
        return hasStatus ? domain::Progress::stateCode(status->state) : QString();
    case RequiredRole:
        return hasStatus ? status->required : true;
    default:
        return {};
    }
}

Qt::ItemFlags MenuModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

} // namespace dd::ui
