#pragma once

#include "photo/BatchReport.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <array>
#include <optional>

namespace dd::ui {

// The photo batch's table: one row per file of the folder, with the applicant its name matched
// ("—" when none, the reason in the tooltip), the result once processed (Compliant: kept as it
// was; Fixed; Needs a new photo; Unusable; Cancelled), the first reasons (all of them in the
// tooltip) and the compliant photo's JPEG quality and size.
class PhotoBatchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Verdict = photo::BatchReport::Verdict;

    enum Column {
        FileColumn,
        ApplicantColumn,
        ResultColumn,
        ReasonColumn,
        OutputColumn,
        ColumnCount
    };
    enum Role {
        VerdictRole = Qt::UserRole + 1, // int(Verdict); null while the row waits
        ApplicantRole,                  // the matched applicant's UUID (null when none)
        SavedRole,                      // bool: the photo was attached to the applicant
    };

    struct Item
    {
        QString file; // the name in the folder
        QUuid applicant;
        QString applicantName;
        QString matchProblem;           // why there is no applicant
        std::optional<Verdict> verdict; // nullopt: not processed yet
        QStringList problems;           // the errors' messages
        int quality = 0;                // of the compliant JPEG; 0: kept as it was, or none
        qint64 bytes = 0;               // of the compliant JPEG; 0: none
        bool saved = false;
    };

    // How many problems the Reason column shows (all of them in its tooltip).
    static constexpr int ShownProblems = 2;

    explicit PhotoBatchModel(QObject *parent = nullptr);

    void setItems(const QList<Item> &items);
    const QList<Item> &items() const { return m_items; }
    const Item &item(int row) const { return m_items.at(row); }

    void setResult(int row, Verdict verdict, const QStringList &problems, int quality,
                   qint64 bytes);
    void setSaved(int row);
    // Every row not processed yet becomes Cancelled.
    void cancelRemaining();
    // Every row back to waiting, for another run.
    void clearResults();

    // The rows as the CSV report has them: the output is the applicant the photo went to.
    QList<photo::BatchReport::Row> reportRows() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString resultLabel(Verdict verdict);

private:
    QVariant display(const Item &item, int column) const;
    QVariant toolTip(const Item &item, int column) const;
    QIcon icon(Verdict verdict) const;
    void rowChanged(int row);

    QList<Item> m_items;
    mutable std::array<QIcon, int(Verdict::Cancelled) + 1> m_icons;
};

} // namespace dd::ui
