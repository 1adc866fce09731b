#include "Tokens.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace dd::server;

class TestTokens : public QObject
{
    Q_OBJECT

private slots:
    void generateIsBase64Url();
    void generatedAreUnique();
    void digest_data();
    void digest();
    void digestIsStable();
    void equal_data();
    void equal();
    void code_data();
    void code();
    void codeUsesWholeAlphabet();
};

void TestTokens::generateIsBase64Url()
{
    const QString token = Tokens::generate();
    QCOMPARE(token.size(), 43);
    static const QRegularExpression base64Url(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    QVERIFY2(base64Url.match(token).hasMatch(), qPrintable(token));
    // 43 characters of base64url carry the 32 random bytes.
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), 32);
}

void TestTokens::generatedAreUnique()
{
    QSet<QString> seen;
    for (int i = 0; i < 10000; ++i)
        seen.insert(Tokens::generate());
    QCOMPARE(seen.size(), 10000);
}

void TestTokens::digest_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QByteArray>("expected");

    // Known SHA-256 values (sha256sum of the UTF-8 text).
    QTest::newRow("empty")
        << QString()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QStringLiteral(
        "abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("UTF-8") << QStringLiteral(
        "中文") << QByteArray("72726d8818f693066ceb69afa364218b692e62ea92b385782363780f47529c21");
}

void TestTokens::digest()
{
    QFETCH(QString, token);
    QFETCH(QByteArray, expected);
    QCOMPARE(Tokens::digest(token), expected);
}

void TestTokens::digestIsStable()
{
    const QString token = Tokens::generate();
    const QByteArray digest = Tokens::digest(token);
    QCOMPARE(digest.size(), 64);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    QVERIFY(hex.match(QString::fromLatin1(digest)).hasMatch());
    QCOMPARE(Tokens::digest(token), digest);
    QVERIFY(Tokens::digest(Tokens::generate()) != digest);
}

void TestTokens::equal_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("expected");

    const QByteArray digest = Tokens::digest(QStringLiteral("token"));
    QByteArray lastDiffers = digest;
    lastDiffers[63] = lastDiffers.at(63) == '0' ? '1' : '0';
    QByteArray firstDiffers = digest;
    firstDiffers[0] = firstDiffers.at(0) == '0' ? '1' : '0';

    QTest::newRow("same") << digest << QByteArray(digest.constData(), digest.size()) << true;
    QTest::newRow("last differs") << digest << lastDiffers << false;
    QTest::newRow("first differs") << digest << firstDiffers << false;
    QTest::newRow("shorter") << digest << digest.left(63) << false;
    QTest::newRow("longer") << digest << digest + '0' << false;
    QTest::newRow("one empty") << digest << QByteArray() << false;
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
}

void TestTokens::equal()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, expected);
    QCOMPARE(Tokens::equal(a, b), expected);
    QCOMPARE(Tokens::equal(b, a), expected);
}

void TestTokens::code_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("expected");

    QTest::newRow("captcha") << 5 << 5;
    QTest::newRow("activation") << 8 << 8;
    QTest::newRow("one") << 1 << 1;
    QTest::newRow("zero") << 0 << 0;
    QTest::newRow("negative") << -3 << 0;
}

void TestTokens::code()
{
    QFETCH(int, length);
    QFETCH(int, expected);
    const QString alphabet = QString::fromLatin1(Tokens::CodeAlphabet);
    for (int round = 0; round < 100; ++round) {
        const QString code = Tokens::code(length);
        QCOMPARE(code.size(), expected);
        for (QChar c : code)
            QVERIFY2(alphabet.contains(c), qPrintable(code));
    }
}

void TestTokens::codeUsesWholeAlphabet()
{
    const QString alphabet = QString::fromLatin1(Tokens::CodeAlphabet);
    QCOMPARE(alphabet.size(), 32);
    for (QChar lookAlike : {u'0', u'O', u'1', u'I', u'l'})
        QVERIFY(!alphabet.contains(lookAlike));
    QSet<QChar> seen;
    for (int round = 0; round < 200; ++round) {
        const QString code = Tokens::code(10);
        for (QChar c : code)
            seen.insert(c);
    }
    // 2,000 draws from 32 characters: every one appears (a miss has odds of about 1e-26).
    QCOMPARE(seen.size(), 32);
}

QTEST_GUILESS_MAIN(TestTokens)
#include "TestTokens.moc"
