#include "Captcha.h"
#include "Tokens.h"

#include <QImage>
#include <QSet>
#include <QTest>

using namespace dd::server;

class TestCaptcha : public QObject
{
    Q_OBJECT

private slots:
    void pngDecodesWithoutGuiApplication();
    void sameSeedSameChallenge();
    void differentSeedsDiffer();
    void unseededAreRandom();
    void answerAlphabet();
    void imageIsMostlyLightWithDarkStrokes();
    void matches_data();
    void matches();
};

void TestCaptcha::pngDecodesWithoutGuiApplication()
{
    // QTEST_GUILESS_MAIN: the server's situation, a QCoreApplication and no QGuiApplication.
    QVERIFY(QCoreApplication::instance());
    QVERIFY(!QCoreApplication::instance()->inherits("QGuiApplication"));

    const Captcha::Challenge challenge = Captcha::make(7);
    QVERIFY(challenge.png.startsWith("\x89PNG\r\n\x1a\n"));
    QImage image;
    QVERIFY(image.loadFromData(challenge.png, "PNG"));
    QCOMPARE(image.width(), Captcha::Width);
    QCOMPARE(image.height(), Captcha::Height);
    QCOMPARE(image.size(), QSize(160, 60));
}

void TestCaptcha::sameSeedSameChallenge()
{
    const Captcha::Challenge a = Captcha::make(12345);
    const Captcha::Challenge b = Captcha::make(12345);
    QCOMPARE(a.answer, b.answer);
    QCOMPARE(a.png, b.png);
}

void TestCaptcha::differentSeedsDiffer()
{
    const Captcha::Challenge a = Captcha::make(1);
    const Captcha::Challenge b = Captcha::make(2);
    QVERIFY(a.png != b.png);
    QSet<QString> answers;
    for (quint32 seed = 0; seed < 20; ++seed)
        answers.insert(Captcha::make(seed).answer);
    // 20 answers drawn from 32^5: all different unless the seed were ignored.
    QCOMPARE(answers.size(), 20);
}

void TestCaptcha::unseededAreRandom()
{
    const Captcha::Challenge a = Captcha::make();
    const Captcha::Challenge b = Captcha::make();
    QVERIFY(a.answer != b.answer || a.png != b.png);
    QVERIFY(a.png != b.png);
    QImage image;
    QVERIFY(image.loadFromData(a.png, "PNG"));
    QCOMPARE(image.size(), QSize(Captcha::Width, Captcha::Height));
}

void TestCaptcha::answerAlphabet()
{
    const QString alphabet = QString::fromLatin1(Tokens::CodeAlphabet);
    QSet<QChar> seen;
    for (quint32 seed = 100; seed < 300; ++seed) {
        const QString answer = Captcha::make(seed).answer;
        QCOMPARE(answer.size(), Captcha::Length);
        for (QChar c : answer) {
            QVERIFY2(alphabet.contains(c), qPrintable(answer));
            seen.insert(c);
        }
    }
    const QString unseeded = Captcha::make().answer;
    QCOMPARE(unseeded.size(), Captcha::Length);
    for (QChar c : unseeded)
        QVERIFY2(alphabet.contains(c), qPrintable(unseeded));
    // Every glyph of the stroke font gets drawn in 1,000 characters.
    QCOMPARE(seen.size(), alphabet.size());
}

void TestCaptcha::imageIsMostlyLightWithDarkStrokes()
{
    QImage image;
    QVERIFY(image.loadFromData(Captcha::make(42).png, "PNG"));
    int dark = 0;
    int light = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const int grey = qGray(image.pixel(x, y));
            if (grey < 110)
                ++dark;
            else if (grey > 200)
                ++light;
        }
    }
    const int total = image.width() * image.height();
    // A light background (most of the picture) with strokes drawn on it (a real share).
    QVERIFY2(light > total / 2, qPrintable(QString::number(light)));
    QVERIFY2(dark > total / 20, qPrintable(QString::number(dark)));
}

void TestCaptcha::matches_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("expected");

    const QString answer = QStringLiteral("AB3KZ");
    QTest::newRow("exact") << answer << QStringLiteral("AB3KZ") << true;
    QTest::newRow("lower case") << answer << QStringLiteral("ab3kz") << true;
    QTest::newRow("mixed case") << answer << QStringLiteral("aB3kZ") << true;
    QTest::newRow("surrounding spaces") << answer << QStringLiteral("  ab3kz \t") << true;
    QTest::newRow("one character wrong") << answer << QStringLiteral("AB3KX") << false;
    QTest::newRow("missing a character") << answer << QStringLiteral("AB3K") << false;
    QTest::newRow("extra character") << answer << QStringLiteral("AB3KZZ") << false;
    QTest::newRow("space inside") << answer << QStringLiteral("AB 3KZ") << false;
    QTest::newRow("empty typed") << answer << QString() << false;
    QTest::newRow("empty answer never matches") << QString() << QString() << false;
}

void TestCaptcha::matches()
{
    QFETCH(QString, answer);
    QFETCH(QString, typed);
    QFETCH(bool, expected);
    QCOMPARE(Captcha::matches(answer, typed), expected);
}

QTEST_GUILESS_MAIN(TestCaptcha)
#include "TestCaptcha.moc"
