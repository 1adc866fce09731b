#include "store/SearchKeys.h"

#include <QTest>

using dd::store::SearchKeys;

class TestSearchKeys : public QObject
{
    Q_OBJECT

private slots:
    void keys_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pinyin");
        QTest::addColumn<QString>("idNumber");
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("张三丰: tails, syllables, initials, numbers both ways")
            << QString() << QStringLiteral("张三丰") << QString()
            << QStringLiteral("110105198001010016") << QStringLiteral("13812345678")
            << QStringList{QStringLiteral("张三丰"),
                           QStringLiteral("三丰"),
                           QStringLiteral("丰"),
                           QStringLiteral("zhangsanfeng"),
                           QStringLiteral("sanfeng"),
                           QStringLiteral("feng"),
                           QStringLiteral("zsf"),
                           QStringLiteral("110105198001010016"),
                           QStringLiteral("~610010100891501011"),
                           QStringLiteral("13812345678"),
                           QStringLiteral("~87654321831")};
        QTest::newRow("单田芳: the surname's reading from 姓名拼音 too")
            << QString() << QStringLiteral("单田芳") << QStringLiteral("Shan Tianfang") << QString()
            << QString() << QStringList{QStringLiteral("单田芳"),   QStringLiteral("田芳"),
                                        QStringLiteral("芳"),       QStringLiteral("dantianfang"),
                                        QStringLiteral("tianfang"), QStringLiteral("fang"),
                                        QStringLiteral("dtf"),      QStringLiteral("shantianfang")};
        QTest::newRow("a foreign name, a label, an X in the ID")
            << QStringLiteral("Class 3 · John") << QStringLiteral("John  Smith") << QString()
            << QStringLiteral("11010519900307451x") << QString()
            << QStringList{QStringLiteral("johnsmith"), QStringLiteral("class3john"),
                           QStringLiteral("11010519900307451x"),
                           QStringLiteral("~x15470300991501011")};
        QTest::newRow("nothing at all")
            << QString() << QString() << QString() << QString() << QString() << QStringList();
    }
    void keys()
    {
        QFETCH(QString, label);
        QFETCH(QString, name);
        QFETCH(QString, pinyin);
        QFETCH(QString, idNumber);
        QFETCH(QString, mobile);
        QFETCH(QStringList, expected);
        QCOMPARE(SearchKeys::keysFor({label, name, pinyin, idNumber, mobile}), expected);
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("starts"); // the `from` of each range
        const QString top = QString::fromUcs4(U"\U0010FFFF");
        QTest::newRow("blank") << QStringLiteral("  ") << QStringList();
        QTest::newRow("only the reversal marker") << QStringLiteral("~~") << QStringList();
        QTest::newRow("pinyin, spaces and case folded")
            << QStringLiteral(" Zhang S") << QStringList{QStringLiteral("zhangs")};
        QTest::newRow("a name") << QStringLiteral("三丰") << QStringList{QStringLiteral("三丰")};
        QTest::newRow("three digits: the start only")
            << QStringLiteral("016") << QStringList{QStringLiteral("016")};
        QTest::newRow("four digits: the start and the end")
            << QStringLiteral("0016")
            << QStringList{QStringLiteral("0016"), QStringLiteral("~6100")};
        QTest::newRow("full-width digits")
            << QStringLiteral("１３８１２")
            << QStringList{QStringLiteral("13812"), QStringLiteral("~21831")};
        QTest::newRow("the X of an ID number")
            << QStringLiteral("451X")
            << QStringList{QStringLiteral("451x"), QStringLiteral("~x154")};
    }
    void ranges()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, starts);
        const QList<SearchKeys::Range> ranges = SearchKeys::rangesFor(query);
        QStringList froms;
        for (const SearchKeys::Range &range : ranges) {
            froms.append(range.from);
            // The range holds every key that starts with `from`, and no other.
            QVERIFY(range.from < range.to);
            QVERIFY(range.from + QStringLiteral("zz9") < range.to);
            QVERIFY(range.from + QStringLiteral("龘") < range.to);
            QVERIFY(range.from + QString::fromUcs4(U"\U00020000") < range.to);
        }
        QCOMPARE(froms, starts);
    }

    void sortKeyPutsNamesInPinyinOrder()
    {
        const QString an = SearchKeys::sortKey({{}, QStringLiteral("安娜"), {}, {}, {}});
        const QString bai = SearchKeys::sortKey({{}, QStringLiteral("白雪"), {}, {}, {}});
        const QString zhang = SearchKeys::sortKey({{}, QStringLiteral("张三"), {}, {}, {}});
        const QString labelOnly =
            SearchKeys::sortKey({QStringLiteral("New Applicant"), {}, {}, {}, {}});
        QCOMPARE(zhang, QStringLiteral("zhangsan 张三"));
        QVERIFY(an < bai);
        QVERIFY(bai < zhang);
        QCOMPARE(labelOnly, QStringLiteral("newapplicant"));
    }
};

QTEST_GUILESS_MAIN(TestSearchKeys)
#include "TestSearchKeys.moc"
