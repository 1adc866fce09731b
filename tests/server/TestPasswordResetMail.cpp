#include "PasswordResetMail.h"

#include "PasswordResets.h"
#include "Tokens.h"

#include <QTest>

using namespace dd::server;

class TestPasswordResetMail : public QObject
{
    Q_OBJECT

private slots:
    void link();
    void message();
};

void TestPasswordResetMail::link()
{
    QCOMPARE(
        PasswordResetMail::link(QStringLiteral("https://dd.example.org"), QStringLiteral("abc")),
        QStringLiteral("https://dd.example.org/reset-password?token=abc"));
}

void TestPasswordResetMail::message()
{
    const QString token = Tokens::generate();
    const Mailer::Message mail = PasswordResetMail::make(
        QStringLiteral("wang.lei@163.com"), QStringLiteral(u"王磊"), QStringLiteral("Wang.Lei"),
        QStringLiteral("https://dd.example.org"), token);
    QCOMPARE(mail.to, QStringLiteral("wang.lei@163.com"));
    QVERIFY(mail.subject.contains(QStringLiteral(u"重置")));
    QVERIFY(mail.subject.contains(QStringLiteral("Reset your DegreeDesk password")));
    const QString url = QStringLiteral("https://dd.example.org/reset-password?token=") + token;
    // The link and the code by itself, in Chinese and in English.
    QCOMPARE(mail.body.count(url), 2);
    QCOMPARE(mail.body.count(token), 4);
    QVERIFY(mail.body.contains(QStringLiteral(u"王磊，您好")));
    QVERIFY(mail.body.contains(QStringLiteral("Hello 王磊")));
    QCOMPARE(mail.body.count(QStringLiteral("Wang.Lei")), 2);
    // How long it works, in both languages.
    QCOMPARE(PasswordResets::LifetimeMinutes, 60);
    QVERIFY(mail.body.contains(QStringLiteral(u"60 分钟")));
    QVERIFY(mail.body.contains(QStringLiteral("60 minutes")));
    // What happens to the sessions, and what to do when it was not the owner.
    QVERIFY(mail.body.contains(QStringLiteral("every login of this account ends")));
    QVERIFY(mail.body.contains(QStringLiteral("ignore this e-mail")));
}

QTEST_GUILESS_MAIN(TestPasswordResetMail)
#include "TestPasswordResetMail.moc"
