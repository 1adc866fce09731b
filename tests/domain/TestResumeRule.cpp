#include "domain/ResumeRule.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;

namespace {

const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));

// "200309-200706 学校 学生; 200707- 公司 工程师" -> entries; "-" alone at the end = 至今.
QList<ResumeEntry> history(const QStringList &periods)
{
    QList<ResumeEntry> entries;
    for (const QString &period : periods) {
        const QString start = period.section(QLatin1Char('-'), 0, 0);
        const QString end = period.section(QLatin1Char('-'), 1, 1);
        entries.append(ResumeEntry{start, end, QStringLiteral("某单位"), QStringLiteral("职员")});
    }
    return entries;
}

} // namespace

class TestResumeRule : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void gapIsReportedWithItsMonths();
    void overlapIsReportedWithItsMonths();
    void staleLastEntryNamesTheCurrentMonth();
    void emptyRowFieldsAreRequired();
    void sortedOrdersByStart();
};

void TestResumeRule::check_data()
{
    QTest::addColumn<QStringList>("periods");
    QTest::addColumn<QStringList>("rules");

    QTest::newRow("contiguous, open end")
        << QStringList{QStringLiteral("199909-200307"), QStringLiteral("200308-")} << QStringList();
    QTest::newRow("shared boundary month")
        << QStringList{QStringLiteral("199909-200307"), QStringLiteral("200307-202611")}
        << QStringList();
    QTest::newRow("single open entry") << QStringList{QStringLiteral("200307-")} << QStringList();
    QTest::newRow("last ends this month")
        << QStringList{QStringLiteral("199909-200306"), QStringLiteral("200307-202611")}
        << QStringList();
    QTest::newRow("across a year end")
        << QStringList{QStringLiteral("201909-201912"), QStringLiteral("202001-")} << QStringList();
    QTest::newRow("one-month gap")
        << QStringList{QStringLiteral("199909-200306"), QStringLiteral("200308-")}
        << QStringList{QStringLiteral("resume.gap")};
    QTest::newRow("gap across a year end")
        << QStringList{QStringLiteral("201909-201911"), QStringLiteral("202002-")}
        << QStringList{QStringLiteral("resume.gap")};
    QTest::newRow("overlap") << QStringList{QStringLiteral("199909-200309"),
                                            QStringLiteral("200307-")}
                             << QStringList{QStringLiteral("resume.overlap")};
    QTest::newRow("stale last month")
        << QStringList{QStringLiteral("199909-200306"), QStringLiteral("200307-202610")}
        << QStringList{QStringLiteral("resume.stale")};
    QTest::newRow("gap and stale")
        << QStringList{QStringLiteral("199909-200306"), QStringLiteral("200309-202001")}
        << QStringList{QStringLiteral("resume.gap"), QStringLiteral("resume.stale")};
    QTest::newRow("out of order") << QStringList{QStringLiteral("200307-"),
                                                 QStringLiteral("199909-200306")}
                                  << QStringList{QStringLiteral("resume.openNotLast"),
                                                 QStringLiteral("resume.order")};
    QTest::newRow("reversed but contiguous")
        << QStringList{QStringLiteral("200307-202611"), QStringLiteral("199909-200306")}
        << QStringList{QStringLiteral("resume.order")};
    QTest::newRow("end before start")
        << QStringList{QStringLiteral("200309-200306"), QStringLiteral("200307-")}
        << QStringList{QStringLiteral("resume.endBeforeStart")};
    QTest::newRow("end in the future") << QStringList{QStringLiteral("200307-202701")}
                                       << QStringList{QStringLiteral("month.future")};
    QTest::newRow("start not a month")
        << QStringList{QStringLiteral("2003.07-")} << QStringList{QStringLiteral("month.format")};
    QTest::newRow("month 13") << QStringList{QStringLiteral("200313-")}
                              << QStringList{QStringLiteral("month.invalid")};
    QTest::newRow("empty history") << QStringList() << QStringList{QStringLiteral("resume.empty")};
}

void TestResumeRule::check()
{
    QFETCH(QStringList, periods);
    QFETCH(QStringList, rules);
    QCOMPARE(ruleCodes(ResumeRule::check(history(periods), s_today)), rules);
}

void TestResumeRule::gapIsReportedWithItsMonths()
{
    const Findings findings = ResumeRule::check(
        history({QStringLiteral("199909-200306"), QStringLiteral("200310-")}), s_today);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, QStringLiteral("resume[1].start"));
    QCOMPARE(findings.first().detail, QStringLiteral("200307-200309"));
    QVERIFY(findings.first().message.contains(QStringLiteral("3 month")));
    QVERIFY(findings.first().message.contains(QStringLiteral("200307-200309")));
}

void TestResumeRule::overlapIsReportedWithItsMonths()
{
    const Findings findings = ResumeRule::check(
        history({QStringLiteral("199909-200309"), QStringLiteral("200307-")}), s_today);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, QStringLiteral("resume[1].start"));
    QCOMPARE(findings.first().detail, QStringLiteral("200307-200309"));
}

void TestResumeRule::staleLastEntryNamesTheCurrentMonth()
{
    const Findings findings =
        ResumeRule::check(history({QStringLiteral("200307-202609")}), s_today);
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.first().field, QStringLiteral("resume[0].end"));
    QCOMPARE(findings.first().detail, QStringLiteral("202611"));
    QVERIFY(findings.first().message.contains(QStringLiteral("202609")));
}

void TestResumeRule::emptyRowFieldsAreRequired()
{
    const QList<ResumeEntry> entries{ResumeEntry{QStringLiteral("200307"), {}, {}, {}}};
    const Findings findings = ResumeRule::check(entries, s_today);
    QCOMPARE(ruleCodes(findings),
             (QStringList{QStringLiteral("required"), QStringLiteral("required")}));
    QCOMPARE(findings.at(0).field, QStringLiteral("resume[0].organization"));
    QCOMPARE(findings.at(1).field, QStringLiteral("resume[0].role"));
}

void TestResumeRule::sortedOrdersByStart()
{
    const QList<ResumeEntry> sorted = ResumeRule::sorted(history(
        {QStringLiteral("200307-"), QStringLiteral("bad-"), QStringLiteral("199909-200306")}));
    QCOMPARE(sorted.at(0).start, QStringLiteral("199909"));
    QCOMPARE(sorted.at(1).start, QStringLiteral("200307"));
    QCOMPARE(sorted.at(2).start, QStringLiteral("bad"));
}

QTEST_GUILESS_MAIN(TestResumeRule)
#include "TestResumeRule.moc"
