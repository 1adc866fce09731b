#include "domain/Progress.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Field.h"

#include "support/SampleRecords.h"

#include <QTest>

#include <functional>
#include <tuple>

using namespace dd::domain;
using namespace Qt::StringLiterals;
using dd::test::completeDossier;
using Step = Progress::Step;
using State = Progress::State;

Q_DECLARE_METATYPE(dd::domain::Dossier)
Q_DECLARE_METATYPE(dd::domain::Progress::Step)
Q_DECLARE_METATYPE(dd::domain::Progress::State)

namespace {

const QString s_required = u"required"_s;

// completeDossier() with one change.
Dossier changed(const std::function<void(Dossier &)> &change)
{
    Dossier d = completeDossier();
    change(d);
    return d;
}

// completeDossier() with its one application in `state` (a state code).
Dossier withApplicationState(const QString &state)
{
    return changed([&](Dossier &d) { d.applications.first().state = state; });
}

ExamScore score(const QString &year, const QString &subject, std::optional<int> points)
{
    ExamScore s;
    s.examYear = year;
    s.examSubject = subject;
    s.score = points;
    return s;
}

ExamRegistration examRegistration(const QString &subject, const QString &state)
{
    ExamRegistration r = subject == u"en" ? dd::test::validLanguageExamRegistration()
                                          : dd::test::validExamRegistration();
    r.examSubject = subject;
    r.state = state;
    return r;
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private slots:
    void stepsInMenuOrder();
    void stepKeysRoundTrip();
    void stateCodesAndLabels();
    void completeDossierIsDone();
    void emptyDossierIsNotStarted();
    void evaluate_data();
    void evaluate();
    void applicationStates_data();
    void applicationStates();
    void scoreValidityByMonth_data();
    void scoreValidityByMonth();
    void missingFindingsNameTheStep();
};

void TestProgress::stepsInMenuOrder()
{
    const QList<Step> expected{Step::Registration,
                               Step::Photo,
                               Step::BasicInfo,
                               Step::DegreeApplication,
                               Step::DefenseRequest,
                               Step::Thesis,
                               Step::ResidencyCertificate,
                               Step::ExamRegistration,
                               Step::ExamScores};
    QCOMPARE(Progress::steps(), expected);

    // The portal's menu words, in English source text.
    const QStringList labels{u"Register"_s,
                             u"Upload photo"_s,
                             u"Basic information"_s,
                             u"Submit degree application"_s,
                             u"Apply for thesis defence"_s,
                             u"Thesis information"_s,
                             u"Residency and physician certificates"_s,
                             u"National exam"_s,
                             u"Exam scores"_s};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(Progress::stepLabel(expected.at(i)), labels.at(i));
    }
}

void TestProgress::stepKeysRoundTrip()
{
    const QStringList keys{u"registration"_s,
                           u"photo"_s,
                           u"basicInfo"_s,
                           u"degreeApplication"_s,
                           u"defenseRequest"_s,
                           u"thesis"_s,
                           u"residencyCertificate"_s,
                           u"examRegistration"_s,
                           u"examScores"_s};
    const QList<Step> steps = Progress::steps();
    QCOMPARE(steps.size(), keys.size());
    for (qsizetype i = 0; i < steps.size(); ++i) {
        QCOMPARE(Progress::stepKey(steps.at(i)), keys.at(i));
        QCOMPARE(Progress::stepFromKey(keys.at(i)), std::optional<Step>(steps.at(i)));
    }
    for (const QString &unknown : {u"Registration"_s, u"exam"_s, u"photo "_s, QString()}) {
        QCOMPARE(Progress::stepFromKey(unknown), std::nullopt);
    }
}

void TestProgress::stateCodesAndLabels()
{
    const QList<std::tuple<State, QString, QString>> expected{
        {State::NotStarted, u"notStarted"_s, u"Not started"_s},
        {State::Incomplete, u"incomplete"_s, u"Incomplete"_s},
        {State::Complete, u"complete"_s, u"Complete"_s},
        {State::Submitted, u"submitted"_s, u"Submitted"_s},
    };
    for (const auto &[state, code, label] : expected) {
        QCOMPARE(Progress::stateCode(state), code);
        QCOMPARE(Progress::stateLabel(state), label);
    }
}

