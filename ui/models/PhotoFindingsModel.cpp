#include "models/PhotoFindingsModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

#include <algorithm>
#include <cmath>

namespace dd::ui {

using photo::PhotoFinding;
using Severity = PhotoFinding::Severity;

void PhotoFindingsModel::setFindings(const photo::PhotoFindings &findings)
{
    beginResetModel();
    m_findings = findings;
    std::stable_sort(
        m_findings.begin(), m_findings.end(),
        [](const PhotoFinding &a, const PhotoFinding &b) { return a.severity > b.severity; });
    endResetModel();
}

int PhotoFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int PhotoFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

// The number as the unit wants it: degrees with one decimal, factors with two, pixels and bytes
// whole, the rest whole or, below 10 with a fraction, with two decimals.
QString number(double value, const QString &unit)
{
    const QLocale locale;
    if (unit == u"°") {
        return locale.toString(value, 'f', 1);
    }
    if (unit == u"×") {
        return locale.toString(value, 'f', 2);
    }
    return unit == u"px" || unit == u"bytes" || std::abs(value - std::round(value)) < 0.05
                   || std::abs(value) >= 10
               ? locale.toString(qint64(std::llround(value)))
               : locale.toString(value, 'f', 2);
}

} // namespace

QString PhotoFindingsModel::formatValue(double value, const QString &unit)
{
    const QString text = number(value, unit);
    if (unit.isEmpty()) {
        return text;
    }
    if (unit == u"bytes") {
        //: %1 a number of bytes
        return tr("%1 bytes").arg(text);
    }
    if (unit == u"°" || unit == u"×") {
        return text + unit;
    }
    return text + QLatin1Char(' ') + unit;
}

QString PhotoFindingsModel::formatRange(const PhotoFinding &finding)
{
    if (finding.minimum && finding.maximum) {
        if (std::abs(*finding.minimum + *finding.maximum) < 1e-9) {
            return QStringLiteral("±") + formatValue(*finding.maximum, finding.unit);
        }
        return number(*finding.minimum, finding.unit) + QStringLiteral("–")
               + formatValue(*finding.maximum, finding.unit);
    }
    if (finding.maximum) {
        return QStringLiteral("≤ ") + formatValue(*finding.maximum, finding.unit);
    }
    if (finding.minimum) {
        return QStringLiteral("≥ ") + formatValue(*finding.minimum, finding.unit);
    }
    return {};
}

QVariant PhotoFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_findings.size()) {
        return {};
    }
    const PhotoFinding &f = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Check:
            return f.message;
        case Measured:
            return f.value ? formatValue(*f.value, f.unit) : QString();
        case Allowed:
            return formatRange(f);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Check ? f.message : QVariant();
    case Qt::DecorationRole:
        if (index.column() != Check) {
            return {};
        }
        return QApplication::style()->standardIcon(
            f.severity == Severity::Error     ? QStyle::SP_MessageBoxCritical
            : f.severity == Severity::Warning ? QStyle::SP_MessageBoxWarning
                                              : QStyle::SP_DialogApplyButton);
    case Qt::AccessibleTextRole:
        if (index.column() == Check) {
            //: %1 passed/warning/failed, %2 the message
            return tr("%1: %2").arg(f.severity == Severity::Error     ? tr("Failed")
                                    : f.severity == Severity::Warning ? tr("Warning")
                                                                      : tr("Passed"),
                                    f.message);
        }
        return data(index, Qt::DisplayRole);
    case RuleRole:
        return f.rule;
    case SeverityRole:
        return int(f.severity);
    default:
        return {};
    }
}

QVariant PhotoFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Check:
        return tr("Check");
    case Measured:
        return tr("Measured");
    case Allowed:
        return tr("Allowed");
    default:
        return {};
    }
}

} // namespace dd::ui
