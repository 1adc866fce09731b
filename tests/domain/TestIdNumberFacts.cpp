#include "domain/IdNumberFacts.h"

#include "domain/Field.h"
#include "domain/IdNumberRule.h"

#include <QTest>

using namespace dd::domain;

namespace {
const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));
} // namespace

class TestIdNumberFacts : public QObject
{
    Q_OBJECT

private slots:
    void readsBirthDateAndGender_data();
    void readsBirthDateAndGender();
    void nothingWithoutAValidEighteenCharacterDocument_data();
    void nothingWithoutAValidEighteenCharacterDocument();
};

void TestIdNumberFacts::readsBirthDateAndGender_data()
{
    QTest::addColumn<QString>("idType");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("birthDate");
    QTest::addColumn<QString>("gender");
    QTest::newRow("resident ID, male (17th digit 1)")
        << QStringLiteral("1") << QStringLiteral("11010519900307451X") << QStringLiteral("19900307")
        << QStringLiteral("1");
    QTest::newRow("resident ID, female (17th digit 2)")
        << QStringLiteral("1") << QStringLiteral("110105199003074528") << QStringLiteral("19900307")
        << QStringLiteral("2");
    QTest::newRow("resident ID, 29 February")
        << QStringLiteral("1") << QStringLiteral("110105200002290013") << QStringLiteral("20000229")
        << QStringLiteral("1");
    QTest::newRow("lower-case x and spaces are normalised")
        << QStringLiteral("1") << QStringLiteral(" 110105 19900307451x ")
        << QStringLiteral("19900307") << QStringLiteral("1");
    QTest::newRow("residence permit, female")
        << QStringLiteral("C") << QStringLiteral("810000199408230021") << QStringLiteral("19940823")
        << QStringLiteral("2");
}

void TestIdNumberFacts::readsBirthDateAndGender()
{
    QFETCH(QString, idType);
    QFETCH(QString, number);
    QFETCH(QString, birthDate);
    QFETCH(QString, gender);
    const std::optional<IdNumberFacts> facts = IdNumberFacts::of(idType, number, s_today);
    QVERIFY(facts.has_value());
    QCOMPARE(facts->birthDate, birthDate);
    QCOMPARE(facts->gender, gender);
    // What is taken from the number never contradicts the check that compares them.
    QCOMPARE(
        IdNumberRule::checkConsistency(idType, number, facts->birthDate, facts->gender, s_today),
        Findings{});
}

void TestIdNumberFacts::nothingWithoutAValidEighteenCharacterDocument_data()
{
    QTest::addColumn<QString>("idType");
    QTest::addColumn<QString>("number");
    QTest::newRow("wrong check character")
        << QStringLiteral("1") << QStringLiteral("110105199003074529");
    QTest::newRow("17 digits, still typing")
        << QStringLiteral("1") << QStringLiteral("11010519900307451");
    QTest::newRow("born in the future")
        << QStringLiteral("1") << QStringLiteral("110105202701010016");
    QTest::newRow("empty") << QStringLiteral("1") << QString();
    QTest::newRow("passport") << QStringLiteral("A") << QStringLiteral("E12345678");
    QTest::newRow("a resident ID number under the passport type")
        << QStringLiteral("A") << QStringLiteral("11010519900307451X");
    QTest::newRow("no type chosen") << QString() << QStringLiteral("11010519900307451X");
}

void TestIdNumberFacts::nothingWithoutAValidEighteenCharacterDocument()
{
    QFETCH(QString, idType);
    QFETCH(QString, number);
    QVERIFY(!IdNumberFacts::of(idType, number, s_today).has_value());
}

QTEST_GUILESS_MAIN(TestIdNumberFacts)
#include "TestIdNumberFacts.moc"
