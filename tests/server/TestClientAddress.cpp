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

QTEST_GUILESS_MAIN(TestClientAddress)
#include "TestClientAddress.moc"
