#pragma once

#include "domain/Finding.h"

#include <QWidget>

class QLabel;

namespace dd::ui {

// The finding of one field, shown under it: an icon and the message of app/domain, in the
// colour of its severity; hidden when the field is fine. Like KeePassXC's MessageWidget, but
// one line per field.
class FieldMessage : public QWidget
{
    Q_OBJECT

public:
    explicit FieldMessage(QWidget *parent = nullptr);

    // Shows the most severe of `findings` (errors before warnings), or hides.
    void show(const domain::Findings &findings);
    void clear();
    QString text() const;
    domain::Severity severity() const { return m_severity; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    domain::Severity m_severity = domain::Severity::Info;
};

} // namespace dd::ui
