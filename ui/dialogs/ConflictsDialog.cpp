#include "dialogs/ConflictsDialog.h"

#include "Session.h"
#include "models/ConflictListModel.h"
#include "models/RefusedChangesModel.h"
#include "store/Store.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace dd::ui {

using sync::ConflictModel;
using Choice = ConflictModel::Choice;

namespace {

QTableView *makeTable(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setWordWrap(true);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    // Wrapped lines take the height they need at the columns' widths of the moment.
    QObject::connect(view->horizontalHeader(), &QHeaderView::sectionResized, view,
                     &QTableView::resizeRowsToContents);
    return view;
}

QPushButton *makeButton(const QString &name, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false); // Enter never decides
    return button;
}

} // namespace

ConflictsDialog::ConflictsDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new ConflictListModel(session->store(), this))
    , m_refused(new RefusedChangesModel(session->store(), this))
    , m_fields(new ConflictModel(session->store(), this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_message(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Sync conflicts"));
    m_confirm = [this](const QString &question) {
        QMessageBox box(QMessageBox::Question, windowTitle(), question,
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setDefaultButton(QMessageBox::No);
        return box.exec() == QMessageBox::Yes;
    };

    // The conflicts: the list on the left, the chosen one field by field on the right.
    auto *splitter = new QSplitter(m_tabs);
    m_listView = makeTable(QStringLiteral("conflictList"), tr("Conflicts"), splitter);
    m_listView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listView->setWordWrap(false);
    m_listView->setModel(m_list);
    m_listView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *detail = new QWidget(splitter);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    m_header = new QLabel(detail);
    m_header->setObjectName(QStringLiteral("conflictHeader"));
    m_header->setWordWrap(true);
    detailLayout->addWidget(m_header);
    m_fieldsView = makeTable(QStringLiteral("fieldsView"), tr("Fields of the conflict"), detail);
    m_fieldsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_fieldsView->setEditTriggers(QAbstractItemView::EditKeyPressed
                                  | QAbstractItemView::DoubleClicked);
    m_filter->setSourceModel(m_fields);
    m_filter->setFilterRole(ConflictModel::DiffersRole);
    m_filter->setFilterKeyColumn(ConflictModel::FieldColumn);
    m_filter->setFilterFixedString(QStringLiteral("true"));
    m_fieldsView->setModel(m_filter);
    m_fieldsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fieldsView->horizontalHeader()->setSectionResizeMode(ConflictModel::FieldColumn,
                                                           QHeaderView::ResizeToContents);
    detailLayout->addWidget(m_fieldsView, 1);
    auto *rowButtons = new QHBoxLayout;
    m_showSame = new QCheckBox(tr("Show the fields that are the &same"), detail);
    m_showSame->setObjectName(QStringLiteral("showSameFields"));
    m_useMine = makeButton(QStringLiteral("useMineButton"), tr("Use &mine for the field"), detail);
    m_useTheirs = makeButton(QStringLiteral("useTheirsButton"),
                             tr("Use the ser&ver's for the field"), detail);
    rowButtons->addWidget(m_showSame);
    rowButtons->addStretch(1);
    rowButtons->addWidget(m_useMine);
    rowButtons->addWidget(m_useTheirs);
    detailLayout->addLayout(rowButtons);
    auto *decisions = new QHBoxLayout;
    m_keepMine = makeButton(QStringLiteral("keepMineButton"), tr("&Keep mine"), detail);
    m_takeTheirs = makeButton(QStringLiteral("takeTheirsButton"), tr("&Take the server's"), detail);
    m_useMerged = makeButton(QStringLiteral("useMergedButton"), tr("Save the m&erged"), detail);
    m_keepMine->setToolTip(tr("Your version of the whole record is sent to the server."));
    m_takeTheirs->setToolTip(tr("The server's version replaces yours on this computer."));
    m_useMerged->setToolTip(tr("The merged column is saved here and sent to the server."));
    decisions->addStretch(1);
    decisions->addWidget(m_keepMine);
    decisions->addWidget(m_takeTheirs);
    decisions->addWidget(m_useMerged);
    detailLayout->addLayout(decisions);
    splitter->addWidget(m_listView);
    splitter->addWidget(detail);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({340, 660});
    splitter->setChildrenCollapsible(false);
    m_tabs->addTab(splitter, QString());

    // The refused changes, with the server's reason.
    auto *refused = new QWidget(m_tabs);
    auto *refusedLayout = new QVBoxLayout(refused);
    auto *note = new QLabel(tr("The server refused these changes because they break one of its "
                               "rules. Correct the record and save it: the change is sent "
                               "again."),
                            refused);
    note->setWordWrap(true);
    refusedLayout->addWidget(note);
    m_refusedView = makeTable(QStringLiteral("refusedView"), tr("Refused changes"), refused);
    m_refusedView->setModel(m_refused);
    m_refusedView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_refusedView->horizontalHeader()->setSectionResizeMode(RefusedChangesModel::ReasonColumn,
                                                            QHeaderView::Stretch);
    refusedLayout->addWidget(m_refusedView, 1);
    m_tabs->addTab(refused, QString());
    m_tabs->setObjectName(QStringLiteral("syncTabs"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    m_message->setObjectName(QStringLiteral("conflictsMessageBar"));
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    const QList<QWidget *> order{m_listView,  m_fieldsView, m_showSame,   m_useMine,
                                 m_useTheirs, m_keepMine,   m_takeTheirs, m_useMerged};
    for (qsizetype i = 1; i < order.size(); ++i) {
        setTabOrder(order.at(i - 1), order.at(i));
    }

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsDialog::onListSelectionChanged);
    connect(m_showSame, &QCheckBox::toggled, this, [this](bool all) {
        m_filter->setFilterFixedString(all ? QString() : QStringLiteral("true"));
        m_fieldsView->resizeRowsToContents();
    });
    connect(m_fields, &QAbstractItemModel::dataChanged, m_fieldsView,
            &QTableView::resizeRowsToContents);
    connect(m_fields, &QAbstractItemModel::modelReset, m_fieldsView,
            &QTableView::resizeRowsToContents);
    connect(m_fieldsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConflictsDialog::updateState);
    connect(m_fieldsView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &at) {
        const QModelIndex source = m_filter->mapToSource(at);
        if (source.column() == ConflictModel::MineColumn
            || source.column() == ConflictModel::TheirsColumn) {
            m_fields->setChoice(source.row(), source.column() == ConflictModel::MineColumn
                                                  ? Choice::Mine
                                                  : Choice::Theirs);
        }
    });
    connect(m_useMine, &QPushButton::clicked, this, [this] { chooseForSelected(Choice::Mine); });
    connect(m_useTheirs, &QPushButton::clicked, this,
            [this] { chooseForSelected(Choice::Theirs); });
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictsDialog::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictsDialog::takeTheirs);
    connect(m_useMerged, &QPushButton::clicked, this, &ConflictsDialog::useMerged);

    resize(1000, 600);
    reload();
}

ConflictsDialog::~ConflictsDialog() = default;

void ConflictsDialog::reload()
{
    const QUuid shown = m_fields->isLoaded() ? m_fields->conflict().uuid : QUuid();
    if (auto done = m_list->reload(); !done) {
        m_message->showMessage(done.error().message, MessageBar::Kind::Error);
    }
    if (auto done = m_refused->reload(); !done) {
        m_message->showMessage(done.error().message, MessageBar::Kind::Error);
    }
    m_listView->resizeRowsToContents();
    m_refusedView->resizeRowsToContents();
    updateTabs();
    const int row = m_list->rowOf(shown);
    if (!select(row >= 0 ? shown : m_list->uuidAt(0))) {
        showConflict({});
    }
}

bool ConflictsDialog::select(const QUuid &uuid)
{
    const int row = m_list->rowOf(uuid);
    if (row < 0) {
        return false;
    }
    m_tabs->setCurrentIndex(0);
    m_listView->setCurrentIndex(m_list->index(row, 0));
    showConflict(uuid); // also when it was current already: read again
    return true;
}

void ConflictsDialog::showRefused()
{
    m_tabs->setCurrentIndex(1);
}

void ConflictsDialog::onListSelectionChanged()
{
    showConflict(m_list->uuidAt(m_listView->currentIndex().row()));
}

void ConflictsDialog::showConflict(const QUuid &uuid)
{
    if (uuid.isNull()) {
        m_fields->clear();
    } else if (auto loaded = m_fields->load(uuid); !loaded) {
        m_message->showMessage(loaded.error().message, MessageBar::Kind::Error);
    }
    updateState();
}

void ConflictsDialog::updateState()
{
    const bool loaded = m_fields->isLoaded();
    if (!loaded) {
        m_header->setText(m_list->rowCount() == 0
                              ? tr("No conflicts: what is on this computer agrees with the "
                                   "server.")
                              : tr("Choose a conflict in the list."));
    } else {
        const store::Conflict &c = m_fields->conflict();
        //: %1 the applicant, %2 the record, %3 how many fields differ
        QString text = tr("<b>%1</b>, %2: %n field(s) differ.", nullptr, m_fields->differingCount())
                           .arg(ConflictListModel::applicantLabel(m_session->store(), c.applicant)
                                    .toHtmlEscaped(),
                                ConflictListModel::recordLabel(c.kind));
        if (c.theirsDeleted) {
            text += QLatin1Char(' ')
                    + tr("The server deleted this record; it was changed here. Keep mine to "
                         "restore it on the server, take the server's to delete it here.");
        } else if (c.mineDeleted) {
            text += QLatin1Char(' ')
                    + tr("This record was deleted here and changed on the server. Keep mine to "
                         "delete it on the server too, take the server's to restore it here.");
        } else {
            text += QLatin1Char(' ')
                    + tr("Tick the version to keep for each field, or type the merged value "
                         "(F2).");
        }
        m_header->setText(text);
    }
    const bool rows = loaded && m_fieldsView->selectionModel()->hasSelection();
    m_useMine->setEnabled(rows && !m_fields->conflict().mineDeleted);
    m_useTheirs->setEnabled(rows && !m_fields->conflict().theirsDeleted);
    for (QPushButton *button : {m_keepMine, m_takeTheirs, m_useMerged}) {
        button->setEnabled(loaded);
    }
}

void ConflictsDialog::updateTabs()
{
    //: %1 is the number of conflicts
    m_tabs->setTabText(0, tr("&Conflicts (%1)").arg(m_list->rowCount()));
    //: %1 is the number of changes the server refused
    m_tabs->setTabText(1, tr("&Refused by the server (%1)").arg(m_refused->rowCount()));
}

void ConflictsDialog::chooseForSelected(Choice choice)
{
    const QModelIndexList rows = m_fieldsView->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        m_fields->setChoice(m_filter->mapToSource(row).row(), choice);
    }
}

bool ConflictsDialog::keepMine()
{
    return decide(&ConflictModel::keepMine,
                  tr("Keep your version of the whole record and send it to the server? The "
                     "changes made on the server are replaced."));
}

bool ConflictsDialog::takeTheirs()
{
    return decide(&ConflictModel::takeTheirs,
                  tr("Take the server's version of the whole record? Your changes to it on this "
                     "computer are dropped."));
}

bool ConflictsDialog::useMerged()
{
    return decide(&ConflictModel::resolve, QString());
}

bool ConflictsDialog::decide(store::Result<void> (ConflictModel::*decision)(),
                             const QString &question)
{
    if (!m_fields->isLoaded() || (!question.isEmpty() && !(m_confirm && m_confirm(question)))) {
        return false;
    }
    const QUuid uuid = m_fields->conflict().uuid;
    const QString kind = m_fields->conflict().kind;
    const int row = m_list->rowOf(uuid);
    if (auto done = (m_fields->*decision)(); !done) {
        m_message->showMessage(done.error().message, MessageBar::Kind::Error);
        updateState();
        return false;
    }
    m_message->showMessage(tr("Saved on this computer; it is sent to the server at the next "
                              "sync."),
                           MessageBar::Kind::Information);
    if (kind.isEmpty()) {
        m_session->notifyApplicantsChanged();
    } else {
        m_session->notifyChanged(kind);
    }
    reload();
    // The next conflict in the list, where the resolved one was.
    select(m_list->uuidAt(std::min(row, m_list->rowCount() - 1)));
    m_listView->setFocus(Qt::OtherFocusReason);
    emit resolved(uuid, kind);
    return true;
}

} // namespace dd::ui
