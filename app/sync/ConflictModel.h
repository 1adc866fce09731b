#pragma once

#include "store/Conflict.h"
#include "store/Result.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QUuid>

namespace dd::store {
class Store;
}

namespace dd::sync {

// One conflict of the store (a local change and the server's change of the same record or
// applicant) field by field: a row per top-level key of the record's JSON, with the field's
// label, my value, the server's value and the merged value. The merged value of each row is
// mine, theirs (setChoice) or typed (setMerged); starts as mine. Lists such as the personal
// history or the timeline are one row, shown a line per entry. Fields that are the same on
// both sides are kept as rows (differs() is false, and they are greyed) so that the merged
// JSON is whole; a view may filter them out with DiffersRole.
//
// Nothing is written until resolve(), keepMine() or takeTheirs(); each re-reads the conflict
// first, and when it changed since load() (the server moved again, or the record was edited
// meanwhile) reloads it, keeps the choices made and answers with an error instead of writing.
// No widgets: the sync engine's tests resolve conflicts through this API too.
class ConflictModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FieldColumn, MineColumn, TheirsColumn, MergedColumn, ColumnCount };
    enum class Choice { Mine, Theirs, Typed };
    enum Role {
        KeyRole = Qt::UserRole + 1, // the field key of the row ("politicalStatus")
        DiffersRole,                // bool: mine and theirs differ
        ChoiceRole,                 // int: the row's Choice
        JsonRole,                   // the column's QJsonValue (mine, theirs, merged)
    };

    explicit ConflictModel(store::Store &store, QObject *parent = nullptr);

    // Reads the conflict of `uuid` (a record's or an applicant's); the choices start over.
    store::Result<void> load(const QUuid &uuid);
    void clear();
    bool isLoaded() const { return m_loaded; }
    const store::Conflict &conflict() const { return m_conflict; }
    // One side deleted: the rows show the other side's values, and that side is the only
    // one a row can take (the whole deletion is keepMine() or takeTheirs()).
    bool isDeletion() const { return m_conflict.mineDeleted || m_conflict.theirsDeleted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString keyAt(int row) const;
    int rowOf(const QString &key) const; // -1 when there is no such row
    bool differs(int row) const;
    int differingCount() const;
    Choice choice(int row) const;
    QJsonValue mine(int row) const;
    QJsonValue theirs(int row) const;
    QJsonValue merged(int row) const;

    // False for a row out of range, or a side the row cannot take (a deleted side).
    bool setChoice(int row, Choice choice);
    void setAllChoices(Choice choice);
    // A typed merged value: the JSON type of the field's values on either side (a text for a
    // text, a number or boolean for those); false when it is not.
    bool setMerged(int row, const QJsonValue &value);
    // The record's JSON (or {"label": ...} for an applicant) as the rows' merged values make it.
    QJsonObject mergedJson() const;

    // Saves the merged JSON as the local value, to be pushed on the server's version.
    store::Result<void> resolve();
    // Keeps the local value (or deletion) as it is, to be pushed on the server's version.
    store::Result<void> keepMine();
    // Takes the server's value (or deletion); the local change is dropped.
    store::Result<void> takeTheirs();

    // A readable rendering of a field's value: catalog codes with their label, lists a line
    // per entry, booleans as yes/no, a photo's JPEG by its size.
    static QString displayText(const QString &key, const QJsonValue &value);

signals:
    // A decision was saved: the conflict is gone from the store, the model is empty.
    void resolved(const QUuid &uuid);

private:
    struct Row
    {
        QString key;
        QJsonValue mine;
        QJsonValue theirs;
        Choice choice = Choice::Mine;
        QJsonValue typed;
    };

    // By value: `uuid` may be m_conflict's own, which this resets.
    store::Result<void> fill(QUuid uuid);
    // Re-reads the conflict; an error (and a reload keeping the choices) when it changed.
    store::Result<void> checkUnchanged();
    store::Result<void> finish(store::Result<void> done);
    bool canTake(Choice choice) const;
    QString label(const QString &key) const;
    void emitRowChanged(int row);

    store::Store &m_store;
    store::Conflict m_conflict;
    QList<Row> m_rows;
    bool m_loaded = false;
};

} // namespace dd::sync
