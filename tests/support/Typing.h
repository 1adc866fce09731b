#pragma once

#include <QKeyEvent>
#include <QString>
#include <QTest>
#include <QWidget>

namespace dd::test {

// Types any text into a widget as key events, one character after another: QTest::keyClicks
// only knows ASCII, and the forms are filled in Chinese.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80) {
            QTest::keyClick(widget, ch.toLatin1());
            continue;
        }
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(ch));
        QCoreApplication::sendEvent(widget, &press);
        QCoreApplication::sendEvent(widget, &release);
    }
}

// Replaces what a line edit (or any widget that takes Select All) holds with `text` and
// presses Return: the edit is accepted as on leaving the field.
inline void retype(QWidget *widget, const QString &text)
{
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
    typeText(widget, text);
    QTest::keyClick(widget, Qt::Key_Return);
}

} // namespace dd::test
