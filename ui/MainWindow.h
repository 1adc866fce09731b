#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

namespace dd::ui {

// The first window of DegreeDesk: checks one value of any field of the portal's forms live,
// with the rules of app/domain, and says what is wrong and how to fix it. The portal's full
// menu and pages build on the same rules.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Selects a kind of field by its command-line name ("id-number"); false if unknown.
    bool selectField(const QString &name);

private:
    void onFieldChanged();
    void onValueChanged();

    std::unique_ptr<Ui::MainWindow> m_ui;
};

} // namespace dd::ui
