#pragma once

#include "domain/ExamScore.h"
#include "models/StoredRecordsModel.h"

namespace dd::ui {

// 成绩查询's table: one row per national-exam score (oldest first) with the year, the paper,
// the score, pass or fail and the month until which a pass counts, all as app/domain's
// ExamScore computes them (passed(), validUntil(), isValidIn() in the month of the context).
class ExamScoreModel : public StoredRecordsModel<domain::ExamScore>
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

    void setScore(int row, const domain::ExamScore &value) { setRecord(row, value); }
    domain::ExamScore scoreAt(int row) const { return recordAt(row); }

    // The words of the table for one score, also used under the form.
    static QString resultText(const domain::ExamScore &score);
    static QString validityText(const domain::ExamScore &score,
                                const domain::ValidationContext &context);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace dd::ui
