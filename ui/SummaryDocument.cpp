#include "SummaryDocument.h"

#include "domain/Field.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImage>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScreen>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace dd::ui {

namespace {

using Mark = SummarySheet::Mark;

// Print colours: dark enough to read in grey on a black-and-white printer.
const QColor s_ink(0x20, 0x20, 0x20);
const QColor s_muted(0x5f, 0x5f, 0x5f);
const QColor s_rule(0x9a, 0x9a, 0x9a);
const QColor s_labelFill(0xee, 0xee, 0xee);
const QColor s_error(0xb0, 0x00, 0x20);
const QColor s_warning(0x8a, 0x55, 0x00);

constexpr double s_photoWidthMm = 33.0; // the certificate photo: 390 × 567 px at 300 dpi
constexpr double s_photoHeightMm = 48.0;
const QString s_photoUrl = QStringLiteral("dd-summary://photo");

QColor markColor(Mark mark)
{
    return mark == Mark::Warning ? s_warning : s_error;
}

// Writes the sheet into a QTextDocument, every length in the device's pixels.
class Writer
{
public:
    explicit Writer(QTextDocument &doc)
        : m_doc(doc)
        , m_cursor(&doc)
    {}

    // QTextDocumentLayout reads the lengths of a document's formats (margins, padding, borders,
    // fixed widths, image sizes) in pixels of the default screen resolution and scales them to
    // its paint device; only fonts are in points.
    static qreal documentDpi()
    {
        if (QCoreApplication::testAttribute(Qt::AA_Use96Dpi)) {
            return 96.0;
        }
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            return qRound(screen->logicalDotsPerInchY());
        }
        return 100.0;
    }

    static qreal mm(qreal value) { return value * documentDpi() / 25.4; }
    static QTextLength percent(qreal value)
    {
        return QTextLength(QTextLength::PercentageLength, value);
    }

    QTextCharFormat text(qreal points = 10.0, bool bold = false, QColor color = s_ink) const
    {
        QTextCharFormat format;
        format.setFontPointSize(points);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        format.setForeground(color);
        return format;
    }

    void header(const SummarySheet &sheet, const QImage &photo)
    {
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(0);
        format.setCellSpacing(0);
        const qreal photoColumn = mm(s_photoWidthMm) + mm(4);
        format.setColumnWidthConstraints({QTextLength(QTextLength::VariableLength, 0),
                                          QTextLength(QTextLength::FixedLength, photoColumn)});
        format.setWidth(percent(100));
        QTextTable *table = m_cursor.insertTable(1, 2, format);

        QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
        left.insertText(SummaryDocument::title(), text(12, true, s_muted));
        QTextBlockFormat spaced;
        spaced.setTopMargin(mm(2));
        left.insertBlock(spaced);
        left.insertText(sheet.name().isEmpty() ? QStringLiteral("—") : sheet.name(),
                        text(20, true));
        left.insertBlock(spaced);
        const QString field = SummaryDocument::tr("%1: %2");
        left.insertText(
            field.arg(domain::Field::label(domain::Field::IdNumber),
                      sheet.idNumber().isEmpty() ? QStringLiteral("—") : sheet.idNumber()),
            text());
        left.insertBlock();
        left.insertText(field.arg(SummaryDocument::tr("Printed on"),
                                  sheet.date().toString(QStringLiteral("yyyy-MM-dd"))),
                        text());
        left.insertBlock(spaced);
        left.insertText(sheet.readiness(), text(10, true, sheet.isReady() ? s_ink : s_error));
        left.insertBlock();
        left.insertText(
            SummaryDocument::tr("Sections in the order the portal asks for them. Marked "
                                "values must be filled in or corrected first."),
            text(8.5, false, s_muted));

        QTextTableCell right = table->cellAt(0, 1);
        QTextTableCellFormat frame;
        frame.setLeftPadding(mm(4));
        right.setFormat(frame);
        QTextCursor cell = right.firstCursorPosition();
        QTextBlockFormat alignRight;
        alignRight.setAlignment(Qt::AlignRight);
        cell.setBlockFormat(alignRight);
        m_doc.addResource(QTextDocument::ImageResource, QUrl(s_photoUrl), photo);
        QTextImageFormat image;
        image.setName(s_photoUrl);
        image.setWidth(mm(s_photoWidthMm));
        image.setHeight(mm(s_photoHeightMm));
        cell.insertImage(image);
        m_cursor.movePosition(QTextCursor::End);
    }

    void notes(const domain::Findings &findings)
    {
        for (const domain::Finding &finding : findings) {
            QTextBlockFormat block;
            block.setLeftMargin(mm(2));
            block.setTopMargin(mm(0.5));
            m_cursor.insertBlock(block);
            const Mark mark = SummarySheet::markOf(finding, false);
            m_cursor.insertText(QStringLiteral("• ") + finding.message,
                                text(9, false, markColor(mark)));
        }
    }

