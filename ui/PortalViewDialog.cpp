#include "PortalViewDialog.h"

#include "Session.h"
#include "domain/Field.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dd::ui {

namespace {

using Mark = SummarySheet::Mark;

enum Column { PointerColumn, LabelColumn, ValueColumn, MarkColumn, CopyColumn, ColumnCount };

QColor blend(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

QColor markColor(const QPalette &palette, Mark mark)
{
    // Readable on light and dark palettes alike.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (mark == Mark::Warning) {
        return dark ? QColor(0xf0, 0xb4, 0x50) : QColor(0x8a, 0x55, 0x00);
    }
    return dark ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x00, 0x20);
}

QLabel *coloredLabel(const QString &text, const QColor &color, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
    return label;
}

} // namespace

PortalViewDialog::PortalViewDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_header(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_status(new QLabel(this))
    , m_copyNext(new QPushButton(tr("Copy &next"), this))
    , m_startOver(new QPushButton(tr("&Start over"), this))
    , m_onTop(new QCheckBox(tr("&Keep on top"), this))
    , m_copyNextAction(new QAction(tr("Copy the next value"), this))
{
    setObjectName(QStringLiteral("portalView"));
    setModal(false);
    setSizeGripEnabled(true);

    m_header->setObjectName(QStringLiteral("header"));
    m_header->setWordWrap(true);
    m_scroll->setObjectName(QStringLiteral("rows"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setAccessibleName(tr("Values in the portal's order"));
    m_status->setObjectName(QStringLiteral("lastCopied"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Last copied"));
    m_copyNext->setObjectName(QStringLiteral("copyNext"));
    m_startOver->setObjectName(QStringLiteral("startOver"));
    m_onTop->setObjectName(QStringLiteral("keepOnTop"));

    m_copyNextAction->setObjectName(QStringLiteral("copyNextAction"));
    m_copyNextAction->setShortcuts(
        {QKeySequence(Qt::Key_F8), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)});
    m_copyNextAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_copyNextAction);
    m_copyNext->setToolTip(tr("Copies the next value (%1)")
                               .arg(QKeySequence(Qt::Key_F8).toString(QKeySequence::NativeText)));
    m_copyNext->setDefault(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    auto *foot = new QHBoxLayout;
    foot->addWidget(m_copyNext);
    foot->addWidget(m_startOver);
    foot->addWidget(m_onTop);
    foot->addStretch(1);
    foot->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_status);
    layout->addLayout(foot);

    connect(m_copyNextAction, &QAction::triggered, this, &PortalViewDialog::copyNext);
    connect(m_copyNext, &QPushButton::clicked, this, &PortalViewDialog::copyNext);
    connect(m_startOver, &QPushButton::clicked, this, &PortalViewDialog::startOver);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_onTop, &QCheckBox::toggled, this, [this](bool on) {
        setWindowFlag(Qt::WindowStaysOnTopHint, on);
        show(); // changing the flags hides the window
    });
    connect(m_session, &Session::applicantChanged, this, [this] {
        m_last.clear();
        m_atEnd = false;
        reload();
    });
    connect(m_session, &Session::recordsChanged, this, &PortalViewDialog::reload);

    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QSize size(em * 70, em * 48);
    if (const QScreen *screen = this->screen()) {
        size = size.boundedTo(screen->availableGeometry().size() * 0.9);
    }
    resize(size);
    reload();
}

PortalViewDialog::~PortalViewDialog() = default;

void PortalViewDialog::reload()
{
    QString fallback;
    if (!m_session->applicant().isNull()) {
        if (const auto applicant = m_session->store().applicant(m_session->applicant())) {
            fallback = applicant->label;
        }
    }
    rebuild(SummarySheet::build(m_session->dossier(), m_session->context(), fallback));
}

void PortalViewDialog::rebuild(const SummarySheet &sheet)
{
    const int scrolled = m_scroll->verticalScrollBar()->value();
    setWindowTitle(tr("Portal view - %1").arg(sheet.name()));
    m_header->setText(tr("<b>%1</b> · %2<br>Copy each value and paste it into the portal's "
                         "field of the same name, in this order. %3 copies the next one.")
                          .arg(sheet.name().toHtmlEscaped(), sheet.readiness().toHtmlEscaped(),
                               QKeySequence(Qt::Key_F8).toString(QKeySequence::NativeText)));

    m_order.clear();
    m_copyTexts.clear();
    m_labels.clear();
    m_highlights.clear();
    m_pointers.clear();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("rowsContent"));
    auto *grid = new QGridLayout(content);
    grid->setColumnStretch(ValueColumn, 1);
    grid->setHorizontalSpacing(fontMetrics().horizontalAdvance(QLatin1Char('M')) / 2);
    int line = 0;
    QWidget *lastButton = nullptr;
    // Long labels wrap rather than push the copy buttons out of sight.
    const int labelWidth = fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14;
    int widestLabel = 0;
    for (const SummarySheet::Row *row : sheet.rows()) {
        widestLabel = std::max(widestLabel, fontMetrics().horizontalAdvance(row->label));
    }
    grid->setColumnMinimumWidth(LabelColumn, std::min(widestLabel, labelWidth));
    const QPalette palette = this->palette();
    const QColor muted =
        blend(palette.color(QPalette::WindowText), palette.color(QPalette::Window), 0.45);

    for (const SummarySheet::Section &section : sheet.sections()) {
        auto *title = new QLabel(content);
        title->setTextFormat(Qt::RichText);
        title->setWordWrap(true);
        title->setText(QStringLiteral("<b>%1</b> &nbsp; <span>%2</span>")
                           .arg(section.title.toHtmlEscaped(), section.status.toHtmlEscaped()));
        title->setContentsMargins(0, line == 0 ? 0 : fontMetrics().height() / 2, 0, 0);
        QFont font = title->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        title->setFont(font);
        grid->addWidget(title, line++, 0, 1, ColumnCount);
        for (const domain::Finding &note : section.notes) {
            QLabel *text =
                coloredLabel(QStringLiteral("• ") + note.message,
                             markColor(palette, SummarySheet::markOf(note, false)), content);
            text->setWordWrap(true);
            grid->addWidget(text, line++, LabelColumn, 1, ColumnCount - LabelColumn);
        }

        QString group;
        for (const SummarySheet::Row &row : section.rows) {
            if (!row.table.isEmpty()) {
                const QString rowGroup = domain::Field::rowKey(row.table, row.tableRow, {});
                if (rowGroup != group) {
                    group = rowGroup;
                    QLabel *sub = coloredLabel(domain::Field::label(group), muted, content);
                    QFont subFont = sub->font();
                    subFont.setItalic(true);
                    sub->setFont(subFont);
                    grid->addWidget(sub, line++, LabelColumn, 1, ColumnCount - LabelColumn);
                }
            }

            // A frame under the whole line: highlighted when this value was copied last.
            auto *highlight = new QFrame(content);
            highlight->setObjectName(QStringLiteral("highlight:") + row.key);
            highlight->setAutoFillBackground(false);
            grid->addWidget(highlight, line, 0, 1, ColumnCount);
            m_highlights.insert(row.key, highlight);

            auto *pointer = new QLabel(content);
            pointer->setObjectName(QStringLiteral("pointer:") + row.key);
            pointer->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("▶ ")));
            grid->addWidget(pointer, line, PointerColumn);
            m_pointers.insert(row.key, pointer);

            auto *label = new QLabel(row.label, content);
            label->setObjectName(QStringLiteral("label:") + row.key);
            label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
            label->setWordWrap(true);
            label->setMaximumWidth(labelWidth);
            grid->addWidget(label, line, LabelColumn, Qt::AlignTop);

            const QString shown = row.shownValue();
            QLabel *value = shown.isEmpty() ? coloredLabel(QStringLiteral("—"), muted, content)
                                            : new QLabel(shown, content);
            value->setObjectName(QStringLiteral("value:") + row.key);
            value->setTextFormat(Qt::PlainText);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            value->setAccessibleName(row.label);
            value->setAccessibleDescription(row.messages.join(QLatin1Char(' ')));
            grid->addWidget(value, line, ValueColumn, Qt::AlignTop);

            if (row.mark != Mark::None) {
                QLabel *mark = coloredLabel(SummarySheet::markLabel(row.mark),
                                            markColor(palette, row.mark), content);
                mark->setObjectName(QStringLiteral("mark:") + row.key);
                QFont bold = mark->font();
                bold.setBold(true);
                mark->setFont(bold);
                mark->setToolTip(row.messages.join(QLatin1Char('\n')));
                grid->addWidget(mark, line, MarkColumn, Qt::AlignTop);
            }

            if (row.isCopyable()) {
                auto *button = new QToolButton(content);
                button->setObjectName(QStringLiteral("copy:") + row.key);
                button->setText(tr("Copy"));
                button->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
                button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
                //: %1 is a field's label
                button->setAccessibleName(tr("Copy %1").arg(row.label));
                button->setToolTip(button->accessibleName());
                button->setFocusPolicy(Qt::StrongFocus);
                const QString key = row.key;
                connect(button, &QToolButton::clicked, this, [this, key] { copy(key); });
                grid->addWidget(button, line, CopyColumn, Qt::AlignTop);
                lastButton = button;
                m_order.append(row.key);
                m_copyTexts.insert(row.key, row.copyText);
                // "Basic information › Personal history, row 2: End month"
                const QString inSection = row.key.startsWith(section.key + QLatin1Char('.'))
                                              ? row.key.mid(section.key.size() + 1)
                                              : row.key;
                m_labels.insert(
                    row.key,
                    section.title + QStringLiteral(" › ")
                        + (row.table.isEmpty() ? row.label : domain::Field::label(inSection)));
            }
            ++line;

            if (!row.messages.isEmpty()) {
                QLabel *messages = coloredLabel(row.messages.join(QLatin1Char('\n')),
                                                markColor(palette, row.mark), content);
                messages->setWordWrap(true);
                QFont small = messages->font();
                small.setPointSizeF(small.pointSizeF() * 0.9);
                messages->setFont(small);
                grid->addWidget(messages, line++, ValueColumn, 1, ColumnCount - ValueColumn);
            }
        }
    }
    grid->setRowStretch(line, 1);

    m_scroll->setWidget(content); // deletes the previous content
    // Tab: the copy buttons in order, then the buttons at the foot.
    if (lastButton) {
        setTabOrder(lastButton, m_copyNext);
        setTabOrder(m_copyNext, m_startOver);
        setTabOrder(m_startOver, m_onTop);
        setTabOrder(m_onTop, m_close);
    }
    m_scroll->verticalScrollBar()->setValue(scrolled);
    if (!m_last.isEmpty() && !m_order.contains(m_last)) {
        m_last.clear();
    }
    showCopied();
}

