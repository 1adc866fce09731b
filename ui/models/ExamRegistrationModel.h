#pragma once

#include "domain/ExamRegistration.h"
#include "domain/ValidationContext.h"
#include "store/RecordMeta.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace dd::ui {

// 全国统考's table: one row per exam registration of the applicant (oldest first), with the
// year, the paper, the language, the admission ticket and the state (an exemption said there,
// its reason in the tooltip; the fee is in the form). A row whose registration ExamValidator
// finds errors in shows a warning icon with them.
class ExamRegistrationModel : public QAbstractTableModel
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

    void setRecords(const QList<store::Stored<domain::ExamRegistration>> &records);
    // The day the rows are judged on (ExamValidator's "today").
    void setContext(const domain::ValidationContext &context);
    // A row's registration changed (saved from the form, or by an action).
    void setRegistration(int row, const domain::ExamRegistration &registration);

    int rowOf(const QUuid &uuid) const;
    QUuid uuidAt(int row) const;
    domain::ExamRegistration registrationAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const domain::ExamRegistration &r, int column) const;

    QList<store::Stored<domain::ExamRegistration>> m_records;
    domain::ValidationContext m_context;
};

} // namespace dd::ui