    void heading(const SummarySheet::Section &section)
    {
        QTextBlockFormat block;
        block.setTopMargin(mm(6));
        block.setBottomMargin(mm(1.5));
        m_cursor.insertBlock(block);
        m_cursor.insertText(section.title, text(13, true));
        if (!section.status.isEmpty()) {
            m_cursor.insertText(QStringLiteral("    ") + section.status,
                                text(10, false, section.mark >= Mark::Error ? s_error : s_muted));
        }
    }

    void subheading(const QString &title)
    {
        QTextBlockFormat block;
        block.setTopMargin(mm(3));
        block.setBottomMargin(mm(1));
        m_cursor.insertBlock(block);
        m_cursor.insertText(title, text(10.5, true));
    }

    void muted(const QString &line)
    {
        QTextBlockFormat block;
        block.setTopMargin(mm(1));
        m_cursor.insertBlock(block);
        m_cursor.insertText(line, text(9.5, false, s_muted));
    }

    // A value cell: the value (a dash when empty), its mark in words and the messages.
    void value(QTextCursor cursor, const SummarySheet::Row &row, qreal points)
    {
        const QString shown = row.shownValue();
        if (shown.isEmpty()) {
            cursor.insertText(QStringLiteral("—"), text(points, false, s_muted));
        } else {
            cursor.insertText(shown, text(points));
        }
        if (row.mark != Mark::None) {
            cursor.insertText(QStringLiteral("  [%1]").arg(SummarySheet::markLabel(row.mark)),
                              text(points - 1, true, markColor(row.mark)));
        }
        for (const QString &message : row.messages) {
            cursor.insertBlock();
            cursor.insertText(message, text(points - 2, false, markColor(row.mark)));
        }
    }

