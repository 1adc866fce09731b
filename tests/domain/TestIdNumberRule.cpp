#include "domain/IdNumberRule.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;

namespace {
const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));
const QString s_resident = QStringLiteral("1");
const QString s_permit = QStringLiteral("C");
} // namespace

class TestIdNumberRule : public QObject
{
    Q_OBJECT

private slots:
    void checkCharacter_data();
    void checkCharacter();
    void residentId_data();
    void residentId();
    void residencePermit_data();
    void residencePermit();
    void otherDocuments_data();
    void otherDocuments();
    void lowerCaseXIsNormalised();
    void legacyFifteenDigitsRefusedWithConversion();
    void parseReadsBirthAndGender_data();
    void parseReadsBirthAndGender();
    void consistency_data();
    void consistency();
    void messagesNameTheField();
};

void TestIdNumberRule::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");
    // Worked examples of REFERENCE.md §4.1 and the public sources it cites.
    QTest::newRow("GB 11643 example, X") << QStringLiteral("11010519491231002") << QChar(u'X');
    QTest::newRow("Guangdong 1880, 4") << QStringLiteral("44052418800101001") << QChar(u'4');
    QTest::newRow("Hong Kong permit, 1") << QStringLiteral("81000019940823002") << QChar(u'1');
    QTest::newRow("Taiwan permit, 2") << QStringLiteral("83000019920130002") << QChar(u'2');
    QTest::newRow("remainder 0 gives 1") << QStringLiteral("11010519900307452") << QChar(u'8');
    QTest::newRow("too short") << QStringLiteral("1101051949123100") << QChar();
    QTest::newRow("letter in body") << QStringLiteral("1101051949123100A") << QChar();
}

void TestIdNumberRule::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(IdNumberRule::checkCharacter(first17), expected);
}

void TestIdNumberRule::residentId_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("rules"); // error rules expected, in order; empty = valid

    const QStringList valid;
    QTest::newRow("valid, X check") << QStringLiteral("11010519491231002X") << valid;
    QTest::newRow("valid, Guangdong")
        << QStringLiteral("440524188001010014") << QStringList{QStringLiteral("id.birthTooEarly")};
    QTest::newRow("valid, Jiangsu 1988") << QStringLiteral("320106198808081232") << valid;
    QTest::newRow("valid, Sichuan 1995") << QStringLiteral("510107199503154564") << valid;
    QTest::newRow("valid, Xinjiang 1985") << QStringLiteral("650102198501015557") << valid;
    QTest::newRow("valid, born on 29 Feb 2000") << QStringLiteral("110105200002290013") << valid;
    QTest::newRow("valid, with spaces") << QStringLiteral("110105 19491231 002X") << valid;
    QTest::newRow("valid, full-width digits")
        << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ") << valid;

    QTest::newRow("wrong check digit")
        << QStringLiteral("110105194912310021") << QStringList{QStringLiteral("id.checkDigit")};
    QTest::newRow("two digits swapped")
        << QStringLiteral("110105194912130020") << QStringList{QStringLiteral("id.checkDigit")};
    QTest::newRow("17 characters")
        << QStringLiteral("11010519491231002") << QStringList{QStringLiteral("id.length")};
    QTest::newRow("19 characters")
        << QStringLiteral("11010519491231002X1") << QStringList{QStringLiteral("id.length")};
    QTest::newRow("X in the middle")
        << QStringLiteral("1101051949X231002X") << QStringList{QStringLiteral("id.characters")};
    QTest::newRow("letter at the end other than X")
        << QStringLiteral("11010519491231002Y") << QStringList{QStringLiteral("id.characters")};
    QTest::newRow("unknown province 00")
        << QStringLiteral("000105194912310022")
        << QStringList{QStringLiteral("id.province"), QStringLiteral("id.checkDigit")};
    QTest::newRow("unknown province 99, right check digit")
        << QStringLiteral("991234199001010012") << QStringList{QStringLiteral("id.province")};
    QTest::newRow("Taiwan province prefix 71")
        << QStringLiteral("710101199001010017") << QStringList{QStringLiteral("id.province")};
    QTest::newRow("30 February") << QStringLiteral("11010519900230001X")
                                 << QStringList{QStringLiteral("id.birthDate")};
    QTest::newRow("29 February in a common year")
        << QStringLiteral("110105199002290018") << QStringList{QStringLiteral("id.birthDate")};
    QTest::newRow("month 13") << QStringLiteral("110105199013010018")
                              << QStringList{QStringLiteral("id.birthDate")};
    QTest::newRow("born tomorrow")
        << QStringLiteral("11010520261130001X") << QStringList{QStringLiteral("id.birthFuture")};
    QTest::newRow("born in 2024 leap day, in the past")
        << QStringLiteral("11010520240229002X") << valid;
    QTest::newRow("a residence permit under resident ID")
        << QStringLiteral("810000199408230021")
        << QStringList{QStringLiteral("id.permitAsResidentId")};
    QTest::newRow("empty") << QString() << QStringList{QStringLiteral("required")};
    QTest::newRow("blank") << QStringLiteral("   ") << QStringList{QStringLiteral("required")};
    QTest::newRow("legacy 15 digits")
        << QStringLiteral("110105800101001") << QStringList{QStringLiteral("id.legacy15")};
}