void TestProgress::completeDossierIsDone()
{
    const QList<Progress::StepStatus> statuses =
        Progress::evaluate(completeDossier(), dd::test::sampleContext());
    const QList<std::tuple<Step, State, bool>> expected{
        {Step::Registration, State::Complete, true},
        {Step::Photo, State::Complete, true},
        {Step::BasicInfo, State::Complete, true},
        {Step::DegreeApplication, State::Submitted, true},
        {Step::DefenseRequest, State::Submitted, true},
        {Step::Thesis, State::Complete, true},
        // 0812 is an academic degree: the certificates are there but not needed.
        {Step::ResidencyCertificate, State::Complete, false},
        {Step::ExamRegistration, State::Submitted, true},
        {Step::ExamScores, State::Complete, true},
    };
    QCOMPARE(statuses.size(), expected.size());
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const auto &[step, state, required] = expected.at(i);
        const Progress::StepStatus &status = statuses.at(i);
        QCOMPARE(status.step, step);
        QCOMPARE(Progress::stateCode(status.state), Progress::stateCode(state));
        QCOMPARE(status.required, required);
        QVERIFY2(status.missing.isEmpty(), qPrintable(ruleCodes(status.missing).join(u", ")));
    }
}

void TestProgress::emptyDossierIsNotStarted()
{
    const QList<Progress::StepStatus> statuses =
        Progress::evaluate(Dossier{}, dd::test::sampleContext());
    QCOMPARE(statuses.size(), Progress::steps().size());
    for (const Progress::StepStatus &status : statuses) {
        QCOMPARE(status.state, State::NotStarted);
        if (status.step == Step::ResidencyCertificate) {
            // No application asks for the certificates: nothing is missing.
            QVERIFY(!status.required);
            QVERIFY(status.missing.isEmpty());
            continue;
        }
        QVERIFY(status.required);
        QCOMPARE(fieldKeys(status.missing), QStringList{Progress::stepKey(status.step)});
        QCOMPARE(ruleCodes(status.missing), QStringList{Progress::MissingRule});
    }
}

