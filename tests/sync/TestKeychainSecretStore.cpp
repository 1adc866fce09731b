// KeychainSecretStore against the real QtKeychain: with no secret service (the D-Bus address
// points where nothing listens, as under CI) every call says Unavailable, so that the caller
// asks the user; with DD_TEST_KEYRING=1 (tests/sync/with-keyring starts gnome-keyring-daemon
// in a private D-Bus session) a secret is written, read back, replaced and removed.

#include "platform/KeychainSecretStore.h"

#include <QTest>
#include <QUuid>

#include <optional>

using dd::platform::Expected;
using dd::platform::KeychainSecretStore;
using dd::platform::SecretError;

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void unavailableWithoutSecretService();

private:
    Expected<QString, SecretError> read(const QString &key);
    Expected<void, SecretError> write(const QString &key, const QString &secret);
    Expected<void, SecretError> remove(const QString &key);

    KeychainSecretStore m_store{QStringLiteral("DegreeDesk-test")};
    bool m_keyring = false;
};

void TestKeychainSecretStore::initTestCase()
{
    m_keyring = qEnvironmentVariable("DD_TEST_KEYRING") == u"1";
}

Expected<QString, SecretError> TestKeychainSecretStore::read(const QString &key)
{
    std::optional<Expected<QString, SecretError>> result;
    m_store.read(key, [&result](Expected<QString, SecretError> r) { result.emplace(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        return SecretError{SecretError::Kind::Failed, QStringLiteral("no answer")};
    }
    return *result;
}

Expected<void, SecretError> TestKeychainSecretStore::write(const QString &key,
                                                           const QString &secret)
{
    std::optional<Expected<void, SecretError>> result;
    m_store.write(key, secret, [&result](Expected<void, SecretError> r) { result.emplace(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        return SecretError{SecretError::Kind::Failed, QStringLiteral("no answer")};
    }
    return *result;
}

Expected<void, SecretError> TestKeychainSecretStore::remove(const QString &key)
{
    std::optional<Expected<void, SecretError>> result;
    m_store.remove(key, [&result](Expected<void, SecretError> r) { result.emplace(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000)) {
        return SecretError{SecretError::Kind::Failed, QStringLiteral("no answer")};
    }
    return *result;
}

void TestKeychainSecretStore::roundTrip()
{
    if (!m_keyring) {
        QSKIP("no secret service here: run through tests/sync/with-keyring (ctest runs "
              "TestKeychainSecretStoreKeyring)");
    }
    const QString key = QStringLiteral("session@http://127.0.0.1:%1/")
                        + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto missing = read(key);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, SecretError::Kind::NotFound);

    const QString token = QStringLiteral("c2Vzc2lvbi10b2tlbi1vZi1hLXRlc3QtYWNjb3VudC0xMjM");
    const auto written = write(key, token);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().detail));
    const auto back = read(key);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().detail));
    QCOMPARE(back.value(), token);

    QVERIFY(write(key, QStringLiteral("replaced")).ok());
    QCOMPARE(read(key).value(), QStringLiteral("replaced"));

    QVERIFY(remove(key).ok());
    QCOMPARE(read(key).error().kind, SecretError::Kind::NotFound);
    QVERIFY(remove(key).ok()); // removing what is gone is done
}

void TestKeychainSecretStore::unavailableWithoutSecretService()
{
    if (m_keyring) {
        QSKIP("a secret service runs here");
    }
    const QString key = QStringLiteral("session@test");
    const auto written = write(key, QStringLiteral("secret"));
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, SecretError::Kind::Unavailable);
    const auto read = this->read(key);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, SecretError::Kind::Unavailable);
}

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "TestKeychainSecretStore.moc"
