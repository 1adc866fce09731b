#pragma once

#include "sync/ConflictModel.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace dd::ui {

class ConflictListModel;
class MessageBar;
class RefusedChangesModel;
class Session;

// Tools → Sync conflicts: the records changed both here and on the server, listed (applicant,
// record, when), and the chosen one side by side field by field (app/sync's ConflictModel: on
// this computer / on the server / merged). The user ticks a side per field (Space) or types
// the merged value (F2), then keeps theirs, keeps mine or saves the merged record. Nothing is
// written before that. A second tab lists the changes the server refused, with its reason.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks a yes/no question; the safe answer (no) is the default. Tests answer it themselves.
    using Confirm = std::function<bool(const QString &question)>;

    explicit ConflictsDialog(Session *session, QWidget *parent = nullptr);
    ~ConflictsDialog() override;

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // Reads both lists again, keeping the conflict shown when it is still there.
    void reload();
    // Shows that conflict; false when there is none with that uuid.
    bool select(const QUuid &uuid);
    void showRefused();

    sync::ConflictModel *fieldsModel() const { return m_fields; }
    ConflictListModel *conflictList() const { return m_list; }
    RefusedChangesModel *refusedList() const { return m_refused; }

    // The decisions (the buttons); false when refused or cancelled (the message bar says why).
    bool keepMine();
    bool takeTheirs();
    bool useMerged();
    // Takes one side for the fields whose rows are selected in the fields' view.
    void chooseForSelected(sync::ConflictModel::Choice choice);

signals:
    // A conflict was resolved here: its record (or applicant) has a new local value.
    void resolved(const QUuid &uuid, const QString &kind);

private:
    void showConflict(const QUuid &uuid);
    void onListSelectionChanged();
    bool decide(store::Result<void> (sync::ConflictModel::*decision)(), const QString &question);
    void updateState();
    void updateTabs();

    Session *m_session;
    ConflictListModel *m_list;
    RefusedChangesModel *m_refused;
    sync::ConflictModel *m_fields;
    QSortFilterProxyModel *m_filter;
    Confirm m_confirm;

    MessageBar *m_message;
    QTabWidget *m_tabs;
    QTableView *m_listView;
    QLabel *m_header;
    QTableView *m_fieldsView;
    QCheckBox *m_showSame;
    QPushButton *m_useMine;
    QPushButton *m_useTheirs;
    QPushButton *m_keepMine;
    QPushButton *m_takeTheirs;
    QPushButton *m_useMerged;
    QTableView *m_refusedView;
};

} // namespace dd::ui