    QTextTableFormat gridFormat(const QList<QTextLength> &columns) const
    {
        QTextTableFormat format;
        format.setBorder(std::max(1.0, mm(0.2)));
        format.setBorderBrush(s_rule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(mm(1.2));
        format.setWidth(percent(100));
        format.setColumnWidthConstraints(columns);
        return format;
    }

    // With collapsed borders each cell draws its own.
    static QTextTableCellFormat cellFormat(bool filled)
    {
        QTextTableCellFormat format;
        format.setBorder(std::max(1.0, mm(0.2)));
        format.setBorderBrush(s_rule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setPadding(mm(1.2));
        if (filled) {
            format.setBackground(s_labelFill);
        }
        return format;
    }

    void form(const QList<const SummarySheet::Row *> &rows)
    {
        QTextTable *table =
            m_cursor.insertTable(int(rows.size()), 2, gridFormat({percent(32), percent(68)}));
        for (int i = 0; i < rows.size(); ++i) {
            QTextTableCell label = table->cellAt(i, 0);
            label.setFormat(cellFormat(true));
            label.firstCursorPosition().insertText(rows.at(i)->label, text(9.5, false, s_muted));
            QTextTableCell cell = table->cellAt(i, 1);
            cell.setFormat(cellFormat(false));
            value(cell.firstCursorPosition(), *rows.at(i), 10);
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void grid(const QList<const SummarySheet::Row *> &rows)
    {
        QStringList columns;
        for (const SummarySheet::Row *row : rows) {
            if (row->tableRow != rows.first()->tableRow) {
                break;
            }
            columns.append(row->label);
        }
        const int columnCount = int(columns.size());
        const int rowCount = int(rows.size()) / columnCount;
        QList<QTextLength> widths;
        for (int c = 0; c < columnCount; ++c) {
            widths.append(percent(100.0 / columnCount));
        }
        QTextTableFormat format = gridFormat(widths);
        format.setHeaderRowCount(1);
        QTextTable *table = m_cursor.insertTable(rowCount + 1, columnCount, format);
        for (int c = 0; c < columnCount; ++c) {
            QTextTableCell cell = table->cellAt(0, c);
            cell.setFormat(cellFormat(true));
            cell.firstCursorPosition().insertText(columns.at(c), text(9, true, s_muted));
        }
        for (int i = 0; i < rowCount * columnCount; ++i) {
            QTextTableCell cell = table->cellAt(1 + i / columnCount, i % columnCount);
            cell.setFormat(cellFormat(false));
            value(cell.firstCursorPosition(), *rows.at(i), 9);
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    void section(const SummarySheet::Section &section)
    {
        heading(section);
        notes(section.notes);

        // Form rows first, then each table (the rows of one table are consecutive).
        QList<const SummarySheet::Row *> formRows;
        QList<std::pair<QString, QList<const SummarySheet::Row *>>> tables;
        for (const SummarySheet::Row &row : section.rows) {
            if (row.table.isEmpty()) {
                formRows.append(&row);
            } else if (!tables.isEmpty() && tables.last().first == row.table) {
                tables.last().second.append(&row);
            } else {
                tables.append({row.table, {&row}});
            }
        }
        if (!formRows.isEmpty()) {
            form(formRows);
        }
        for (const auto &[key, rows] : std::as_const(tables)) {
            if (key != section.key) {
                subheading(domain::Field::label(key));
            }
            grid(rows);
        }
        // A table with no rows yet: the personal history of the basic information, or a
        // section that is nothing but a table.
        const bool isTable = section.key == domain::Field::ExamRegistrations
                             || section.key == domain::Field::ExamScores;
        if (section.key == domain::Field::BasicInfoRecord && tables.isEmpty()) {
            subheading(domain::Field::label(domain::Field::Resume));
            muted(SummaryDocument::tr("None yet."));
        } else if (isTable && section.rows.isEmpty()) {
            muted(SummaryDocument::tr("None yet."));
        }
    }

private:
    QTextDocument &m_doc;
    QTextCursor m_cursor;
};

// The certificate photo, or a box that says why there is none, at the photo's 390 × 567 px.
QImage photoImage(const QByteArray &jpeg)
{
    QImage image;
    if (!jpeg.isEmpty() && image.loadFromData(jpeg) && !image.isNull()) {
        return image;
    }
    image = QImage(390, 567, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setPen(QPen(s_error, 4));
    painter.drawRect(image.rect().adjusted(2, 2, -3, -3));
    QFont font = QGuiApplication::font();
    font.setPixelSize(34);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(image.rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                     jpeg.isEmpty() ? SummaryDocument::tr("No photo")
                                    : SummaryDocument::tr("The photo cannot be read"));
    return image;
}

} // namespace

SummaryDocument::SummaryDocument(SummarySheet sheet)
    : m_sheet(std::move(sheet))
{}

QString SummaryDocument::title()
{
    return tr("Application summary");
}

std::unique_ptr<QTextDocument> SummaryDocument::build(QPaintDevice *device,
                                                      const QSizeF &pageSize) const
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    doc->documentLayout()->setPaintDevice(device);
    QFont font = QGuiApplication::font();
    font.setPointSizeF(10);
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    doc->setPageSize(pageSize);
    doc->setMetaInformation(QTextDocument::DocumentTitle,
                            tr("%1 - %2").arg(m_sheet.name(), title()));

    Writer writer(*doc);
    writer.header(m_sheet, photoImage(m_sheet.photoJpeg()));
    writer.notes(m_sheet.otherNotes());
    for (const SummarySheet::Section &section : m_sheet.sections()) {
        writer.section(section);
    }
    return doc;
}

bool SummaryDocument::print(QPagedPaintDevice *device) const
{
    QPainter painter;
    if (!painter.begin(device)) {
        return false;
    }
    const qreal width = device->width();
    const qreal height = device->height();
    QFont footFont = QGuiApplication::font();
    footFont.setPointSizeF(8);
    const QFontMetricsF metrics(footFont, device);
    const qreal footHeight = metrics.height() * 2.5;
    const qreal bodyHeight = height - footHeight;

    const std::unique_ptr<QTextDocument> doc = build(device, QSizeF(width, bodyHeight));
    const int pages = doc->pageCount();
    const QString foot =
        tr("%1 - %2 - printed on %3")
            .arg(m_sheet.name(), title(), m_sheet.date().toString(QStringLiteral("yyyy-MM-dd")));
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device->newPage()) {
            return false;
        }
        painter.save();
        painter.translate(0, -page * bodyHeight);
        doc->drawContents(&painter, QRectF(0, page * bodyHeight, width, bodyHeight));
        painter.restore();

        const QRectF footRect(0, height - metrics.height(), width, metrics.height());
        painter.setPen(QPen(s_rule, device->logicalDpiY() * 0.2 / 25.4));
        painter.drawLine(QPointF(0, footRect.top() - metrics.height() * 0.5),
                         QPointF(width, footRect.top() - metrics.height() * 0.5));
        painter.setPen(s_muted);
        painter.setFont(footFont);
        painter.drawText(footRect, Qt::AlignLeft | Qt::AlignVCenter, foot);
        painter.drawText(footRect, Qt::AlignRight | Qt::AlignVCenter,
                         tr("Page %1 of %2").arg(page + 1).arg(pages));
    }
    return painter.end();
}

bool SummaryDocument::writePdf(const QString &path, QString *error) const
{
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 15, 18, 12), QPageLayout::Millimeter));
        writer.setTitle(tr("%1 - %2").arg(m_sheet.name(), title()));
        writer.setCreator(QStringLiteral("DegreeDesk"));
        written = print(&writer);
    }
    written = written && file.commit();
    if (!written && error) {
        //: %1 is a file path, %2 the system's reason
        *error = tr("The summary could not be saved as %1 (%2). Choose a folder you can write to.")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
    }
    return written;
}

QString SummaryDocument::suggestedFileName() const
{
    static const QRegularExpression refused(QStringLiteral(R"([\\/:*?"<>|\x00-\x1f])"));
    QString name = m_sheet.name();
    name.replace(refused, QStringLiteral("_"));
    //: a file name: %1 is the applicant's name, %2 "Application summary", %3 the date
    return tr("%1 - %2 - %3.pdf")
        .arg(name.isEmpty() ? tr("Applicant") : name, title(),
             m_sheet.date().toString(QStringLiteral("yyyy-MM-dd")));
}

} // namespace dd::ui
