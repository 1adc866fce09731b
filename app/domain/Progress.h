#pragma once

#include "domain/Dossier.h"
#include "domain/Finding.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace dd::domain {

// How far one applicant has come, step by step, in the portal's order: the state each menu
// item shows, and what is still missing (each item a finding whose field key leads to the
// field to fill in). The dashboard, the menu icons and the store's roster filters all read it.
//
// How each step is judged (a record's findings are its validator's errors; warnings and hints
// never make a step incomplete):
// - Registration, BasicInfo, Thesis, ResidencyCertificate: the record's validator
//   (RegistrationValidator, BasicInfoValidator, ThesisValidator, ResidencyCertificateValidator);
//   field keys as the validator gives them ("idNumber", "resume[1].end"). Never Submitted: no
//   state of the portal tells that these forms were sent.
// - Photo: Photo::isCompliant(); each of its failedRules is one error on Photo::JpegKey whose
//   rule is the photo check's own code (detail: the same code); a photo record without a JPEG
//   is one "required" error on Photo::JpegKey.
// - DegreeApplication: Submitted as soon as one application countsAsSubmitted()
//   (ApplicationStateMachine: 已提交 and every later state, final ones included; not a draft,
//   a returned or a cancelled one). Otherwise the applications still in play are judged — every
//   one not cancelled, or all of them when all are cancelled (a cancelled one can be submitted
//   again as it is) — by DegreeApplicationValidator, with the basic information when there is
//   one (three years since the prior degree). Keys name the row: "applications[0].discipline".
// - DefenseRequest: Submitted while an application shows the request made and not turned down
//   (DefenseRequested, DefenseApproved, DefensePassed, Awarded, NotAwarded); after a rejected
//   request or a failed defence the applicant asks again, so the record is judged again
//   (ThesisValidator).
// - ExamRegistration: the registrations not cancelled (or all, when all are) are judged by
//   ExamValidator, keys "examRegistrations[1].ticketNumber". Submitted when each of them
//   countsAsRegistered() (ExamRegistrationStateMachine: registered and every later state) or
//   is exempt, at least one being registered.
// - ExamScores: the papers the applicant must pass are those named (examSubject, examLanguage)
//   by the registrations not cancelled, and the 学科综合水平 paper of the discipline of each
//   application not cancelled (exam_subjects' "disciplines"); a paper named by an exempt
//   registration needs no score; and one foreign-language paper, any language, when no
//   registration names one. Complete when each has a pass valid in the month of
//   ValidationContext::today (ExamScore::isValidIn, the default validity of 4 years);
//   otherwise one error per paper: "progress.scoreMissing" (no score, on "examScores", detail:
//   the paper's code, or "language" for any language), and on the latest score's row
//   ("examScores[2].score") "progress.scorePending" (not yet published), "progress.scoreFailed"
//   (below the pass mark; detail: the score) or "progress.scoreExpired" (a pass no longer valid;
//   detail: the last month it counted, "YYYYMM"). Errors of ExamValidator on a score's row
//   count too. A discipline whose national paper does not exist is recorded as an exempt
//   registration with the reason.
//
// `required` (REFERENCE.md §1.2: every applicant registers, uploads the photo, fills in the
// basic information, applies, passes the national exam, requests the defence and reports the
// thesis):
// - ResidencyCertificate is required only when an application not cancelled needs it
//   (DegreeApplicationValidator::needsResidencyCertificate: the clinical medicine, stomatology
//   and TCM professional degrees). A cancelled application does not count, because cancelling
//   is how a wrong degree type is corrected (portal-screens.md).
// - DefenseRequest and Thesis are required of every applicant, although the portal opens them
//   only late (after the national exam, REFERENCE.md §1.2 step 7): Progress does not model "not
//   yet due"; the dashboard orders by steps() and shows the next deadline.
// - ExamRegistration is not required when there is no registration and every paper already has
//   a valid pass (an applicant who applies again within the validity of earlier passes);
//   ExamScores is not required when every paper is exempt.
// - Every other step is required. A step not required that has not been started is NotStarted
//   with nothing missing; once started it is judged like any other.
class Progress
{
    Q_DECLARE_TR_FUNCTIONS(Progress)

public:
    // The steps, in the portal's menu order (学位申请's items first, then the other menus).
    enum class Step {
        Registration,         // 注册
        Photo,                // 上传电子照片
        BasicInfo,            // 填写基本信息
        DegreeApplication,    // 提交学位申请
        DefenseRequest,       // 申请论文答辩资格
        Thesis,               // 填报论文信息
        ResidencyCertificate, // 填写规培、医师证书信息 (only where the discipline needs it)
        ExamRegistration,     // 全国统考
        ExamScores,           // 成绩查询
    };
    enum class State { NotStarted, Incomplete, Complete, Submitted };

    struct StepStatus
    {
        Step step = Step::Registration;
        State state = State::NotStarted;
        bool required = true; // false for a step this applicant does not need
        // What is still missing or wrong (errors only); empty when Complete or Submitted. A
        // required step not started has one finding on its own key (rule MissingRule); a step
        // not required and not started has none.
        Findings missing;
    };

    // A finding on a step's key (stepKey()) when the step is not started at all.
    static inline const QString MissingRule = QStringLiteral("progress.missing");

    static QList<Step> steps();
    // Machine names, stable (stored in the database, used in URLs): "registration", "photo",
    // "basicInfo", "degreeApplication", "defenseRequest", "thesis", "residencyCertificate",
    // "examRegistration", "examScores".
    static QString stepKey(Step step);
    static std::optional<Step> stepFromKey(const QString &key);
    // "notStarted", "incomplete", "complete", "submitted".
    static QString stateCode(State state);
    // Translated, for the menu and the dashboard.
    static QString stepLabel(Step step);
    static QString stateLabel(State state);

    // Every step's status for this dossier (in steps() order).
    static QList<StepStatus> evaluate(const Dossier &dossier, const ValidationContext &context);
    static StepStatus evaluate(Step step, const Dossier &dossier, const ValidationContext &context);
};

} // namespace dd::domain
