#pragma once

#include <QCoreApplication>
#include <QString>

namespace dd::domain {

// The keys of every field a form of the portal has, and their translated labels. A finding
// names its field by key; Field::label() gives the words the user sees ("证件号码" /
// "ID number"). Rows of a table are addressed as "resume[2].end" (0-based in the key, 1-based
// in the label).
class Field
{
    Q_DECLARE_TR_FUNCTIONS(Field)

public:
    // Registration (注册) and account (账户管理)
    static inline const QString UserName = QStringLiteral("userName");
    static inline const QString Password = QStringLiteral("password");
    static inline const QString PasswordConfirm = QStringLiteral("passwordConfirm");
    static inline const QString Email = QStringLiteral("email");
    static inline const QString EmailConfirm = QStringLiteral("emailConfirm");
    static inline const QString Mobile = QStringLiteral("mobile");
    static inline const QString Name = QStringLiteral("name");
    static inline const QString Country = QStringLiteral("country");
    static inline const QString IdType = QStringLiteral("idType");
    static inline const QString IdNumber = QStringLiteral("idNumber");
    static inline const QString IdNumberConfirm = QStringLiteral("idNumberConfirm");
    static inline const QString Address = QStringLiteral("address");
    static inline const QString PostalCode = QStringLiteral("postalCode");
    static inline const QString DayPhone = QStringLiteral("dayPhone");
    static inline const QString EveningPhone = QStringLiteral("eveningPhone");
    static inline const QString Remarks = QStringLiteral("remarks");

    // Basic information (填写基本信息)
    static inline const QString NamePinyin = QStringLiteral("namePinyin");
    static inline const QString Gender = QStringLiteral("gender");
    static inline const QString Ethnicity = QStringLiteral("ethnicity");
    static inline const QString BirthDate = QStringLiteral("birthDate");
    static inline const QString PoliticalStatus = QStringLiteral("politicalStatus");
    static inline const QString WorkStartMonth = QStringLiteral("workStartMonth");
    static inline const QString PriorDegreeMonth = QStringLiteral("priorDegreeMonth");
    static inline const QString PriorDegreeCategory = QStringLiteral("priorDegreeCategory");
    static inline const QString Resume = QStringLiteral("resume");
    static inline const QString ResumeStart = QStringLiteral("start");
    static inline const QString ResumeEnd = QStringLiteral("end");
    static inline const QString ResumeOrganization = QStringLiteral("organization");
    static inline const QString ResumeRole = QStringLiteral("role");

    // Degree application (提交学位申请)
    static inline const QString Year = QStringLiteral("year");
    static inline const QString InstitutionProvince = QStringLiteral("institutionProvince");
    static inline const QString Institution = QStringLiteral("institution");
    static inline const QString DegreeType = QStringLiteral("degreeType");
    static inline const QString DisciplineCategory = QStringLiteral("disciplineCategory");
    static inline const QString Discipline = QStringLiteral("discipline");
    static inline const QString ApplicantCategory = QStringLiteral("applicantCategory");
    static inline const QString ApplicationMonth = QStringLiteral("applicationMonth");
    static inline const QString StudentNumber = QStringLiteral("studentNumber");
    static inline const QString ClassName = QStringLiteral("className");
    static inline const QString Department = QStringLiteral("department");
    static inline const QString EmployerProvince = QStringLiteral("employerProvince");
    static inline const QString EmployerName = QStringLiteral("employerName");
    static inline const QString EmployerType = QStringLiteral("employerType");
    static inline const QString AdminRank = QStringLiteral("adminRank");
    static inline const QString TechRank = QStringLiteral("techRank");
    static inline const QString State = QStringLiteral("state");

    // National exam (全国统考) and scores (成绩查询)
    static inline const QString ExamYear = QStringLiteral("examYear");
    static inline const QString ExamSubject = QStringLiteral("examSubject");
    static inline const QString ExamLanguage = QStringLiteral("examLanguage");
    static inline const QString FeePaid = QStringLiteral("feePaid");
    static inline const QString TicketNumber = QStringLiteral("ticketNumber");
    static inline const QString Score = QStringLiteral("score");
    static inline const QString ExemptReason = QStringLiteral("exemptReason");

