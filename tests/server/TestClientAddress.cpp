#include "ClientAddress.h"

#include <QTest>

using namespace dd::server;
using Headers = QList<QPair<QByteArray, QByteArray>>;

class TestClientAddress : public QObject
{
    Q_OBJECT

private slots:
    void of_data();
    void of();
    void behindProxies_data();
    void behindProxies();
    void parseProxies_data();
    void parseProxies();
    void processProxies();
};

void TestClientAddress::of_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<bool>("testing");
    QTest::addColumn<QString>("expected");

    const Headers named{{"Content-Type", "application/json"}, {"X-DD-Testing-Client", "10.9.8.7"}};
    QTest::newRow("the peer") << Headers{} << QStringLiteral("192.0.2.1") << false
                              << QStringLiteral("192.0.2.1");
    QTest::newRow("IPv6 peer") << Headers{} << QStringLiteral("::1") << false
                               << QStringLiteral("::1");
    QTest::newRow("test mode, header")
        << named << QStringLiteral("127.0.0.1") << true << QStringLiteral("10.9.8.7");
    QTest::newRow("test mode, header in lower case")
        << Headers{{"x-dd-testing-client", "client-a"}} << QStringLiteral("127.0.0.1") << true
        << QStringLiteral("client-a");
    QTest::newRow("test mode, no header")
        << Headers{} << QStringLiteral("127.0.0.1") << true << QStringLiteral("127.0.0.1");
    QTest::newRow("header outside test mode means nothing")
        << named << QStringLiteral("203.0.113.5") << false << QStringLiteral("203.0.113.5");
    QTest::newRow("long header cut to 64")
        << Headers{{"X-DD-Testing-Client", QByteArray(100, 'c')}} << QStringLiteral("127.0.0.1")
        << true << QString(ClientAddress::MaxHeaderLength, u'c');
}

void TestClientAddress::of()
{
    QFETCH(Headers, headers);
    QFETCH(QString, peer);
    QFETCH(bool, testing);
    QFETCH(QString, expected);
    QCOMPARE(ClientAddress::of(headers, QHostAddress(peer), testing), expected);
}

void TestClientAddress::behindProxies_data()
{
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QString>("expected");

    // Trusted: 10.0.0.0/8 and 2001:db8::1.
    QTest::newRow("trusted proxy names the client")
        << Headers{{"X-Forwarded-For", "203.0.113.7"}} << QStringLiteral("10.0.0.2")
        << QStringLiteral("203.0.113.7");
    QTest::newRow("untrusted peer: its header means nothing")
        << Headers{{"X-Forwarded-For", "203.0.113.7"}} << QStringLiteral("192.0.2.9")
        << QStringLiteral("192.0.2.9");
    QTest::newRow("forged entries left of the proxy's are ignored")
        << Headers{{"X-Forwarded-For", "1.2.3.4, 203.0.113.7"}} << QStringLiteral("10.0.0.2")
        << QStringLiteral("203.0.113.7");
    QTest::newRow("a chain of trusted proxies is walked through")
        << Headers{{"x-forwarded-for", "203.0.113.7, 10.1.1.1, 10.2.2.2"}}
        << QStringLiteral("10.0.0.2") << QStringLiteral("203.0.113.7");
    QTest::newRow("two headers are one list")
        << Headers{{"X-Forwarded-For", "198.51.100.1"}, {"X-Forwarded-For", "203.0.113.7"}}
        << QStringLiteral("10.0.0.2") << QStringLiteral("203.0.113.7");
    QTest::newRow("every hop trusted: the leftmost")
        << Headers{{"X-Forwarded-For", "10.9.9.9, 10.1.1.1"}} << QStringLiteral("10.0.0.2")
        << QStringLiteral("10.9.9.9");
    QTest::newRow("no header: the proxy itself")
        << Headers{} << QStringLiteral("10.0.0.2") << QStringLiteral("10.0.0.2");
    QTest::newRow("garbage stops the walk at the last good hop")
        << Headers{{"X-Forwarded-For", "203.0.113.7, nonsense, 10.1.1.1"}}
        << QStringLiteral("10.0.0.2") << QStringLiteral("10.1.1.1");
    QTest::newRow("garbage only: the proxy")
        << Headers{{"X-Forwarded-For", "<script>"}} << QStringLiteral("10.0.0.2")
        << QStringLiteral("10.0.0.2");
    QTest::newRow("IPv6 proxy, IPv6 client in brackets with a port")
        << Headers{{"X-Forwarded-For", "[2001:db8::77]:4711"}} << QStringLiteral("2001:db8::1")
        << QStringLiteral("2001:db8::77");
    QTest::newRow("IPv4 client with a port")
        << Headers{{"X-Forwarded-For", "203.0.113.7:5000"}} << QStringLiteral("10.0.0.2")
        << QStringLiteral("203.0.113.7");
    QTest::newRow("IPv4-mapped proxy address is the IPv4 one")
        << Headers{{"X-Forwarded-For", "203.0.113.7"}} << QStringLiteral("::ffff:10.0.0.2")
        << QStringLiteral("203.0.113.7");
    QTest::newRow("the other IPv6 address is not trusted")
        << Headers{{"X-Forwarded-For", "203.0.113.7"}} << QStringLiteral("2001:db8::2")
        << QStringLiteral("2001:db8::2");
}

