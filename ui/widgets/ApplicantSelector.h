#pragma once

#include <QUuid>
#include <QWidget>

class QComboBox;
class QToolButton;

namespace dd::ui {

class Session;

// The applicants of the database, for a center's staff: switch between them, add, rename
// and delete (after confirming: the safe choice is the default). Type in the list to find
// someone by name. A single applicant's window hides it (MainWindow decides).
class ApplicantSelector : public QWidget
{
    Q_OBJECT

public:
    explicit ApplicantSelector(Session *session, QWidget *parent = nullptr);

    // Lists the applicants again (after a change elsewhere), keeping the current one.
    void refresh();
    int count() const;

    // What the buttons do after asking the user; tests call them directly.
    bool createApplicant(const QString &label);
    bool renameCurrent(const QString &label);
    bool deleteCurrent();

public slots:
    void askCreate();
    void askRename();
    void askDelete();

private:
    void onActivated(int index);

    Session *m_session;
    QComboBox *m_list;
    QToolButton *m_add;
    QToolButton *m_rename;
    QToolButton *m_delete;
};

} // namespace dd::ui
