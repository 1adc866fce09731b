#include "PasswordHasher.h"

#include <QTest>

using namespace dd::server;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private slots:
    void hashIsArgon2id();
    void verify_data();
    void verify();
    void saltMakesHashesDiffer();
    void interactiveCostVerifies();
    void needsRehash();
    void garbageEncoded_data();
    void garbageEncoded();
};

void TestPasswordHasher::hashIsArgon2id()
{
    const PasswordHasher hasher(PasswordHasher::Cost::Fast);
    const QByteArray encoded = hasher.hash(QStringLiteral("abc12345"));
    QVERIFY2(encoded.startsWith("$argon2id$v=19$"), encoded.constData());
    QVERIFY(!encoded.contains("abc12345"));
}

void TestPasswordHasher::verify_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("expected");

    const QString ascii = QStringLiteral("abc12345");
    const QString chinese = QStringLiteral("中文密码abc123");
    QTest::newRow("right") << ascii << ascii << true;
    QTest::newRow("wrong") << ascii << QStringLiteral("abc12346") << false;
    QTest::newRow("case matters") << ascii << QStringLiteral("ABC12345") << false;
    QTest::newRow("prefix is not enough") << ascii << QStringLiteral("abc1234") << false;
    QTest::newRow("empty typed") << ascii << QString() << false;
    QTest::newRow("empty password, empty typed") << QString() << QString() << true;
    QTest::newRow("empty password, something typed") << QString() << QStringLiteral("x") << false;
    QTest::newRow("non-ASCII right") << chinese << chinese << true;
    QTest::newRow("non-ASCII wrong") << chinese << QStringLiteral("中文密马abc123") << false;
}

void TestPasswordHasher::verify()
{
    QFETCH(QString, password);
    QFETCH(QString, typed);
    QFETCH(bool, expected);

    const PasswordHasher hasher(PasswordHasher::Cost::Fast);
    const QByteArray encoded = hasher.hash(password);
    QVERIFY(!encoded.isEmpty());
    QCOMPARE(hasher.verify(typed, encoded), expected);
}

void TestPasswordHasher::saltMakesHashesDiffer()
{
    const PasswordHasher hasher(PasswordHasher::Cost::Fast);
    const QString password = QStringLiteral("中文密码");
    const QByteArray first = hasher.hash(password);
    const QByteArray second = hasher.hash(password);
    QVERIFY(first != second);
    QVERIFY(hasher.verify(password, first));
    QVERIFY(hasher.verify(password, second));
}

void TestPasswordHasher::interactiveCostVerifies()
{
    const PasswordHasher interactive(PasswordHasher::Cost::Interactive);
    const QByteArray encoded = interactive.hash(QStringLiteral("abc12345"));
    QVERIFY2(encoded.startsWith("$argon2id$v=19$m=65536,t=2,p=1$"), encoded.constData());
    QVERIFY(interactive.verify(QStringLiteral("abc12345"), encoded));
    // The parameters are inside the hash: a hasher with other costs still verifies it.
    const PasswordHasher fast(PasswordHasher::Cost::Fast);
    QVERIFY(fast.verify(QStringLiteral("abc12345"), encoded));
    QVERIFY(!fast.verify(QStringLiteral("abc12346"), encoded));
}

void TestPasswordHasher::needsRehash()
{
    const PasswordHasher fast(PasswordHasher::Cost::Fast);
    const PasswordHasher interactive(PasswordHasher::Cost::Interactive);
    const QByteArray fastHash = fast.hash(QStringLiteral("abc12345"));
    const QByteArray interactiveHash = interactive.hash(QStringLiteral("abc12345"));

    QVERIFY(!fast.needsRehash(fastHash));
    QVERIFY(!interactive.needsRehash(interactiveHash));
    QVERIFY(interactive.needsRehash(fastHash));
    QVERIFY(fast.needsRehash(interactiveHash));
    QVERIFY(fast.needsRehash(QByteArray()));
    QVERIFY(fast.needsRehash("not a hash"));
}

void TestPasswordHasher::garbageEncoded_data()
{
    QTest::addColumn<QByteArray>("encoded");

    const PasswordHasher hasher(PasswordHasher::Cost::Fast);
    const QByteArray good = hasher.hash(QStringLiteral("abc12345"));
    QByteArray flipped = good;
    flipped[flipped.size() - 2] = flipped.at(flipped.size() - 2) == 'A' ? 'B' : 'A';

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("abc12345");
    QTest::newRow("bare prefix") << QByteArray("$argon2id$");
    QTest::newRow("argon2i instead of argon2id")
        << QByteArray(good).replace("$argon2id$", "$argon2i$");
    QTest::newRow("truncated") << good.left(good.size() - 10);
    QTest::newRow("one character of the hash changed") << flipped;
    QTest::newRow("NUL inside") << QByteArray(good).insert(5, '\0');
    QTest::newRow("far too long") << QByteArray(1000, 'a');
}

void TestPasswordHasher::garbageEncoded()
{
    QFETCH(QByteArray, encoded);
    const PasswordHasher hasher(PasswordHasher::Cost::Fast);
    QVERIFY(!hasher.verify(QStringLiteral("abc12345"), encoded));
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "TestPasswordHasher.moc"
