#include "MainWindow.h"

#include "FieldCheckerWindow.h"
#include "PortalViewDialog.h"
#include "ServerServices.h"
#include "Session.h"
#include "SummaryActions.h"
#include "SyncActions.h"
#include "SyncController.h"
#include "dialogs/PhotoBatchDialog.h"
#include "models/MenuModel.h"
#include "pages/AccountPage.h"
#include "pages/Page.h"
#include "platform/Settings.h"
#include "store/Store.h"
#include "widgets/ApplicantSelector.h"
#include "widgets/MessageBar.h"
#include "widgets/ServerAccountPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QTreeView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace dd::ui {

MainWindow::MainWindow(Session *session, platform::Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_menu(new MenuModel(this))
    , m_menuView(new QTreeView(this))
    , m_selector(new ApplicantSelector(session, this))
    , m_splitter(new QSplitter(this))
    , m_title(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_stack(new QStackedWidget(this))
    , m_undo(new QUndoGroup(this))
{
    setWindowTitle(tr("DegreeDesk"));
    setObjectName(QStringLiteral("mainWindow"));

    // Left: the applicant selector over the portal's menu.
    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_selector);
    m_menu->setPalette(palette());
    m_menuView->setModel(m_menu);
    m_menuView->setObjectName(QStringLiteral("menuView"));
    m_menuView->setAccessibleName(tr("Menu"));
    m_menuView->setHeaderHidden(true);
    m_menuView->setRootIsDecorated(true);
    m_menuView->setUniformRowHeights(true);
    m_menuView->setExpandsOnDoubleClick(false);
    m_menuView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_menuView->expandAll();
    // Wide enough for the longest item of the menu in the language shown, nothing cut off.
    m_menuView->setMinimumWidth(static_cast<QAbstractItemView *>(m_menuView)->sizeHintForColumn(0)
                                + m_menuView->indentation() + 2 * m_menuView->frameWidth() + 12);
    leftLayout->addWidget(m_menuView, 1);

    // Right: the page's title and problem count, messages, the page.
    auto *right = new QWidget(m_splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(12, 8, 8, 6);
    auto *header = new QHBoxLayout;
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_problems->setObjectName(QStringLiteral("pageProblems"));
    header->addWidget(m_title, 1);
    header->addWidget(m_problems, 0, Qt::AlignRight | Qt::AlignVCenter);
    rightLayout->addLayout(header);
    m_message->setObjectName(QStringLiteral("messageBar"));
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_stack, 1);

    m_splitter->addWidget(left);
    m_splitter->addWidget(right);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createMenus();

    connect(m_menuView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onMenuActivated);
    connect(m_session, &Session::recordsChanged, this, &MainWindow::refreshProgress);
    connect(m_session, &Session::applicantChanged, this, &MainWindow::onApplicantChanged);
    connect(m_session, &Session::applicantsChanged, this, &MainWindow::refreshSelectorVisibility);
    connect(m_session, &Session::errorReported, this, [this](const QString &message) {
        m_message->showMessage(message, MessageBar::Kind::Error);
    });
    connect(m_session, &Session::recordsChanged, this, [this] {
        //: %1 is the time of day
        statusBar()->showMessage(
            tr("Saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
            4000);
    });
    refreshSelectorVisibility();
    refreshProgress();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *add =
        file->addAction(tr("&New applicant..."), m_selector, &ApplicantSelector::askCreate);
    add->setShortcut(QKeySequence::New);
    file->addAction(tr("&Rename applicant..."), m_selector, &ApplicantSelector::askRename);
    file->addAction(tr("&Delete applicant..."), m_selector, &ApplicantSelector::askDelete);
    (new SummaryActions(m_session, this, this))->addTo(file);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *next = view->addAction(tr("&Next page"), this, [this] { showNextPage(1); });
    next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    QAction *previous = view->addAction(tr("&Previous page"), this, [this] { showNextPage(-1); });
    previous->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    QAction *menuFocus = view->addAction(tr("Go to the &menu"), this,
                                         [this] { m_menuView->setFocus(Qt::ShortcutFocusReason); });
    menuFocus->setShortcut(QKeySequence(Qt::Key_F6));
    view->addSeparator();
    m_centerMode = view->addAction(tr("&Training center mode (many applicants)"));
    m_centerMode->setCheckable(true);
    m_centerMode->setChecked(m_settings->centerMode());
    connect(m_centerMode, &QAction::toggled, this, [this](bool on) {
        m_settings->setValue(platform::Settings::Key::CenterMode, on);
        refreshSelectorVisibility();
    });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Check a single field..."), this, [this] {
        auto *checker = new FieldCheckerWindow(this);
        checker->setAttribute(Qt::WA_DeleteOnClose);
        checker->setWindowModality(Qt::NonModal);
        checker->show();
    });
    QAction *photoBatch = tools->addAction(tr("&Process a folder of photos..."), this, [this] {
        auto *dialog = new PhotoBatchDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    photoBatch->setObjectName(QStringLiteral("processPhotoFolder"));
    m_sync = new SyncActions(m_session, this, this);
    m_sync->addTo(tools);
    connect(m_sync, &SyncActions::recordsReplaced, this, &MainWindow::onApplicantChanged);
    connect(m_sync, &SyncActions::loginRequested, this,
            [this] { showPage(MenuModel::AccountPage); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About DegreeDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About DegreeDesk"),
            tr("<h3>DegreeDesk %1</h3><p>Prepares applications for a master's degree with "
               "equivalent education: every field checked before it is typed into the portal, "
               "the certificate photo, the whole file kept on this computer.</p>")
                .arg(QApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::addPage(Page *page)
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    m_pages.insert(page->pageId(), page);
    // The account page holds the connection to the server: sync runs while it is logged in.
    if (auto *account = qobject_cast<AccountPage *>(page); account && account->serverPanel()) {
        ServerAccountPanel *panel = account->serverPanel();
        auto *controller =
            new SyncController(m_session, &panel->services().connection(), m_sync, panel);
        connect(controller, &SyncController::changesArrived, this, [this] {
            m_session->notifyApplicantsChanged();
            onApplicantChanged();
        });
    }
    m_scrolls.insert(page->pageId(), scroll);
    m_undo->addStack(page->undoStack());
    connect(page, &Page::problemCountChanged, this, &MainWindow::refreshHeader);
    connect(page, &Page::navigationRequested, this,
            [this](const QString &id, const QString &field) { showPage(id, field); });
    page->reload();
}

Page *MainWindow::page(const QString &pageId) const
{
    return m_pages.value(pageId);
}

QString MainWindow::currentPageId() const
{
    for (auto it = m_scrolls.constBegin(); it != m_scrolls.constEnd(); ++it) {
        if (it.value() == m_stack->currentWidget()) {
            return it.key();
        }
    }
    return {};
}

bool MainWindow::showPage(const QString &pageId, const QString &fieldKey)
{
    Page *target = m_pages.value(pageId);
    if (!target) {
        return false;
    }
    if (Page *current = m_pages.value(currentPageId()); current && current != target) {
        current->commitPending();
    }
    const QModelIndex index = m_menu->indexOf(pageId);
    if (index.isValid() && m_menuView->currentIndex() != index) {
        const QSignalBlocker blocker(m_menuView->selectionModel());
        m_menuView->setCurrentIndex(index);
    }
    m_stack->setCurrentWidget(m_scrolls.value(pageId));
    m_undo->setActiveStack(target->undoStack());
    m_settings->setValue(platform::Settings::Key::LastPage, pageId);
    refreshHeader();
    if (!fieldKey.isEmpty()) {
        target->focusField(fieldKey);
    }
    return true;
}

void MainWindow::onMenuActivated()
{
    const QString id = m_menu->pageOf(m_menuView->currentIndex());
    if (!showPage(id)) {
        m_title->setText(m_menu->label(id));
        m_problems->clear();
    }
}

void MainWindow::showNextPage(int step)
{
    const QStringList ids = m_menu->pageIds();
    qsizetype at = ids.indexOf(currentPageId());
    for (qsizetype tries = 0; tries < ids.size(); ++tries) {
        at = (at + step + ids.size()) % ids.size();
        if (showPage(ids.at(at))) {
            return;
        }
    }
}

void MainWindow::refreshProgress()
{
    m_menu->setProgress(m_session->progress());
    refreshHeader();
}

void MainWindow::refreshHeader()
{
    const QString id = currentPageId();
    Page *current = m_pages.value(id);
    m_title->setText(current ? current->title() : QString());
    const int problems = current ? current->problemCount() : 0;
    //: %n is the number of errors left on the page
    m_problems->setText(problems > 0 ? tr("%n problem(s) to fix", nullptr, problems) : QString());
}

bool MainWindow::isApplicantSelectorShown() const
{
    return m_selector->isVisibleTo(this);
}

void MainWindow::refreshSelectorVisibility()
{
    m_selector->setVisible(m_settings->centerMode() || m_selector->count() > 1);
}

void MainWindow::onApplicantChanged()
{
    m_settings->setValue(platform::Settings::Key::LastApplicant,
                         m_session->applicant().toString(QUuid::WithoutBraces));
    for (Page *page : std::as_const(m_pages)) {
        page->undoStack()->clear();
        page->reload();
    }
    refreshProgress();
}

void MainWindow::restoreState()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        resize(1100, 720);
    }
    const QByteArray splitter =
        m_settings->value(platform::Settings::Key::SplitterState).toByteArray();
    if (!splitter.isEmpty()) {
        m_splitter->restoreState(splitter);
    } else {
        m_splitter->setSizes({m_menuView->minimumWidth(), width() - m_menuView->minimumWidth()});
    }
    if (!showPage(m_settings->lastPage())) {
        showPage(MenuModel::DashboardPage) || showPage(m_menu->pageIds().value(0));
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (Page *page : std::as_const(m_pages)) {
        page->commitPending();
    }
    m_settings->setValue(platform::Settings::Key::WindowGeometry, saveGeometry());
    m_settings->setValue(platform::Settings::Key::SplitterState, m_splitter->saveState());
    m_settings->sync();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        m_menu->setPalette(palette());
    }
    QMainWindow::changeEvent(event);
}

} // namespace dd::ui
