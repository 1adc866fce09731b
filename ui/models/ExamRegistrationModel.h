#pragma once

#include "domain/ExamRegistration.h"
#include "models/StoredRecordsModel.h"

namespace dd::ui {

// 全国统考's table: one row per exam registration of the applicant (oldest first), with the
// year, the paper, the language, the admission ticket and the state (an exemption said there,
// its reason in the tooltip; the fee is in the form). A row whose registration ExamValidator
// finds errors in shows a warning icon with them.
class ExamRegistrationModel : public StoredRecordsModel<domain::ExamRegistration>
{
    Q_OBJECT

public:
    enum Column {
        YearColumn,
        SubjectColumn,
        LanguageColumn,
        TicketColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        UuidRole = Qt::UserRole + 1, // the record's UUID (QUuid)
        StateCodeRole,               // the state's code ("paid")
        ErrorCountRole,              // how many errors ExamValidator finds (int)
    };

    explicit ExamRegistrationModel(QObject *parent = nullptr);

    void setRegistration(int row, const domain::ExamRegistration &value) { setRecord(row, value); }
    domain::ExamRegistration registrationAt(int row) const { return recordAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const domain::ExamRegistration &r, int column) const;
};

} // namespace dd::ui
