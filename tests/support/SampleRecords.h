#pragma once

#include "domain/BasicInfo.h"
#include "domain/DefenseRequest.h"
#include "domain/DegreeApplication.h"
#include "domain/Dossier.h"
#include "domain/ExamRegistration.h"
#include "domain/ExamScore.h"
#include "domain/NotificationPrefs.h"
#include "domain/Photo.h"
#include "domain/Registration.h"
#include "domain/ResidencyCertificate.h"
#include "domain/ResumeEntry.h"
#include "domain/Thesis.h"
#include "domain/ValidationContext.h"

#include <QByteArray>
#include <QDate>
#include <QRectF>
#include <QSize>

// One applicant, 王磊 (a man born on 7 March 1990, computer science, Beijing), and a valid
// example of every record type, all consistent with one another and valid on the day of
// sampleContext(): for the tests of domain, store and sync that need real records.
namespace dd::test {

// The day the sample records are valid on: 29 November 2026 (the personal history runs to
// this month, the exam results of May 2026 are out, the defence is still ahead).
inline domain::ValidationContext sampleContext()
{
    return domain::ValidationContext::at(QDate(2026, 11, 29));
}

inline domain::Registration validRegistration()
{
    domain::Registration r;
    r.userName = QStringLiteral("wang.lei@163.com");
    r.password = QStringLiteral("Wl19900307");
    r.passwordConfirm = QStringLiteral("Wl19900307");
    r.email = QStringLiteral("wang.lei@163.com");
    r.emailConfirm = QStringLiteral("wang.lei@163.com");
    r.mobile = QStringLiteral("13811112222");
    r.name = QStringLiteral("王磊");
    r.country = QStringLiteral("CN");
    r.idType = QStringLiteral("1");
    r.idNumber = QStringLiteral("11010519900307451X");
    r.idNumberConfirm = QStringLiteral("11010519900307451X");
    r.address = QStringLiteral("北京市海淀区中关村南大街5号");
    r.postalCode = QStringLiteral("100081");
    r.dayPhone = QStringLiteral("01062961234");
    r.eveningPhone = QStringLiteral("13811112222");
    return r;
}

inline domain::BasicInfo validBasicInfo()
{
    domain::BasicInfo b;
    b.name = QStringLiteral("王磊");
    b.namePinyin = QStringLiteral("Wang Lei");
    b.gender = QStringLiteral("1");
    b.country = QStringLiteral("CN");
    b.ethnicity = QStringLiteral("01");
    b.birthDate = QStringLiteral("19900307");
    b.idType = QStringLiteral("1");
    b.idNumber = QStringLiteral("11010519900307451X");
    b.idNumberConfirm = QStringLiteral("11010519900307451X");
    b.politicalStatus = QStringLiteral("13");
    b.workStartMonth = QStringLiteral("201207");
    b.priorDegreeMonth = QStringLiteral("201206");
    b.priorDegreeCategory = QStringLiteral("08");
    b.resume = {
        domain::ResumeEntry{QStringLiteral("200809"), QStringLiteral("201206"),
                            QStringLiteral("北京工业大学"),
                            QStringLiteral("计算机科学与技术专业本科学习")},
        domain::ResumeEntry{QStringLiteral("201207"),
                            {},
                            QStringLiteral("北京城建设计发展集团"),
                            QStringLiteral("软件工程师")},
    };
    return b;
}

// A stand-in for the processed certificate photo: the JPEG start (SOI, APP0 "JFIF") and end
// (EOI) markers around a few bytes. Photo does not decode its JPEG, so app/domain tests need
// no image library.
inline QByteArray sampleJpeg()
{
    return QByteArray::fromHex("ffd8ffe000104a46494600010100000100010000ffd9");
}

inline domain::Photo validPhoto()
{
    domain::Photo p;
    p.jpeg = sampleJpeg();
    p.originalSha256 =
        QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    p.originalName = QStringLiteral("IMG_2041.JPG");
    // 1560×2268 has the 390:567 shape of the certificate photo, cut from a 3024×4032 portrait.
    p.crop.frame = QRectF(732.0, 604.5, 1560.0, 2268.0);
    p.crop.rotation = -1.5;
    p.crop.sourceSize = QSize(3024, 4032);
    return p;
}

// 计算机科学与技术 (0812), an academic degree at 北京大学, prepared and not yet submitted.
inline domain::DegreeApplication validDegreeApplication()
{
    domain::DegreeApplication a;
    a.year = QStringLiteral("2026");
    a.institutionProvince = QStringLiteral("11");
    a.institution = QStringLiteral("10001");
    a.degreeType = QStringLiteral("academic");
    a.disciplineCategory = QStringLiteral("08");
    a.discipline = QStringLiteral("0812");
    a.applicantCategory = QStringLiteral("4");
    a.applicationMonth = QStringLiteral("202602");
    a.employerProvince = QStringLiteral("11");
    a.employerName = QStringLiteral("北京城建设计发展集团股份有限公司");
    a.employerType = QStringLiteral("31");
    a.adminRank = QStringLiteral("000");
    a.techRank = QStringLiteral("3");
    return a;
}

// The clinical-medicine professional degree (1051), which needs the residency and physician
// certificates (填写规培、医师证书信息).
inline domain::DegreeApplication validClinicalApplication()
{
    domain::DegreeApplication a = validDegreeApplication();
    a.institution = QStringLiteral("10023");
    a.degreeType = QStringLiteral("professional");
    a.disciplineCategory = QStringLiteral("10");
    a.discipline = QStringLiteral("1051");
    a.employerName = QStringLiteral("北京大学第一医院");
    a.employerType = QStringLiteral("23");
    return a;
}

// The 学科综合水平 paper of computer science in May 2026, paid, with its admission ticket.
inline domain::ExamRegistration validExamRegistration()
{
    domain::ExamRegistration r;
    r.examYear = QStringLiteral("2026");
    r.examSubject = QStringLiteral("0812");
    r.feePaid = true;
    r.ticketNumber = QStringLiteral("261101081200123");
    r.state = QStringLiteral("paid");
    return r;
}

// The English paper of the same exam.
inline domain::ExamRegistration validLanguageExamRegistration()
{
    domain::ExamRegistration r = validExamRegistration();
    r.examSubject = QStringLiteral("en");
    r.examLanguage = QStringLiteral("en");
    r.ticketNumber = QStringLiteral("261101000100456");
    return r;
}

// The English paper of May 2026, passed with 72.
inline domain::ExamScore validExamScore()
{
    domain::ExamScore s;
    s.examYear = QStringLiteral("2026");
    s.examSubject = QStringLiteral("en");
    s.score = 72;
    return s;
}

inline domain::Thesis validThesis()
{
    domain::Thesis t;
    t.thesisTitle = QStringLiteral("基于深度学习的城市轨道交通短时客流预测研究");
    t.thesisTitleEn = QStringLiteral("Short-term Passenger Flow Forecasting of Urban Rail Transit");
    t.keywords = QStringLiteral("深度学习,客流预测,城市轨道交通,时间序列");
    t.thesisType = QStringLiteral("2");
    t.thesisSource = QStringLiteral("90");
    t.wordCount = QStringLiteral("3.5");
    t.thesisStart = QStringLiteral("202503");
    t.thesisEnd = QStringLiteral("202610");
    t.secrecy = QStringLiteral("0");
    t.supervisorName = QStringLiteral("李明");
    t.defenseDate = QStringLiteral("20261215");
    return t;
}

inline domain::DefenseRequest validDefenseRequest()
{
    domain::DefenseRequest r;
    r.coursesPassedMonth = QStringLiteral("202607");
    r.thesisTitle = QStringLiteral("基于深度学习的城市轨道交通短时客流预测研究");
    r.supervisorName = QStringLiteral("李明");
    r.defenseDate = QStringLiteral("20261215");
    return r;
}

inline domain::ResidencyCertificate validResidencyCertificate()
{
    domain::ResidencyCertificate c;
    c.qualificationNumber = QStringLiteral("201511110110105199003074");
    c.qualificationMonth = QStringLiteral("201512");
    c.qualificationCategory = QStringLiteral("1");
    c.practiceNumber = QStringLiteral("110110105003421");
    c.practiceCategory = QStringLiteral("1");
    c.practiceScope = QStringLiteral("内科专业");
    c.practicePlace = QStringLiteral("北京大学第一医院");
    c.practiceFirstRegistered = QStringLiteral("20160315");
    c.residencyCompleted = true;
    c.residencyNumber = QStringLiteral("110120180823001");
    c.residencySpecialty = QStringLiteral("内科");
    c.residencyBase = QStringLiteral("北京大学第一医院");
    c.residencyStart = QStringLiteral("201509");
    c.residencyEnd = QStringLiteral("201808");
    return c;
}

inline domain::NotificationPrefs validNotificationPrefs()
{
    domain::NotificationPrefs p;
    p.remindDaysBefore = 14;
    p.icsExport = true;
    return p;
}

// Everything of 王磊 on sampleContext()'s day: the application in the register with the
// defence requested (已申请答辩资格), both papers of May 2026 sat and passed, the thesis
// reported; and the certificates, which his academic degree does not need. Every step of
// Progress is Complete or Submitted.
inline domain::Dossier completeDossier()
{
    domain::Dossier d;
    d.registration = validRegistration();
    d.basicInfo = validBasicInfo();
    d.photo = validPhoto();

    domain::DegreeApplication application = validDegreeApplication();
    application.state = QStringLiteral("defense_requested");
    d.applications = {application};

    domain::ExamRegistration comprehensive = validExamRegistration();
    comprehensive.state = QStringLiteral("scored");
    domain::ExamRegistration language = validLanguageExamRegistration();
    language.state = QStringLiteral("scored");
    d.examRegistrations = {language, comprehensive};

    domain::ExamScore comprehensiveScore;
    comprehensiveScore.examYear = QStringLiteral("2026");
    comprehensiveScore.examSubject = QStringLiteral("0812");
    comprehensiveScore.score = 68;
    d.examScores = {validExamScore(), comprehensiveScore};

    d.defenseRequest = validDefenseRequest();
    d.thesis = validThesis();
    d.residencyCertificate = validResidencyCertificate();
    d.notificationPrefs = validNotificationPrefs();
    return d;
}

} // namespace dd::test
