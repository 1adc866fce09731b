#include "domain/EligibilityRule.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;

class TestEligibilityRule : public QObject
{
    Q_OBJECT

private slots:
    void yearsSinceDegree_data();
    void yearsSinceDegree();
    void lifeOrder_data();
    void lifeOrder();
};

void TestEligibilityRule::yearsSinceDegree_data()
{
    QTest::addColumn<QString>("degree");
    QTest::addColumn<QString>("application");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("detail");
    QTest::newRow("exactly three years")
        << QStringLiteral("202002") << QStringLiteral("202302") << QString() << QString();
    QTest::newRow("ten years") << QStringLiteral("201306") << QStringLiteral("202302") << QString()
                               << QString();
    QTest::newRow("one month short")
        << QStringLiteral("202003") << QStringLiteral("202302")
        << QStringLiteral("eligibility.yearsSinceDegree") << QStringLiteral("35");
    QTest::newRow("degree this year")
        << QStringLiteral("202207") << QStringLiteral("202302")
        << QStringLiteral("eligibility.yearsSinceDegree") << QStringLiteral("7");
    QTest::newRow("degree after application")
        << QStringLiteral("202307") << QStringLiteral("202302")
        << QStringLiteral("eligibility.degreeAfterApplication") << QStringLiteral("-5");
    QTest::newRow("incomplete data is not judged")
        << QString() << QStringLiteral("202302") << QString() << QString();
}

void TestEligibilityRule::yearsSinceDegree()
{
    QFETCH(QString, degree);
    QFETCH(QString, application);
    QFETCH(QString, rule);
    QFETCH(QString, detail);
    const Findings findings = EligibilityRule::checkYearsSinceDegree(degree, application);
    QCOMPARE(findings.isEmpty() ? QString() : findings.first().rule, rule);
    if (!findings.isEmpty()) {
        QCOMPARE(findings.first().detail, detail);
        QCOMPARE(findings.first().field, Field::ApplicationMonth);
    }
    if (rule == u"eligibility.yearsSinceDegree") {
        // The message says when the applicant can apply: 36 months after the degree.
        QVERIFY(findings.first().message.contains(QStringLiteral("202303"))
                || findings.first().message.contains(QStringLiteral("202507")));
    }
}

void TestEligibilityRule::lifeOrder_data()
{
    QTest::addColumn<QString>("birth");
    QTest::addColumn<QString>("work");
    QTest::addColumn<QString>("degree");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("plausible") << QStringLiteral("19900307") << QStringLiteral("201207")
                               << QStringLiteral("201206") << QStringList();
    QTest::newRow("work before birth")
        << QStringLiteral("19900307") << QStringLiteral("198907") << QStringLiteral("201206")
        << QStringList{QStringLiteral("order.workBeforeBirth")};
    QTest::newRow("work at 12") << QStringLiteral("19900307") << QStringLiteral("200207")
                                << QStringLiteral("201206")
                                << QStringList{QStringLiteral("order.workTooYoung")};
    QTest::newRow("degree at 15") << QStringLiteral("19900307") << QStringLiteral("201207")
                                  << QStringLiteral("200506")
                                  << QStringList{QStringLiteral("order.degreeTooYoung")};
    QTest::newRow("degree before birth")
        << QStringLiteral("19900307") << QStringLiteral("201207") << QStringLiteral("198906")
        << QStringList{QStringLiteral("order.degreeBeforeBirth")};
}

void TestEligibilityRule::lifeOrder()
{
    QFETCH(QString, birth);
    QFETCH(QString, work);
    QFETCH(QString, degree);
    QFETCH(QStringList, rules);
    QCOMPARE(ruleCodes(EligibilityRule::checkLifeOrder(birth, work, degree)), rules);
}

QTEST_GUILESS_MAIN(TestEligibilityRule)
#include "TestEligibilityRule.moc"
