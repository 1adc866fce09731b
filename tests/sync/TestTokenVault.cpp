// TokenVault: the session token in the keychain; without a keychain, in an owner-only file
// only after the user agreed, or else for this session only; a keychain that refuses access is
// reported, never worked around.

#include "platform/FileSecretStore.h"
#include "platform/Settings.h"
#include "platform/TokenVault.h"

#include "support/FakeSecretStore.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using dd::platform::Expected;
using dd::platform::FileSecretStore;
using dd::platform::SecretError;
using dd::platform::SecretStore;
using dd::platform::Settings;
using dd::platform::TokenVault;
using dd::test::FakeSecretStore;
using Place = SecretStore::Place;

namespace {

const QString Key = QStringLiteral("session@http://127.0.0.1:8080");
const QString Token = QStringLiteral("dGhlIHNlc3Npb24gdG9rZW4gb2YgYSB0ZXN0IGFjY291bnQ");

} // namespace

class TestTokenVault : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keychainWhenThereIsOne();
    void fileOnlyAfterConsent_data();
    void fileOnlyAfterConsent();
    void consentAskedOnce();
    void deniedKeychainIsReported();
    void forgetRemovesEverywhere();
    void fileIsOwnerOnly();
    void keychainAgainMovesTheTokenOutOfTheFile();

private:
    Expected<Place, SecretError> store(TokenVault &vault, const QString &secret = Token);
    Expected<QString, SecretError> load(TokenVault &vault);

    std::optional<QTemporaryDir> m_dir;
    std::optional<Settings> m_settings;
    std::optional<FileSecretStore> m_file;
    std::optional<FakeSecretStore> m_keychain;
};

void TestTokenVault::init()
{
    m_dir.emplace();
    QVERIFY(m_dir->isValid());
    m_settings.emplace(m_dir->filePath(QStringLiteral("settings.ini")));
    m_file.emplace(m_dir->filePath(QStringLiteral("secrets")));
    m_keychain.emplace();
}

void TestTokenVault::cleanup()
{
    m_file.reset();
    m_settings.reset();
    m_dir.reset();
}

Expected<Place, SecretError> TestTokenVault::store(TokenVault &vault, const QString &secret)
{
    std::optional<Expected<Place, SecretError>> result;
    vault.store(Key, secret, [&result](Expected<Place, SecretError> r) { result.emplace(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
        return SecretError{SecretError::Kind::Failed, QStringLiteral("no answer")};
    }
    return *result;
}

Expected<QString, SecretError> TestTokenVault::load(TokenVault &vault)
{
    std::optional<Expected<QString, SecretError>> result;
    vault.load(Key, [&result](Expected<QString, SecretError> r) { result.emplace(r); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000)) {
        return SecretError{SecretError::Kind::Failed, QStringLiteral("no answer")};
    }
    return *result;
}

void TestTokenVault::keychainWhenThereIsOne()
{
    TokenVault vault(*m_keychain, *m_file, *m_settings);
    int asked = 0;
    vault.setConsent([&asked] {
        ++asked;
        return true;
    });
    const auto stored = store(vault);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), Place::Keychain);
    QCOMPARE(m_keychain->secrets().value(Key), Token);
    QCOMPARE(asked, 0); // a keychain needs no question
    QVERIFY(!QFile::exists(m_file->fileOf(Key)));

    TokenVault restarted(*m_keychain, *m_file, *m_settings);
    const auto loaded = load(restarted);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), Token);
}

void TestTokenVault::fileOnlyAfterConsent_data()
{
    QTest::addColumn<bool>("agreed");
    QTest::addColumn<Place>("place");
    QTest::addColumn<QString>("setting");
    QTest::newRow("user agrees: owner-only file") << true << Place::File << QStringLiteral("file");
    QTest::newRow("user refuses: this session only")
        << false << Place::Memory << QStringLiteral("session");
}

