#pragma once

#include "photo/PhotoFinding.h"

#include <QAbstractTableModel>

namespace dd::ui {

// The photo check's findings as a table: the check (an icon for passed, warning or failed,
// and its message), the measured value and the allowed range, each with its unit. Errors
// first, then warnings, then what passed, in the order the check made them.
class PhotoFindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Check, Measured, Allowed, ColumnCount };
    // The finding's rule code (Qt::UserRole) and severity (SeverityRole, an int).
    static constexpr int RuleRole = Qt::UserRole;
    static constexpr int SeverityRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(const photo::PhotoFindings &findings);
    const photo::PhotoFindings &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "266 px", "131,504 bytes", "3.2°"; empty without a value.
    static QString formatValue(double value, const QString &unit);
    // "249–283 px", "≤ 199,999 bytes", "≥ 12 px".
    static QString formatRange(const photo::PhotoFinding &finding);

private:
    photo::PhotoFindings m_findings;
};

} // namespace dd::ui