void TestProgress::evaluate_data()
{
    QTest::addColumn<Dossier>("dossier");
    QTest::addColumn<Step>("step");
    QTest::addColumn<State>("state");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("rules");

    const QStringList none;
    const QString missing = Progress::MissingRule;
    const QString unknownCode = u"catalog.unknownCode"_s;
    const QString scoreMissing = u"progress.scoreMissing"_s;

    // ---- Register ----
    QTest::newRow("register: not started")
        << changed([](Dossier &d) { d.registration.reset(); }) << Step::Registration
        << State::NotStarted << true << QStringList{u"registration"_s} << QStringList{missing};
    QTest::newRow("register: mobile phone missing")
        << changed([](Dossier &d) { d.registration->mobile.clear(); }) << Step::Registration
        << State::Incomplete << true << QStringList{Field::Mobile} << QStringList{s_required};
    QTest::newRow("register: a warning only (outlook.com)") << changed([](Dossier &d) {
        d.registration->email = u"wang.lei@outlook.com"_s;
        d.registration->emailConfirm = u"wang.lei@outlook.com"_s;
    }) << Step::Registration << State::Complete << true << none
                                                            << none;

    // ---- Upload photo ----
    QTest::newRow("photo: not started")
        << changed([](Dossier &d) { d.photo.reset(); }) << Step::Photo << State::NotStarted << true
        << QStringList{u"photo"_s} << QStringList{missing};
    QTest::newRow("photo: record without a JPEG")
        << changed([](Dossier &d) { d.photo->jpeg.clear(); }) << Step::Photo << State::Incomplete
        << true << QStringList{Photo::JpegKey} << QStringList{s_required};
    QTest::newRow("photo: two checks failed")
        << changed([](Dossier &d) {
               d.photo->failedRules = {u"photo.background"_s, u"photo.headHeight"_s};
           })
        << Step::Photo << State::Incomplete << true << QStringList{Photo::JpegKey, Photo::JpegKey}
        << QStringList{u"photo.background"_s, u"photo.headHeight"_s};

    // ---- Basic information ----
    QTest::newRow("basic info: not started")
        << changed([](Dossier &d) { d.basicInfo.reset(); }) << Step::BasicInfo << State::NotStarted
        << true << QStringList{u"basicInfo"_s} << QStringList{missing};
    QTest::newRow("basic info: date of birth differs from the ID")
        << changed([](Dossier &d) { d.basicInfo->birthDate = u"19900308"_s; }) << Step::BasicInfo
        << State::Incomplete << true << QStringList{Field::BirthDate}
        << QStringList{u"id.birthDateMismatch"_s};
    QTest::newRow("basic info: personal history ends last year")
        << changed([](Dossier &d) { d.basicInfo->resume.last().end = u"202512"_s; })
        << Step::BasicInfo << State::Incomplete << true << QStringList{u"resume[1].end"_s}
        << QStringList{u"resume.stale"_s};

    // ---- Submit degree application ----
    QTest::newRow("application: not started")
        << changed([](Dossier &d) { d.applications.clear(); }) << Step::DegreeApplication
        << State::NotStarted << true << QStringList{u"degreeApplication"_s} << QStringList{missing};
    QTest::newRow("application: draft with an unknown discipline")
        << changed([](Dossier &d) {
               d.applications.first().state = u"draft"_s;
               d.applications.first().discipline = u"0899"_s;
           })
        << Step::DegreeApplication << State::Incomplete << true
        << QStringList{u"applications[0].discipline"_s} << QStringList{unknownCode};
    QTest::newRow("application: draft two years after the prior degree")
        << changed([](Dossier &d) {
               d.applications.first().state = u"draft"_s;
               d.basicInfo->priorDegreeMonth = u"202403"_s;
           })
        << Step::DegreeApplication << State::Incomplete << true
        << QStringList{u"applications[0].applicationMonth"_s}
        << QStringList{u"eligibility.yearsSinceDegree"_s};
    QTest::newRow("application: returned without the employer")
        << changed([](Dossier &d) {
               d.applications.first().state = u"returned"_s;
               d.applications.first().employerName.clear();
           })
        << Step::DegreeApplication << State::Incomplete << true
        << QStringList{u"applications[0].employerName"_s} << QStringList{s_required};
    QTest::newRow("application: submitted, a field wrong since") << changed([](Dossier &d) {
        d.applications.first().state = u"submitted"_s;
        d.applications.first().discipline = u"0899"_s;
    }) << Step::DegreeApplication << State::Submitted << true << none
                                                                 << none;
    QTest::newRow("application: a cancelled one beside a new draft") << changed([](Dossier &d) {
        DegreeApplication cancelled = d.applications.first();
        cancelled.state = u"cancelled"_s;
        cancelled.discipline = u"0899"_s;
        DegreeApplication draft = d.applications.first();
        draft.state = u"draft"_s;
        d.applications = {cancelled, draft};
    }) << Step::DegreeApplication << State::Complete << true << none << none;
    QTest::newRow("application: all cancelled, the second one wrong")
        << changed([](Dossier &d) {
               DegreeApplication first = d.applications.first();
               first.state = u"cancelled"_s;
               DegreeApplication second = first;
               second.discipline = u"0899"_s;
               d.applications = {first, second};
           })
        << Step::DegreeApplication << State::Incomplete << true
        << QStringList{u"applications[1].discipline"_s} << QStringList{unknownCode};
    QTest::newRow("application: unknown state")
        << withApplicationState(u"sent"_s) << Step::DegreeApplication << State::Incomplete << true
        << QStringList{u"applications[0].state"_s} << QStringList{u"state.unknown"_s};

    // ---- Apply for thesis defence (the application in the register unless said) ----
    QTest::newRow("defence request: not started") << changed([](Dossier &d) {
        d.applications.first().state = u"approved"_s;
        d.defenseRequest.reset();
    }) << Step::DefenseRequest << State::NotStarted
                                                  << true << QStringList{u"defenseRequest"_s}
                                                  << QStringList{missing};
    QTest::newRow("defence request: defence before the tests")
        << changed([](Dossier &d) {
               d.applications.first().state = u"approved"_s;
               d.defenseRequest->defenseDate = u"20260410"_s;
           })
        << Step::DefenseRequest << State::Incomplete << true << QStringList{Field::DefenseDate}
        << QStringList{u"defense.beforeTests"_s};
    QTest::newRow("defence request: ready")
        << withApplicationState(u"approved"_s) << Step::DefenseRequest << State::Complete << true
        << none << none;
    QTest::newRow("defence request: approved on the portal, no record here")
        << changed([](Dossier &d) {
               d.applications.first().state = u"defense_approved"_s;
               d.defenseRequest.reset();
           })
        << Step::DefenseRequest << State::Submitted << true << none << none;
    QTest::newRow("defence request: rejected, to be asked again") << changed([](Dossier &d) {
        d.applications.first().state = u"defense_rejected"_s;
        d.defenseRequest->supervisorName.clear();
    }) << Step::DefenseRequest << State::Incomplete << true << QStringList{Field::SupervisorName}
                                                                  << QStringList{s_required};

    // ---- Thesis information ----
    QTest::newRow("thesis: not started")
        << changed([](Dossier &d) { d.thesis.reset(); }) << Step::Thesis << State::NotStarted
        << true << QStringList{u"thesis"_s} << QStringList{missing};
    QTest::newRow("thesis: two keywords")
        << changed([](Dossier &d) { d.thesis->keywords = u"深度学习,客流预测"_s; }) << Step::Thesis
        << State::Incomplete << true << QStringList{Field::Keywords}
        << QStringList{u"thesis.keywordCount"_s};

    // ---- Residency and physician certificates ----
    const auto clinical = [](Dossier &d) {
        DegreeApplication a = dd::test::validClinicalApplication();
        a.state = u"submitted"_s;
        d.applications = {a};
    };
    QTest::newRow("certificates: academic degree, none")
        << changed([](Dossier &d) { d.residencyCertificate.reset(); }) << Step::ResidencyCertificate
        << State::NotStarted << false << none << none;
    QTest::newRow("certificates: academic degree, given but incomplete")
        << changed([](Dossier &d) { d.residencyCertificate->qualificationNumber.clear(); })
        << Step::ResidencyCertificate << State::Incomplete << false
        << QStringList{Field::QualificationNumber} << QStringList{s_required};
    QTest::newRow("certificates: clinical medicine, none") << changed([&](Dossier &d) {
        clinical(d);
        d.residencyCertificate.reset();
    }) << Step::ResidencyCertificate << State::NotStarted << true
                                                           << QStringList{u"residencyCertificate"_s}
                                                           << QStringList{missing};
    QTest::newRow("certificates: clinical medicine, qualification number missing")
        << changed([&](Dossier &d) {
               clinical(d);
               d.residencyCertificate->qualificationNumber.clear();
           })
        << Step::ResidencyCertificate << State::Incomplete << true
        << QStringList{Field::QualificationNumber} << QStringList{s_required};
    QTest::newRow("certificates: clinical medicine, complete")
        << changed(clinical) << Step::ResidencyCertificate << State::Complete << true << none
        << none;
    QTest::newRow("certificates: clinical application cancelled for an academic one")
        << changed([](Dossier &d) {
               DegreeApplication wrong = dd::test::validClinicalApplication();
               wrong.state = u"cancelled"_s;
               d.applications = {wrong, dd::test::validDegreeApplication()};
               d.residencyCertificate.reset();
           })
        << Step::ResidencyCertificate << State::NotStarted << false << none << none;

    // ---- National exam ----
    QTest::newRow("exam: not started") << changed([](Dossier &d) {
        d.examRegistrations.clear();
        d.examScores.clear();
    }) << Step::ExamRegistration << State::NotStarted
                                       << true << QStringList{u"examRegistration"_s}
                                       << QStringList{missing};
    QTest::newRow("exam: none, earlier passes still valid")
        << changed([](Dossier &d) { d.examRegistrations.clear(); }) << Step::ExamRegistration
        << State::NotStarted << false << none << none;
    QTest::newRow("exam: draft with a ticket number with dashes")
        << changed([](Dossier &d) {
               d.examRegistrations = {examRegistration(u"0812"_s, u"draft"_s)};
               d.examRegistrations.first().ticketNumber = u"2611-0108-1200123"_s;
           })
        << Step::ExamRegistration << State::Incomplete << true
        << QStringList{u"examRegistrations[0].ticketNumber"_s} << QStringList{u"exam.ticket"_s};
    QTest::newRow("exam: two drafts ready") << changed([](Dossier &d) {
        d.examRegistrations = {examRegistration(u"en"_s, u"draft"_s),
                               examRegistration(u"0812"_s, u"draft"_s)};
    }) << Step::ExamRegistration << State::Complete
                                            << true << none << none;
    QTest::newRow("exam: one paid, one draft") << changed([](Dossier &d) {
        d.examRegistrations = {examRegistration(u"en"_s, u"paid"_s),
                               examRegistration(u"0812"_s, u"draft"_s)};
    }) << Step::ExamRegistration << State::Complete
                                               << true << none << none;
    QTest::newRow("exam: both registered") << changed([](Dossier &d) {
        d.examRegistrations = {examRegistration(u"en"_s, u"registered"_s),
                               examRegistration(u"0812"_s, u"ticket_issued"_s)};
    }) << Step::ExamRegistration << State::Submitted
                                           << true << none << none;
    QTest::newRow("exam: English exempt, the other paid") << changed([](Dossier &d) {
        ExamRegistration exempt = examRegistration(u"en"_s, u"draft"_s);
        exempt.exemptReason = u"外语专业硕士学位"_s;
        d.examRegistrations = {exempt, examRegistration(u"0812"_s, u"paid"_s)};
    }) << Step::ExamRegistration << State::Submitted << true
                                                          << none << none;
    QTest::newRow("exam: a cancelled one, wrong, beside a draft") << changed([](Dossier &d) {
        ExamRegistration cancelled = examRegistration(u"en"_s, u"cancelled"_s);
        cancelled.ticketNumber = u"x-1"_s;
        d.examRegistrations = {cancelled, examRegistration(u"0812"_s, u"draft"_s)};
    }) << Step::ExamRegistration << State::Complete << true << none
                                                                  << none;
    QTest::newRow("exam: unknown state") << changed([](Dossier &d) {
        d.examRegistrations = {examRegistration(u"0812"_s, u"submitted"_s)};
    }) << Step::ExamRegistration << State::Incomplete
                                         << true << QStringList{u"examRegistrations[0].state"_s}
                                         << QStringList{u"state.unknown"_s};

    // ---- Exam scores (on 29 November 2026) ----
    QTest::newRow("scores: not started")
        << changed([](Dossier &d) { d.examScores.clear(); }) << Step::ExamScores
        << State::NotStarted << true << QStringList{u"examScores"_s} << QStringList{missing};
    QTest::newRow("scores: computer science failed")
        << changed([](Dossier &d) { d.examScores[1].score = 55; }) << Step::ExamScores
        << State::Incomplete << true << QStringList{u"examScores[1].score"_s}
        << QStringList{u"progress.scoreFailed"_s};
    QTest::newRow("scores: computer science not yet published")
        << changed([](Dossier &d) { d.examScores[1].score.reset(); }) << Step::ExamScores
        << State::Incomplete << true << QStringList{u"examScores[1].score"_s}
        << QStringList{u"progress.scorePending"_s};
    QTest::newRow("scores: computer science missing")
        << changed([](Dossier &d) { d.examScores.removeLast(); }) << Step::ExamScores
        << State::Incomplete << true << QStringList{u"examScores"_s} << QStringList{scoreMissing};
    QTest::newRow("scores: failed in 2025, passed in 2026")
        << changed([](Dossier &d) { d.examScores.prepend(score(u"2025"_s, u"0812"_s, 48)); })
        << Step::ExamScores << State::Complete << true << none << none;
    QTest::newRow("scores: passed in 2025, failed a retake in 2026") << changed([](Dossier &d) {
        d.examScores[1].score = 40;
        d.examScores.append(score(u"2025"_s, u"0812"_s, 66));
    }) << Step::ExamScores << State::Complete << true << none << none;
    QTest::newRow("scores: English of 2021 expired")
        << changed([](Dossier &d) { d.examScores[0].examYear = u"2021"_s; }) << Step::ExamScores
        << State::Incomplete << true << QStringList{u"examScores[0].score"_s}
        << QStringList{u"progress.scoreExpired"_s};
    QTest::newRow("scores: score of 101")
        << changed([](Dossier &d) { d.examScores[0].score = 101; }) << Step::ExamScores
        << State::Incomplete << true << QStringList{u"examScores[0].score"_s}
        << QStringList{u"exam.score"_s};
    QTest::newRow("scores: English exempt, no English score") << changed([](Dossier &d) {
        d.examRegistrations.first().exemptReason = u"外语专业硕士学位"_s;
        d.examScores.removeFirst();
    }) << Step::ExamScores << State::Complete << true << none << none;
    QTest::newRow("scores: every paper exempt") << changed([](Dossier &d) {
        for (ExamRegistration &r : d.examRegistrations) {
            r.exemptReason = u"学位授予单位免考"_s;
        }
        d.examScores.clear();
    }) << Step::ExamScores << State::NotStarted << false
                                                << none << none;
    QTest::newRow("scores: no registration, Japanese counts as the foreign language")
        << changed([](Dossier &d) {
               d.examRegistrations.clear();
               d.examScores[0] = score(u"2026"_s, u"ja"_s, 61);
           })
        << Step::ExamScores << State::Complete << true << none << none;
    QTest::newRow("scores: no registration, no foreign language") << changed([](Dossier &d) {
        d.examRegistrations.clear();
        d.examScores.removeFirst();
    }) << Step::ExamScores << State::Incomplete << true << QStringList{u"examScores"_s}
                                                                  << QStringList{scoreMissing};
    QTest::newRow("scores: clinical medicine needs its own paper") << changed([](Dossier &d) {
        d.applications = {dd::test::validClinicalApplication()};
        d.examRegistrations.clear();
        d.examScores.removeLast();
    }) << Step::ExamScores << State::Incomplete << true << QStringList{u"examScores"_s}
                                                                   << QStringList{scoreMissing};
    QTest::newRow("scores: the paper of a cancelled application is not needed")
        << changed([](Dossier &d) {
               DegreeApplication cancelled = dd::test::validClinicalApplication();
               cancelled.state = u"cancelled"_s;
               d.applications.append(cancelled);
           })
        << Step::ExamScores << State::Complete << true << none << none;
}

