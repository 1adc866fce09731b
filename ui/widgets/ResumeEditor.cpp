#include "widgets/ResumeEditor.h"

#include "domain/Field.h"
#include "models/ResumeTableModel.h"
#include "widgets/FieldMessage.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace dd::ui {

namespace {

QAction *makeAction(QWidget *owner, const QString &name, const QString &text,
                    const QString &toolTip, const QKeySequence &key)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    action->setShortcut(key);
    // Only while the table itself has the focus: in a cell being edited the keys are the
    // editor's (Delete deletes a character there).
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(toolTip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText)
                       + QLatin1Char(')'));
    owner->addAction(action);
    return action;
}

} // namespace

ResumeEditor::ResumeEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new ResumeTableModel(this))
    , m_view(new QTableView(this))
    , m_problems(new QWidget(this))
    , m_problemLayout(new QVBoxLayout(m_problems))
{
    m_view->setObjectName(QStringLiteral("resumeTable"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(domain::Field::label(domain::Field::Resume));
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed
                            | QAbstractItemView::SelectedClicked);
    // Tab leaves the table (arrow keys move inside it), so the page keeps its tab order.
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(int(ResumeTableModel::Column::Start),
                                 QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(ResumeTableModel::Column::End), QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(ResumeTableModel::Column::Organization), QHeaderView::Stretch);
    header->setSectionResizeMode(int(ResumeTableModel::Column::Role), QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height()
                             + 5 * m_view->verticalHeader()->defaultSectionSize());

    m_add = makeAction(m_view, QStringLiteral("addResumeRowAction"), tr("Add row"),
                       tr("Add a row below the current one"), QKeySequence(Qt::Key_Insert));
    m_remove = makeAction(m_view, QStringLiteral("removeResumeRowAction"), tr("Remove row"),
                          tr("Remove the current row"), QKeySequence(Qt::Key_Delete));
    m_up = makeAction(m_view, QStringLiteral("moveResumeRowUpAction"), tr("Move up"),
                      tr("Move the current row up"), QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_down = makeAction(m_view, QStringLiteral("moveResumeRowDownAction"), tr("Move down"),
                        tr("Move the current row down"), QKeySequence(Qt::CTRL | Qt::Key_Down));
    connect(m_add, &QAction::triggered, this, &ResumeEditor::addRow);
    connect(m_remove, &QAction::triggered, this, &ResumeEditor::removeRow);
    connect(m_up, &QAction::triggered, this, [this] { moveRow(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveRow(1); });

    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    const std::pair<QAction *, QString> buttonActions[] = {
        {m_add, QStringLiteral("addResumeRow")},
        {m_remove, QStringLiteral("removeResumeRow")},
        {m_up, QStringLiteral("moveResumeRowUp")},
        {m_down, QStringLiteral("moveResumeRowDown")},
    };
    for (const auto &[action, name] : buttonActions) {
        auto *button = new QToolButton(this);
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(action->text());
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    m_problems->setObjectName(QStringLiteral("resumeProblems"));
    m_problemLayout->setContentsMargins(0, 0, 0, 0);
    m_problemLayout->setSpacing(2);
    m_problems->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);

    connect(m_model, &ResumeTableModel::entriesEdited, this, &ResumeEditor::entriesEdited);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ResumeEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResumeEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ResumeEditor::updateActions);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &ResumeEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ResumeEditor::updateActions);
    updateActions();
}

void ResumeEditor::setFindings(const domain::Findings &findings)
{
    m_model->setFindings(findings);

    domain::Findings listed;
    for (const domain::Finding &finding : findings) {
        if (finding.severity != domain::Severity::Info
            && (finding.field == domain::Field::Resume
                || finding.field.startsWith(domain::Field::Resume + QLatin1Char('[')))) {
            listed.append(finding);
        }
    }
    while (m_problemLayout->count() > listed.size()) {
        QLayoutItem *item = m_problemLayout->takeAt(m_problemLayout->count() - 1);
        delete item->widget();
        delete item;
    }
    while (m_problemLayout->count() < listed.size()) {
        m_problemLayout->addWidget(new FieldMessage(m_problems));
    }
    for (qsizetype i = 0; i < listed.size(); ++i) {
        auto *message = qobject_cast<FieldMessage *>(m_problemLayout->itemAt(int(i))->widget());
        message->show(domain::Findings{listed.at(i)});
    }
    m_problems->setVisible(!listed.isEmpty());
    m_view->setAccessibleDescription(problemTexts().join(QLatin1Char('\n')));
}

QStringList ResumeEditor::problemTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_problemLayout->count(); ++i) {
        if (auto *message = qobject_cast<FieldMessage *>(m_problemLayout->itemAt(i)->widget())) {
            texts.append(message->text());
        }
    }
    return texts;
}

bool ResumeEditor::focusKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row >= 0) {
        select(row, std::max(m_model->columnOf(key), 0));
    } else if (key != domain::Field::Resume) {
        return false;
    }
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void ResumeEditor::commitEditing()
{
    const QModelIndex current = m_view->currentIndex();
    if (QWidget *editor = current.isValid() ? m_view->indexWidget(current) : nullptr) {
        // What Return would do, without closing the editor: the view stores the editor's data.
        emit m_view->itemDelegateForIndex(current)->commitData(editor);
    }
}

void ResumeEditor::addRow()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (!m_model->insertRow(row)) {
        return;
    }
    select(row, int(ResumeTableModel::Column::Start));
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(m_view->currentIndex());
}

void ResumeEditor::removeRow()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int column = current.column();
    const int row = current.row();
    m_model->removeRow(row);
    if (m_model->rowCount() > 0) {
        select(std::min(row, m_model->rowCount() - 1), column);
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void ResumeEditor::moveRow(int delta)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_model->rowCount()) {
        return;
    }
    // moveRow's destination is the row the moved one goes before.
    if (m_model->moveRow(QModelIndex(), row, QModelIndex(), delta < 0 ? target : target + 1)) {
        select(target, current.column());
    }
    m_view->setFocus(Qt::OtherFocusReason);
}

void ResumeEditor::select(int row, int column)
{
    const QModelIndex index = m_model->index(row, column);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    updateActions();
}

void ResumeEditor::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() : -1;
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
}

} // namespace dd::ui
