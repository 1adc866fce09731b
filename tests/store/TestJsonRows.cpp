#include "store/JsonRows.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using dd::store::JsonRows;

// JsonRows writes the rows of bulk statements: each text must come back from SQLite's
// json_each / json_extract exactly as it went in (a lone surrogate as U+FFFD), whichever way it
// was written: add(), addUtf8(), or made apart with appendString / appendUtf8String and put in
// with addJson().
class TestJsonRows : public QObject
{
    Q_OBJECT

    QSqlDatabase m_db;

    // The texts of column 0 and 1 of each row, and the number in column 2, as SQLite reads them.
    QList<std::tuple<QString, QString, qint64>> readBack(const JsonRows &rows)
    {
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral(
                "SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
                "json_extract(value, '$[2]') FROM json_each(CAST(? AS TEXT)) ORDER BY key"))) {
            qWarning() << query.lastError().text();
            return {};
        }
        query.addBindValue(rows.text());
        if (!query.exec()) {
            qWarning() << query.lastError().text();
            return {};
        }
        QList<std::tuple<QString, QString, qint64>> out;
        while (query.next()) {
            out.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).toLongLong()});
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("jsonrows"));
        m_db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(m_db.open());
    }

    void cleanupTestCase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("jsonrows"));
    }

    void textComesBackExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto same = [](const char *name, const QString &text) {
            QTest::newRow(name) << text << text;
        };
        same("empty", QString());
        same("ascii", QStringLiteral("zhang san 110101199003071234"));
        same("quotes and backslashes", QStringLiteral(R"(a "quoted" \ back\\slash \u0041)"));
        same("controls", QString::fromUtf8("tab\there\nline\rcr\x01\x1f end"));
        same("delete character", QString::fromUtf8("a\x7f"
                                                   "b"));
        same("chinese", QStringLiteral(u"张三 北京市海淀区中关村南大街5号"));
        same("two-byte UTF-8", QStringLiteral(u"Zoë Ångström ©"));
        same("outside the BMP", QStringLiteral(u"𠀀𪚥 😀"));
        same("long run then escape", QString(300, u'x') + QStringLiteral(u"\"") + QString(5, u'y'));
        QTest::newRow("lone high surrogate") << (QStringLiteral(u"a") + QChar(0xD800) + u'b')
                                             << (QStringLiteral(u"a") + QChar(0xFFFD) + u'b');
        QTest::newRow("lone low surrogate at the end")
            << (QStringLiteral(u"a") + QChar(0xDC00)) << (QStringLiteral(u"a") + QChar(0xFFFD));
    }

    void textComesBackExactly()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QByteArray utf8 = expected.toUtf8();

        QByteArray apart;
        JsonRows::appendString(&apart, text);
        QByteArray apartUtf8;
        JsonRows::appendUtf8String(&apartUtf8, utf8);
        // Both ways of writing the same text write the same JSON.
        QCOMPARE(apartUtf8, apart);

        JsonRows rows;
        rows.row().add(text).addUtf8(utf8).add(7);
        rows.row().addJson(apart).addJson(apartUtf8).add(-8);
        rows.row().addJson(QByteArray(apart).append(',').append(apartUtf8)).add(qint64(1) << 40);
        const auto back = readBack(rows);
        QCOMPARE(back.size(), 3);
        QCOMPARE(rows.size(), 3);
        for (const auto &[first, second, number] : back) {
            QCOMPARE(first, expected);
            QCOMPARE(second, expected);
            Q_UNUSED(number);
        }
        QCOMPARE(std::get<2>(back.at(0)), 7);
        QCOMPARE(std::get<2>(back.at(1)), -8);
        QCOMPARE(std::get<2>(back.at(2)), qint64(1) << 40);
    }

    void noRowsIsAnEmptyArray()
    {
        const JsonRows rows;
        QVERIFY(rows.isEmpty());
        QCOMPARE(rows.text(), QByteArray("[]"));
        QVERIFY(readBack(rows).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJsonRows)
#include "TestJsonRows.moc"
