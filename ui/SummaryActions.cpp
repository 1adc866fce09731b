#include "SummaryActions.h"

#include "PortalViewDialog.h"
#include "Session.h"
#include "SummaryDocument.h"
#include "SummarySheet.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace dd::ui {

SummaryActions::SummaryActions(Session *session, QWidget *window, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_window(window)
    , m_print(new QAction(tr("&Print summary..."), this))
    , m_export(new QAction(tr("&Export summary as PDF..."), this))
    , m_portalView(new QAction(tr("P&ortal view"), this))
{
    m_print->setObjectName(QStringLiteral("printSummary"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Prints every field of the applicant in the portal's order."));
    m_export->setObjectName(QStringLiteral("exportSummary"));
    m_export->setStatusTip(tr("Saves the printable summary as a PDF file."));
    m_portalView->setObjectName(QStringLiteral("portalView"));
    m_portalView->setStatusTip(
        tr("Shows the values in the portal's order, to copy and paste one by one."));

    m_chooseFile = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, tr("Export summary as PDF"), suggested,
                                            tr("PDF files (*.pdf)"));
    };
    m_setUpPrinter = [this](QPrinter *printer) {
        QPrintDialog dialog(printer, m_window);
        dialog.setWindowTitle(tr("Print summary"));
        return dialog.exec() == QDialog::Accepted;
    };

    connect(m_print, &QAction::triggered, this, &SummaryActions::print);
    connect(m_export, &QAction::triggered, this, &SummaryActions::exportPdf);
    connect(m_portalView, &QAction::triggered, this, &SummaryActions::showPortalView);
    connect(m_session, &Session::applicantChanged, this, &SummaryActions::updateEnabled);
    updateEnabled();
}

SummaryActions::~SummaryActions() = default;

void SummaryActions::addTo(QMenu *fileMenu)
{
    if (!fileMenu->isEmpty()) {
        fileMenu->addSeparator();
    }
    fileMenu->addAction(m_print);
    fileMenu->addAction(m_export);
    fileMenu->addAction(m_portalView);
}

SummarySheet SummaryActions::currentSheet() const
{
    QString fallback;
    if (const auto applicant = m_session->store().applicant(m_session->applicant())) {
        fallback = applicant->label;
    }
    return SummarySheet::build(m_session->dossier(), m_session->context(), fallback);
}

bool SummaryActions::print()
{
    if (m_session->applicant().isNull()) {
        return false;
    }
    const SummaryDocument document(currentSheet());
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QFileInfo(document.suggestedFileName()).completeBaseName());
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                      QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
    if (!m_setUpPrinter(&printer)) {
        return false;
    }
    if (!document.print(&printer)) {
        report(tr("The summary could not be printed. Check the printer and try again."));
        return false;
    }
    return true;
}

bool SummaryActions::exportPdf()
{
    if (m_session->applicant().isNull()) {
        return false;
    }
    const SummaryDocument document(currentSheet());
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty()) {
        folder = QDir::homePath();
    }
    QString path = m_chooseFile(QDir(folder).filePath(document.suggestedFileName()));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    QString error;
    if (!document.writePdf(path, &error)) {
        report(error);
        return false;
    }
    return true;
}

PortalViewDialog *SummaryActions::showPortalView()
{
    if (m_session->applicant().isNull()) {
        return nullptr;
    }
    if (!m_portalViewDialog) {
        m_portalViewDialog = new PortalViewDialog(m_session, m_window);
        m_portalViewDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_portalViewDialog->show();
    m_portalViewDialog->raise();
    m_portalViewDialog->activateWindow();
    return m_portalViewDialog;
}

void SummaryActions::updateEnabled()
{
    const bool any = !m_session->applicant().isNull();
    m_print->setEnabled(any);
    m_export->setEnabled(any);
    m_portalView->setEnabled(any);
}

void SummaryActions::report(const QString &message)
{
    m_session->reportError(store::StoreError::make(store::StoreError::Code::Io, message));
}

} // namespace dd::ui