bool PortalViewDialog::copy(const QString &key)
{
    if (!m_copyTexts.contains(key)) {
        return false;
    }
    QApplication::clipboard()->setText(m_copyTexts.value(key));
    m_last = key;
    m_atEnd = false;
    showCopied();
    if (QFrame *frame = m_highlights.value(key)) {
        m_scroll->ensureWidgetVisible(frame, 0, frame->height() * 2);
    }
    return true;
}

bool PortalViewDialog::copyNext()
{
    if (m_order.isEmpty()) {
        return false;
    }
    if (m_atEnd) {
        startOver();
    }
    const qsizetype next = m_last.isEmpty() ? 0 : m_order.indexOf(m_last) + 1;
    if (next >= m_order.size()) {
        m_atEnd = true;
        showCopied();
        return false;
    }
    return copy(m_order.at(next));
}

void PortalViewDialog::startOver()
{
    m_last.clear();
    m_atEnd = false;
    showCopied();
    m_scroll->verticalScrollBar()->setValue(0);
}

void PortalViewDialog::showCopied()
{
    const QPalette palette = this->palette();
    const QColor lit =
        blend(palette.color(QPalette::Window), palette.color(QPalette::Highlight), 0.3);
    for (auto it = m_highlights.cbegin(); it != m_highlights.cend(); ++it) {
        const bool on = it.key() == m_last;
        QFrame *frame = it.value();
        frame->setAutoFillBackground(on);
        if (on) {
            QPalette framePalette = frame->palette();
            framePalette.setColor(QPalette::Window, lit);
            frame->setPalette(framePalette);
        }
        m_pointers.value(it.key())->setText(on ? QStringLiteral("▶") : QString());
    }

    const QString keyName = QKeySequence(Qt::Key_F8).toString(QKeySequence::NativeText);
    if (m_order.isEmpty()) {
        m_status->setText(tr("There is nothing to copy yet."));
    } else if (m_atEnd) {
        //: %1 is a number of values, %2 the key that copies the next one (F8)
        m_status->setText(tr("All %1 values are copied. %2 starts again from the first.")
                              .arg(m_order.size())
                              .arg(keyName));
    } else if (m_last.isEmpty()) {
        //: %1 is the key that copies the next value (F8)
        m_status->setText(tr("Nothing copied yet: %1 copies the first value.").arg(keyName));
    } else {
        //: %1 and %2 are numbers, %3 the section and label of the value copied
        m_status->setText(tr("Copied %1 of %2: %3")
                              .arg(m_order.indexOf(m_last) + 1)
                              .arg(m_order.size())
                              .arg(m_labels.value(m_last)));
    }
    m_copyNext->setEnabled(!m_order.isEmpty());
    m_copyNextAction->setEnabled(!m_order.isEmpty());
}

} // namespace dd::ui
