#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QLabel;
class QScrollArea;
class QSplitter;
class QStackedWidget;
class QTreeView;
class QUndoGroup;

namespace dd::platform {
class Settings;
}

namespace dd::ui {

class ApplicantSelector;
class MenuModel;
class MessageBar;
class Page;
class Session;
class SyncActions;

// The window a user opens: the portal's left-side menu (each item with its step's state), the
// page of the chosen item, the applicant selector for a center's staff, and the menus for
// undo, the printable summary and the portal view. Remembers its size and last page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Session *session, platform::Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a page; the menu item with its id opens it.
    void addPage(Page *page);
    Page *page(const QString &pageId) const;
    QString currentPageId() const;
    // Shows a page (and a field of it); false for an unknown page.
    bool showPage(const QString &pageId, const QString &fieldKey = {});
    void restoreState();

    MenuModel *menuModel() const { return m_menu; }
    MessageBar *messageBar() const { return m_message; }
    ApplicantSelector *applicantSelector() const { return m_selector; }
    bool isApplicantSelectorShown() const;
    // The sync status, Sync now and the conflicts (connect the engine to its source()).
    SyncActions *syncActions() const { return m_sync; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createMenus();
    void onMenuActivated();
    void refreshProgress();
    void refreshHeader();
    void refreshSelectorVisibility();
    void onApplicantChanged();
    void showNextPage(int step);

    Session *m_session;
    platform::Settings *m_settings;
    MenuModel *m_menu;
    QTreeView *m_menuView;
    ApplicantSelector *m_selector;
    QSplitter *m_splitter;
    QLabel *m_title;
    QLabel *m_problems;
    MessageBar *m_message;
    QStackedWidget *m_stack;
    QUndoGroup *m_undo;
    QAction *m_centerMode = nullptr;
    SyncActions *m_sync = nullptr;
    QHash<QString, Page *> m_pages;
    QHash<QString, QScrollArea *> m_scrolls;
};

} // namespace dd::ui
