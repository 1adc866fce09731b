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
    // By code point, so that a character outside the basic plane (𠮷) arrives whole.
    for (const char32_t point : text.toUcs4()) {
        if (point < 0x80) {
            QTest::keyClick(widget, char(point));
            continue;
        }
        const QString ch = QString::fromUcs4(&point, 1);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, ch);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, ch);
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
