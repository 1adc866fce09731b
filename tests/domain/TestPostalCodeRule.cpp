#include "domain/PostalCodeRule.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;

class TestPostalCodeRule : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void optional();
};

void TestPostalCodeRule::check_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("rule");
    QTest::newRow("Peking University") << QStringLiteral("100871") << QString();
    QTest::newRow("Hohhot, leading zero") << QStringLiteral("010000") << QString();
    QTest::newRow("spaces trimmed") << QStringLiteral(" 200433 ") << QString();
    QTest::newRow("five digits") << QStringLiteral("10087") << QStringLiteral("postalCode.format");
    QTest::newRow("seven digits") << QStringLiteral("1008711")
                                  << QStringLiteral("postalCode.format");
    QTest::newRow("letter") << QStringLiteral("10087A") << QStringLiteral("postalCode.format");
    QTest::newRow("inner space") << QStringLiteral("100 871")
                                 << QStringLiteral("postalCode.format");
    QTest::newRow("all zeros") << QStringLiteral("000000") << QStringLiteral("postalCode.format");
    QTest::newRow("empty") << QString() << QStringLiteral("required");
}

void TestPostalCodeRule::check()
{
    QFETCH(QString, value);
    QFETCH(QString, rule);
    const Findings findings = PostalCodeRule::check(value);
    QCOMPARE(findings.isEmpty() ? QString() : findings.first().rule, rule);
    QVERIFY(findings.size() <= 1);
    if (!findings.isEmpty()) {
        QCOMPARE(findings.first().field, Field::PostalCode);
    }
}

void TestPostalCodeRule::optional()
{
    QVERIFY(PostalCodeRule::check(QString(), Field::PostalCode, false).isEmpty());
}

QTEST_GUILESS_MAIN(TestPostalCodeRule)
#include "TestPostalCodeRule.moc"
