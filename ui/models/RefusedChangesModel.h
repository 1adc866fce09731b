#pragma once

#include "store/RefusedChange.h"
#include "store/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace dd::store {
class Store;
}

namespace dd::ui {

// The local changes the server refused for good (a rule they break), with the server's reason
// as it sent it: they wait here until the record is corrected and saved again.
class RefusedChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ApplicantColumn, RecordColumn, ReasonColumn, RefusedColumn, ColumnCount };

    explicit RefusedChangesModel(store::Store &store, QObject *parent = nullptr);

    store::Result<void> reload();
    const store::RefusedChange &changeAt(int row) const { return m_rows.at(row).change; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        store::RefusedChange change;
        QString applicant;
    };

    store::Store &m_store;
    QList<Row> m_rows;
};

} // namespace dd::ui
