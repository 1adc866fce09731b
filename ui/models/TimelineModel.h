#pragma once

#include "domain/DegreeApplication.h"
#include "store/RecordMeta.h"

#include <QAbstractTableModel>
#include <QList>
#include <QUuid>

namespace dd::ui {

// 查看申请状态: every state change of every degree application of the applicant, newest first,
// one row each: when (in the user's locale and time zone), which application, the state before
// and after (ApplicationStateMachine's labels), the action and its note. Read-only.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Application, From, To, Action, Note, ColumnCount };
    enum Role {
        AtRole = Qt::UserRole + 1, // the moment, a UTC QDateTime
        UuidRole,                  // the application's record UUID
    };

    explicit TimelineModel(QObject *parent = nullptr);

    void setApplications(const QList<store::Stored<domain::DegreeApplication>> &applications);

    // An application in a few words for a list: "2026 · 计算机科学与技术 · 北京大学".
    static QString describe(const domain::DegreeApplication &application);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QUuid uuid;
        QString application;
        domain::StateChange change;
    };
    QString text(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace dd::ui
