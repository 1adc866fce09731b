#pragma once

#include "domain/ApplicationStateMachine.h"

#include <QList>
#include <QWidget>

#include <optional>

class QPushButton;

namespace dd::ui {

// The buttons of the table of applications, in the portal's order: 新增申请 · 删除 · 修改 ·
// 提交申请 · 取消申请. Each is enabled as ApplicationStateMachine allows; a disabled one says
// why in its tooltip and accessible description (the machine's reason).
class ApplicationActionBar : public QWidget
{
    Q_OBJECT

public:
    // What the buttons depend on.
    struct Situation
    {
        // The states of the applicant's applications other than the one shown.
        QList<domain::ApplicationState> others;
        // Whether an application is shown, and its state (nullopt: an unknown code, `code`).
        bool shown = false;
        std::optional<domain::ApplicationState> state;
        QString code;
        // The errors of the form shown: an application is submitted only without any.
        int formErrors = 0;
    };

    explicit ApplicationActionBar(QWidget *parent = nullptr);

    static QList<domain::ApplicationAction> actions();
    QPushButton *button(domain::ApplicationAction action) const;
    void setSituation(const Situation &situation);

    // Whether the form of an application in `state` is changed in place: where 修改 keeps the
    // state (a draft, a returned application). A cancelled one becomes a draft by 修改 first.
    static bool editsInPlace(std::optional<domain::ApplicationState> state);
    // The state of the application shown, as rich text, and why its form cannot be changed
    // when it cannot (`code`: the stored code, shown when it is unknown).
    static QString stateHint(std::optional<domain::ApplicationState> state, const QString &code);

signals:
    void triggered(domain::ApplicationAction action);

private:
    void enable(domain::ApplicationAction action, bool enabled, const QString &reason);

    QList<QPushButton *> m_buttons; // in actions() order
};

} // namespace dd::ui
