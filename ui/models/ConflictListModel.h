#pragma once

#include "store/Conflict.h"
#include "store/Result.h"

#include <QAbstractTableModel>
#include <QList>

namespace dd::store {
class Store;
}

namespace dd::ui {

// The conflicts the store keeps for the user, oldest first: which applicant, which record, and
// when the server's version was found to differ.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ApplicantColumn, RecordColumn, DetectedColumn, ColumnCount };
    static constexpr int UuidRole = Qt::UserRole + 1;

    explicit ConflictListModel(store::Store &store, QObject *parent = nullptr);

    store::Result<void> reload();
    QUuid uuidAt(int row) const;
    int rowOf(const QUuid &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Basic information", "Degree application" ...: a record kind in the user's words; the
    // applicant's name for an applicant (empty kind).
    static QString recordLabel(const QString &kind);
    // An applicant's name as the store has it, or a short form of its uuid when it is gone.
    static QString applicantLabel(store::Store &store, const QUuid &applicant);

private:
    struct Row
    {
        store::Conflict conflict;
        QString applicant;
    };

    store::Store &m_store;
    QList<Row> m_rows;
};

} // namespace dd::ui
