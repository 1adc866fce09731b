#pragma once

#include "SummarySheet.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QAction;
class QCheckBox;
class QFrame;
class QLabel;
class QPushButton;
class QScrollArea;

namespace dd::ui {

class Session;

// 门户视图: the current applicant's values, read-only, in the portal's order (SummarySheet's
// rows), each with a copy button beside it, so that staff paste them into the portal field by
// field without retyping. F8 (or Ctrl+Shift+C) copies the next value; the row copied last is
// highlighted and named at the foot. Marked values show what the checks say. Follows the
// session: another applicant or a changed record rebuilds it, keeping the place.
class PortalViewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PortalViewDialog(Session *session, QWidget *parent = nullptr);
    ~PortalViewDialog() override;

    // Reads the session's current applicant again.
    void reload();

    // Copies the value of the row `key` to the clipboard; the next copy continues after it.
    // False when the row has nothing to copy.
    bool copy(const QString &key);
    // Copies the next value that can be copied after the last one (the first at the start).
    // False after the last one: the next call starts again from the first.
    bool copyNext();
    void startOver();

    QString lastCopiedKey() const { return m_last; }
    // The keys of the rows that can be copied, in order.
    QStringList copyOrder() const { return m_order; }
    QAction *copyNextAction() const { return m_copyNextAction; }

private:
    void rebuild(const SummarySheet &sheet);
    void showCopied();

    Session *m_session;
    QLabel *m_header;
    QScrollArea *m_scroll;
    QLabel *m_status;
    QPushButton *m_copyNext;
    QPushButton *m_startOver;
    QCheckBox *m_onTop;
    QPushButton *m_close = nullptr;
    QAction *m_copyNextAction;
    QStringList m_order;
    QHash<QString, QString> m_copyTexts;
    QHash<QString, QString> m_labels;
    QHash<QString, QFrame *> m_highlights;
    QHash<QString, QLabel *> m_pointers;
    QString m_last;
    bool m_atEnd = false;
};

} // namespace dd::ui
