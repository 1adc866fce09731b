#pragma once

#include "domain/ValidationContext.h"
#include "store/RecordMeta.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace dd::ui {

// A table of an applicant's stored records of one list kind (oldest first, as the store lists
// them), judged on a day: the rows, their identities and the context, kept for the models of
// the exam registrations and the scores, which add their columns and roles.
template<typename Record>
class StoredRecordsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setRecords(const QList<store::Stored<Record>> &records)
    {
        beginResetModel();
        m_records = records;
        endResetModel();
    }

    // The day the rows are judged on (the validators' "today"): every row may change.
    void setContext(const domain::ValidationContext &context)
    {
        m_context = context;
        if (!m_records.isEmpty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
    }

    // A row's record changed (saved from the form, or by an action).
    void setRecord(int row, const Record &record)
    {
        if (row < 0 || row >= m_records.size()) {
            return;
        }
        m_records[row].value = record;
        emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    }

    // The row of a record, -1 when there is none.
    int rowOf(const QUuid &uuid) const
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (m_records.at(row).meta.uuid == uuid) {
                return row;
            }
        }
        return -1;
    }

    QUuid uuidAt(int row) const
    {
        return row >= 0 && row < m_records.size() ? m_records.at(row).meta.uuid : QUuid();
    }

    // The record of a row (an empty one for a row out of range).
    Record recordAt(int row) const
    {
        return row >= 0 && row < m_records.size() ? m_records.at(row).value : Record{};
    }

    const QList<store::Stored<Record>> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }

protected:
    QList<store::Stored<Record>> m_records;
    domain::ValidationContext m_context;
};

} // namespace dd::ui
