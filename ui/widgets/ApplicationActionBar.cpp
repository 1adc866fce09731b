#include "widgets/ApplicationActionBar.h"

#include <QHBoxLayout>
#include <QPushButton>

namespace dd::ui {

namespace {

using domain::ApplicationAction;
using domain::ApplicationStateMachine;

const char *objectNameOf(ApplicationAction action)
{
    switch (action) {
    case ApplicationAction::Create:
        return "createButton";
    case ApplicationAction::Delete:
        return "deleteButton";
    case ApplicationAction::Edit:
        return "editButton";
    case ApplicationAction::Submit:
        return "submitButton";
    default:
        return "cancelButton";
    }
}

QString quoted(const QString &text)
{
    return ApplicationActionBar::tr("“%1”").arg(text);
}

} // namespace

ApplicationActionBar::ApplicationActionBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const ApplicationAction action : actions()) {
        auto *button = new QPushButton(ApplicationStateMachine::actionLabel(action), this);
        button->setObjectName(QString::fromLatin1(objectNameOf(action)));
        connect(button, &QPushButton::clicked, this, [this, action] { emit triggered(action); });
        layout->addWidget(button);
        m_buttons.append(button);
    }
    layout->addStretch(1);
}

QList<ApplicationAction> ApplicationActionBar::actions()
{
    return {ApplicationAction::Create, ApplicationAction::Delete, ApplicationAction::Edit,
            ApplicationAction::Submit, ApplicationAction::Cancel};
}

QPushButton *ApplicationActionBar::button(ApplicationAction action) const
{
    const qsizetype at = actions().indexOf(action);
    return at >= 0 ? m_buttons.at(at) : nullptr;
}

void ApplicationActionBar::enable(ApplicationAction action, bool enabled, const QString &reason)
{
    QPushButton *b = button(action);
    b->setEnabled(enabled);
    b->setToolTip(enabled ? QString() : reason);
    b->setAccessibleDescription(enabled ? QString() : reason);
}

void ApplicationActionBar::setSituation(const Situation &s)
{
    QList<domain::ApplicationState> all = s.others;
    if (s.state) {
        all.append(*s.state);
    }
    const domain::Findings create = ApplicationStateMachine::checkCreate(all);
    enable(ApplicationAction::Create, create.isEmpty(),
           create.isEmpty() ? QString() : create.first().message);

    for (const ApplicationAction action : actions()) {
        if (action == ApplicationAction::Create) {
            continue;
        }
        if (!s.state) {
            enable(action, false,
                   !s.shown ? tr("Choose an application in the table first.")
                            : tr("The state %1 of this application is unknown, so nothing "
                                 "can be done with it here.")
                                  .arg(quoted(s.code)));
            continue;
        }
        const auto t = ApplicationStateMachine::check(*s.state, action);
        bool enabled = t.allowed;
        QString reason = t.reason;
        if (enabled && action == ApplicationAction::Submit) {
            // One application before an institution at a time (as for 新增申请).
            const domain::Findings other = ApplicationStateMachine::checkCreate(s.others);
            if (s.formErrors > 0) {
                enabled = false;
                reason = tr("The form has %n problem(s). Fix them before submitting the "
                            "application.",
                            nullptr, s.formErrors);
            } else if (!other.isEmpty()) {
                enabled = false;
                reason = other.first().message;
            }
        }
        enable(action, enabled, reason);
    }
}

bool ApplicationActionBar::editsInPlace(std::optional<domain::ApplicationState> state)
{
    if (!state) {
        return false;
    }
    const auto edit = ApplicationStateMachine::check(*state, ApplicationAction::Edit);
    return edit.allowed && edit.next == *state;
}

QString ApplicationActionBar::stateHint(std::optional<domain::ApplicationState> state,
                                        const QString &code)
{
    const QString label = state ? ApplicationStateMachine::stateLabel(*state) : code;
    //: %1 is the state of the application, e.g. "Submitted"
    QString hint =
        tr("Application state: %1").arg(QStringLiteral("<b>%1</b>").arg(label.toHtmlEscaped()));
    if (state && !editsInPlace(state)) {
        const auto edit = ApplicationStateMachine::check(*state, ApplicationAction::Edit);
        const QString why =
            edit.allowed
                //: %1 is the action "Edit", %2 the state it leads to
                ? tr("To change this application, press %1: it becomes %2 again.")
                      .arg(quoted(ApplicationStateMachine::actionLabel(ApplicationAction::Edit)),
                           quoted(ApplicationStateMachine::stateLabel(edit.next)))
                : edit.reason;
        hint += QStringLiteral("<br/>") + why.toHtmlEscaped();
    }
    return hint;
}

} // namespace dd::ui