void TestIdNumberRule::residentId()
{
    QFETCH(QString, number);
    QFETCH(QStringList, rules);
    const Findings findings = IdNumberRule::check(s_resident, number, s_today);
    QCOMPARE(ruleCodes(errorsOnly(findings)), rules);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, Field::IdNumber);
        QVERIFY(!f.message.isEmpty());
    }
}

void TestIdNumberRule::residencePermit_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("rules");
    QTest::newRow("Hong Kong") << QStringLiteral("810000199408230021") << QStringList();
    QTest::newRow("Taiwan") << QStringLiteral("830000199201300022") << QStringList();
    QTest::newRow("Macao") << QStringLiteral("820000199001011232") << QStringList();
    QTest::newRow("Hong Kong, wrong check")
        << QStringLiteral("810000199408230022") << QStringList{QStringLiteral("id.checkDigit")};
    QTest::newRow("resident ID number under permit")
        << QStringLiteral("11010519491231002X") << QStringList{QStringLiteral("id.permitPrefix")};
    QTest::newRow("840000 is no permit")
        << QStringLiteral("840000199001010010")
        << QStringList{QStringLiteral("id.permitPrefix"), QStringLiteral("id.checkDigit")};
}

void TestIdNumberRule::residencePermit()
{
    QFETCH(QString, number);
    QFETCH(QStringList, rules);
    QCOMPARE(ruleCodes(errorsOnly(IdNumberRule::check(s_permit, number, s_today))), rules);
}

void TestIdNumberRule::otherDocuments_data()
{
    QTest::addColumn<IdFormat>("format");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QStringList>("rules");

    QTest::newRow("HK permit H+8")
        << IdFormat::HkMacaoPermit << QStringLiteral("H12345678") << QStringList();
    QTest::newRow("Macao permit M+10")
        << IdFormat::HkMacaoPermit << QStringLiteral("M1234567801") << QStringList();
    QTest::newRow("HK permit lower case")
        << IdFormat::HkMacaoPermit << QStringLiteral("h12345678") << QStringList();
    QTest::newRow("HK permit 9 digits") << IdFormat::HkMacaoPermit << QStringLiteral("H123456789")
                                        << QStringList{QStringLiteral("id.hkMacaoPermit")};
    QTest::newRow("HK permit wrong letter")
        << IdFormat::HkMacaoPermit << QStringLiteral("K12345678")
        << QStringList{QStringLiteral("id.hkMacaoPermit")};
    QTest::newRow("Taiwan permit 8 digits")
        << IdFormat::TaiwanPermit << QStringLiteral("12345678") << QStringList();
    QTest::newRow("Taiwan permit 10 digits")
        << IdFormat::TaiwanPermit << QStringLiteral("1234567801") << QStringList();
    QTest::newRow("Taiwan permit 7 digits") << IdFormat::TaiwanPermit << QStringLiteral("1234567")
                                            << QStringList{QStringLiteral("id.taiwanPermit")};
    QTest::newRow("PRC passport E+8")
        << IdFormat::Passport << QStringLiteral("E12345678") << QStringList();
    QTest::newRow("PRC passport EA+7")
        << IdFormat::Passport << QStringLiteral("EA1234567") << QStringList();
    QTest::newRow("foreign passport")
        << IdFormat::Passport << QStringLiteral("C01X00T47") << QStringList();
    QTest::newRow("passport with hyphen") << IdFormat::Passport << QStringLiteral("E1234-5678")
                                          << QStringList{QStringLiteral("id.passport")};
    QTest::newRow("passport too short") << IdFormat::Passport << QStringLiteral("E123")
                                        << QStringList{QStringLiteral("id.passport")};
    QTest::newRow("officer's card")
        << IdFormat::Military << QStringLiteral("军字第1234567号") << QStringList();
    QTest::newRow("officer's card with symbol")
        << IdFormat::Military << QStringLiteral("军字#1234567")
        << QStringList{QStringLiteral("id.military")};
}

void TestIdNumberRule::otherDocuments()
{
    QFETCH(IdFormat, format);
    QFETCH(QString, number);
    QFETCH(QStringList, rules);
    // Find the 证件类型 code whose catalog format is the one under test.
    QString idType;
    for (const QString &code : {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("7"),
                                QStringLiteral("8"), QStringLiteral("A"), QStringLiteral("C")}) {
        if (IdNumberRule::formatOf(code) == format) {
            idType = code;
            break;
        }
    }
    QVERIFY2(!idType.isEmpty(), "the id_types catalog has no type of this format");
    QCOMPARE(ruleCodes(errorsOnly(IdNumberRule::check(idType, number, s_today))), rules);
}

