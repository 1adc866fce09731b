#include "models/DeadlineModel.h"

#include <QLocale>
#include <QPalette>

namespace dd::ui {

namespace {

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

} // namespace

DeadlineModel::DeadlineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void DeadlineModel::setDeadlines(const QList<domain::Deadline> &deadlines,
                                 const domain::NotificationPrefs &prefs)
{
    beginResetModel();
    m_deadlines = deadlines;
    m_prefs = prefs;
    endResetModel();
}

QString DeadlineModel::dateText(const domain::Deadline &deadline)
{
    if (deadline.isWindow()) {
        //: A span of days: %1 the first, %2 the last
        return tr("%1 – %2").arg(dayText(deadline.start), dayText(deadline.end));
    }
    //: %1 a date, %2 its day of the week
    return tr("%1 (%2)").arg(dayText(deadline.start),
                             QLocale().dayName(deadline.start.dayOfWeek(), QLocale::ShortFormat));
}

QString DeadlineModel::confidenceText(domain::Confidence confidence)
{
    switch (confidence) {
    case domain::Confidence::Confirmed:
        return tr("Confirmed");
    case domain::Confidence::Portal:
        return tr("The portal's rule");
    case domain::Confidence::Secondary:
        return tr("Unofficial source");
    case domain::Confidence::Inferred:
        return tr("Estimate");
    }
    return {};
}

int DeadlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_deadlines.size());
}

int DeadlineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const domain::Deadline &d = m_deadlines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return dateText(d);
        case TitleColumn:
            return d.title;
        case ReminderColumn:
            return d.isWantedBy(m_prefs) ? dayText(d.remindFrom(m_prefs.remindDaysBefore))
                                         : tr("Off");
        case ConfidenceColumn:
            return confidenceText(d.confidence);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return d.note;
    case Qt::ForegroundRole:
        if (index.column() == ReminderColumn && !d.isWantedBy(m_prefs)) {
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        }
        return {};
    case IdRole:
        return d.id;
    case NoteRole:
        return d.note;
    default:
        return {};
    }
}

QVariant DeadlineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("What");
    case ReminderColumn:
        return tr("Reminders from");
    case ConfidenceColumn:
        return tr("How sure");
    default:
        return {};
    }
}

} // namespace dd::ui
