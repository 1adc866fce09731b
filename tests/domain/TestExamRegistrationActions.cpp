#include "domain/ExamRegistrationActions.h"

#include "domain/Field.h"
#include "domain/RequiredRule.h"

#include "support/SampleRecords.h"

#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

const ValidationContext s_today = dd::test::sampleContext();
const QDateTime s_at(QDate(2027, 3, 17), QTime(8, 30), Qt::UTC);

ExamRegistration draft()
{
    ExamRegistration r = dd::test::validExamRegistration();
    r.state = u"draft"_s;
    r.feePaid = false;
    r.examYear = u"2027"_s;
    return r;
}

Dossier withApplication(const QString &state)
{
    Dossier d;
    DegreeApplication a = dd::test::validDegreeApplication();
    a.state = state;
    d.applications = {a};
    return d;
}

} // namespace

class TestExamRegistrationActions : public QObject
{
    Q_OBJECT

private slots:
    void registeringNeedsTheApplicationInTheRegister()
    {
        ExamRegistration r = draft();
        const ExamRegistration before = r;
        Findings findings = ExamRegistrationActions::apply(
            r, ExamRegistrationAction::Register, withApplication(u"submitted"_s), s_today, s_at);
        QCOMPARE(ruleCodes(findings), QStringList{ExamRegistrationStateMachine::NotInRegisterRule});
        QCOMPARE(findings.first().field, Field::State);
        QCOMPARE(findings.first().detail, u"submitted"_s);
        QCOMPARE(r, before);

        findings = ExamRegistrationActions::apply(r, ExamRegistrationAction::Register,
                                                  withApplication(u"approved"_s), s_today, s_at);
        QCOMPARE(ruleCodes(findings), QStringList());
        QCOMPARE(r.state, u"registered"_s);
        QCOMPARE(r.timeline.size(), 1);
        QCOMPARE(r.timeline.first().action, u"register"_s);
        QCOMPARE(r.timeline.first().from, u"draft"_s);
        QCOMPARE(r.timeline.first().to, u"registered"_s);
        QCOMPARE(r.timeline.first().at, s_at);
    }

    void registeringNeedsACompleteRegistration()
    {
        ExamRegistration r = draft();
        r.examSubject.clear();
        r.ticketNumber = u"26-11"_s;
        const Findings findings = ExamRegistrationActions::check(
            r, ExamRegistrationAction::Register, withApplication(u"approved"_s), s_today);
        QCOMPARE(fieldKeys(findings), (QStringList{Field::ExamSubject, Field::TicketNumber}));
        QVERIFY(hasRule(findings, RequiredRule::Code));
        QVERIFY(hasRule(findings, u"exam.ticket"));
        // Editing a draft with the same mistakes is allowed: only registering needs it whole.
        QCOMPARE(
            ExamRegistrationActions::check(r, ExamRegistrationAction::Edit, Dossier{}, s_today),
            Findings{});
    }

    void payingMarksTheFeePaid()
    {
        ExamRegistration r = draft();
        r.state = u"registered"_s;
        QCOMPARE(ExamRegistrationActions::apply(r, ExamRegistrationAction::Pay, Dossier{}, s_today,
                                                s_at),
                 Findings{});
        QCOMPARE(r.state, u"paid"_s);
        QVERIFY(r.feePaid);
        QCOMPARE(r.timeline.last().action, u"pay"_s);
    }

    void aRefusedActionChangesNothing()
    {
        ExamRegistration r = dd::test::validExamRegistration(); // paid
        const ExamRegistration before = r;
        const Findings findings = ExamRegistrationActions::apply(
            r, ExamRegistrationAction::Cancel, withApplication(u"approved"_s), s_today, s_at);
        QCOMPARE(ruleCodes(findings),
                 QStringList{ExamRegistrationStateMachine::ActionNotAllowedRule});
        QCOMPARE(findings.first().detail, u"paid"_s);
        QCOMPARE(r, before);
    }

    void deletingIsCheckedAndLeftToTheCaller()
    {
        ExamRegistration r = draft();
        QCOMPARE(
            ExamRegistrationActions::check(r, ExamRegistrationAction::Delete, Dossier{}, s_today),
            Findings{});
        QCOMPARE(ExamRegistrationActions::apply(r, ExamRegistrationAction::Delete, Dossier{},
                                                s_today, s_at),
                 Findings{});
        QCOMPARE(r, draft()); // the record is not changed: the caller removes it
        r.state = u"paid"_s;
        QVERIFY(hasRule(
            ExamRegistrationActions::check(r, ExamRegistrationAction::Delete, Dossier{}, s_today),
            ExamRegistrationStateMachine::ActionNotAllowedRule));
    }

    void anUnknownStateIsNamed()
    {
        ExamRegistration r = draft();
        r.state = u"lost"_s;
        const Findings findings =
            ExamRegistrationActions::check(r, ExamRegistrationAction::Pay, Dossier{}, s_today);
        QCOMPARE(ruleCodes(findings), QStringList{u"state.unknown"_s});
        QVERIFY(findings.first().message.contains(u"lost"_s));
    }

    void theApplicationThatDecides_data()
    {
        QTest::addColumn<QStringList>("states");
        QTest::addColumn<QString>("expected");
        QTest::newRow("none: a draft") << QStringList() << u"draft"_s;
        QTest::newRow("one in the register wins")
            << QStringList{u"cancelled"_s, u"approved"_s, u"submitted"_s} << u"approved"_s;
        QTest::newRow("defence requested is in the register")
            << QStringList{u"submitted"_s, u"defense_requested"_s} << u"defense_requested"_s;
        QTest::newRow("else the latest not cancelled")
            << QStringList{u"submitted"_s, u"returned"_s, u"cancelled"_s} << u"returned"_s;
        QTest::newRow("else the latest") << QStringList{u"cancelled"_s} << u"cancelled"_s;
        QTest::newRow("unknown codes are skipped")
            << QStringList{u"submitted"_s, u"bogus"_s} << u"submitted"_s;
    }

    void theApplicationThatDecides()
    {
        QFETCH(QStringList, states);
        QFETCH(QString, expected);
        Dossier d;
        for (const QString &state : std::as_const(states)) {
            DegreeApplication a = dd::test::validDegreeApplication();
            a.state = state;
            d.applications.append(a);
        }
        QCOMPARE(
            ApplicationStateMachine::stateCode(ExamRegistrationActions::applicationStateFor(d)),
            expected);
    }
};

QTEST_GUILESS_MAIN(TestExamRegistrationActions)
#include "TestExamRegistrationActions.moc"
