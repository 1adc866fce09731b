#include "store/SqlSupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using dd::store::sql::placeholderCount;
using dd::store::sql::run;
using dd::store::sql::setBoundValues;
using dd::store::sql::utf8;

// sql::setBoundValues sets a prepared statement's values through QSqlResult's driver-side list
// instead of QSqlQuery::addBindValue (app/store/SqlSupport.h). This checks what that relies on
// in the Qt it is built with: Qt's SQLite driver binds that list at exec(), every type the store
// binds arrives as it was set, a statement run again takes the new values, and a wrong count
// is refused before the driver sees it (more values than placeholders crash Qt 6.4's driver).
class TestSqlSupport : public QObject
{
    Q_OBJECT

    QSqlDatabase m_db;

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("sqlsupport"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY2(m_db.open(), qPrintable(m_db.lastError().text()));
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("sqlsupport"));
    }

    void valuesArriveAsSet()
    {
        QSqlQuery query(m_db);
        QVERIFY(
            query.prepare(QStringLiteral("SELECT ?, typeof(?), CAST(? AS TEXT), ?, typeof(?), ?")));
        const QByteArray utf8 = QStringLiteral("王小明 ü").toUtf8();
        QVERIFY(setBoundValues(query,
                               {qint64(9007199254740993), QVariant(QMetaType::fromType<QString>()),
                                utf8, QStringLiteral("文本"), 2.5, QByteArray("\x00\x01", 2)}));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), qint64(9007199254740993));
        QCOMPARE(query.value(1).toString(), QStringLiteral("null"));
        QCOMPARE(query.value(2).toString(), QStringLiteral("王小明 ü"));
        QCOMPARE(query.value(3).toString(), QStringLiteral("文本"));
        QCOMPARE(query.value(4).toString(), QStringLiteral("real"));
        QCOMPARE(query.value(5).toByteArray(), QByteArray("\x00\x01", 2));
    }

    void aStatementRunAgainTakesTheNewValues()
    {
        QSqlQuery query(m_db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (a INTEGER, b TEXT)")));
        QVERIFY(query.prepare(QStringLiteral("INSERT INTO t (a, b) VALUES (?, ?), (?, ?)")));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(run(query, {i, QString::number(i), i + 10, QString::number(i + 10)},
                        QStringLiteral("insert")));
        }
        // addBindValue and boundValues on one statement: the last values set are the ones used.
        query.addBindValue(100);
        query.addBindValue(QStringLiteral("100"));
        query.addBindValue(101);
        query.addBindValue(QStringLiteral("101"));
        QVERIFY(query.exec());
        QVERIFY(setBoundValues(query, {200, QStringLiteral("200"), 201, QStringLiteral("201")}));
        QVERIFY(query.exec());

        QVERIFY(query.exec(QStringLiteral("SELECT group_concat(a || ':' || b, ' ') FROM "
                                          "(SELECT a, b FROM t ORDER BY a)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(),
                 QStringLiteral("0:0 1:1 2:2 10:10 11:11 12:12 100:100 101:101 200:200 201:201"));
    }

    void aWrongCountIsRefused()
    {
        QSqlQuery query(m_db);
        QVERIFY(query.prepare(QStringLiteral("SELECT ?, ?")));
        QVERIFY(!setBoundValues(query, {1}));
        QVERIFY(!setBoundValues(query, {1, 2, 3}));
        const auto failed = run(query, {1, 2, 3}, QStringLiteral("select"));
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, dd::store::StoreError::Code::InvalidData);
        QVERIFY(failed.error().detail.startsWith(QStringLiteral("3 values for: SELECT ?, ?")));
        QVERIFY(setBoundValues(query, {1, 2}));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toInt(), 2);

        // A count the caller gives (a statement it made of parts) is held against the values.
        QVERIFY(!setBoundValues(query, {1, 2}, 3));
        QVERIFY(!run(query, {1}, QStringLiteral("select"), 2).ok());
        QVERIFY(setBoundValues(query, {7, 8}, 2));
        QVERIFY(query.exec() && query.next());
        QCOMPARE(query.value(0).toInt(), 7);
    }

    void placeholdersInQuotesDoNotCount_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qsizetype>("count");
        QTest::newRow("none") << QStringLiteral("SELECT 1") << qsizetype(0);
        QTest::newRow("rows") << QStringLiteral("INSERT INTO t VALUES (?, ?), (?, ?)")
                              << qsizetype(4);
        QTest::newRow("in a text")
            << QStringLiteral("SELECT '?', ? WHERE a = 'it''s ?'") << qsizetype(1);
        QTest::newRow("in a name")
            << QStringLiteral("SELECT \"a?\" FROM t WHERE b = ?") << qsizetype(1);
        QTest::newRow("cast") << QStringLiteral("VALUES (CAST(? AS TEXT), ?)") << qsizetype(2);
    }

    void placeholdersInQuotesDoNotCount()
    {
        QFETCH(QString, sql);
        QFETCH(qsizetype, count);
        QCOMPARE(placeholderCount(sql), count);
    }

    // Text bound as UTF-8: the bytes QString::toUtf8 makes of text, U+FFFD for a surrogate
    // that has no partner (toUtf8 alone writes '?').
    void utf8ReplacesOnlyLoneSurrogates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("expected");
        const QString pair = QString::fromUcs4(U"\U0001F600");
        const QByteArray replacement = QByteArrayLiteral("\xEF\xBF\xBD");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("text") << QStringLiteral("张三 Zhang é")
                              << QStringLiteral("张三 Zhang é").toUtf8();
        QTest::newRow("pair") << (QStringLiteral("a") + pair + QStringLiteral("b"))
                              << QByteArray("a\xF0\x9F\x98\x80"
                                            "b");
        QTest::newRow("high at the end")
            << (QStringLiteral("a") + QChar(0xD800)) << (QByteArray("a") + replacement);
        QTest::newRow("low alone") << (QStringLiteral("a") + QChar(0xDC00) + QStringLiteral("b"))
                                   << (QByteArray("a") + replacement + QByteArray("b"));
        QTest::newRow("two highs, then a pair")
            << (QString(QChar(0xD83D)) + pair) << (replacement + QByteArray("\xF0\x9F\x98\x80"));
        QTest::newRow("low before high")
            << (QString(QChar(0xDE00)) + QChar(0xD83D)) << (replacement + replacement);
    }

    void utf8ReplacesOnlyLoneSurrogates()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, expected);
        QCOMPARE(utf8(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestSqlSupport)
#include "TestSqlSupport.moc"
