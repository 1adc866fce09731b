#pragma once

#include "domain/Finding.h"
#include "store/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class QAction;
class QTimer;
class QUndoStack;
class QWidget;

namespace dd::ui {

class FieldMessage;

// Binds the editors of a page's form to one record's JSON (app/domain's toJson/fromJson), so
// that pages hold no rules:
// - an editor is bound by its objectName, which is the field's key ("idNumber"); QLineEdit,
//   QComboBox (the code in the item's data, else its text), QCheckBox and QSpinBox;
// - each bound editor gets a FieldMessage under it and an icon inside a line edit; a field's
//   findings show once the user has left it once (or after touchAll()), and then follow
//   every keystroke;
// - an edit is accepted when the user leaves the field, picks an item, or stops typing for a
//   moment; it is then saved (autosave) as one undoable step on the page's undo stack;
// - keys of the record that no editor shows (a table, the state, the timeline) are kept.
class RecordForm : public QObject
{
    Q_OBJECT

public:
    using Validate = std::function<domain::Findings(const QJsonObject &record)>;
    using Save = std::function<store::Result<void>(const QJsonObject &record)>;

    // How long typing must pause before the text is saved (it is also saved on leaving).
    static constexpr int IdleSaveMs = 1200;

    RecordForm(QWidget *root, QUndoStack *undoStack, QObject *parent = nullptr);

    // Binds every descendant of the root whose objectName is a known field key.
    void bindChildren();
    void bind(const QString &key, QWidget *editor);
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    QStringList keys() const { return m_editors.keys(); }

    void setValidator(Validate validate) { m_validate = std::move(validate); }
    void setSaver(Save save) { m_save = std::move(save); }

    // Shows a record (nothing saved, no undo step, messages hidden until fields are left).
    void load(const QJsonObject &record);
    // The record as the editors show it.
    QJsonObject record() const;
    // Changes one value as if the user had entered it (saved, undoable): pre-filling 姓名拼音.
    void setValue(const QString &key, const QJsonValue &value);

    domain::Findings findings() const { return m_findings; }
    int errorCount() const;
    // Shows every field's message, as if each had been visited.
    void touchAll();
    bool isTouched(const QString &key) const { return m_touched.contains(key); }
    // Moves the focus to a field (a link from the dashboard).
    bool focusField(const QString &key);
    void setReadOnly(bool readOnly);
    // Saves the field being typed in now (before the window closes).
    void commitPending();
    // Stops listening to the editors (their page is being destroyed).
    void detach();

    QString messageText(const QString &key) const;

protected:
    // Leaving a field shows its messages, even when nothing was typed (Qt 6 emits
    // editingFinished on focus loss only after a change).
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // After every validation: all findings of the record, bound to an editor or not.
    void findingsChanged(const domain::Findings &findings);
    // A field's new value was accepted and saved (also by undo and redo).
    void edited(const QString &key);
    void saved();
    void saveFailed(const store::StoreError &error);

private:
    friend class RecordEditCommand;

    void connectEditor(const QString &key, QWidget *editor);
    void attachMessage(const QString &key, QWidget *editor);
    QJsonValue valueOf(const QString &key) const;
    void show(const QString &key, const QJsonValue &value);
    void accept(const QString &key);
    // Shows `record` in the editors (for undo/redo), saves it and revalidates.
    bool apply(const QJsonObject &record, const QString &key);
    bool save(const QJsonObject &record);
    void validate();

    QWidget *m_root;
    QUndoStack *m_undo;
    QHash<QString, QPointer<QWidget>> m_editors;
    QHash<QString, FieldMessage *> m_messages;
    QHash<QString, QAction *> m_icons;
    QSet<QString> m_touched;
    QJsonObject m_record; // the last accepted (saved or loaded) record
    domain::Findings m_findings;
    Validate m_validate;
    Save m_save;
    QTimer *m_idle = nullptr;
    QString m_typing; // the key being typed in
    bool m_loading = false;
};

} // namespace dd::ui
