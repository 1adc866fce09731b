#include "domain/Progress.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/BasicInfoValidator.h"
#include "domain/Catalogs.h"
#include "domain/DegreeApplicationValidator.h"
#include "domain/ExamRegistrationStateMachine.h"
#include "domain/ExamValidator.h"
#include "domain/Field.h"
#include "domain/PhotoRules.h"
#include "domain/RegistrationValidator.h"
#include "domain/RequiredRule.h"
#include "domain/ResidencyCertificateValidator.h"
#include "domain/ResidencyRequirement.h"
#include "domain/ThesisValidator.h"
#include "domain/YearMonth.h"

#include <QMap>
#include <QStringList>

#include <algorithm>
#include <utility>

namespace dd::domain {

namespace {

using Step = Progress::Step;
using State = Progress::State;
using StepStatus = Progress::StepStatus;

const QString s_language = QStringLiteral("language");
const QString s_comprehensive = QStringLiteral("comprehensive");

// The finding keys of a row of a list of records: "applications[1].discipline".
Findings inRow(const QString &table, qsizetype row, Findings findings)
{
    for (Finding &f : findings) {
        f.field = Field::rowKey(table, row, f.field);
    }
    return findings;
}

// The status of a step whose record is there: Complete unless the findings hold errors.
StepStatus judged(Step step, const Findings &findings)
{
    StepStatus status;
    status.step = step;
    status.missing = errorsOnly(findings);
    status.state = status.missing.isEmpty() ? State::Complete : State::Incomplete;
    return status;
}

StepStatus submitted(Step step)
{
    StepStatus status;
    status.step = step;
    status.state = State::Submitted;
    return status;
}

StepStatus notStarted(Step step, bool required)
{
    StepStatus status;
    status.step = step;
    status.required = required;
    if (required) {
        status.missing.append(
            Finding::error(Progress::stepKey(step), Progress::MissingRule,
                           //: %1 is a step of the portal's menu, e.g. "Upload photo"
                           Progress::tr("%1 has not been started yet. Open it from the menu to "
                                        "begin.")
                               .arg(Progress::stepLabel(step))));
    }
    return status;
}

std::optional<ApplicationState> applicationState(const DegreeApplication &application)
{
    return ApplicationStateMachine::stateFromCode(application.state);
}

bool isCancelled(const DegreeApplication &application)
{
    return applicationState(application) == ApplicationState::Cancelled;
}

bool isCancelled(const ExamRegistration &registration)
{
    return ExamRegistrationStateMachine::stateFromCode(registration.state)
           == ExamRegistrationState::Cancelled;
}

// The rows of a list still in play: every one not cancelled, or all when all are cancelled.
template<typename Record>
QList<qsizetype> rowsInPlay(const QList<Record> &records)
{
    QList<qsizetype> rows;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!isCancelled(records.at(i))) {
            rows.append(i);
        }
    }
    if (rows.isEmpty()) {
        for (qsizetype i = 0; i < records.size(); ++i) {
            rows.append(i);
        }
    }
    return rows;
}

// The state of an application in which the defence request has been made and not turned down.
bool showsDefenseRequested(const DegreeApplication &application)
{
    const std::optional<ApplicationState> state = applicationState(application);
    if (!state) {
        return false;
    }
    switch (*state) {
    case ApplicationState::DefenseRequested:
    case ApplicationState::DefenseApproved:
    case ApplicationState::DefensePassed:
    case ApplicationState::Awarded:
    case ApplicationState::NotAwarded:
        return true;
    case ApplicationState::Draft:
    case ApplicationState::Submitted:
    case ApplicationState::Confirmed:
    case ApplicationState::Returned:
    case ApplicationState::Cancelled:
    case ApplicationState::Approved:
    case ApplicationState::DefenseRejected:
    case ApplicationState::DefenseFailed:
        return false;
    }
    return false;
}

// ---- exam scores ----------------------------------------------------------------------------

const Catalog &examSubjects()
{
    return Catalogs::instance().get(Catalogs::ExamSubjects);
}

// What the exam steps need of the exam_subjects catalog, read once (the catalog never changes
// after loading): the foreign-language papers, and the 学科综合水平 paper that serves each
// discipline (the first such paper in the catalog's order).
struct ExamPapers
{
    QStringList languages;                  // a handful of codes
    QMap<QString, QString> comprehensiveOf; // discipline → paper
};

const ExamPapers &examPapers()
{
    static const ExamPapers papers = [] {
        ExamPapers result;
        for (const CatalogOption &option : examSubjects().options()) {
            const QString kind = option.attribute(QStringLiteral("kind"));
            if (kind == s_language) {
                result.languages.append(option.code);
            } else if (kind == s_comprehensive) {
                const QStringList disciplines =
                    option.attribute(QStringLiteral("disciplines")).split(QLatin1Char(','));
                for (const QString &discipline : disciplines) {
                    if (!result.comprehensiveOf.contains(discipline)) {
                        result.comprehensiveOf.insert(discipline, option.code);
                    }
                }
            }
        }
        return result;
    }();
    return papers;
}

