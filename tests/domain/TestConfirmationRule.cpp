#include "domain/ConfirmationRule.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;

class TestConfirmationRule : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
};

void TestConfirmationRule::check_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("confirmField");
    QTest::addColumn<QString>("original");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QString>("rule");
    QTest::newRow("password matches")
        << Field::Password << Field::PasswordConfirm << QStringLiteral("abc12345")
        << QStringLiteral("abc12345") << QString();
    QTest::newRow("password differs by case")
        << Field::Password << Field::PasswordConfirm << QStringLiteral("abc12345")
        << QStringLiteral("ABC12345") << QStringLiteral("confirm.mismatch");
    QTest::newRow("e-mail differs")
        << Field::Email << Field::EmailConfirm << QStringLiteral("a@163.com")
        << QStringLiteral("a@136.com") << QStringLiteral("confirm.mismatch");
    QTest::newRow("id number matches")
        << Field::IdNumber << Field::IdNumberConfirm << QStringLiteral("11010519491231002X")
        << QStringLiteral("11010519491231002X") << QString();
    QTest::newRow("id number digit swapped")
        << Field::IdNumber << Field::IdNumberConfirm << QStringLiteral("11010519491231002X")
        << QStringLiteral("11010519491213002X") << QStringLiteral("confirm.mismatch");
    QTest::newRow("confirmation empty")
        << Field::Email << Field::EmailConfirm << QStringLiteral("a@163.com") << QString()
        << QStringLiteral("required");
}

void TestConfirmationRule::check()
{
    QFETCH(QString, field);
    QFETCH(QString, confirmField);
    QFETCH(QString, original);
    QFETCH(QString, confirmation);
    QFETCH(QString, rule);
    const Findings findings = ConfirmationRule::check(field, original, confirmField, confirmation);
    QCOMPARE(findings.isEmpty() ? QString() : findings.first().rule, rule);
    if (!findings.isEmpty()) {
        QCOMPARE(findings.first().field, confirmField);
        QVERIFY(findings.first().message.contains(Field::label(confirmField)));
    }
}

QTEST_GUILESS_MAIN(TestConfirmationRule)
#include "TestConfirmationRule.moc"
