#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace dd::ui {

// A message across the top of the page (KeePassXC's MessageWidget in spirit): an error that
// stays until closed, or information that fades after a while.
class MessageBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_text;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace dd::ui
