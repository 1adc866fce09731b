#pragma once

#include "SummarySheet.h"

#include <QCoreApplication>
#include <QSizeF>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QTextDocument;

namespace dd::ui {

// The printable summary of one applicant, for staff to type from: a header with the name, the
// ID number, the date printed, whether everything is ready, and the certificate photo where a
// form has it (top right, 33 × 48 mm); then every section of the SummarySheet in the portal's
// order, forms as label | value tables, the personal history and the exam papers as tables.
// A value that is missing or breaks a rule is marked in words ("Missing", "To correct") with
// the checks' messages beneath it, so that the marks survive a black-and-white printer.
class SummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(SummaryDocument)

public:
    explicit SummaryDocument(SummarySheet sheet);

    const SummarySheet &sheet() const { return m_sheet; }

    // The document laid out for `device`, whose resolution sets every length, on pages of
    // `pageSize` device pixels.
    std::unique_ptr<QTextDocument> build(QPaintDevice *device, const QSizeF &pageSize) const;
    // Paints the summary on the pages of a printer or a PDF writer, with a foot line on each
    // page (name, date, "page n of m"). False when painting cannot begin.
    bool print(QPagedPaintDevice *device) const;
    // Writes it as an A4 PDF at 300 dpi; the file is replaced only when the whole PDF is written.
    // False, with the reason in *error, when it cannot be.
    bool writePdf(const QString &path, QString *error = nullptr) const;

    // "王磊 - Application summary - 2026-11-29.pdf", with no character a file system refuses.
    QString suggestedFileName() const;
    static QString title();

private:
    SummarySheet m_sheet;
};

} // namespace dd::ui