void TestTokenVault::fileOnlyAfterConsent()
{
    QFETCH(bool, agreed);
    QFETCH(Place, place);
    QFETCH(QString, setting);
    m_keychain->setMode(FakeSecretStore::Mode::Unavailable);
    TokenVault vault(*m_keychain, *m_file, *m_settings);
    int asked = 0;
    vault.setConsent([&asked, agreed] {
        ++asked;
        return agreed;
    });
    const auto stored = store(vault);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), place);
    QCOMPARE(asked, 1);
    QCOMPARE(m_settings->value(Settings::Key::SecretFallback).toString(), setting);
    QCOMPARE(QFile::exists(m_file->fileOf(Key)), agreed);

    // Within the session the token is there either way.
    const auto loaded = load(vault);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value(), Token);

    // After a restart only the file kept it.
    TokenVault restarted(*m_keychain, *m_file, *m_settings);
    const auto reloaded = load(restarted);
    QCOMPARE(reloaded.ok(), agreed);
    if (agreed) {
        QCOMPARE(reloaded.value(), Token);
    } else {
        QCOMPARE(reloaded.error().kind, SecretError::Kind::NotFound);
    }
}

void TestTokenVault::consentAskedOnce()
{
    m_keychain->setMode(FakeSecretStore::Mode::Unavailable);
    int asked = 0;
    {
        TokenVault vault(*m_keychain, *m_file, *m_settings);
        vault.setConsent([&asked] {
            ++asked;
            return false;
        });
        QVERIFY(store(vault).ok());
        QVERIFY(store(vault, QStringLiteral("second")).ok());
    }
    TokenVault restarted(*m_keychain, *m_file, *m_settings);
    restarted.setConsent([&asked] {
        ++asked;
        return true;
    });
    const auto stored = store(restarted);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), Place::Memory); // the earlier "no" holds
    QCOMPARE(asked, 1);
    QCOMPARE(restarted.fallback(), TokenVault::Fallback::Session);
    QVERIFY(!QFile::exists(m_file->fileOf(Key)));
}

void TestTokenVault::deniedKeychainIsReported()
{
    m_keychain->setMode(FakeSecretStore::Mode::Denied);
    TokenVault vault(*m_keychain, *m_file, *m_settings);
    int asked = 0;
    vault.setConsent([&asked] {
        ++asked;
        return true;
    });
    const auto stored = store(vault);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().kind, SecretError::Kind::Denied);
    QCOMPARE(asked, 0);
    QVERIFY(!QFile::exists(m_file->fileOf(Key)));
    QCOMPARE(vault.fallback(), TokenVault::Fallback::NotAsked);
}

void TestTokenVault::forgetRemovesEverywhere()
{
    m_keychain->setMode(FakeSecretStore::Mode::Unavailable);
    TokenVault vault(*m_keychain, *m_file, *m_settings);
    vault.setConsent([] { return true; });
    QVERIFY(store(vault).ok());
    QVERIFY(QFile::exists(m_file->fileOf(Key)));

    std::optional<bool> forgotten;
    vault.forget(Key, [&forgotten](Expected<void, SecretError> r) { forgotten = r.ok(); });
    QVERIFY(QTest::qWaitFor([&] { return forgotten.has_value(); }, 5000));
    QVERIFY(*forgotten);
    QVERIFY(!QFile::exists(m_file->fileOf(Key)));
    const auto loaded = load(vault);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, SecretError::Kind::NotFound);
}

void TestTokenVault::fileIsOwnerOnly()
{
    m_keychain->setMode(FakeSecretStore::Mode::Unavailable);
    TokenVault vault(*m_keychain, *m_file, *m_settings);
    vault.setConsent([] { return true; });
    QVERIFY(store(vault).ok());
    const QFileInfo file(m_file->fileOf(Key));
    QCOMPARE(file.permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(!(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup)));
    const QFileInfo folder(file.absolutePath());
    QVERIFY(!(folder.permissions()
              & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther)));
    QFile raw(file.filePath());
    QVERIFY(raw.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(raw.readAll()), Token);
}

void TestTokenVault::keychainAgainMovesTheTokenOutOfTheFile()
{
    m_keychain->setMode(FakeSecretStore::Mode::Unavailable);
    TokenVault vault(*m_keychain, *m_file, *m_settings);
    vault.setConsent([] { return true; });
    QVERIFY(store(vault).ok());
    QVERIFY(QFile::exists(m_file->fileOf(Key)));

    m_keychain->setMode(FakeSecretStore::Mode::Working); // the secret service runs again
    const auto stored = store(vault, QStringLiteral("newer"));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value(), Place::Keychain);
    QVERIFY(!QFile::exists(m_file->fileOf(Key)));
    QCOMPARE(load(vault).value(), QStringLiteral("newer"));
}

QTEST_GUILESS_MAIN(TestTokenVault)
#include "TestTokenVault.moc"