    // Thesis and defence (填报论文信息, 申请论文答辩资格)
    static inline const QString ThesisTitle = QStringLiteral("thesisTitle");
    static inline const QString ThesisTitleEn = QStringLiteral("thesisTitleEn");
    static inline const QString Keywords = QStringLiteral("keywords");
    static inline const QString ThesisType = QStringLiteral("thesisType");
    static inline const QString ThesisSource = QStringLiteral("thesisSource");
    static inline const QString WordCount = QStringLiteral("wordCount");
    static inline const QString ThesisStart = QStringLiteral("thesisStart");
    static inline const QString ThesisEnd = QStringLiteral("thesisEnd");
    static inline const QString Secrecy = QStringLiteral("secrecy");
    static inline const QString ResearchDirection = QStringLiteral("researchDirection");
    static inline const QString SupervisorName = QStringLiteral("supervisorName");
    static inline const QString SupervisorTitle = QStringLiteral("supervisorTitle");
    static inline const QString SupervisorEmployer = QStringLiteral("supervisorEmployer");
    static inline const QString DefenseDate = QStringLiteral("defenseDate");
    static inline const QString CoursesPassedMonth = QStringLiteral("coursesPassedMonth");

    // Residency and physician certificates (填写规培、医师证书信息)
    static inline const QString QualificationNumber = QStringLiteral("qualificationNumber");
    static inline const QString QualificationMonth = QStringLiteral("qualificationMonth");
    static inline const QString QualificationCategory = QStringLiteral("qualificationCategory");
    static inline const QString PracticeNumber = QStringLiteral("practiceNumber");
    static inline const QString PracticeCategory = QStringLiteral("practiceCategory");
    static inline const QString PracticeScope = QStringLiteral("practiceScope");
    static inline const QString PracticePlace = QStringLiteral("practicePlace");
    static inline const QString PracticeFirstRegistered = QStringLiteral("practiceFirstRegistered");
    static inline const QString ResidencyCompleted = QStringLiteral("residencyCompleted");
    static inline const QString ResidencyNumber = QStringLiteral("residencyNumber");
    static inline const QString ResidencySpecialty = QStringLiteral("residencySpecialty");
    static inline const QString ResidencyBase = QStringLiteral("residencyBase");
    static inline const QString ResidencyStart = QStringLiteral("residencyStart");
    static inline const QString ResidencyEnd = QStringLiteral("residencyEnd");

    // The certificate photo (上传电子照片)
    static inline const QString PhotoJpeg = QStringLiteral("jpeg");
    static inline const QString PhotoOriginalSha256 = QStringLiteral("originalSha256");
    static inline const QString PhotoOriginalName = QStringLiteral("originalName");
    static inline const QString PhotoCrop = QStringLiteral("crop");
    static inline const QString PhotoFailedRules = QStringLiteral("failedRules");

    // Notification preferences (短信定制)
    static inline const QString RemindDaysBefore = QStringLiteral("remindDaysBefore");
    static inline const QString RemindDeadlines = QStringLiteral("remindDeadlines");
    static inline const QString RemindExam = QStringLiteral("remindExam");
    static inline const QString RemindScores = QStringLiteral("remindScores");
    static inline const QString IcsExport = QStringLiteral("icsExport");

    // A record's timeline of state changes, and its columns
    static inline const QString Timeline = QStringLiteral("timeline");
    static inline const QString TimelineFrom = QStringLiteral("from");
    static inline const QString TimelineTo = QStringLiteral("to");
    static inline const QString TimelineAction = QStringLiteral("action");
    static inline const QString TimelineAt = QStringLiteral("at");
    static inline const QString TimelineNote = QStringLiteral("note");

    // The parts of a whole applicant's record (RecordValidator's "applicant" kind)
    static inline const QString RegistrationRecord = QStringLiteral("registration");
    static inline const QString BasicInfoRecord = QStringLiteral("basicInfo");
    static inline const QString Applications = QStringLiteral("applications");
    static inline const QString ExamRegistrations = QStringLiteral("examRegistrations");
    static inline const QString ExamScores = QStringLiteral("examScores");
    static inline const QString ThesisRecord = QStringLiteral("thesis");
    static inline const QString DefenseRequestRecord = QStringLiteral("defenseRequest");
    static inline const QString ResidencyCertificateRecord = QStringLiteral("residencyCertificate");
    static inline const QString NotificationPrefsRecord = QStringLiteral("notificationPrefs");

    // The translated label of a field key, e.g. "证件号码" for "idNumber". For a row key such
    // as "resume[2].end" it is "个人经历 第 3 行: 结束年月". Unknown keys come back unchanged.
    static QString label(const QString &key);

    // The key of a table row's field: rowKey("resume", 2, "end") == "resume[2].end".
    static QString rowKey(const QString &table, qsizetype row, const QString &field);

    // Every plain (non-row) key that has a label, for tests and the CLI's field list.
    static QStringList knownKeys();
};

} // namespace dd::domain
