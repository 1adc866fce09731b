#include "domain/AsciiPattern.h"

#include <QRegularExpression>
#include <QTest>

using namespace dd::domain;

// Each check is compared with the expected answer and with the QRegularExpression it stands for.
class TestAsciiPattern : public QObject
{
    Q_OBJECT

private slots:
    void anchoredPart_data();
    void anchoredPart();
    void allDigits_data();
    void allDigits();
    void isDigits_data();
    void isDigits();
    void isLettersOrDigits_data();
    void isLettersOrDigits();
    void contains_data();
    void contains();
};

namespace {

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

} // namespace

void TestAsciiPattern::anchoredPart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("part");
    QTest::newRow("no line feed") << QStringLiteral("123") << QStringLiteral("123");
    QTest::newRow("one final line feed") << QStringLiteral("123\n") << QStringLiteral("123");
    QTest::newRow("two final line feeds") << QStringLiteral("123\n\n") << QStringLiteral("123\n");
    QTest::newRow("line feed inside") << QStringLiteral("12\n3") << QStringLiteral("12\n3");
    QTest::newRow("carriage return stays") << QStringLiteral("123\r") << QStringLiteral("123\r");
    QTest::newRow("only a line feed") << QStringLiteral("\n") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestAsciiPattern::anchoredPart()
{
    QFETCH(QString, text);
    QFETCH(QString, part);
    QCOMPARE(AsciiPattern::anchoredPart(text).toString(), part);
}

void TestAsciiPattern::allDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expected");
    QTest::newRow("digits") << QStringLiteral("0123456789") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("final line feed is not a digit") << QStringLiteral("123\n") << false;
    QTest::newRow("letter") << QStringLiteral("12a") << false;
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("12٣") << false;
    QTest::newRow("full-width digit") << QStringLiteral("12３") << false;
}

void TestAsciiPattern::allDigits()
{
    QFETCH(QString, text);
    QFETCH(bool, expected);
    QCOMPARE(AsciiPattern::allDigits(text), expected);
    // \A...\z: anchored at the very end, with no line feed allowed before it.
    QCOMPARE(matches(QStringLiteral(R"(\A\d*\z)"), text), expected);
}

void TestAsciiPattern::isDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count"); // -1: any number of digits, at least one
    QTest::addColumn<bool>("expected");
    QTest::newRow("postal code 100871") << QStringLiteral("100871") << 6 << true;
    QTest::newRow("five digits for six") << QStringLiteral("10087") << 6 << false;
    QTest::newRow("seven digits for six") << QStringLiteral("1008711") << 6 << false;
    QTest::newRow("final line feed allowed") << QStringLiteral("100871\n") << 6 << true;
    QTest::newRow("two final line feeds") << QStringLiteral("100871\n\n") << 6 << false;
    QTest::newRow("line feed inside") << QStringLiteral("1008\n71") << 6 << false;
    QTest::newRow("final space") << QStringLiteral("10087 ") << 6 << false;
    QTest::newRow("year 2026") << QStringLiteral("2026") << 4 << true;
    QTest::newRow("year with letter 2O26") << QStringLiteral("2O26") << 4 << false;
    QTest::newRow("full-width year") << QStringLiteral("２０２６") << 4 << false;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("٢٠٢٦") << 4 << false;
    QTest::newRow("any count: mobile") << QStringLiteral("13811112222") << -1 << true;
    QTest::newRow("any count: one digit") << QStringLiteral("7") << -1 << true;
    QTest::newRow("any count: empty") << QString() << -1 << false;
    QTest::newRow("any count: only a line feed") << QStringLiteral("\n") << -1 << false;
    QTest::newRow("any count: plus sign") << QStringLiteral("+8613811112222") << -1 << false;
    QTest::newRow("any count: final line feed") << QStringLiteral("0106296\n") << -1 << true;
    QTest::newRow("zero count: empty") << QString() << 0 << true;
    QTest::newRow("zero count: line feed") << QStringLiteral("\n") << 0 << true;
}

void TestAsciiPattern::isDigits()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QFETCH(bool, expected);
    QCOMPARE(AsciiPattern::isDigits(text, count), expected);
    const QString pattern =
        count < 0 ? QStringLiteral(R"(^\d+$)") : QStringLiteral(R"(^\d{%1}$)").arg(count);
    QCOMPARE(matches(pattern, text), expected);
}

void TestAsciiPattern::isLettersOrDigits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("allowEmpty");
    QTest::addColumn<bool>("expected");
    QTest::newRow("admission ticket") << QStringLiteral("261101081200123") << false << true;
    QTest::newRow("password Wl19900307") << QStringLiteral("Wl19900307") << false << true;
    QTest::newRow("hyphen") << QStringLiteral("26-1101") << false << false;
    QTest::newRow("space") << QStringLiteral("Ab 123") << false << false;
    QTest::newRow("underscore") << QStringLiteral("Ab_123") << false << false;
    QTest::newRow("accented letter") << QStringLiteral("Ré123") << false << false;
    QTest::newRow("Chinese character") << QStringLiteral("证123") << false << false;
    QTest::newRow("full-width letter") << QStringLiteral("Ａb123") << false << false;
    QTest::newRow("final line feed allowed") << QStringLiteral("Ab123\n") << false << true;
    QTest::newRow("final carriage return") << QStringLiteral("Ab123\r") << false << false;
    QTest::newRow("empty, + refuses it") << QString() << false << false;
    QTest::newRow("empty, * allows it") << QString() << true << true;
    QTest::newRow("only a line feed, * allows it") << QStringLiteral("\n") << true << true;
    QTest::newRow("only a line feed, + refuses it") << QStringLiteral("\n") << false << false;
}

void TestAsciiPattern::isLettersOrDigits()
{
    QFETCH(QString, text);
    QFETCH(bool, allowEmpty);
    QFETCH(bool, expected);
    QCOMPARE(AsciiPattern::isLettersOrDigits(text, allowEmpty), expected);
    const QString pattern =
        allowEmpty ? QStringLiteral(R"(^[A-Za-z0-9]*$)") : QStringLiteral(R"(^[A-Za-z0-9]+$)");
    QCOMPARE(matches(pattern, text), expected);
}

void TestAsciiPattern::contains_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("letter");
    QTest::addColumn<bool>("digit");
    QTest::newRow("letters and digits") << QStringLiteral("Wl19900307") << true << true;
    QTest::newRow("digits only") << QStringLiteral("19900307") << false << true;
    QTest::newRow("letters only") << QStringLiteral("password") << true << false;
    QTest::newRow("after a line feed") << QStringLiteral("\na\n1") << true << true;
    QTest::newRow("accented letter, full-width digit") << QStringLiteral("é１") << false << false;
    QTest::newRow("Arabic-Indic digit") << QStringLiteral("٣") << false << false;
    QTest::newRow("symbols") << QStringLiteral("!@#_-") << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestAsciiPattern::contains()
{
    QFETCH(QString, text);
    QFETCH(bool, letter);
    QFETCH(bool, digit);
    QCOMPARE(AsciiPattern::containsLetter(text), letter);
    QCOMPARE(AsciiPattern::containsDigit(text), digit);
    QCOMPARE(matches(QStringLiteral("[A-Za-z]"), text), letter);
    QCOMPARE(matches(QStringLiteral("[0-9]"), text), digit);
}

QTEST_GUILESS_MAIN(TestAsciiPattern)
#include "TestAsciiPattern.moc"