void TestProgress::evaluate()
{
    QFETCH(Dossier, dossier);
    QFETCH(Step, step);
    QFETCH(State, state);
    QFETCH(bool, required);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, rules);

    const Progress::StepStatus status =
        Progress::evaluate(step, dossier, dd::test::sampleContext());
    QCOMPARE(status.step, step);
    QCOMPARE(Progress::stateCode(status.state), Progress::stateCode(state));
    QCOMPARE(status.required, required);
    QCOMPARE(fieldKeys(status.missing), fields);
    QCOMPARE(ruleCodes(status.missing), rules);
    QVERIFY(warningsOnly(status.missing).isEmpty());
    for (const Finding &f : std::as_const(status.missing)) {
        QVERIFY2(!f.message.isEmpty(), qPrintable(f.rule));
    }

    // The whole dossier's list says the same of the step.
    const QList<Progress::StepStatus> all = Progress::evaluate(dossier, dd::test::sampleContext());
    const Progress::StepStatus &same = all.at(Progress::steps().indexOf(step));
    QCOMPARE(same.state, status.state);
    QCOMPARE(same.required, status.required);
    QCOMPARE(same.missing, status.missing);
}

void TestProgress::applicationStates_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<State>("application");
    QTest::addColumn<State>("defense");

    // The defence request is judged by its record (here: ready, Complete) until the
    // application shows the request made and not turned down.
    const State complete = State::Complete;
    const State submitted = State::Submitted;
    const QList<std::tuple<ApplicationState, State, State>> rows{
        {ApplicationState::Draft, complete, complete},
        {ApplicationState::Submitted, submitted, complete},
        {ApplicationState::Confirmed, submitted, complete},
        {ApplicationState::Returned, complete, complete},
        {ApplicationState::Cancelled, complete, complete},
        {ApplicationState::Approved, submitted, complete},
        {ApplicationState::DefenseRequested, submitted, submitted},
        {ApplicationState::DefenseApproved, submitted, submitted},
        {ApplicationState::DefenseRejected, submitted, complete},
        {ApplicationState::DefensePassed, submitted, submitted},
        {ApplicationState::DefenseFailed, submitted, complete},
        {ApplicationState::Awarded, submitted, submitted},
        {ApplicationState::NotAwarded, submitted, submitted},
    };
    QCOMPARE(rows.size(), ApplicationStateMachine::allStates().size());
    for (const auto &[applicationState, application, defense] : rows) {
        const QString code = ApplicationStateMachine::stateCode(applicationState);
        QTest::newRow(qPrintable(code)) << code << application << defense;
    }
}

