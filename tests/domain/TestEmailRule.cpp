#include "domain/EmailRule.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;

class TestEmailRule : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void domainOf();
};

void TestEmailRule::check_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Severity>("severity");

    const QString none;
    QTest::newRow("163") << QStringLiteral("zhangsan@163.com") << none << Severity::Error;
    QTest::newRow("qq digits") << QStringLiteral("12345678@qq.com") << none << Severity::Error;
    QTest::newRow("subdomain, plus tag")
        << QStringLiteral("li.si+tdxl@mail.pku.edu.cn") << none << Severity::Error;
    QTest::newRow("surrounding spaces trimmed")
        << QStringLiteral("  a@b.cn ") << none << Severity::Error;
    QTest::newRow("hotmail refused") << QStringLiteral("wang@hotmail.com")
                                     << QStringLiteral("email.refusedProvider") << Severity::Error;
    QTest::newRow("hotmail upper case")
        << QStringLiteral("wang@HOTMAIL.COM") << QStringLiteral("email.refusedProvider")
        << Severity::Error;
    QTest::newRow("hotmail country domain")
        << QStringLiteral("wang@hotmail.co.uk") << QStringLiteral("email.refusedProvider")
        << Severity::Error;
    QTest::newRow("yahoo refused") << QStringLiteral("li@yahoo.com.cn")
                                   << QStringLiteral("email.refusedProvider") << Severity::Error;
    QTest::newRow("ymail refused") << QStringLiteral("li@ymail.com")
                                   << QStringLiteral("email.refusedProvider") << Severity::Error;
    QTest::newRow("outlook warned")
        << QStringLiteral("li@outlook.com") << QStringLiteral("email.doubtfulProvider")
        << Severity::Warning;
    QTest::newRow("live warned") << QStringLiteral("li@live.cn")
                                 << QStringLiteral("email.doubtfulProvider") << Severity::Warning;
    QTest::newRow("hotmail as user part is fine")
        << QStringLiteral("hotmail@163.com") << none << Severity::Error;
    QTest::newRow("no at") << QStringLiteral("zhangsan.163.com") << QStringLiteral("email.syntax")
                           << Severity::Error;
    QTest::newRow("two ats") << QStringLiteral("a@b@163.com") << QStringLiteral("email.syntax")
                             << Severity::Error;
    QTest::newRow("no top-level domain")
        << QStringLiteral("a@localhost") << QStringLiteral("email.syntax") << Severity::Error;
    QTest::newRow("double dot") << QStringLiteral("a..b@163.com") << QStringLiteral("email.syntax")
                                << Severity::Error;
    QTest::newRow("trailing dot in domain")
        << QStringLiteral("a@163.com.") << QStringLiteral("email.syntax") << Severity::Error;
    QTest::newRow("inner space") << QStringLiteral("zhang san@163.com")
                                 << QStringLiteral("email.syntax") << Severity::Error;
    QTest::newRow("full-width at") << QStringLiteral("zhangsan＠163.com")
                                   << QStringLiteral("email.fullWidth") << Severity::Error;
    QTest::newRow("ideographic full stop") << QStringLiteral("zhangsan@163。com")
                                           << QStringLiteral("email.fullWidth") << Severity::Error;
    QTest::newRow("Chinese characters")
        << QStringLiteral("张三@163.com") << QStringLiteral("email.syntax") << Severity::Error;
    QTest::newRow("empty") << QString() << QStringLiteral("required") << Severity::Error;
}

void TestEmailRule::check()
{
    QFETCH(QString, value);
    QFETCH(QString, rule);
    QFETCH(Severity, severity);
    const Findings findings = EmailRule::check(value);
    if (rule.isEmpty()) {
        QVERIFY2(findings.isEmpty(), qPrintable(ruleCodes(findings).join(u',')));
        return;
    }
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, rule);
    QCOMPARE(findings.first().severity, severity);
    QCOMPARE(findings.first().field, Field::Email);
    QVERIFY(findings.first().message.contains(Field::label(Field::Email)));
}

void TestEmailRule::domainOf()
{
    QCOMPARE(EmailRule::domainOf(QStringLiteral("A@Mail.PKU.edu.cn")),
             QStringLiteral("mail.pku.edu.cn"));
    QVERIFY(EmailRule::domainOf(QStringLiteral("no-at")).isEmpty());
    QVERIFY(EmailRule::isRefusedProvider(QStringLiteral("hotmail.com")));
    QVERIFY(!EmailRule::isRefusedProvider(QStringLiteral("nothotmail.com")));
    QVERIFY(!EmailRule::isRefusedProvider(QStringLiteral("163.com")));
}

QTEST_GUILESS_MAIN(TestEmailRule)
#include "TestEmailRule.moc"
