#pragma once

#include "domain/Finding.h"
#include "domain/ResumeEntry.h"

#include <QAbstractTableModel>
#include <QJsonArray>

namespace dd::ui {

// 个人经历 on 填写基本信息 as a table: one row per ResumeEntry, the columns 起始年月, 终止年月
// (empty = 至今), 学习或工作单位, 专业或职务, editable in place. The findings of app/domain about
// the rows ("resume[2].start": a gap, an overlap, an order problem) mark them: a tinted
// background, the messages in the row's tooltip, an icon in the cell they name.
//
// Edits made through the model's interface (setData, insertRows, removeRows, moveRows) are
// the user's: each emits entriesEdited() once, for the page to save. setEntries() shows a
// record (a load, an undo) and emits nothing.
class ResumeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Start, End, Organization, Role };
    static constexpr int ColumnCount = 4;

    explicit ResumeTableModel(QObject *parent = nullptr);

    QList<domain::ResumeEntry> entries() const { return m_entries; }
    QJsonArray toJson() const;
    void setEntries(const QList<domain::ResumeEntry> &entries);

    // The findings of the whole record; those of the "resume[n]" keys mark the rows.
    void setFindings(const domain::Findings &findings);
    // The findings about one row, in the order app/domain reported them.
    domain::Findings rowFindings(int row) const;
    // The row a finding's key names ("resume[2].end" → 2), -1 for none of the rows.
    int rowOf(const QString &key) const;
    // The column a finding's key names ("resume[2].end" → End), -1 for the row as a whole.
    int columnOf(const QString &key) const;
    // The record's field key of a column ("end").
    static QString fieldOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                  const QModelIndex &destinationParent, int destinationChild) override;

signals:
    // The user changed the rows (not emitted by setEntries()).
    void entriesEdited();

private:
    QString textOf(const domain::ResumeEntry &entry, int column) const;
    void emitRowsChanged(int first, int last);

    QList<domain::ResumeEntry> m_entries;
    domain::Findings m_findings; // only those about the rows
};

} // namespace dd::ui