void TestProgress::applicationStates()
{
    QFETCH(QString, state);
    QFETCH(State, application);
    QFETCH(State, defense);
    const Dossier dossier = withApplicationState(state);
    const Progress::StepStatus applicationStatus =
        Progress::evaluate(Step::DegreeApplication, dossier, dd::test::sampleContext());
    QCOMPARE(Progress::stateCode(applicationStatus.state), Progress::stateCode(application));
    QVERIFY(applicationStatus.missing.isEmpty());
    const Progress::StepStatus defenseStatus =
        Progress::evaluate(Step::DefenseRequest, dossier, dd::test::sampleContext());
    QCOMPARE(Progress::stateCode(defenseStatus.state), Progress::stateCode(defense));
    QVERIFY(defenseStatus.missing.isEmpty());
}

void TestProgress::scoreValidityByMonth_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("detail");

    // One English paper of May 2022, valid for 4 years: until May 2026 inclusive.
    QTest::newRow("72, July 2022: scores just out")
        << 72 << QDate(2022, 7, 20) << State::Complete << QString() << QString();
    QTest::newRow("72, last day of May 2026")
        << 72 << QDate(2026, 5, 31) << State::Complete << QString() << QString();
    QTest::newRow("72, first day of June 2026") << 72 << QDate(2026, 6, 1) << State::Incomplete
                                                << u"progress.scoreExpired"_s << u"202605"_s;
    QTest::newRow("60, the pass mark, in 2024")
        << 60 << QDate(2024, 3, 1) << State::Complete << QString() << QString();
    QTest::newRow("59, in 2024") << 59 << QDate(2024, 3, 1) << State::Incomplete
                                 << u"progress.scoreFailed"_s << u"59"_s;
}

