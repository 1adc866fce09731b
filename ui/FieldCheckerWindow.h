#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class FieldCheckerWindow;
}

namespace dd::ui {

// Tools → Check a field: checks one value of any field of the portal's forms live,
// with the rules of app/domain, and says what is wrong and how to fix it. The portal's full
// menu and pages use the same rules.
class FieldCheckerWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit FieldCheckerWindow(QWidget *parent = nullptr);
    ~FieldCheckerWindow() override;

    // Selects a kind of field by its command-line name ("id-number"); false if unknown.
    bool selectField(const QString &name);

private:
    void onFieldChanged();
    void onValueChanged();

    std::unique_ptr<Ui::FieldCheckerWindow> m_ui;
};

} // namespace dd::ui