bool isLanguagePaper(const QString &code)
{
    return examPapers().languages.contains(code);
}

// The 学科综合水平 paper that serves a discipline, or an empty code when there is none.
QString comprehensivePaperOf(const QString &discipline)
{
    if (discipline.isEmpty()) {
        return {};
    }
    return examPapers().comprehensiveOf.value(discipline);
}

// The papers a registration names: its subject and its foreign language.
QStringList papersOf(const ExamRegistration &registration)
{
    QStringList papers;
    for (const QString &code : {registration.examSubject, registration.examLanguage}) {
        const QString paper = code.trimmed();
        if (!paper.isEmpty() && !papers.contains(paper)) {
            papers.append(paper);
        }
    }
    return papers;
}

// The papers the applicant must pass (codes; s_language for one foreign language of any kind).
QStringList papersToPass(const Dossier &dossier)
{
    QStringList named;
    QStringList exempt;
    for (const ExamRegistration &r : dossier.examRegistrations) {
        if (isCancelled(r)) {
            continue;
        }
        QStringList &list = r.isExempt() ? exempt : named;
        for (const QString &paper : papersOf(r)) {
            if (!list.contains(paper)) {
                list.append(paper);
            }
        }
    }
    for (const DegreeApplication &a : dossier.applications) {
        const QString paper = comprehensivePaperOf(a.discipline.trimmed());
        if (!isCancelled(a) && !paper.isEmpty() && !named.contains(paper)) {
            named.append(paper);
        }
    }
    QStringList papers;
    for (const QString &paper : std::as_const(named)) {
        if (!exempt.contains(paper)) {
            papers.append(paper);
        }
    }
    const bool languageKnown = std::any_of(papers.cbegin(), papers.cend(), isLanguagePaper)
                               || std::any_of(exempt.cbegin(), exempt.cend(), isLanguagePaper);
    if (!languageKnown) {
        papers.prepend(s_language);
    }
    return papers;
}

bool scoreIsFor(const ExamScore &score, const QString &paper)
{
    return paper == s_language ? isLanguagePaper(score.examSubject) : score.examSubject == paper;
}

QString paperLabel(const QString &paper)
{
    return paper == s_language ? Progress::tr("foreign language") : examSubjects().labelOf(paper);
}

// One error for a paper without a valid pass in `month`, or nothing when it has one.
Findings checkPaper(const QString &paper, const QList<ExamScore> &scores, YearMonth month)
{
    qsizetype latest = -1;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        const ExamScore &score = scores.at(i);
        if (!scoreIsFor(score, paper)) {
            continue;
        }
        if (score.isValidIn(month)) {
            return {};
        }
        // The latest sitting decides what to do next (a later row wins a tie).
        if (latest < 0 || scores.at(latest).examYear <= score.examYear) {
            latest = i;
        }
    }
    const QString label = paperLabel(paper);
    if (latest < 0) {
        return {Finding::error(
            Field::ExamScores, QStringLiteral("progress.scoreMissing"),
            //: %1 is the step "Exam scores", %2 an exam paper such as "English"
            Progress::tr("%1: there is no score of the %2 paper. Enter it from the exam "
                         "system's score lookup once it is published.")
                .arg(Progress::stepLabel(Step::ExamScores), label),
            paper)};
    }
    const ExamScore &score = scores.at(latest);
    const QString key = Field::rowKey(Field::ExamScores, latest, Field::Score);
    if (!score.score) {
        return {Finding::error(key, QStringLiteral("progress.scorePending"),
                               //: %1 is a field label, %2 an exam paper, %3 a year
                               Progress::tr("%1: the score of the %2 paper of %3 has not been "
                                            "entered. Enter it once it is published.")
                                   .arg(Field::label(key), label, score.examYear),
                               paper)};
    }
    if (!score.passed()) {
        return {Finding::error(
            key, QStringLiteral("progress.scoreFailed"),
            //: %1 is a field label, %2 an exam paper, %3 the score, %4 the pass mark
            Progress::tr("%1: the %2 paper was not passed (%3 of 100, %4 needed). Register "
                         "for it again in the next national exam.")
                .arg(Field::label(key), label)
                .arg(*score.score)
                .arg(ExamScore::PassMark),
            QString::number(*score.score))};
    }
    const YearMonth until = score.validUntil();
    return {Finding::error(key, QStringLiteral("progress.scoreExpired"),
                           //: %1 is a field label, %2 an exam paper, %3 a month "YYYYMM"
                           Progress::tr("%1: the pass of the %2 paper counted until %3. Register "
                                        "for it again in the next national exam.")
                               .arg(Field::label(key), label, until.toString()),
                           until.toString())};
}

