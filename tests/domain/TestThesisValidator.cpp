#include "domain/ThesisValidator.h"

#include "domain/Field.h"

#include "support/RecordChanges.h"

#include <QJsonObject>
#include <QTest>

using namespace dd::domain;
using dd::test::withChanges;
using namespace Qt::StringLiterals;

namespace {

const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));

// A computer-science thesis written from March 2025 to October 2026, defended in December.
Thesis validThesis()
{
    Thesis t;
    t.thesisTitle = u"基于深度学习的城市轨道交通短时客流预测研究"_s;
    t.thesisTitleEn =
        u"Research on Short-term Passenger Flow Forecasting of Urban Rail Transit Based on Deep Learning"_s;
    t.keywords = u"深度学习,客流预测,城市轨道交通,时间序列"_s;
    t.thesisType = u"2"_s;
    t.thesisSource = u"90"_s;
    t.wordCount = u"3.5"_s;
    t.thesisStart = u"202503"_s;
    t.thesisEnd = u"202610"_s;
    t.secrecy = u"0"_s;
    t.researchDirection = u"智能交通"_s;
    t.supervisorName = u"李明"_s;
    t.supervisorTitle = u"教授"_s;
    t.supervisorEmployer = u"北京大学信息科学技术学院"_s;
    t.defenseDate = u"20261220"_s;
    return t;
}

// All tests passed in May 2026; the defence asked for in December.
DefenseRequest validRequest()
{
    DefenseRequest r;
    r.coursesPassedMonth = u"202605"_s;
    r.thesisTitle = u"基于深度学习的城市轨道交通短时客流预测研究"_s;
    r.supervisorName = u"李明"_s;
    r.defenseDate = u"20261215"_s;
    return r;
}

} // namespace

class TestThesisValidator : public QObject
{
    Q_OBJECT

private slots:
    void validRecordsHaveNoFindings();
    void thesisMistakes_data();
    void thesisMistakes();
    void keywordSeparators_data();
    void keywordSeparators();
    void defenseMistakes_data();
    void defenseMistakes();
    void splitKeywords_data();
    void splitKeywords();
};

void TestThesisValidator::validRecordsHaveNoFindings()
{
    QCOMPARE(ruleCodes(ThesisValidator::validate(validThesis(), s_today)), QStringList());
    QCOMPARE(ruleCodes(ThesisValidator::validate(validRequest(), s_today)), QStringList());
}