void TestIdNumberRule::lowerCaseXIsNormalised()
{
    const Findings findings =
        IdNumberRule::check(s_resident, QStringLiteral("11010519491231002x"), s_today);
    QVERIFY(!hasErrors(findings));
    QVERIFY(hasRule(findings, u"id.normalized"));
    QCOMPARE(findings.last().detail, QStringLiteral("11010519491231002X"));
    QCOMPARE(IdNumberRule::normalize(QStringLiteral(" 11010519491231002x ")),
             QStringLiteral("11010519491231002X"));
}

void TestIdNumberRule::legacyFifteenDigitsRefusedWithConversion()
{
    const Findings findings =
        IdNumberRule::check(s_resident, QStringLiteral("110105800101001"), s_today);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().rule, QStringLiteral("id.legacy15"));
    QCOMPARE(findings.first().detail, QStringLiteral("110105198001010016"));
    QVERIFY(findings.first().message.contains(QStringLiteral("110105198001010016")));
    QCOMPARE(IdNumberRule::upgradeLegacy(QStringLiteral("110105800101001")),
             QStringLiteral("110105198001010016"));
    QVERIFY(IdNumberRule::upgradeLegacy(QStringLiteral("11010580010100A")).isEmpty());
}

void TestIdNumberRule::parseReadsBirthAndGender_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("gender");
    QTest::addColumn<bool>("permit");
    QTest::newRow("female, 17th digit 2") << QStringLiteral("11010519491231002X")
                                          << QDate(1949, 12, 31) << QStringLiteral("2") << false;
    QTest::newRow("male, 17th digit 1") << QStringLiteral("11010519900307451X") << QDate(1990, 3, 7)
                                        << QStringLiteral("1") << false;
    QTest::newRow("permit, female") << QStringLiteral("810000199408230021") << QDate(1994, 8, 23)
                                    << QStringLiteral("2") << true;
}

void TestIdNumberRule::parseReadsBirthAndGender()
{
    QFETCH(QString, number);
    QFETCH(QDate, birth);
    QFETCH(QString, gender);
    QFETCH(bool, permit);
    const auto info = IdNumberRule::parse(number, s_today);
    QVERIFY(info.has_value());
    QCOMPARE(info->birthDate, birth);
    QCOMPARE(info->gender, gender);
    QCOMPARE(info->residencePermit, permit);
    QCOMPARE(info->provinceCode, number.left(2));
    QVERIFY(!IdNumberRule::parse(QStringLiteral("110105194912310021"), s_today).has_value());
}

void TestIdNumberRule::consistency_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("birthDate");
    QTest::addColumn<QString>("gender");
    QTest::addColumn<QStringList>("rules");
    QTest::addColumn<QStringList>("fields");
    const QString id = QStringLiteral("11010519900307451X"); // male, 19900307
    QTest::newRow("consistent") << id << QStringLiteral("19900307") << QStringLiteral("1")
                                << QStringList() << QStringList();
    QTest::newRow("birth date differs")
        << id << QStringLiteral("19900308") << QStringLiteral("1")
        << QStringList{QStringLiteral("id.birthDateMismatch")} << QStringList{Field::BirthDate};
    QTest::newRow("gender differs")
        << id << QStringLiteral("19900307") << QStringLiteral("2")
        << QStringList{QStringLiteral("id.genderMismatch")} << QStringList{Field::Gender};
    QTest::newRow("both differ") << id << QStringLiteral("19910307") << QStringLiteral("2")
                                 << QStringList{QStringLiteral("id.birthDateMismatch"),
                                                QStringLiteral("id.genderMismatch")}
                                 << QStringList{Field::BirthDate, Field::Gender};
    QTest::newRow("fields not filled yet")
        << id << QString() << QString() << QStringList() << QStringList();
    QTest::newRow("invalid number: nothing to compare")
        << QStringLiteral("110105199003074511") << QStringLiteral("20000101") << QStringLiteral("2")
        << QStringList() << QStringList();
}

void TestIdNumberRule::consistency()
{
    QFETCH(QString, number);
    QFETCH(QString, birthDate);
    QFETCH(QString, gender);
    QFETCH(QStringList, rules);
    QFETCH(QStringList, fields);
    const Findings findings =
        IdNumberRule::checkConsistency(s_resident, number, birthDate, gender, s_today);
    QCOMPARE(ruleCodes(findings), rules);
    QStringList actualFields;
    for (const Finding &f : findings) {
        actualFields.append(f.field);
    }
    QCOMPARE(actualFields, fields);
}

void TestIdNumberRule::messagesNameTheField()
{
    const Findings findings = IdNumberRule::check(s_resident, QStringLiteral("110105194912310021"),
                                                  s_today, Field::IdNumberConfirm);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, Field::IdNumberConfirm);
    QVERIFY(findings.first().message.startsWith(Field::label(Field::IdNumberConfirm)));
    QCOMPARE(findings.first().detail, QStringLiteral("X"));
}

QTEST_GUILESS_MAIN(TestIdNumberRule)
#include "TestIdNumberRule.moc"