StepStatus evaluateExamScores(const Dossier &dossier, const ValidationContext &context)
{
    const QStringList papers = papersToPass(dossier);
    if (dossier.examScores.isEmpty()) {
        return notStarted(Step::ExamScores, !papers.isEmpty());
    }
    Findings findings;
    for (qsizetype i = 0; i < dossier.examScores.size(); ++i) {
        findings +=
            inRow(Field::ExamScores, i, ExamValidator::validate(dossier.examScores.at(i), context));
    }
    const YearMonth month = YearMonth::fromDate(context.today);
    for (const QString &paper : papers) {
        findings += checkPaper(paper, dossier.examScores, month);
    }
    StepStatus status = judged(Step::ExamScores, findings);
    status.required = !papers.isEmpty();
    return status;
}

// `examScores`: the ExamScores step's status when the caller has it already, else null.
StepStatus evaluateExamRegistration(const Dossier &dossier, const ValidationContext &context,
                                    const StepStatus *examScores = nullptr)
{
    const QList<ExamRegistration> &registrations = dossier.examRegistrations;
    if (registrations.isEmpty()) {
        const State scores =
            examScores ? examScores->state : evaluateExamScores(dossier, context).state;
        const bool passed = scores == Progress::State::Complete;
        return notStarted(Step::ExamRegistration, !passed);
    }
    Findings findings;
    bool allDone = true;
    bool anyRegistered = false;
    for (const qsizetype i : rowsInPlay(registrations)) {
        const ExamRegistration &r = registrations.at(i);
        const std::optional<ExamRegistrationState> state =
            ExamRegistrationStateMachine::stateFromCode(r.state);
        const bool registered = state && ExamRegistrationStateMachine::countsAsRegistered(*state);
        anyRegistered = anyRegistered || registered;
        allDone = allDone && (registered || r.isExempt());
        findings += inRow(Field::ExamRegistrations, i, ExamValidator::validate(r, context));
    }
    if (allDone && anyRegistered) {
        return submitted(Step::ExamRegistration);
    }
    return judged(Step::ExamRegistration, findings);
}

StepStatus evaluateApplications(const Dossier &dossier, const ValidationContext &context)
{
    const QList<DegreeApplication> &applications = dossier.applications;
    if (applications.isEmpty()) {
        return notStarted(Step::DegreeApplication, true);
    }
    const bool anySubmitted =
        std::any_of(applications.cbegin(), applications.cend(), [](const DegreeApplication &a) {
            const std::optional<ApplicationState> state = applicationState(a);
            return state && ApplicationStateMachine::countsAsSubmitted(*state);
        });
    if (anySubmitted) {
        return submitted(Step::DegreeApplication);
    }
    const BasicInfo *basicInfo = dossier.basicInfo ? &*dossier.basicInfo : nullptr;
    Findings findings;
    for (const qsizetype i : rowsInPlay(applications)) {
        findings +=
            inRow(Field::Applications, i,
                  DegreeApplicationValidator::validate(applications.at(i), context, basicInfo));
    }
    return judged(Step::DegreeApplication, findings);
}

StepStatus evaluatePhoto(const Dossier &dossier)
{
    if (!dossier.photo) {
        return notStarted(Step::Photo, true);
    }
    const Photo &photo = *dossier.photo;
    Findings findings;
    if (photo.jpeg.isEmpty()) {
        findings.append(Finding::error(
            Photo::JpegKey, RequiredRule::Code,
            Progress::tr("%1: there is no certificate photo yet. Choose a photo to crop.")
                .arg(Progress::stepLabel(Step::Photo))));
    }
    for (const QString &rule : photo.failedRules) {
        // PhotoRules says what the failed check means and what to do.
        findings.append(Finding::error(Photo::JpegKey, rule, PhotoRules::failure(rule), rule));
    }
    return judged(Step::Photo, findings);
}

template<typename Record, typename Validate>
StepStatus evaluateRecord(Step step, const std::optional<Record> &record, bool required,
                          Validate validate)
{
    if (!record) {
        return notStarted(step, required);
    }
    StepStatus status = judged(step, validate(*record));
    status.required = required;
    return status;
}

} // namespace

QList<Progress::Step> Progress::steps()
{
    return {Step::Registration,
            Step::Photo,
            Step::BasicInfo,
            Step::DegreeApplication,
            Step::DefenseRequest,
            Step::Thesis,
            Step::ResidencyCertificate,
            Step::ExamRegistration,
            Step::ExamScores};
}

