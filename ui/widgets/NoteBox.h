#pragma once

#include <QFrame>

class QLabel;

namespace dd::ui {

// A note that belongs to a page rather than to one field ("the defence can be requested only
// after the application is submitted", "this step is not needed"): an icon and wrapped text in
// a light panel, in the palette's colours so it reads on light and dark themes. Its accessible
// description is the text, so a screen reader says it.
class NoteBox : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Information, Warning };

    explicit NoteBox(QWidget *parent = nullptr);

    void setNote(const QString &text, Kind kind = Kind::Information);
    QString text() const;
    Kind kind() const { return m_kind; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();

    QLabel *m_icon;
    QLabel *m_text;
    Kind m_kind = Kind::Information;
};

} // namespace dd::ui
