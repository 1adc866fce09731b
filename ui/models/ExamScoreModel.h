#pragma once

#include "domain/ExamScore.h"
#include "domain/ValidationContext.h"
#include "store/RecordMeta.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace dd::ui {

// 成绩查询's table: one row per national-exam score (oldest first) with the year, the paper,
// the score, pass or fail and the month until which a pass counts, all as app/domain's
// ExamScore computes them (passed(), validUntil(), isValidIn() in the month of the context).
class ExamScoreModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        YearColumn,
        SubjectColumn,
        ScoreColumn,
        ResultColumn,
        ValidUntilColumn,
        ColumnCount
    };
    enum Role {
        UuidRole = Qt::UserRole + 1, // the record's UUID (QUuid)
        ValidNowRole,                // bool: a pass that counts in the context's month
    };

    explicit ExamScoreModel(QObject *parent = nullptr);

    void setRecords(const QList<store::Stored<domain::ExamScore>> &records);
    void setContext(const domain::ValidationContext &context);
    void setScore(int row, const domain::ExamScore &score);

    int rowOf(const QUuid &uuid) const;
    QUuid uuidAt(int row) const;
    domain::ExamScore scoreAt(int row) const;
    const QList<store::Stored<domain::ExamScore>> &records() const { return m_records; }

    // The words of the table for one score, also used under the form.
    static QString resultText(const domain::ExamScore &score);
    static QString validityText(const domain::ExamScore &score,
                                const domain::ValidationContext &context);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<store::Stored<domain::ExamScore>> m_records;
    domain::ValidationContext m_context;
};

} // namespace dd::ui
