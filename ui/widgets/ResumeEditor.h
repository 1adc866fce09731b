#pragma once

#include "domain/Finding.h"

#include <QWidget>

class QAction;
class QTableView;
class QVBoxLayout;

namespace dd::ui {

class ResumeTableModel;

// The editor of 个人经历 (personal history): a table edited in place, with add, remove, move up
// and move down (buttons, and the keys Insert, Delete, Ctrl+Up, Ctrl+Down while the table has
// the focus); rows that app/domain finds fault with are tinted, and their messages listed under
// the table. It decides nothing: the page saves what the model reports as edited and passes
// the record's findings back.
class ResumeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit ResumeEditor(QWidget *parent = nullptr);

    ResumeTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    // The findings of the whole record: those about the history mark its rows and are listed.
    void setFindings(const domain::Findings &findings);
    // The messages listed under the table now.
    QStringList problemTexts() const;
    // Moves the focus to the cell a key names ("resume[2].end"), or the table ("resume").
    bool focusKey(const QString &key);
    // Hands what is being typed in a cell to the model (the window is closing).
    void commitEditing();

signals:
    // The user changed the rows: the model holds the new history.
    void entriesEdited();

private:
    void addRow();
    void removeRow();
    void moveRow(int delta);
    void updateActions();
    void select(int row, int column);

    ResumeTableModel *m_model;
    QTableView *m_view;
    QAction *m_add;
    QAction *m_remove;
    QAction *m_up;
    QAction *m_down;
    QWidget *m_problems;
    QVBoxLayout *m_problemLayout;
};

} // namespace dd::ui