void TestThesisValidator::thesisMistakes_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("fields");

    const QStringList none;
    const QString required = u"required"_s;
    const QString unknownCode = u"catalog.unknownCode"_s;

    // Every required field missing, once.
    QTest::newRow("title missing") << QJsonObject{{Field::ThesisTitle, u""_s}}
                                   << QStringList{required} << QStringList{Field::ThesisTitle};
    QTest::newRow("keywords missing") << QJsonObject{{Field::Keywords, u""_s}}
                                      << QStringList{required} << QStringList{Field::Keywords};
    QTest::newRow("thesis type missing") << QJsonObject{{Field::ThesisType, u""_s}}
                                         << QStringList{required} << QStringList{Field::ThesisType};
    QTest::newRow("source of the topic missing")
        << QJsonObject{{Field::ThesisSource, u""_s}} << QStringList{required}
        << QStringList{Field::ThesisSource};
    QTest::newRow("length missing") << QJsonObject{{Field::WordCount, u""_s}}
                                    << QStringList{required} << QStringList{Field::WordCount};
    QTest::newRow("start missing") << QJsonObject{{Field::ThesisStart, u""_s}}
                                   << QStringList{required} << QStringList{Field::ThesisStart};
    QTest::newRow("end missing") << QJsonObject{{Field::ThesisEnd, u""_s}} << QStringList{required}
                                 << QStringList{Field::ThesisEnd};
    QTest::newRow("classification missing") << QJsonObject{{Field::Secrecy, u""_s}}
                                            << QStringList{required} << QStringList{Field::Secrecy};
    QTest::newRow("supervisor missing")
        << QJsonObject{{Field::SupervisorName, u""_s}} << QStringList{required}
        << QStringList{Field::SupervisorName};
    QTest::newRow("optional fields empty") << QJsonObject{{Field::ThesisTitleEn, u""_s},
                                                          {Field::ResearchDirection, u""_s},
                                                          {Field::SupervisorTitle, u""_s},
                                                          {Field::SupervisorEmployer, u""_s},
                                                          {Field::DefenseDate, u""_s}}
                                           << none << none;

    // Titles and keywords.
    QTest::newRow("title of 201 characters")
        << QJsonObject{{Field::ThesisTitle, QString(201, u'论')}} << QStringList{u"text.tooLong"_s}
        << QStringList{Field::ThesisTitle};
    QTest::newRow("English title in Chinese")
        << QJsonObject{{Field::ThesisTitleEn, u"基于深度学习的客流预测"_s}}
        << QStringList{u"thesis.titleEn"_s} << QStringList{Field::ThesisTitleEn};
    QTest::newRow("three keywords")
        << QJsonObject{{Field::Keywords, u"深度学习,客流预测,轨道交通"_s}} << none << none;
    QTest::newRow("five keywords")
        << QJsonObject{{Field::Keywords, u"深度学习,客流预测,轨道交通,时间序列,注意力机制"_s}}
        << none << none;
    QTest::newRow("two keywords") << QJsonObject{{Field::Keywords, u"深度学习,客流预测"_s}}
                                  << QStringList{u"thesis.keywordCount"_s}
                                  << QStringList{Field::Keywords};
    QTest::newRow("six keywords")
        << QJsonObject{{Field::Keywords, u"深度学习,客流预测,轨道交通,时间序列,注意力机制,LSTM"_s}}
        << QStringList{u"thesis.keywordCount"_s} << QStringList{Field::Keywords};
    QTest::newRow("keywords separated by spaces only")
        << QJsonObject{{Field::Keywords, u"深度学习 客流预测 轨道交通"_s}}
        << QStringList{u"thesis.keywordCount"_s} << QStringList{Field::Keywords};

    // Catalogs.
    QTest::newRow("unknown thesis type")
        << QJsonObject{{Field::ThesisType, u"5"_s}} << QStringList{unknownCode}
        << QStringList{Field::ThesisType};
    QTest::newRow("source by name") << QJsonObject{{Field::ThesisSource, u"非立项"_s}}
                                    << QStringList{unknownCode} << QStringList{Field::ThesisSource};
    QTest::newRow("unknown classification")
        << QJsonObject{{Field::Secrecy, u"4"_s}} << QStringList{unknownCode}
        << QStringList{Field::Secrecy};

    // Length in 万字.
    QTest::newRow("length of 5 (50,000 characters)")
        << QJsonObject{{Field::WordCount, u"5"_s}} << none << none;
    QTest::newRow("length in characters instead of 万字")
        << QJsonObject{{Field::WordCount, u"35000"_s}} << QStringList{u"thesis.wordCount"_s}
        << QStringList{Field::WordCount};
    QTest::newRow("length in words")
        << QJsonObject{{Field::WordCount, u"三万五千"_s}} << QStringList{u"thesis.wordCount"_s}
        << QStringList{Field::WordCount};
    QTest::newRow("length with unit")
        << QJsonObject{{Field::WordCount, u"3.5万"_s}} << QStringList{u"thesis.wordCount"_s}
        << QStringList{Field::WordCount};
    QTest::newRow("length not a number")
        << QJsonObject{{Field::WordCount, u"nan"_s}} << QStringList{u"thesis.wordCount"_s}
        << QStringList{Field::WordCount};
    QTest::newRow("length zero") << QJsonObject{{Field::WordCount, u"0"_s}}
                                 << QStringList{u"thesis.wordCount"_s}
                                 << QStringList{Field::WordCount};

    // Dates.
    QTest::newRow("full dates in order")
        << QJsonObject{{Field::ThesisStart, u"20250310"_s}, {Field::ThesisEnd, u"20261015"_s}}
        << none << none;
    QTest::newRow("date and month mixed in order")
        << QJsonObject{{Field::ThesisStart, u"20250310"_s}, {Field::ThesisEnd, u"202610"_s}} << none
        << none;
    QTest::newRow("end before start")
        << QJsonObject{{Field::ThesisStart, u"202610"_s}, {Field::ThesisEnd, u"202503"_s}}
        << QStringList{u"thesis.endBeforeStart"_s} << QStringList{Field::ThesisEnd};
    QTest::newRow("end a few days before start in the same month")
        << QJsonObject{{Field::ThesisStart, u"20250320"_s}, {Field::ThesisEnd, u"20250310"_s}}
        << QStringList{u"thesis.endBeforeStart"_s} << QStringList{Field::ThesisEnd};
    QTest::newRow("start and end the same day")
        << QJsonObject{{Field::ThesisStart, u"20250310"_s}, {Field::ThesisEnd, u"20250310"_s}}
        << none << none;
    QTest::newRow("end planned next year")
        << QJsonObject{{Field::ThesisEnd, u"202703"_s}} << none << none;
    QTest::newRow("start in the future")
        << QJsonObject{{Field::ThesisStart, u"202612"_s}, {Field::ThesisEnd, u"202706"_s}}
        << QStringList{u"month.future"_s} << QStringList{Field::ThesisStart};
    QTest::newRow("start with a slash")
        << QJsonObject{{Field::ThesisStart, u"2025/03"_s}} << QStringList{u"date.format"_s}
        << QStringList{Field::ThesisStart};
    QTest::newRow("defence on 31 November")
        << QJsonObject{{Field::DefenseDate, u"20261131"_s}} << QStringList{u"date.invalid"_s}
        << QStringList{Field::DefenseDate};

    // Supervisor.
    QTest::newRow("supervisor with a title in the name")
        << QJsonObject{{Field::SupervisorName, u"李明教授1"_s}} << QStringList{u"name.characters"_s}
        << QStringList{Field::SupervisorName};
    QTest::newRow("foreign supervisor")
        << QJsonObject{{Field::SupervisorName, u"John Smith"_s}} << none << none;
    QTest::newRow("supervisor's institution of 101 characters")
        << QJsonObject{{Field::SupervisorEmployer, QString(101, u'院')}}
        << QStringList{u"text.tooLong"_s} << QStringList{Field::SupervisorEmployer};
}

