#include "EmailChangeMail.h"

#include <QTest>

using namespace dd::server;

class TestEmailChangeMail : public QObject
{
    Q_OBJECT

private slots:
    void mask_data();
    void mask();
    void message();
};

void TestEmailChangeMail::mask_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("masked");
    QTest::newRow("long local part")
        << QStringLiteral("wang.lei@163.com") << QStringLiteral("w******@163.com");
    QTest::newRow("three characters")
        << QStringLiteral("abc@qq.com") << QStringLiteral("a**@qq.com");
    QTest::newRow("one character") << QStringLiteral("a@qq.com") << QStringLiteral("a*@qq.com");
    QTest::newRow("spaces around")
        << QStringLiteral("  li@126.com ") << QStringLiteral("l*@126.com");
    QTest::newRow("no @") << QStringLiteral("not an address") << QStringLiteral("***");
    QTest::newRow("two @") << QStringLiteral("a@b@c.com") << QStringLiteral("***");
    QTest::newRow("nothing before @") << QStringLiteral("@163.com") << QStringLiteral("***");
    QTest::newRow("nothing after @") << QStringLiteral("wang@") << QStringLiteral("***");
    QTest::newRow("empty") << QString() << QStringLiteral("***");
}

void TestEmailChangeMail::mask()
{
    QFETCH(QString, address);
    QFETCH(QString, masked);
    QCOMPARE(EmailChangeMail::mask(address), masked);
}

void TestEmailChangeMail::message()
{
    const Mailer::Message mail =
        EmailChangeMail::make(QStringLiteral("old.wang@163.com"), QStringLiteral(u"王磊"),
                              QStringLiteral("Wang.Lei"), QStringLiteral("new.wang@qq.com"));
    QCOMPARE(mail.to, QStringLiteral("old.wang@163.com")); // to the OLD address
    QVERIFY(mail.subject.contains(QStringLiteral("was changed")));
    QVERIFY(mail.body.contains(QStringLiteral(u"王磊，您好")));
    QVERIFY(mail.body.contains(QStringLiteral("Hello 王磊")));
    QCOMPARE(mail.body.count(QStringLiteral("Wang.Lei")), 2);
    // The new address, masked, in both languages; never in full.
    QCOMPARE(mail.body.count(QStringLiteral("n******@qq.com")), 2);
    QVERIFY(!mail.body.contains(QStringLiteral("new.wang")));
    QVERIFY(mail.body.contains(QStringLiteral("contact your training center")));
    // A notice only: no link, nothing to click.
    QVERIFY(!mail.body.contains(QStringLiteral("http")));
}

QTEST_GUILESS_MAIN(TestEmailChangeMail)
#include "TestEmailChangeMail.moc"
