#include "FieldCheckerWindow.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using dd::ui::FieldCheckerWindow;

class TestFieldCheckerWindow : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyFieldKindIsListed();
    void typingShowsFindingsLive();
    void idTypeChangesTheRule();
    void pinyinIsComparedWithTheName();
    void fieldsHaveAccessibleNames();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
        Q_ASSERT(widget);
        return widget;
    }
    QStringList shownRules() const
    {
        QStringList rules;
        auto *list = child<QListWidget>("findingsList");
        for (int i = 0; i < list->count(); ++i) {
            rules.append(list->item(i)->data(Qt::UserRole + 1).toString());
            Q_ASSERT(!list->item(i)->text().isEmpty());
        }
        return rules;
    }

    FieldCheckerWindow *m_window = nullptr;
};

void TestFieldCheckerWindow::init()
{
    m_window = new FieldCheckerWindow;
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestFieldCheckerWindow::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestFieldCheckerWindow::everyFieldKindIsListed()
{
    auto *list = child<QListWidget>("fieldList");
    QVERIFY(list->count() >= 20);
    QVERIFY(m_window->selectField(QStringLiteral("postal-code")));
    QVERIFY(!m_window->selectField(QStringLiteral("shoe-size")));
}

void TestFieldCheckerWindow::typingShowsFindingsLive()
{
    QVERIFY(m_window->selectField(QStringLiteral("id-number")));
    auto *edit = child<QLineEdit>("valueEdit");
    QTest::keyClicks(edit, QStringLiteral("110105194912310021"));
    QCOMPARE(shownRules(), QStringList{QStringLiteral("id.checkDigit")});
    QVERIFY(child<QLabel>("verdictLabel")->text().contains(QStringLiteral("Not accepted")));

    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("X"));
    QVERIFY(shownRules().isEmpty());
    QCOMPARE(child<QLabel>("verdictLabel")->text(), QStringLiteral("Accepted."));
}

void TestFieldCheckerWindow::idTypeChangesTheRule()
{
    QVERIFY(m_window->selectField(QStringLiteral("id-number")));
    auto *combo = child<QComboBox>("idTypeCombo");
    QVERIFY(combo->isVisible());
    const int permit = combo->findData(QStringLiteral("C"));
    QVERIFY(permit >= 0);
    combo->setCurrentIndex(permit);
    QTest::keyClicks(child<QLineEdit>("valueEdit"), QStringLiteral("11010519491231002X"));
    QCOMPARE(shownRules(), QStringList{QStringLiteral("id.permitPrefix")});
}

void TestFieldCheckerWindow::pinyinIsComparedWithTheName()
{
    QVERIFY(m_window->selectField(QStringLiteral("pinyin")));
    auto *name = child<QLineEdit>("nameEdit");
    QVERIFY(name->isVisible());
    // Chinese text arrives from an input method as one commit, not as key presses.
    name->insert(QStringLiteral("单田芳"));
    auto *value = child<QLineEdit>("valueEdit");
    QCOMPARE(value->placeholderText(), QStringLiteral("Shan Tianfang"));
    QTest::keyClicks(value, QStringLiteral("Dan Tianfang"));
    QCOMPARE(shownRules(), QStringList{QStringLiteral("pinyin.mismatch")});
}

void TestFieldCheckerWindow::fieldsHaveAccessibleNames()
{
    for (const char *name : {"fieldList", "idTypeCombo", "nameEdit", "valueEdit", "findingsList"}) {
        QVERIFY2(
            !m_window->findChild<QWidget *>(QString::fromLatin1(name))->accessibleName().isEmpty(),
            name);
    }
}

QTEST_MAIN(TestFieldCheckerWindow)
#include "TestFieldCheckerWindow.moc"