void TestThesisValidator::thesisMistakes()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, fields);

    QString problem;
    const Thesis thesis = withChanges(validThesis(), changes, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Findings findings = ThesisValidator::validate(thesis, s_today);
    const Findings errorFindings = errorsOnly(findings);
    QCOMPARE(ruleCodes(errorFindings), errors);
    QCOMPARE(fieldKeys(errorFindings), fields);
    QCOMPARE(warningsOnly(findings).size(), 0);
    for (const Finding &f : errorFindings) {
        QVERIFY(f.message.contains(Field::label(f.field)));
    }
}

void TestThesisValidator::keywordSeparators_data()
{
    QTest::addColumn<QString>("keywords");
    QTest::addColumn<QString>("entered"); // the detail of the separator info; empty: no info

    QTest::newRow("English commas") << u"深度学习,客流预测,轨道交通"_s << QString();
    QTest::newRow("English commas and spaces") << u"深度学习, 客流预测 , 轨道交通"_s << QString();
    QTest::newRow("Chinese commas")
        << u"深度学习，客流预测，轨道交通"_s << u"深度学习,客流预测,轨道交通"_s;
    QTest::newRow("semicolons") << u"深度学习；客流预测;轨道交通"_s
                                << u"深度学习,客流预测,轨道交通"_s;
    QTest::newRow("enumeration commas")
        << u"深度学习、客流预测、轨道交通、时间序列"_s << u"深度学习,客流预测,轨道交通,时间序列"_s;
}

void TestThesisValidator::keywordSeparators()
{
    QFETCH(QString, keywords);
    QFETCH(QString, entered);

    Thesis thesis = validThesis();
    thesis.keywords = keywords;
    const Findings findings = ThesisValidator::validate(thesis, s_today);
    // Other separators are accepted: no error, an info with the form that will be entered.
    QCOMPARE(ruleCodes(findings),
             entered.isEmpty() ? QStringList() : QStringList{u"thesis.keywordSeparator"_s});
    if (!entered.isEmpty()) {
        QCOMPARE(findings.first().severity, Severity::Info);
        QCOMPARE(findings.first().field, Field::Keywords);
        QCOMPARE(findings.first().detail, entered);
    }
}

