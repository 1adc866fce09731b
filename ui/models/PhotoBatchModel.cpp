#include "models/PhotoBatchModel.h"

#include <QApplication>
#include <QStyle>

namespace dd::ui {

using photo::BatchReport;

PhotoBatchModel::PhotoBatchModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PhotoBatchModel::setItems(const QList<Item> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

void PhotoBatchModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PhotoBatchModel::setResult(int row, Verdict verdict, const QStringList &problems, int quality,
                                qint64 bytes)
{
    if (row < 0 || row >= m_items.size()) {
        return;
    }
    Item &item = m_items[row];
    item.verdict = verdict;
    item.problems = problems;
    item.quality = quality;
    item.bytes = bytes;
    rowChanged(row);
}

void PhotoBatchModel::setSaved(int row)
{
    if (row < 0 || row >= m_items.size()) {
        return;
    }
    m_items[row].saved = true;
    rowChanged(row);
}

void PhotoBatchModel::cancelRemaining()
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (!m_items.at(row).verdict) {
            m_items[row].verdict = Verdict::Cancelled;
            rowChanged(row);
        }
    }
}

void PhotoBatchModel::clearResults()
{
    for (Item &item : m_items) {
        item.verdict.reset();
        item.problems.clear();
        item.quality = 0;
        item.bytes = 0;
        item.saved = false;
    }
    if (!m_items.isEmpty()) {
        emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, ColumnCount - 1));
    }
}

QList<BatchReport::Row> PhotoBatchModel::reportRows() const
{
    QList<BatchReport::Row> rows;
    rows.reserve(m_items.size());
    for (const Item &item : m_items) {
        rows.append(BatchReport::Row{item.file, item.verdict.value_or(Verdict::Cancelled),
                                     item.saved ? item.applicantName : QString(), item.quality,
                                     item.bytes, item.problems});
    }
    return rows;
}

int PhotoBatchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int PhotoBatchModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PhotoBatchModel::resultLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Compliant:
        return tr("Compliant");
    case Verdict::Fixed:
        return tr("Fixed");
    case Verdict::NotCompliant:
        return tr("Needs a new photo");
    case Verdict::Unusable:
        return tr("Unusable");
    case Verdict::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QVariant PhotoBatchModel::display(const Item &item, int column) const
{
    switch (column) {
    case FileColumn:
        return item.file;
    case ApplicantColumn:
        return item.applicant.isNull() ? QStringLiteral("—") : item.applicantName;
    case ResultColumn:
        return item.verdict ? resultLabel(*item.verdict) : QString();
    case ReasonColumn:
        return item.problems.mid(0, ShownProblems).join(QLatin1Char(' '));
    case OutputColumn:
        if (item.quality > 0) {
            //: %1 the JPEG quality (1-100), %2 the file size
            return tr("quality %1, %L2 bytes").arg(item.quality).arg(item.bytes);
        }
        if (item.bytes > 0) {
            //: an already compliant photo kept without re-encoding
            return tr("%L1 bytes, as it was").arg(item.bytes);
        }
        return QString();
    default:
        return {};
    }
}

QVariant PhotoBatchModel::toolTip(const Item &item, int column) const
{
    switch (column) {
    case FileColumn:
        return item.file;
    case ApplicantColumn:
        if (item.applicant.isNull()) {
            return item.matchProblem;
        }
        return item.saved ? tr("The photo was attached to %1.").arg(item.applicantName)
                          : item.applicantName;
    case ResultColumn:
        if (!item.verdict) {
            return {};
        }
        switch (*item.verdict) {
        case Verdict::Compliant:
            return tr("The file already met every rule: it is kept as it was.");
        case Verdict::Fixed:
            return tr("Cropped and re-encoded to the portal's rules.");
        case Verdict::NotCompliant:
            return tr("No crop makes this photo compliant: ask for a new photo.");
        case Verdict::Unusable:
            return tr("The file cannot be read as a photo.");
        case Verdict::Cancelled:
            return tr("Not processed: the batch was cancelled.");
        }
        return {};
    case ReasonColumn:
        return item.problems.isEmpty() ? QVariant() : QVariant(item.problems.join(u'\n'));
    default:
        return {};
    }
}

QIcon PhotoBatchModel::icon(Verdict verdict) const
{
    // The style builds an icon from its files at every call: once per verdict is enough.
    QIcon &cached = m_icons[int(verdict)];
    if (cached.isNull()) {
        QStyle::StandardPixmap pixmap = QStyle::SP_DialogApplyButton;
        switch (verdict) {
        case Verdict::Compliant:
        case Verdict::Fixed:
            pixmap = QStyle::SP_DialogApplyButton;
            break;
        case Verdict::NotCompliant:
            pixmap = QStyle::SP_MessageBoxWarning;
            break;
        case Verdict::Unusable:
            pixmap = QStyle::SP_MessageBoxCritical;
            break;
        case Verdict::Cancelled:
            pixmap = QStyle::SP_DialogCancelButton;
            break;
        }
        cached = QApplication::style()->standardIcon(pixmap);
    }
    return cached;
}

QVariant PhotoBatchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Item &item = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(item, index.column());
    case Qt::ToolTipRole:
        return toolTip(item, index.column());
    case Qt::DecorationRole:
        if (index.column() != ResultColumn || !item.verdict) {
            return {};
        }
        return icon(*item.verdict);
    case VerdictRole:
        return item.verdict ? QVariant(int(*item.verdict)) : QVariant();
    case ApplicantRole:
        return item.applicant;
    case SavedRole:
        return item.saved;
    default:
        return {};
    }
}

QVariant PhotoBatchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case FileColumn:
        return tr("File");
    case ApplicantColumn:
        return tr("Applicant");
    case ResultColumn:
        return tr("Result");
    case ReasonColumn:
        return tr("Reason");
    case OutputColumn:
        return tr("Output");
    default:
        return {};
    }
}

} // namespace dd::ui
