#include "photo/BatchReport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::photo;
using Verdict = BatchReport::Verdict;

class TestBatchReport : public QObject
{
    Q_OBJECT

private slots:
    void verdictFollowsTheExitCode()
    {
        PhotoReport compliant;
        compliant.findings.append(PhotoFinding{QStringLiteral("photo.size"),
                                               PhotoFinding::Severity::Pass,
                                               QStringLiteral("ok"),
                                               std::nullopt,
                                               std::nullopt,
                                               std::nullopt,
                                               {}});
        QCOMPARE(BatchReport::verdictOf(compliant), Verdict::Compliant);

        PhotoReport notCompliant = compliant;
        notCompliant.findings.append(PhotoFinding{QStringLiteral("photo.background"),
                                                  PhotoFinding::Severity::Error,
                                                  QStringLiteral("not blue"),
                                                  std::nullopt,
                                                  std::nullopt,
                                                  std::nullopt,
                                                  {}});
        QCOMPARE(BatchReport::verdictOf(notCompliant), Verdict::NotCompliant);
        QCOMPARE(BatchReport::verdictOf(BatchReport::unreadable(QStringLiteral("gone"))),
                 Verdict::Unusable);
        QCOMPARE(BatchReport::unreadable(QStringLiteral("gone")).errorMessages(),
                 QStringList{QStringLiteral("gone")});
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("王磊.jpg") << QStringLiteral("王磊.jpg");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("empty") << QString() << QString();
    }

    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(BatchReport::csvField(text), field);
    }

    void csvHasTheHeaderAndOneLinePerRow()
    {
        const QList<BatchReport::Row> rows{
            {QStringLiteral("a.jpg"), Verdict::Fixed, QStringLiteral("王磊"), 88, 123456, {}},
            {QStringLiteral("b.jpg"), Verdict::Compliant, QString(), 0, 40000, {}},
            {QStringLiteral("c, d.jpg"),
             Verdict::NotCompliant,
             QString(),
             0,
             0,
             {QStringLiteral("The background is not blue."), QStringLiteral("Head too small.")}},
            {QStringLiteral("e.jpg"), Verdict::Unusable, QString(), 0, 0, {QStringLiteral("x")}},
            {QStringLiteral("f.jpg"), Verdict::Cancelled, QString(), 0, 0, {}},
        };
        const QByteArray file = BatchReport::csvFile(rows);
        QVERIFY(file.startsWith("\xEF\xBB\xBF"));
        QCOMPARE(file.mid(3), BatchReport::csv(rows).toUtf8());
        const QString csv = BatchReport::csv(rows);
        QVERIFY(csv.endsWith(u'\n'));
        const QStringList lines = csv.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("file,result,output,quality,bytes,problems"),
                              QStringLiteral("a.jpg,fixed,王磊,88,123456,"),
                              QStringLiteral("b.jpg,compliant,,,40000,"),
                              QStringLiteral("\"c, d.jpg\",not compliant,,,,The background is not "
                                             "blue. Head too small."),
                              QStringLiteral("e.jpg,unusable,,,,x"),
                              QStringLiteral("f.jpg,cancelled,,,,")}));
    }

    void readsAndWritesFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QString problem;
        QVERIFY(BatchReport::writeFile(path, "file\n", &problem));
        QVERIFY(problem.isEmpty());
        PhotoReport unread;
        QCOMPARE(BatchReport::readFile(path, &unread), std::optional<QByteArray>("file\n"));

        const QString missing = dir.filePath(QStringLiteral("missing.jpg"));
        QVERIFY(!BatchReport::readFile(missing, &unread));
        QCOMPARE(unread.exitCode(), 2);
        QVERIFY(unread.errorMessages().first().contains(missing));

        QVERIFY(!BatchReport::writeFile(dir.filePath(QStringLiteral("no/such/folder/x.csv")), "x",
                                        &problem));
        QVERIFY(problem.contains(QStringLiteral("x.csv")));
    }
};

QTEST_GUILESS_MAIN(TestBatchReport)
#include "TestBatchReport.moc"
