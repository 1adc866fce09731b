#include "domain/Field.h"

#include <QSet>
#include <QTest>

using namespace dd::domain;

class TestField : public QObject
{
    Q_OBJECT

private slots:
    void labels_data();
    void labels();
    void everyKnownKeyHasALabel();
    void keysAreUnique();
    void rowKeys();
};

void TestField::labels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("label");
    QTest::newRow("id number") << Field::IdNumber << QStringLiteral("ID number");
    QTest::newRow("postal code") << Field::PostalCode << QStringLiteral("Postal code");
    QTest::newRow("resume row") << QStringLiteral("resume[2].end")
                                << QStringLiteral("Personal history, row 3: End month");
    QTest::newRow("resume row without column")
        << QStringLiteral("resume[0]") << QStringLiteral("Personal history, row 1");
    QTest::newRow("unknown key comes back")
        << QStringLiteral("noSuchField") << QStringLiteral("noSuchField");
}

void TestField::labels()
{
    QFETCH(QString, key);
    QFETCH(QString, label);
    QCOMPARE(Field::label(key), label);
}

void TestField::everyKnownKeyHasALabel()
{
    const QStringList keys = Field::knownKeys();
    QVERIFY(keys.size() > 60);
    for (const QString &key : keys) {
        QVERIFY2(Field::label(key) != key, qPrintable(key));
    }
}

void TestField::keysAreUnique()
{
    const QStringList keys = Field::knownKeys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), keys.size());
}

void TestField::rowKeys()
{
    QCOMPARE(Field::rowKey(Field::Resume, 4, Field::ResumeStart),
             QStringLiteral("resume[4].start"));
    QCOMPARE(Field::rowKey(Field::Resume, 0, {}), QStringLiteral("resume[0]"));
}

QTEST_GUILESS_MAIN(TestField)
#include "TestField.moc"
