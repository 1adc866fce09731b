#include "domain/Finding.h"

#include <QJsonObject>
#include <QTest>

using namespace dd::domain;

class TestFinding : public QObject
{
    Q_OBJECT

private slots:
    void severityNames_data();
    void severityNames();
    void toJsonCarriesEveryPart();
    void detailOmittedWhenEmpty();
    void hasErrorsIgnoresWarnings();
    void helpersFilterAndList();
};

void TestFinding::severityNames_data()
{
    QTest::addColumn<Severity>("severity");
    QTest::addColumn<QString>("name");
    QTest::newRow("error") << Severity::Error << QStringLiteral("error");
    QTest::newRow("warning") << Severity::Warning << QStringLiteral("warning");
    QTest::newRow("info") << Severity::Info << QStringLiteral("info");
}

void TestFinding::severityNames()
{
    QFETCH(Severity, severity);
    QFETCH(QString, name);
    QCOMPARE(severityName(severity), name);
}

void TestFinding::toJsonCarriesEveryPart()
{
    const Finding f{QStringLiteral("idNumber"), QStringLiteral("id.checkDigit"),
                    QStringLiteral("message"), Severity::Error, QStringLiteral("X")};
    const QJsonObject json = f.toJson();
    QCOMPARE(json.value(QStringLiteral("field")).toString(), QStringLiteral("idNumber"));
    QCOMPARE(json.value(QStringLiteral("rule")).toString(), QStringLiteral("id.checkDigit"));
    QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(json.value(QStringLiteral("message")).toString(), QStringLiteral("message"));
    QCOMPARE(json.value(QStringLiteral("detail")).toString(), QStringLiteral("X"));
}

void TestFinding::detailOmittedWhenEmpty()
{
    const Finding f{QStringLiteral("email"),
                    QStringLiteral("email.syntax"),
                    QStringLiteral("m"),
                    Severity::Warning,
                    {}};
    QVERIFY(!f.toJson().contains(QStringLiteral("detail")));
}

void TestFinding::hasErrorsIgnoresWarnings()
{
    Findings findings{
        {QStringLiteral("email"), QStringLiteral("email.provider"), {}, Severity::Warning, {}}};
    QVERIFY(!hasErrors(findings));
    findings.append(
        {QStringLiteral("mobile"), QStringLiteral("mobile.format"), {}, Severity::Error, {}});
    QVERIFY(hasErrors(findings));
}

void TestFinding::helpersFilterAndList()
{
    const Findings findings{
        {QStringLiteral("a"), QStringLiteral("r.one"), {}, Severity::Info, {}},
        {QStringLiteral("b"), QStringLiteral("r.two"), {}, Severity::Error, {}},
    };
    QCOMPARE(ruleCodes(findings), (QStringList{QStringLiteral("r.one"), QStringLiteral("r.two")}));
    QVERIFY(hasRule(findings, u"r.two"));
    QVERIFY(!hasRule(findings, u"r.three"));
    QCOMPARE(errorsOnly(findings).size(), 1);
    QCOMPARE(errorsOnly(findings).first().field, QStringLiteral("b"));
    QCOMPARE(toJson(findings).size(), 2);
}

QTEST_GUILESS_MAIN(TestFinding)
#include "TestFinding.moc"
