#include "domain/PasswordRule.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;

class TestPasswordRule : public QObject
{
    Q_OBJECT

private slots:
    void password_data();
    void password();
    void userName_data();
    void userName();
};

void TestPasswordRule::password_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("letters and digits") << QStringLiteral("abc12345") << QStringList();
    QTest::newRow("20 characters") << QStringLiteral("Abcdefghij1234567890") << QStringList();
    QTest::newRow("7 characters") << QStringLiteral("abc1234")
                                  << QStringList{QStringLiteral("password.length")};
    QTest::newRow("21 characters") << QStringLiteral("Abcdefghij12345678901")
                                   << QStringList{QStringLiteral("password.length")};
    QTest::newRow("digits only") << QStringLiteral("12345678")
                                 << QStringList{QStringLiteral("password.needsLetter")};
    QTest::newRow("letters only") << QStringLiteral("abcdefgh")
                                  << QStringList{QStringLiteral("password.needsDigit")};
    QTest::newRow("symbol") << QStringLiteral("abc12345!")
                            << QStringList{QStringLiteral("password.characters")};
    QTest::newRow("space") << QStringLiteral("abc 12345")
                           << QStringList{QStringLiteral("password.characters")};
    QTest::newRow("Chinese") << QStringLiteral("密码abc12345")
                             << QStringList{QStringLiteral("password.characters")};
    QTest::newRow("short and digits only")
        << QStringLiteral("1234")
        << QStringList{QStringLiteral("password.length"), QStringLiteral("password.needsLetter")};
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("required")};
}

void TestPasswordRule::password()
{
    QFETCH(QString, value);
    QFETCH(QStringList, rules);
    const Findings findings = PasswordRule::checkPassword(value);
    QCOMPARE(ruleCodes(findings), rules);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, Field::Password);
        // A message never repeats the password itself.
        if (!value.isEmpty()) {
            QVERIFY(!f.message.contains(value));
        }
    }
}

void TestPasswordRule::userName_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("e-mail address, as suggested")
        << QStringLiteral("zhangsan@163.com") << QStringList();
    QTest::newRow("hotmail as user name")
        << QStringLiteral("z@hotmail.com") << QStringList{QStringLiteral("email.refusedProvider")};
    QTest::newRow("plain name") << QStringLiteral("zhang_san")
                                << QStringList{QStringLiteral("userName.suggestEmail")};
    QTest::newRow("too short") << QStringLiteral("zs")
                               << QStringList{QStringLiteral("userName.length")};
    QTest::newRow("Chinese") << QStringLiteral("张三丰丰")
                             << QStringList{QStringLiteral("userName.characters")};
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("required")};
}

void TestPasswordRule::userName()
{
    QFETCH(QString, value);
    QFETCH(QStringList, rules);
    const Findings findings = PasswordRule::checkUserName(value);
    QCOMPARE(ruleCodes(findings), rules);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, Field::UserName);
    }
}

QTEST_GUILESS_MAIN(TestPasswordRule)
#include "TestPasswordRule.moc"