void TestThesisValidator::defenseMistakes_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("warnings");
    QTest::addColumn<QString>("detail"); // of the warning

    const QStringList none;
    const QString required = u"required"_s;
    const QStringList late{u"defense.lateAfterTests"_s};

    QTest::newRow("month tests were passed missing")
        << QJsonObject{{Field::CoursesPassedMonth, u""_s}} << QStringList{required}
        << QStringList{Field::CoursesPassedMonth} << none << QString();
    QTest::newRow("title missing")
        << QJsonObject{{Field::ThesisTitle, u""_s}} << QStringList{required}
        << QStringList{Field::ThesisTitle} << none << QString();
    QTest::newRow("supervisor missing")
        << QJsonObject{{Field::SupervisorName, u""_s}} << QStringList{required}
        << QStringList{Field::SupervisorName} << none << QString();
    QTest::newRow("defence date missing")
        << QJsonObject{{Field::DefenseDate, u""_s}} << QStringList{required}
        << QStringList{Field::DefenseDate} << none << QString();

    QTest::newRow("defence in the month the tests were passed")
        << QJsonObject{{Field::DefenseDate, u"20260528"_s}} << none << none << none << QString();
    QTest::newRow("defence exactly twelve months after")
        << QJsonObject{{Field::DefenseDate, u"20270520"_s}} << none << none << none << QString();
    QTest::newRow("defence thirteen months after the tests is a warning")
        << QJsonObject{{Field::DefenseDate, u"20270615"_s}} << none << none << late << u"13"_s;
    QTest::newRow("defence two years after the tests is a warning")
        << QJsonObject{{Field::CoursesPassedMonth, u"202406"_s}} << none << none << late << u"30"_s;
    QTest::newRow("defence before the tests were passed")
        << QJsonObject{{Field::DefenseDate, u"20260410"_s}} << QStringList{u"defense.beforeTests"_s}
        << QStringList{Field::DefenseDate} << none << QString();
    QTest::newRow("tests passed next month")
        << QJsonObject{{Field::CoursesPassedMonth, u"202612"_s}} << QStringList{u"month.future"_s}
        << QStringList{Field::CoursesPassedMonth} << none << QString();
    QTest::newRow("defence date as a month")
        << QJsonObject{{Field::DefenseDate, u"202612"_s}} << QStringList{u"date.format"_s}
        << QStringList{Field::DefenseDate} << none << QString();
    QTest::newRow("supervisor in mixed scripts")
        << QJsonObject{{Field::SupervisorName, u"Li明"_s}} << QStringList{u"name.characters"_s}
        << QStringList{Field::SupervisorName} << none << QString();
}

void TestThesisValidator::defenseMistakes()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, warnings);
    QFETCH(QString, detail);

    QString problem;
    const DefenseRequest request = withChanges(validRequest(), changes, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Findings findings = ThesisValidator::validate(request, s_today);
    const Findings errorFindings = errorsOnly(findings);
    QCOMPARE(ruleCodes(errorFindings), errors);
    QCOMPARE(fieldKeys(errorFindings), fields);
    const Findings warningFindings = warningsOnly(findings);
    QCOMPARE(ruleCodes(warningFindings), warnings);
    for (const Finding &f : warningFindings) {
        QCOMPARE(f.field, Field::DefenseDate);
        QCOMPARE(f.detail, detail);
    }
}

void TestThesisValidator::splitKeywords_data()
{
    QTest::addColumn<QString>("keywords");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("commas and spaces")
        << u"公共管理, 绩效评估 ,  政府"_s << QStringList{u"公共管理"_s, u"绩效评估"_s, u"政府"_s};
    QTest::newRow("every separator")
        << u"a,b，c;d；e、f"_s << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s, u"f"_s};
    QTest::newRow("empty parts dropped")
        << u",深度学习,,客流预测,"_s << QStringList{u"深度学习"_s, u"客流预测"_s};
    QTest::newRow("English keywords keep their spaces")
        << u"deep learning, passenger flow"_s
        << QStringList{u"deep learning"_s, u"passenger flow"_s};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestThesisValidator::splitKeywords()
{
    QFETCH(QString, keywords);
    QFETCH(QStringList, words);
    QCOMPARE(ThesisValidator::splitKeywords(keywords), words);
}

QTEST_GUILESS_MAIN(TestThesisValidator)
#include "TestThesisValidator.moc"
