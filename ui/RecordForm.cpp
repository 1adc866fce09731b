#include "RecordForm.h"

#include "domain/Field.h"
#include "widgets/FieldMessage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dd::ui {

// One accepted edit: the record before and after. The first redo() only saves what the
// editors already show; later ones (and undo) put the values back into the editors.
class RecordEditCommand : public QUndoCommand
{
public:
    RecordEditCommand(RecordForm *form, QJsonObject before, QJsonObject after, QString key)
        : m_form(form)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_key(std::move(key))
    {
        setText(domain::Field::label(m_key));
    }

    void undo() override
    {
        m_form->apply(m_before, m_key);
        emit m_form->edited(m_key);
    }
    void redo() override
    {
        if (m_first) {
            m_first = false;
            m_form->save(m_after);
        } else {
            m_form->apply(m_after, m_key);
        }
        emit m_form->edited(m_key);
    }

private:
    RecordForm *m_form;
    QJsonObject m_before;
    QJsonObject m_after;
    QString m_key;
    bool m_first = true;
};

RecordForm::RecordForm(QWidget *root, QUndoStack *undoStack, QObject *parent)
    : QObject(parent)
    , m_root(root)
    , m_undo(undoStack)
    , m_idle(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_idle->setInterval(IdleSaveMs);
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (!m_typing.isEmpty()) {
            accept(m_typing);
        }
    });
}

void RecordForm::bindChildren()
{
    const QStringList known = domain::Field::knownKeys();
    const QList<QWidget *> children = m_root->findChildren<QWidget *>();
    for (QWidget *child : children) {
        const QString key = child->objectName();
        if (known.contains(key) && !m_editors.contains(key)
            && (qobject_cast<QLineEdit *>(child) || qobject_cast<QComboBox *>(child)
                || qobject_cast<QCheckBox *>(child) || qobject_cast<QSpinBox *>(child))) {
            bind(key, child);
        }
    }
}

void RecordForm::bind(const QString &key, QWidget *editor)
{
    m_editors.insert(key, editor);
    editor->installEventFilter(this);
    if (editor->accessibleName().isEmpty()) {
        editor->setAccessibleName(domain::Field::label(key));
    }
    connectEditor(key, editor);
    if (!qobject_cast<QCheckBox *>(editor)) {
        attachMessage(key, editor);
    }
}

namespace {

// The layout that holds `widget` itself, searched from `layout` down.
QLayout *holderOf(QLayout *layout, QWidget *widget)
{
    if (!layout) {
        return nullptr;
    }
    if (layout->indexOf(widget) >= 0) {
        return layout;
    }
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout *found = holderOf(layout->itemAt(i)->layout(), widget)) {
            return found;
        }
    }
    return nullptr;
}

} // namespace

void RecordForm::attachMessage(const QString &key, QWidget *editor)
{
    // The label of a form row says the portal's word for the field, from one table (Field).
    if (QWidget *owner = editor->parentWidget()) {
        if (auto *form = qobject_cast<QFormLayout *>(holderOf(owner->layout(), editor))) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(editor))) {
                label->setText(domain::Field::label(key));
                label->setBuddy(editor);
            }
        }
    }

    // The editor's place in its layout goes to a small column: the editor, its message.
    QWidget *parent = editor->parentWidget();
    auto *container = new QWidget(parent);
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *message = new FieldMessage(container);
    message->setObjectName(key + QStringLiteral("Message"));
    bool placed = false;
    if (parent && parent->layout()) {
        if (QLayoutItem *old =
                parent->layout()->replaceWidget(editor, container, Qt::FindChildrenRecursively)) {
            delete old;
            placed = true;
        }
    }
    if (!placed) {
        delete container;
        return;
    }
    column->addWidget(editor);
    column->addWidget(message);
    m_messages.insert(key, message);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        QAction *icon = line->addAction(QIcon(), QLineEdit::TrailingPosition);
        icon->setVisible(false);
        m_icons.insert(key, icon);
    }
}

void RecordForm::connectEditor(const QString &key, QWidget *editor)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::editingFinished, this, [this, key] {
            m_touched.insert(key);
            accept(key);
        });
        connect(line, &QLineEdit::textEdited, this, [this, key] {
            m_typing = key;
            m_idle->start();
            if (m_touched.contains(key)) {
                validate();
            }
        });
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo, &QComboBox::activated, this, [this, key] {
            m_touched.insert(key);
            accept(key);
        });
        if (combo->isEditable() && combo->lineEdit()) {
            connect(combo->lineEdit(), &QLineEdit::editingFinished, this, [this, key] {
                m_touched.insert(key);
                accept(key);
            });
        }
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        connect(check, &QCheckBox::clicked, this, [this, key] {
            m_touched.insert(key);
            accept(key);
        });
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        connect(spin, &QSpinBox::editingFinished, this, [this, key] {
            m_touched.insert(key);
            accept(key);
        });
        connect(spin, &QSpinBox::valueChanged, this, [this, key] {
            if (!m_loading) {
                m_touched.insert(key);
                accept(key);
            }
        });
    }
}

