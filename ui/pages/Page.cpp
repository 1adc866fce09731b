#include "pages/Page.h"

#include <QMessageBox>

namespace dd::ui {

Page::Page(Session *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(new QUndoStack(this))
{}

bool Page::confirm(const QString &question)
{
    if (m_confirm) {
        return m_confirm(question);
    }
    return QMessageBox::question(this, title(), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No)
           == QMessageBox::Yes;
}

Page::~Page()
{
    // What is being typed is saved; then the editors, dying with the page, must not call back.
    for (RecordForm *form : std::as_const(m_forms)) {
        form->commitPending();
        form->detach();
        disconnect(form, nullptr, this, nullptr);
    }
}

bool Page::focusField(const QString &key)
{
    for (RecordForm *form : std::as_const(m_forms)) {
        if (form->focusField(key)) {
            return true;
        }
    }
    return false;
}

void Page::commitPending()
{
    for (RecordForm *form : std::as_const(m_forms)) {
        form->commitPending();
    }
}

int Page::problemCount() const
{
    int count = 0;
    for (const RecordForm *form : std::as_const(m_forms)) {
        count += form->errorCount();
    }
    return count;
}

int Page::stepProblemCount(domain::Progress::Step step) const
{
    for (const domain::Progress::StepStatus &status : m_session->progress()) {
        if (status.step == step) {
            return int(domain::errorsOnly(status.missing).size());
        }
    }
    return 0;
}

void Page::trackProblems(RecordForm *form)
{
    if (!m_forms.contains(form)) {
        m_forms.append(form);
    }
    connect(form, &RecordForm::findingsChanged, this,
            [this] { emit problemCountChanged(problemCount()); });
}

} // namespace dd::ui
