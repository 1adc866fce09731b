#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QWidget;

namespace dd::ui {

class PortalViewDialog;
class Session;
class SummarySheet;

// File → Print summary..., Export summary as PDF..., Portal view: the printable summary and the
// portal view of the session's current applicant. The file and print dialogs go through seams
// that a test answers without a dialog (as DatabaseOpener does).
class SummaryActions : public QObject
{
    Q_OBJECT

public:
    // Asks where to save the PDF, offering `suggestedPath`; an empty answer is a cancel.
    using ChooseFile = std::function<QString(const QString &suggestedPath)>;
    // Lets the user set up the printer (the print dialog); false is a cancel.
    using SetUpPrinter = std::function<bool(QPrinter *printer)>;

    // `window` parents the dialogs and the portal view.
    SummaryActions(Session *session, QWidget *window, QObject *parent = nullptr);
    ~SummaryActions() override;

    // Adds the three actions to the File menu, after a separator.
    void addTo(QMenu *fileMenu);

    void setChooseFile(ChooseFile choose) { m_chooseFile = std::move(choose); }
    void setSetUpPrinter(SetUpPrinter setUp) { m_setUpPrinter = std::move(setUp); }

    QAction *printAction() const { return m_print; }
    QAction *exportAction() const { return m_export; }
    QAction *portalViewAction() const { return m_portalView; }

    // What the actions do; false when cancelled or failed (a failure is reported through the
    // session, so that the window shows it).
    bool print();
    bool exportPdf();
    PortalViewDialog *showPortalView();
    // The open portal view, if any.
    PortalViewDialog *portalView() const { return m_portalViewDialog; }

private:
    SummarySheet currentSheet() const;
    void updateEnabled();
    void report(const QString &message);

    Session *m_session;
    QWidget *m_window;
    QAction *m_print;
    QAction *m_export;
    QAction *m_portalView;
    ChooseFile m_chooseFile;
    SetUpPrinter m_setUpPrinter;
    QPointer<PortalViewDialog> m_portalViewDialog;
};

} // namespace dd::ui