QString Progress::stepKey(Step step)
{
    switch (step) {
    case Step::Registration:
        return QStringLiteral("registration");
    case Step::Photo:
        return QStringLiteral("photo");
    case Step::BasicInfo:
        return QStringLiteral("basicInfo");
    case Step::DegreeApplication:
        return QStringLiteral("degreeApplication");
    case Step::DefenseRequest:
        return QStringLiteral("defenseRequest");
    case Step::Thesis:
        return QStringLiteral("thesis");
    case Step::ResidencyCertificate:
        return QStringLiteral("residencyCertificate");
    case Step::ExamRegistration:
        return QStringLiteral("examRegistration");
    case Step::ExamScores:
        return QStringLiteral("examScores");
    }
    return {};
}

std::optional<Progress::Step> Progress::stepFromKey(const QString &key)
{
    for (const Step step : steps()) {
        if (stepKey(step) == key) {
            return step;
        }
    }
    return std::nullopt;
}

QString Progress::stateCode(State state)
{
    switch (state) {
    case State::NotStarted:
        return QStringLiteral("notStarted");
    case State::Incomplete:
        return QStringLiteral("incomplete");
    case State::Complete:
        return QStringLiteral("complete");
    case State::Submitted:
        return QStringLiteral("submitted");
    }
    return {};
}

QString Progress::stepLabel(Step step)
{
    // The portal's menu words (portal-screens.md); zh_CN gives them exactly.
    switch (step) {
    case Step::Registration:
        return tr("Register");
    case Step::Photo:
        return tr("Upload photo");
    case Step::BasicInfo:
        return tr("Basic information");
    case Step::DegreeApplication:
        return tr("Submit degree application");
    case Step::DefenseRequest:
        return tr("Apply for thesis defence");
    case Step::Thesis:
        return tr("Thesis information");
    case Step::ResidencyCertificate:
        return tr("Residency and physician certificates");
    case Step::ExamRegistration:
        return tr("National exam");
    case Step::ExamScores:
        return tr("Exam scores");
    }
    return {};
}

QString Progress::stateLabel(State state)
{
    switch (state) {
    case State::NotStarted:
        return tr("Not started");
    case State::Incomplete:
        return tr("Incomplete");
    case State::Complete:
        return tr("Complete");
    case State::Submitted:
        return tr("Submitted");
    }
    return {};
}

QList<Progress::StepStatus> Progress::evaluate(const Dossier &dossier,
                                               const ValidationContext &context)
{
    // Without registrations, the ExamRegistration step depends on the ExamScores step: judge
    // the scores once for both.
    const StepStatus examScores = evaluateExamScores(dossier, context);
    QList<StepStatus> statuses;
    const QList<Step> all = steps();
    statuses.reserve(all.size());
    for (const Step step : all) {
        if (step == Step::ExamScores) {
            statuses.append(examScores);
        } else if (step == Step::ExamRegistration) {
            statuses.append(evaluateExamRegistration(dossier, context, &examScores));
        } else {
            statuses.append(evaluate(step, dossier, context));
        }
    }
    return statuses;
}

Progress::StepStatus Progress::evaluate(Step step, const Dossier &dossier,
                                        const ValidationContext &context)
{
    switch (step) {
    case Step::Registration:
        return evaluateRecord(step, dossier.registration, true, [&](const Registration &r) {
            return RegistrationValidator::validate(r, context);
        });
    case Step::Photo:
        return evaluatePhoto(dossier);
    case Step::BasicInfo:
        return evaluateRecord(step, dossier.basicInfo, true, [&](const BasicInfo &b) {
            return BasicInfoValidator::validate(b, context);
        });
    case Step::DegreeApplication:
        return evaluateApplications(dossier, context);
    case Step::DefenseRequest:
        if (std::any_of(dossier.applications.cbegin(), dossier.applications.cend(),
                        showsDefenseRequested)) {
            return submitted(step);
        }
        return evaluateRecord(step, dossier.defenseRequest, true, [&](const DefenseRequest &r) {
            return ThesisValidator::validate(r, context);
        });
    case Step::Thesis:
        return evaluateRecord(step, dossier.thesis, true, [&](const Thesis &t) {
            return ThesisValidator::validate(t, context);
        });
    case Step::ResidencyCertificate:
        return evaluateRecord(step, dossier.residencyCertificate,
                              ResidencyRequirement::isRequired(dossier.applications),
                              [&](const ResidencyCertificate &c) {
                                  return ResidencyCertificateValidator::validate(c, context);
                              });
    case Step::ExamRegistration:
        return evaluateExamRegistration(dossier, context);
    case Step::ExamScores:
        return evaluateExamScores(dossier, context);
    }
    return notStarted(step, true);
}

} // namespace dd::domain