void TestClientAddress::behindProxies()
{
    QFETCH(Headers, headers);
    QFETCH(QString, peer);
    QFETCH(QString, expected);
    QString error;
    const auto proxies =
        ClientAddress::parseProxies(QStringLiteral("10.0.0.0/8, 2001:db8::1"), &error);
    QVERIFY2(proxies, qPrintable(error));
    QCOMPARE(ClientAddress::of(headers, QHostAddress(peer), false, *proxies), expected);
    // The test-mode header still wins in test mode.
    QCOMPARE(ClientAddress::of(headers + Headers{{"X-DD-Testing-Client", "tester"}},
                               QHostAddress(peer), true, *proxies),
             QStringLiteral("tester"));
}

void TestClientAddress::parseProxies_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count"); // -1: refused

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("blanks and commas") << QStringLiteral(" , ,") << 0;
    QTest::newRow("one address") << QStringLiteral("127.0.0.1") << 1;
    QTest::newRow("addresses and subnets")
        << QStringLiteral("127.0.0.1, 10.0.0.0/8,::1, fd00::/8") << 4;
    QTest::newRow("a host name") << QStringLiteral("proxy.example.org") << -1;
    QTest::newRow("a bad subnet") << QStringLiteral("10.0.0.0/33") << -1;
    QTest::newRow("one bad among good") << QStringLiteral("127.0.0.1, 300.1.1.1") << -1;
}

void TestClientAddress::parseProxies()
{
    QFETCH(QString, text);
    QFETCH(int, count);
    QString error;
    const auto proxies = ClientAddress::parseProxies(text, &error);
    if (count < 0) {
        QVERIFY(!proxies);
        QVERIFY2(error.contains(QStringLiteral("not an IP address")), qPrintable(error));
    } else {
        QVERIFY2(proxies, qPrintable(error));
        QCOMPARE(proxies->size(), count);
    }
}

void TestClientAddress::processProxies()
{
    const Headers forwarded{{"X-Forwarded-For", "203.0.113.7"}};
    QCOMPARE(ClientAddress::of(forwarded, QHostAddress(QStringLiteral("127.0.0.1")), false),
             QStringLiteral("127.0.0.1"));
    QString error;
    ClientAddress::setTrustedProxies(
        *ClientAddress::parseProxies(QStringLiteral("127.0.0.1"), &error));
    QCOMPARE(ClientAddress::of(forwarded, QHostAddress(QStringLiteral("127.0.0.1")), false),
             QStringLiteral("203.0.113.7"));
    ClientAddress::setTrustedProxies({});
    QCOMPARE(ClientAddress::of(forwarded, QHostAddress(QStringLiteral("127.0.0.1")), false),
             QStringLiteral("127.0.0.1"));
}

QTEST_GUILESS_MAIN(TestClientAddress)
#include "TestClientAddress.moc"
