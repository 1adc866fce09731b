#pragma once

#include "domain/ApplicationStateMachine.h"
#include "domain/DegreeApplication.h"
#include "store/RecordMeta.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace dd::ui {

// The table of 提交学位申请 (已申报学科信息): one row per degree application of the applicant,
// with the portal's columns 年度, 学科门类, 学科名称, 学位授予单位, 申请状态, 操作. Codes are
// shown as the catalogs' labels, the state as ApplicationStateMachine's label, and 操作 lists
// the applicant's actions the state machine allows in that state. Read-only: the page changes
// an application through the store and the state machine, then updates its row here.
class ApplicationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Year, DisciplineCategory, Discipline, Institution, State, Actions, ColumnCount };
    enum Role {
        UuidRole = Qt::UserRole + 1, // the record's UUID (QUuid), in every column
        StateCodeRole,               // the state's code ("submitted"), in every column
    };

    explicit ApplicationTableModel(QObject *parent = nullptr);

    // Replaces every row (oldest application first, as the store lists them).
    void setApplications(const QList<store::Stored<domain::DegreeApplication>> &applications);
    // Replaces the content of one row; false when no row has that UUID.
    bool updateApplication(const QUuid &uuid, const domain::DegreeApplication &application);

    // The row of a record, -1 when there is none.
    int rowOf(const QUuid &uuid) const;
    QUuid uuidAt(int row) const;
    // The application of a row (an empty one for a row out of range).
    domain::DegreeApplication applicationAt(int row) const;
    QList<domain::DegreeApplication> applications() const;
    // The states of every application but `except` (those with an unknown code left out).
    QList<domain::ApplicationState> states(const QUuid &except = {}) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const domain::DegreeApplication &application, int column) const;

    QList<QUuid> m_uuids;
    QList<domain::DegreeApplication> m_applications;
};

} // namespace dd::ui
