#pragma once

#include "RecordForm.h"
#include "Session.h"
#include "domain/Progress.h"
#include "store/Store.h"

#include <QUndoStack>
#include <QWidget>

#include <functional>
#include <optional>

namespace dd::ui {

// One page of the window (one item of the portal's menu). A page binds its form to app/domain
// and app/store and decides no rule itself. It reloads when the applicant changes, keeps its
// own undo stack (the Edit menu follows the page shown), and counts its problems for the
// page's header.
class Page : public QWidget
{
    Q_OBJECT

public:
    Page(Session *session, QWidget *parent = nullptr);
    ~Page() override;

    // The page's stable id (for the menu, the settings and links): a Progress step's key
    // where the page is one ("basicInfo"), else its own ("dashboard").
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    // Reads the current applicant's records again.
    virtual void reload() = 0;
    // How many errors the page's records have now (by default: those of its tracked forms).
    virtual int problemCount() const;
    // Moves the focus to a field (a link from the dashboard); false when the page has none.
    virtual bool focusField(const QString &key);
    // Saves what is being typed (the window is closing, or another page is shown).
    virtual void commitPending();

    QUndoStack *undoStack() const { return m_undo; }
    Session *session() const { return m_session; }

    // Asks the user a yes/no question before a step that cannot be taken back (deleting a
    // record, 取消申请): a dialog whose default is No, unless a test answers instead.
    using Confirm = std::function<bool(const QString &question)>;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

signals:
    void problemCountChanged(int count);
    // Asks the window to show another page, optionally at a field.
    void navigationRequested(const QString &pageId, const QString &fieldKey = {});

protected:
    // Connects a form of one single record type T to the store: validated with `validate`
    // (a callable taking (const T &, const ValidationContext &)), saved on every accepted
    // edit, and the session told.
    template<typename T, typename Validate>
    void connectSingleRecord(RecordForm *form, Validate validate);
    // Loads the current applicant's record of type T (an empty one when there is none).
    template<typename T>
    void loadSingleRecord(RecordForm *form);
    // The errors Progress finds in one step of the current applicant (pages whose problems are
    // counted over several records).
    int stepProblemCount(domain::Progress::Step step) const;
    // Registers a form whose findings make the page's problem count.
    void trackProblems(RecordForm *form);
    // True when the user (or the test's Confirm) says yes to `question`.
    bool confirm(const QString &question);

    QList<RecordForm *> m_forms;

private:
    Session *m_session;
    QUndoStack *m_undo;
    Confirm m_confirm;
};

template<typename T, typename Validate>
void Page::connectSingleRecord(RecordForm *form, Validate validate)
{
    form->setValidator([this, validate](const QJsonObject &json) {
        return validate(T::fromJson(json, nullptr), m_session->context());
    });
    form->setSaver([this](const QJsonObject &json) -> store::Result<void> {
        auto saved = m_session->store().save(m_session->applicant(), T::fromJson(json, nullptr));
        if (!saved) {
            return saved.error();
        }
        m_session->notifyChanged(T::kind());
        return {};
    });
    connect(form, &RecordForm::saveFailed, m_session, &Session::reportError);
    trackProblems(form);
}

template<typename T>
void Page::loadSingleRecord(RecordForm *form)
{
    const auto loaded = m_session->store().template single<T>(m_session->applicant());
    if (!loaded) {
        m_session->reportError(loaded.error());
    }
    const bool present = loaded && loaded->has_value();
    form->load(present ? loaded->value().value.toJson() : T{}.toJson());
}

} // namespace dd::ui
