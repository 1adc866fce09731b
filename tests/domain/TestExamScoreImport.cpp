#include "domain/ExamScoreImport.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

using Problem = ExamScoreImport::Problem;

namespace {

const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));

ExamScore score(const QString &year, const QString &subject, std::optional<int> value)
{
    ExamScore s;
    s.examYear = year;
    s.examSubject = subject;
    s.score = value;
    return s;
}

} // namespace

class TestExamScoreImport : public QObject
{
    Q_OBJECT

private slots:
    void aGoodFileIsRead()
    {
        // A header, a BOM, CRLF line ends, a quoted name, a blank line, names in both languages.
        const QByteArray csv = "\xEF\xBB\xBF"
                               "年度,科目,成绩\r\n"
                               "2026,en,72\r\n"
                               "\r\n"
                               "2026,\"计算机科学与技术\",68\r\n"
                               "2025 , Japanese , 59\r\n";
        const ExamScoreImport::Result result = ExamScoreImport::parse(csv, s_today);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).message));
        QCOMPARE(result.scores.size(), 3);
        QCOMPARE(result.scores.at(0), score(u"2026"_s, u"en"_s, 72));
        QCOMPARE(result.scores.at(1), score(u"2026"_s, u"0812"_s, 68));
        QCOMPARE(result.scores.at(2), score(u"2025"_s, u"ja"_s, 59));
        QCOMPARE(result.lines, (QList<int>{2, 4, 5}));
    }

    void withoutAHeaderTheFirstLineIsAScore()
    {
        const ExamScoreImport::Result result =
            ExamScoreImport::parse("2024,0812,61\n2024,英语,55", s_today);
        QVERIFY(result.ok());
        QCOMPARE(result.scores.size(), 2);
        QCOMPARE(result.scores.at(1), score(u"2024"_s, u"en"_s, 55));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("mentions"); // a part of the message

        QTest::newRow("year not a year")
            << QByteArray("2026,en,72\n26,en,70\n") << 2 << 1 << Field::label(Field::ExamYear);
        QTest::newRow("year far ahead") << QByteArray("2029,en,72\n") << 1 << 1 << u"2029"_s;
        QTest::newRow("unknown subject")
            << QByteArray("year,subject,score\n2026,Klingon,72\n") << 2 << 2 << u"Klingon"_s;
        QTest::newRow("empty subject") << QByteArray("2026,,72\n") << 1 << 2 << QString();
        QTest::newRow("score not a number") << QByteArray("2026,en,7a\n") << 1 << 3 << u"7a"_s;
        QTest::newRow("score with decimals") << QByteArray("2026,en,72.5\n") << 1 << 3 << u"72.5"_s;
        QTest::newRow("score above 100") << QByteArray("2026,en,101\n") << 1 << 3 << u"101"_s;
        QTest::newRow("score missing") << QByteArray("2026,en,\n") << 1 << 3 << QString();
        QTest::newRow("too many fields") << QByteArray("2026,en,72,pass\n") << 1 << 0 << u"4"_s;
        QTest::newRow("too few fields") << QByteArray("2026,en 72\n") << 1 << 0 << u"2"_s;
        QTest::newRow("quote not closed") << QByteArray("2026,\"en,72\n") << 1 << 2 << QString();
        QTest::newRow("text after a quote")
            << QByteArray("2026,\"en\"x,72\n") << 1 << 2 << QString();
        QTest::newRow("stray quote") << QByteArray("2026,e\"n,72\n") << 1 << 2 << QString();
        QTest::newRow("not UTF-8")
            << QByteArray("2026,en,72\n2026,\xd3\xa2\xd3\xef,70\n") << 2 << 0 << u"UTF-8"_s;
        QTest::newRow("same paper twice")
            << QByteArray("2026,en,72\n2026,英语,75\n") << 2 << 2 << u"1"_s;
        QTest::newRow("no scores at all")
            << QByteArray("year,subject,score\n\n") << 0 << 0 << QString();
    }

    void badInput()
    {
        QFETCH(QByteArray, csv);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, mentions);
        const ExamScoreImport::Result result = ExamScoreImport::parse(csv, s_today);
        QVERIFY(!result.ok());
        QVERIFY2(result.scores.isEmpty(), "a file with a bad line imports nothing");
        QCOMPARE(result.problems.size(), 1);
        const Problem &problem = result.problems.first();
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
        if (line > 0) {
            QVERIFY2(problem.message.contains(u"Line %1"_s.arg(line)), qPrintable(problem.message));
        }
        if (column > 0) {
            QVERIFY2(problem.message.contains(u"column %1"_s.arg(column)),
                     qPrintable(problem.message));
        }
        QVERIFY2(problem.message.contains(mentions), qPrintable(problem.message));
    }

    void everyBadLineIsTold()
    {
        const ExamScoreImport::Result result =
            ExamScoreImport::parse("2026,en,72\n2026,xx,70\n2026,ja,abc\n2026,fr,80\n", s_today);
        QCOMPARE(result.problems.size(), 2);
        QCOMPARE(result.problems.at(0).line, 2);
        QCOMPARE(result.problems.at(1).line, 3);
        QVERIFY(result.scores.isEmpty());
    }

    void scoreText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("value"); // -1: no score
        QTest::newRow("empty: not published") << QString() << true << -1;
        QTest::newRow("spaces only") << u"  "_s << true << -1;
        QTest::newRow("a number") << u"72"_s << true << 72;
        QTest::newRow("trimmed") << u" 60 "_s << true << 60;
        QTest::newRow("out of range is for the validator") << u"150"_s << true << 150;
        QTest::newRow("sign") << u"+5"_s << false << -1;
        QTest::newRow("negative") << u"-5"_s << false << -1;
        QTest::newRow("full-width digits") << u"７２"_s << false << -1;
        QTest::newRow("decimal") << u"59.5"_s << false << -1;
    }

    void scoreText()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(int, value);
        Finding problem;
        std::optional<int> read = 1000; // left as it is when the text is not a number
        QCOMPARE(ExamScoreImport::scoreFromText(text, &read, &problem), ok);
        if (ok) {
            QCOMPARE(read.value_or(-1), value);
        } else {
            QCOMPARE(read, std::optional<int>(1000));
            QCOMPARE(problem.field, Field::Score);
            QCOMPARE(problem.rule, u"exam.scoreNotNumber"_s);
            QVERIFY(problem.message.contains(text.trimmed()));
        }
    }

    void mergeReplacesTheSamePaperOfTheSameYear()
    {
        const QList<ExamScore> existing = {score(u"2025"_s, u"en"_s, 55),
                                           score(u"2026"_s, u"en"_s, {}),
                                           score(u"2026"_s, u"0812"_s, 68)};
        const QList<ExamScore> imported = {score(u"2026"_s, u"en"_s, 72),
                                           score(u"2026"_s, u"0812"_s, 68),
                                           score(u"2024"_s, u"ja"_s, 61)};
        const ExamScoreImport::Merge merge = ExamScoreImport::merge(existing, imported);
        QCOMPARE(merge.updates.size(), 1);
        QCOMPARE(merge.updates.first().first, 1);
        QCOMPARE(merge.updates.first().second, score(u"2026"_s, u"en"_s, 72));
        QCOMPARE(merge.additions, QList<ExamScore>{score(u"2024"_s, u"ja"_s, 61)});
    }
};

QTEST_GUILESS_MAIN(TestExamScoreImport)
#include "TestExamScoreImport.moc"