QJsonValue RecordForm::valueOf(const QString &key) const
{
    QWidget *editor = m_editors.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        return line->text();
    }
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->isEditable()) {
            const int index = combo->findText(combo->currentText());
            if (index >= 0 && combo->itemData(index).isValid()) {
                return combo->itemData(index).toString();
            }
            return combo->currentText();
        }
        const QVariant data = combo->currentData();
        return data.isValid() ? data.toString() : combo->currentText();
    }
    if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        return check->isChecked();
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        return spin->value();
    }
    return m_record.value(key);
}

void RecordForm::show(const QString &key, const QJsonValue &value)
{
    QWidget *editor = m_editors.value(key);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        if (line->text() != value.toString()) {
            line->setText(value.toString());
        }
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString code = value.toString();
        int index = combo->findData(code);
        if (index < 0) {
            index = combo->findText(code);
        }
        if (index >= 0) {
            combo->setCurrentIndex(index);
        } else if (combo->isEditable()) {
            combo->setEditText(code);
        } else {
            combo->setCurrentIndex(-1);
        }
    } else if (auto *check = qobject_cast<QCheckBox *>(editor)) {
        check->setChecked(value.toBool());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(value.toInt(spin->value()));
    }
}

void RecordForm::load(const QJsonObject &record)
{
    m_loading = true;
    m_idle->stop();
    m_typing.clear();
    m_record = record;
    m_touched.clear();
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        show(it.key(), record.value(it.key()));
    }
    m_loading = false;
    validate();
}

QJsonObject RecordForm::record() const
{
    QJsonObject result = m_record;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        if (it.value()) {
            result.insert(it.key(), valueOf(it.key()));
        }
    }
    return result;
}

void RecordForm::setValue(const QString &key, const QJsonValue &value)
{
    if (!m_editors.contains(key)) {
        QJsonObject after = m_record;
        after.insert(key, value);
        m_undo->push(new RecordEditCommand(this, m_record, after, key));
        return;
    }
    m_loading = true;
    show(key, value);
    m_loading = false;
    m_touched.insert(key);
    accept(key);
}

void RecordForm::accept(const QString &key)
{
    if (m_loading) {
        return;
    }
    if (m_typing == key) {
        m_idle->stop();
        m_typing.clear();
    }
    const QJsonObject after = record();
    if (after == m_record) {
        validate();
        return;
    }
    m_undo->push(new RecordEditCommand(this, m_record, after, key));
}

bool RecordForm::apply(const QJsonObject &record, const QString &key)
{
    m_loading = true;
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        show(it.key(), record.value(it.key()));
    }
    m_loading = false;
    m_touched.insert(key);
    const bool ok = save(record);
    focusField(key);
    return ok;
}

bool RecordForm::save(const QJsonObject &record)
{
    m_record = record;
    validate();
    if (m_save) {
        const auto result = m_save(record);
        if (!result) {
            emit saveFailed(result.error());
            return false;
        }
    }
    emit saved();
    return true;
}

void RecordForm::validate()
{
    m_findings = m_validate ? m_validate(record()) : domain::Findings{};
    for (auto it = m_messages.constBegin(); it != m_messages.constEnd(); ++it) {
        const QString &key = it.key();
        domain::Findings own;
        if (m_touched.contains(key)) {
            for (const domain::Finding &finding : std::as_const(m_findings)) {
                if (finding.field == key) {
                    own.append(finding);
                }
            }
        }
        it.value()->show(own);
        QWidget *editor = m_editors.value(key);
        if (editor) {
            editor->setAccessibleDescription(it.value()->text());
        }
        if (QAction *icon = m_icons.value(key)) {
            const bool shown = it.value()->isVisibleTo(it.value()->parentWidget());
            icon->setVisible(shown);
            if (shown) {
                icon->setIcon(
                    m_root->style()->standardIcon(it.value()->severity() == domain::Severity::Error
                                                      ? QStyle::SP_MessageBoxCritical
                                                      : QStyle::SP_MessageBoxWarning));
                icon->setToolTip(it.value()->text());
            }
        }
    }
    emit findingsChanged(m_findings);
}

int RecordForm::errorCount() const
{
    return int(domain::errorsOnly(m_findings).size());
}

void RecordForm::touchAll()
{
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        m_touched.insert(it.key());
    }
    validate();
}

bool RecordForm::focusField(const QString &key)
{
    QWidget *editor = m_editors.value(key);
    if (!editor || !editor->isEnabled()) {
        return false;
    }
    editor->setFocus(Qt::OtherFocusReason);
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->selectAll();
    }
    return true;
}

void RecordForm::setReadOnly(bool readOnly)
{
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        QWidget *editor = it.value();
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setReadOnly(readOnly);
        } else if (editor) {
            editor->setEnabled(!readOnly);
        }
    }
}

void RecordForm::commitPending()
{
    if (!m_typing.isEmpty()) {
        accept(m_typing);
    }
}

bool RecordForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
            if (it.value() == watched && !m_touched.contains(it.key())) {
                m_touched.insert(it.key());
                validate();
                break;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void RecordForm::detach()
{
    m_idle->stop();
    m_typing.clear();
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        if (QWidget *editor = it.value()) {
            disconnect(editor, nullptr, this, nullptr);
            editor->removeEventFilter(this);
            if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->lineEdit()) {
                disconnect(combo->lineEdit(), nullptr, this, nullptr);
            }
        }
    }
}

QString RecordForm::messageText(const QString &key) const
{
    const FieldMessage *message = m_messages.value(key);
    return message ? message->text() : QString();
}

} // namespace dd::ui
