#include "Idempotency.h"
#include "ServerDatabase.h"

#include "support/ManualClock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::server;

// Idempotency-Key: what makes two requests the same, and the answers kept for 7 days.
class TestIdempotency : public QObject
{
    Q_OBJECT

private:
    dd::test::ManualClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<ServerDatabase> m_database;
    QString m_account;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = std::make_unique<ServerDatabase>(m_clock);
        ServerDatabase::Location location;
        location.path = m_dir.filePath(QStringLiteral("server.sqlite"));
        QCOMPARE(m_database->open(location), QString());
        m_account = QStringLiteral("00000000-0000-4000-8000-000000000001");
        QVERIFY(m_database->exec(
            QStringLiteral(
                "INSERT INTO accounts (id, user_name, user_name_folded, password_hash, email, "
                "email_folded, mobile, name, registration, role, created_at) VALUES ('%1', 'u', "
                "'u', "
                "'h', 'e', 'e', 'm', 'n', '{}', 'applicant', 'now')")
                .arg(m_account)));
    }

    void keys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("valid");
        QTest::newRow("uuid") << "6f1c1c2e-8d0b-4c3a-9a53-2a9f4cf0b0a1" << true;
        QTest::newRow("upper case") << "6F1C1C2E-8D0B-4C3A-9A53-2A9F4CF0B0A1" << true;
        QTest::newRow("braces") << "{6f1c1c2e-8d0b-4c3a-9a53-2a9f4cf0b0a1}" << true;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("word") << "retry-1" << false;
        QTest::newRow("short") << "6f1c1c2e-8d0b-4c3a-9a53" << false;
        QTest::newRow("long") << "6f1c1c2e-8d0b-4c3a-9a53-2a9f4cf0b0a1-extra" << false;
    }
    void keys()
    {
        QFETCH(QString, key);
        QFETCH(bool, valid);
        QCOMPARE(Idempotency::isValidKey(key), valid);
        if (valid) {
            QCOMPARE(Idempotency::normalizedKey(key),
                     QStringLiteral("6f1c1c2e-8d0b-4c3a-9a53-2a9f4cf0b0a1"));
        }
    }

    void digest()
    {
        const QString path = QStringLiteral("/api/v1/records/x");
        const QString base = Idempotency::digest("PUT", path, "\"1\"", "{\"a\":1}");
        QCOMPARE(base.size(), 64);
        QCOMPARE(Idempotency::digest("put", path, " \"1\" ", "{\"a\":1}"), base);
        QVERIFY(Idempotency::digest("POST", path, "\"1\"", "{\"a\":1}") != base);
        QVERIFY(Idempotency::digest("PUT", path + u'y', "\"1\"", "{\"a\":1}") != base);
        QVERIFY(Idempotency::digest("PUT", path, "\"2\"", "{\"a\":1}") != base);
        QVERIFY(Idempotency::digest("PUT", path, "\"1\"", "{\"a\":2}") != base);
        // Parts do not run into each other.
        QVERIFY(Idempotency::digest("PUT", path, "\"1\"", "")
                != Idempotency::digest("PUT", path, "", "\"1\""));
    }

    void storeFindPurge()
    {
        Idempotency keys(*m_database);
        const QString key = QStringLiteral("6F1C1C2E-8D0B-4C3A-9A53-2A9F4CF0B0A1");
        auto found = keys.find(m_account, key);
        QVERIFY(found);
        QVERIFY(!found.value());
        QVERIFY(keys.store(m_account, key, {QStringLiteral("d1"), 201, "{\"ok\":true}"}));
        // Found under any spelling of the key.
        found = keys.find(m_account, key.toLower());
        QVERIFY(found && found.value());
        QCOMPARE(found.value()->digest, QStringLiteral("d1"));
        QCOMPARE(found.value()->status, 201);
        QCOMPARE(found.value()->body, QByteArray("{\"ok\":true}"));
        // Another account's keys are apart.
        QVERIFY(keys.find(QStringLiteral("someone-else"), key).value() == std::nullopt);

        // After 7 days it is gone: not found, then purged.
        m_clock.advanceDays(Idempotency::KeptDays);
        m_clock.advanceSeconds(1);
        QVERIFY(keys.find(m_account, key).value() == std::nullopt);
        const auto purged = keys.purge(m_clock.now().addDays(-Idempotency::KeptDays));
        QVERIFY(purged);
        QCOMPARE(purged.value(), 1);
        QCOMPARE(keys.purge(m_clock.now()).value(), 0);
        // The key can be used again.
        QVERIFY(keys.store(m_account, key, {QStringLiteral("d2"), 200, "{}"}));
        QCOMPARE(keys.find(m_account, key).value()->digest, QStringLiteral("d2"));
    }
};

QTEST_GUILESS_MAIN(TestIdempotency)
#include "TestIdempotency.moc"
