#pragma once

#include "domain/Deadline.h"
#include "domain/NotificationPrefs.h"

#include <QAbstractTableModel>
#include <QList>

namespace dd::ui {

// 短信定制's list of the dates ahead (app/domain's Deadlines): when, what, from which day a
// reminder shows (or that its reminder is off), and how sure the date is; the note on where the
// date comes from is the row's tooltip.
class DeadlineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DateColumn, TitleColumn, ReminderColumn, ConfidenceColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // Deadline::id
        NoteRole,                  // Deadline::note
    };

    explicit DeadlineModel(QObject *parent = nullptr);

    void setDeadlines(const QList<domain::Deadline> &deadlines,
                      const domain::NotificationPrefs &prefs);
    const QList<domain::Deadline> &deadlines() const { return m_deadlines; }

    // "2027-05-16 (Sun)", or "2027-03-16 – 2027-03-26" for a window.
    static QString dateText(const domain::Deadline &deadline);
    static QString confidenceText(domain::Confidence confidence);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<domain::Deadline> m_deadlines;
    domain::NotificationPrefs m_prefs;
};

} // namespace dd::ui