void TestProgress::scoreValidityByMonth()
{
    QFETCH(int, points);
    QFETCH(QDate, today);
    QFETCH(State, state);
    QFETCH(QString, rule);
    QFETCH(QString, detail);

    Dossier dossier; // nothing else: only a foreign-language paper is asked for
    dossier.examScores = {score(u"2022"_s, u"en"_s, points)};
    const Progress::StepStatus status =
        Progress::evaluate(Step::ExamScores, dossier, ValidationContext::at(today));
    QCOMPARE(Progress::stateCode(status.state), Progress::stateCode(state));
    if (rule.isEmpty()) {
        QCOMPARE(status.missing, Findings());
        return;
    }
    QCOMPARE(status.missing.size(), 1);
    const Finding &f = status.missing.constFirst();
    QCOMPARE(f.field, u"examScores[0].score"_s);
    QCOMPARE(f.rule, rule);
    QCOMPARE(f.detail, detail);
    QCOMPARE(f.severity, Severity::Error);
}

void TestProgress::missingFindingsNameTheStep()
{
    // The step not started names itself by its menu words.
    const Progress::StepStatus photo =
        Progress::evaluate(Step::Photo, Dossier{}, dd::test::sampleContext());
    QCOMPARE(photo.missing.size(), 1);
    QCOMPARE(photo.missing.constFirst().severity, Severity::Error);
    QVERIFY2(photo.missing.constFirst().message.startsWith(u"Upload photo has not been started"),
             qPrintable(photo.missing.constFirst().message));

    // A missing score names the paper and what it is: the code in detail, the label in text.
    Dossier dossier = completeDossier();
    dossier.applications = {dd::test::validClinicalApplication()};
    dossier.examRegistrations.clear();
    dossier.examScores = {score(u"2026"_s, u"1002"_s, 70)};
    const Progress::StepStatus scores =
        Progress::evaluate(Step::ExamScores, dossier, dd::test::sampleContext());
    QCOMPARE(scores.missing.size(), 1);
    QCOMPARE(scores.missing.constFirst().rule, u"progress.scoreMissing"_s);
    QCOMPARE(scores.missing.constFirst().detail, u"language"_s);

    dossier.examScores = {score(u"2026"_s, u"en"_s, 70)};
    const Progress::StepStatus clinical =
        Progress::evaluate(Step::ExamScores, dossier, dd::test::sampleContext());
    QCOMPARE(clinical.missing.size(), 1);
    QCOMPARE(clinical.missing.constFirst().detail, u"1002"_s); // 临床医学's paper
    QVERIFY2(clinical.missing.constFirst().message.contains(u"Clinical medicine"),
             qPrintable(clinical.missing.constFirst().message));
}

QTEST_GUILESS_MAIN(TestProgress)
#include "TestProgress.moc"
