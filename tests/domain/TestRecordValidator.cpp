#include "domain/RecordValidator.h"

#include "domain/BasicInfo.h"
#include "domain/DefenseRequest.h"
#include "domain/DegreeApplication.h"
#include "domain/ExamRegistration.h"
#include "domain/ExamScore.h"
#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/NotificationPrefs.h"
#include "domain/Registration.h"
#include "domain/ResidencyCertificate.h"
#include "domain/Thesis.h"

#include "support/RecordChanges.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dd::domain;
using dd::test::merged;
using namespace Qt::StringLiterals;

namespace {

const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));

// ---- one applicant, 王磊 (a man born on 7 March 1990), and each of his records ----------

QJsonObject registrationJson()
{
    Registration r;
    r.userName = u"wang.lei@163.com"_s;
    r.password = u"Wl19900307"_s;
    r.passwordConfirm = u"Wl19900307"_s;
    r.email = u"wang.lei@163.com"_s;
    r.emailConfirm = u"wang.lei@163.com"_s;
    r.mobile = u"13811112222"_s;
    r.name = u"王磊"_s;
    r.country = u"CN"_s;
    r.idType = u"1"_s;
    r.idNumber = u"11010519900307451X"_s;
    r.idNumberConfirm = u"11010519900307451X"_s;
    r.address = u"北京市海淀区中关村南大街5号"_s;
    r.postalCode = u"100081"_s;
    r.dayPhone = u"01062961234"_s;
    r.eveningPhone = u"13811112222"_s;
    return r.toJson();
}

QJsonArray resumeJson(const QString &lastEnd = {})
{
    return QJsonArray{
        ResumeEntry{u"200809"_s, u"201206"_s, u"北京工业大学"_s, u"计算机科学与技术专业本科学习"_s}
            .toJson(),
        ResumeEntry{u"201207"_s, lastEnd, u"北京城建设计发展集团"_s, u"软件工程师"_s}.toJson(),
    };
}

QJsonObject basicInfoJson()
{
    BasicInfo b;
    b.name = u"王磊"_s;
    b.namePinyin = u"Wang Lei"_s;
    b.gender = u"1"_s;
    b.country = u"CN"_s;
    b.ethnicity = u"01"_s;
    b.birthDate = u"19900307"_s;
    b.idType = u"1"_s;
    b.idNumber = u"11010519900307451X"_s;
    b.idNumberConfirm = u"11010519900307451X"_s;
    b.politicalStatus = u"13"_s;
    b.workStartMonth = u"201207"_s;
    b.priorDegreeMonth = u"201206"_s;
    b.priorDegreeCategory = u"08"_s;
    QJsonObject json = b.toJson();
    json.insert(Field::Resume, resumeJson());
    return json;
}

QJsonObject applicationJson(const QJsonObject &changes = {})
{
    DegreeApplication a;
    a.year = u"2026"_s;
    a.institutionProvince = u"11"_s;
    a.institution = u"10001"_s;
    a.degreeType = u"academic"_s;
    a.disciplineCategory = u"08"_s;
    a.discipline = u"0812"_s;
    a.applicantCategory = u"4"_s;
    a.applicationMonth = u"202605"_s;
    a.employerProvince = u"11"_s;
    a.employerName = u"北京城建设计发展集团股份有限公司"_s;
    a.employerType = u"31"_s;
    a.adminRank = u"000"_s;
    a.techRank = u"3"_s;
    return merged(a.toJson(), changes);
}

// The clinical-medicine professional degree (1051), which needs the certificates.
QJsonObject clinicalApplicationJson()
{
    return applicationJson({{Field::Institution, u"10023"_s},
                            {Field::DegreeType, u"professional"_s},
                            {Field::DisciplineCategory, u"10"_s},
                            {Field::Discipline, u"1051"_s},
                            {Field::EmployerName, u"北京大学第一医院"_s},
                            {Field::EmployerType, u"23"_s}});
}

QJsonObject examRegistrationJson(const QJsonObject &changes = {})
{
    ExamRegistration r;
    r.examYear = u"2026"_s;
    r.examSubject = u"0812"_s;
    r.feePaid = true;
    r.ticketNumber = u"261101081200123"_s;
    r.state = u"paid"_s;
    return merged(r.toJson(), changes);
}

QJsonObject examScoreJson(const QJsonValue &score = 72)
{
    ExamScore s;
    s.examYear = u"2025"_s;
    s.examSubject = u"en"_s;
    QJsonObject json = s.toJson();
    json.insert(Field::Score, score);
    return json;
}

QJsonObject thesisJson()
{
    Thesis t;
    t.thesisTitle = u"基于深度学习的城市轨道交通短时客流预测研究"_s;
    t.thesisTitleEn = u"Short-term Passenger Flow Forecasting of Urban Rail Transit"_s;
    t.keywords = u"深度学习,客流预测,城市轨道交通,时间序列"_s;
    t.thesisType = u"2"_s;
    t.thesisSource = u"90"_s;
    t.wordCount = u"3.5"_s;
    t.thesisStart = u"202503"_s;
    t.thesisEnd = u"202610"_s;
    t.secrecy = u"0"_s;
    t.supervisorName = u"李明"_s;
    t.defenseDate = u"20261220"_s;
    return t.toJson();
}

QJsonObject defenseRequestJson()
{
    DefenseRequest r;
    r.coursesPassedMonth = u"202605"_s;
    r.thesisTitle = u"基于深度学习的城市轨道交通短时客流预测研究"_s;
    r.supervisorName = u"李明"_s;
    r.defenseDate = u"20261215"_s;
    return r.toJson();
}

QJsonObject residencyCertificateJson()
{
    ResidencyCertificate c;
    c.qualificationNumber = u"201511110110105199003074"_s;
    c.qualificationMonth = u"201512"_s;
    c.qualificationCategory = u"1"_s;
    c.practiceNumber = u"110110105003421"_s;
    c.practiceCategory = u"1"_s;
    c.practiceScope = u"内科专业"_s;
    c.practicePlace = u"北京大学第一医院"_s;
    c.practiceFirstRegistered = u"20160315"_s;
    c.residencyCompleted = true;
    c.residencyNumber = u"110120180823001"_s;
    c.residencySpecialty = u"内科"_s;
    c.residencyBase = u"北京大学第一医院"_s;
    c.residencyStart = u"201509"_s;
    c.residencyEnd = u"201808"_s;
    return c.toJson();
}

QJsonObject notificationPrefsJson()
{
    NotificationPrefs p;
    p.remindDaysBefore = 14;
    p.icsExport = true;
    return p.toJson();
}

QJsonObject recordJson(const QString &kind)
{
    if (kind == Registration::kind()) {
        return registrationJson();
    }
    if (kind == BasicInfo::kind()) {
        return basicInfoJson();
    }
    if (kind == DegreeApplication::kind()) {
        return applicationJson();
    }
    if (kind == ExamRegistration::kind()) {
        return examRegistrationJson();
    }
    if (kind == ExamScore::kind()) {
        return examScoreJson();
    }
    if (kind == Thesis::kind()) {
        return thesisJson();
    }
    if (kind == DefenseRequest::kind()) {
        return defenseRequestJson();
    }
    if (kind == ResidencyCertificate::kind()) {
        return residencyCertificateJson();
    }
    if (kind == NotificationPrefs::kind()) {
        return notificationPrefsJson();
    }
    return {};
}

// Every part of the applicant, all valid and consistent with one another.
QJsonObject applicantJson()
{
    return QJsonObject{
        {Registration::kind(), registrationJson()},
        {BasicInfo::kind(), basicInfoJson()},
        {u"applications"_s, QJsonArray{applicationJson()}},
        {u"examRegistrations"_s,
         QJsonArray{examRegistrationJson(),
                    examRegistrationJson({{Field::ExamSubject, u"en"_s},
                                          {Field::TicketNumber, u"261101000100456"_s}})}},
        {u"examScores"_s, QJsonArray{examScoreJson()}},
        {Thesis::kind(), thesisJson()},
        {DefenseRequest::kind(), defenseRequestJson()},
        {ResidencyCertificate::kind(), residencyCertificateJson()},
        {NotificationPrefs::kind(), notificationPrefsJson()},
    };
}

QStringList recordKinds()
{
    return {Registration::kind(),      BasicInfo::kind(),
            DegreeApplication::kind(), ExamRegistration::kind(),
            ExamScore::kind(),         Thesis::kind(),
            DefenseRequest::kind(),    ResidencyCertificate::kind(),
            NotificationPrefs::kind()};
}

} // namespace

class TestRecordValidator : public QObject
{
    Q_OBJECT

private slots:
    void kinds();
    void validRecord_data();
    void validRecord();
    void unknownKey_data();
    void unknownKey();
    void wrongType_data();
    void wrongType();
    void recordRulesApply();
    void unknownKind_data();
    void unknownKind();
    void validApplicant();
    void applicant_data();
    void applicant();
    void applicantShape_data();
    void applicantShape();
};

void TestRecordValidator::kinds()
{
    const QStringList expected = recordKinds() + QStringList{u"applicant"_s};
    QCOMPARE(RecordValidator::kinds(), expected);
    for (const QString &kind : expected) {
        QVERIFY(RecordValidator::isKind(kind));
    }
    QVERIFY(!RecordValidator::isKind(u"account"_s));
}

void TestRecordValidator::validRecord_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : recordKinds()) {
        QTest::newRow(qPrintable(kind)) << kind;
    }
}

void TestRecordValidator::validRecord()
{
    QFETCH(QString, kind);
    const QJsonObject json = recordJson(kind);
    QVERIFY(!json.isEmpty());
    const Findings findings = RecordValidator::validate(kind, json, s_today);
    QCOMPARE(ruleCodes(errorsOnly(findings)), QStringList());
}

void TestRecordValidator::unknownKey_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::newRow("registration: Chinese key") << Registration::kind() << u"姓名"_s;
    QTest::newRow("basicInfo: misspelt key") << BasicInfo::kind() << u"birthdate"_s;
    QTest::newRow("degreeApplication: key of another form")
        << DegreeApplication::kind() << Field::Keywords;
    QTest::newRow("examRegistration: snake case") << ExamRegistration::kind() << u"fee_paid"_s;
    QTest::newRow("examScore: passed flag") << ExamScore::kind() << u"passed"_s;
    QTest::newRow("thesis: abstract") << Thesis::kind() << u"abstract"_s;
    QTest::newRow("defenseRequest: room") << DefenseRequest::kind() << u"room"_s;
    QTest::newRow("residencyCertificate: photo")
        << ResidencyCertificate::kind() << u"certificatePhoto"_s;
    QTest::newRow("notificationPrefs: SMS") << NotificationPrefs::kind() << u"sms"_s;
}

void TestRecordValidator::unknownKey()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QJsonObject json = recordJson(kind);
    QVERIFY(!json.contains(key));
    json.insert(key, u"x"_s);
    const Findings findings = errorsOnly(RecordValidator::validate(kind, json, s_today));
    QCOMPARE(ruleCodes(findings), QStringList{JsonReader::UnknownFieldRule});
    QCOMPARE(fieldKeys(findings), QStringList{key});
    QCOMPARE(findings.first().detail, key);
}

void TestRecordValidator::wrongType_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected"); // the detail: the JSON type expected
    // The value is read as empty, so a required field is reported missing as well.
    QTest::addColumn<QStringList>("errors");

    const QString wrongType = JsonReader::WrongTypeRule;
    QTest::newRow("registration: name as a number")
        << Registration::kind() << Field::Name << QJsonValue(123) << u"string"_s
        << QStringList{wrongType, u"required"_s};
    QTest::newRow("basicInfo: personal history as text")
        << BasicInfo::kind() << Field::Resume << QJsonValue(u"见附件"_s) << u"array"_s
        << QStringList{wrongType, u"resume.empty"_s};
    QTest::newRow("degreeApplication: year as a number")
        << DegreeApplication::kind() << Field::Year << QJsonValue(2026) << u"string"_s
        << QStringList{wrongType, u"required"_s};
    QTest::newRow("examRegistration: fee paid as text")
        << ExamRegistration::kind() << Field::FeePaid << QJsonValue(u"yes"_s) << u"boolean"_s
        << QStringList{wrongType};
    QTest::newRow("examScore: score with a fraction")
        << ExamScore::kind() << Field::Score << QJsonValue(72.5) << u"integer"_s
        << QStringList{wrongType};
    QTest::newRow("examScore: score as text")
        << ExamScore::kind() << Field::Score << QJsonValue(u"72"_s) << u"integer"_s
        << QStringList{wrongType};
    QTest::newRow("thesis: keywords as a list")
        << Thesis::kind() << Field::Keywords
        << QJsonValue(QJsonArray{u"深度学习"_s, u"客流预测"_s, u"时间序列"_s}) << u"string"_s
        << QStringList{wrongType, u"required"_s};
    QTest::newRow("defenseRequest: date as a number")
        << DefenseRequest::kind() << Field::DefenseDate << QJsonValue(20261215) << u"string"_s
        << QStringList{wrongType, u"required"_s};
    QTest::newRow("residencyCertificate: flag as text")
        << ResidencyCertificate::kind() << Field::ResidencyCompleted << QJsonValue(u"true"_s)
        << u"boolean"_s << QStringList{wrongType};
    QTest::newRow("notificationPrefs: days as text")
        << NotificationPrefs::kind() << Field::RemindDaysBefore << QJsonValue(u"7"_s)
        << u"integer"_s << QStringList{wrongType};
}

void TestRecordValidator::wrongType()
{
    QFETCH(QString, kind);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QFETCH(QStringList, errors);

    QJsonObject json = recordJson(kind);
    QVERIFY(json.contains(key));
    json.insert(key, value);
    const Findings findings = errorsOnly(RecordValidator::validate(kind, json, s_today));
    QCOMPARE(ruleCodes(findings), errors);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, key);
    }
    QCOMPARE(findings.first().detail, expected);
}

void TestRecordValidator::recordRulesApply()
{
    // After the JSON reading, every rule of the record's validator.
    QJsonObject json = applicationJson({{Field::Discipline, u"1053"_s},
                                        {Field::DisciplineCategory, u"10"_s},
                                        {Field::DegreeType, u"professional"_s}});
    json.insert(u"comment"_s, u"x"_s);
    const Findings findings =
        errorsOnly(RecordValidator::validate(DegreeApplication::kind(), json, s_today));
    QCOMPARE(ruleCodes(findings),
             (QStringList{JsonReader::UnknownFieldRule, u"application.disciplineClosed"_s}));
    QCOMPARE(fieldKeys(findings), (QStringList{u"comment"_s, Field::Discipline}));
}

void TestRecordValidator::unknownKind_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("account") << u"account"_s;
    QTest::newRow("capitalised") << u"Registration"_s;
    QTest::newRow("plural") << u"applications"_s;
    QTest::newRow("empty") << QString();
}

void TestRecordValidator::unknownKind()
{
    QFETCH(QString, kind);
    QVERIFY(!RecordValidator::isKind(kind));
    const Findings findings = RecordValidator::validate(kind, registrationJson(), s_today);
    QCOMPARE(ruleCodes(findings), QStringList{u"record.unknownKind"_s});
    QCOMPARE(findings.first().field, u"kind"_s);
    // The message lists the kinds that can be used.
    QVERIFY(findings.first().message.contains(u"degreeApplication"_s));
    QVERIFY(findings.first().message.contains(u"applicant"_s));
}

void TestRecordValidator::validApplicant()
{
    const Findings findings = RecordValidator::validate(u"applicant"_s, applicantJson(), s_today);
    QCOMPARE(ruleCodes(errorsOnly(findings)), QStringList());
    // A clinical-medicine application with its certificates is valid too.
    QJsonObject clinical = applicantJson();
    clinical.insert(u"applications"_s, QJsonArray{clinicalApplicationJson()});
    QCOMPARE(ruleCodes(errorsOnly(RecordValidator::validate(u"applicant"_s, clinical, s_today))),
             QStringList());
    // Every part is optional.
    QCOMPARE(ruleCodes(RecordValidator::validate(u"applicant"_s, QJsonObject(), s_today)),
             QStringList());
}

void TestRecordValidator::applicant_data()
{
    // "patch": for each part, an object of fields merged into it, an array replacing it, or
    // null removing the part.
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("fields");

    const QStringList none;
    const QString basic = BasicInfo::kind();
    const QString registration = Registration::kind();
    const QString certificate = ResidencyCertificate::kind();

    // Registration against basic information.
    QTest::newRow("name differs between registration and basic info")
        << QJsonObject{{basic, QJsonObject{{Field::Name, u"王雷"_s}}}}
        << QStringList{u"applicant.nameDiffers"_s} << QStringList{u"basicInfo.name"_s};
    QTest::newRow("same minority name, typed with a look-alike dot")
        << QJsonObject{{registration, QJsonObject{{Field::Name, u"阿沛\u00B7阿旺晋美"_s}}},
                       {basic, QJsonObject{{Field::Name, u"阿沛\u2022阿旺晋美"_s},
                                           {Field::NamePinyin, u"Apei Awangjinmei"_s}}}}
        << none << none;
    QTest::newRow("ID number differs")
        << QJsonObject{{basic, QJsonObject{{Field::IdNumber, u"110108199003074519"_s},
                                           {Field::IdNumberConfirm, u"110108199003074519"_s}}}}
        << QStringList{u"applicant.idDiffers"_s} << QStringList{u"basicInfo.idNumber"_s};
    QTest::newRow("ID number with a lower-case x")
        << QJsonObject{{basic, QJsonObject{{Field::IdNumber, u"11010519900307451x"_s},
                                           {Field::IdNumberConfirm, u"11010519900307451x"_s}}}}
        << none << none;
    QTest::newRow("ID type differs")
        << QJsonObject{{basic, QJsonObject{{Field::IdType, u"C"_s}}}}
        << QStringList{u"id.permitPrefix"_s, u"applicant.idDiffers"_s}
        << QStringList{u"basicInfo.idNumber"_s, u"basicInfo.idNumber"_s};
    QTest::newRow("without registration nothing is compared")
        << QJsonObject{{registration, QJsonValue::Null},
                       {basic, QJsonObject{{Field::Name, u"王雷"_s}}}}
        << none << none;

    // The residency certificate.
    QTest::newRow("certificate missing for a 1051 professional application")
        << QJsonObject{{u"applications"_s, QJsonArray{clinicalApplicationJson()}},
                       {certificate, QJsonValue::Null}}
        << QStringList{u"applicant.certificateMissing"_s} << QStringList{certificate};
    QTest::newRow("certificate missing for one of two applications")
        << QJsonObject{{u"applications"_s,
                        QJsonArray{applicationJson(), clinicalApplicationJson()}},
                       {certificate, QJsonValue::Null}}
        << QStringList{u"applicant.certificateMissing"_s} << QStringList{certificate};
    QTest::newRow("no certificate needed for an academic degree")
        << QJsonObject{{certificate, QJsonValue::Null}} << none << none;

    // The three years since the prior degree, from the basic information.
    QTest::newRow("degree 28 months before the application")
        << QJsonObject{{basic, QJsonObject{{Field::PriorDegreeMonth, u"202401"_s}}}}
        << QStringList{u"eligibility.yearsSinceDegree"_s}
        << QStringList{u"applications[0].applicationMonth"_s};
    QTest::newRow("without basic info the years are not judged")
        << QJsonObject{{basic, QJsonValue::Null}} << none << none;

    // Each part's own rules, with the field keys prefixed.
    QTest::newRow("registration: mobile missing")
        << QJsonObject{{registration, QJsonObject{{Field::Mobile, u""_s}}}}
        << QStringList{u"required"_s} << QStringList{u"registration.mobile"_s};
    QTest::newRow("basicInfo: date of birth differs from the ID")
        << QJsonObject{{basic, QJsonObject{{Field::BirthDate, u"19900308"_s}}}}
        << QStringList{u"id.birthDateMismatch"_s} << QStringList{u"basicInfo.birthDate"_s};
    QTest::newRow("basicInfo: personal history ends last year")
        << QJsonObject{{basic, QJsonObject{{Field::Resume, resumeJson(u"202512"_s)}}}}
        << QStringList{u"resume.stale"_s} << QStringList{u"basicInfo.resume[1].end"_s};
    QTest::newRow("basicInfo: unknown key")
        << QJsonObject{{basic, QJsonObject{{u"nickname"_s, u"磊磊"_s}}}}
        << QStringList{JsonReader::UnknownFieldRule} << QStringList{u"basicInfo.nickname"_s};
    QTest::newRow("applications[0]: unknown discipline")
        << QJsonObject{{u"applications"_s,
                        QJsonArray{applicationJson({{Field::Discipline, u"0899"_s}})}}}
        << QStringList{u"catalog.unknownCode"_s} << QStringList{u"applications[0].discipline"_s};
    QTest::newRow("applications[1]: institution in another province")
        << QJsonObject{{u"applications"_s,
                        QJsonArray{applicationJson(),
                                   applicationJson({{Field::Institution, u"10246"_s}})}}}
        << QStringList{u"application.institutionProvince"_s}
        << QStringList{u"applications[1].institution"_s};
    QTest::newRow("examRegistrations[1]: a comprehensive paper as the language")
        << QJsonObject{{u"examRegistrations"_s,
                        QJsonArray{examRegistrationJson(),
                                   examRegistrationJson({{Field::ExamLanguage, u"0812"_s}})}}}
        << QStringList{u"exam.notALanguage"_s}
        << QStringList{u"examRegistrations[1].examLanguage"_s};
    QTest::newRow("examScores[0]: score of 101")
        << QJsonObject{{u"examScores"_s, QJsonArray{examScoreJson(101)}}}
        << QStringList{u"exam.score"_s} << QStringList{u"examScores[0].score"_s};
    QTest::newRow("examScores[0]: score as text")
        << QJsonObject{{u"examScores"_s, QJsonArray{examScoreJson(u"72"_s)}}}
        << QStringList{JsonReader::WrongTypeRule} << QStringList{u"examScores[0].score"_s};
    QTest::newRow("thesis: two keywords")
        << QJsonObject{{Thesis::kind(), QJsonObject{{Field::Keywords, u"深度学习,客流预测"_s}}}}
        << QStringList{u"thesis.keywordCount"_s} << QStringList{u"thesis.keywords"_s};
    QTest::newRow("defenseRequest: defence before the tests")
        << QJsonObject{{DefenseRequest::kind(), QJsonObject{{Field::DefenseDate, u"20260410"_s}}}}
        << QStringList{u"defense.beforeTests"_s} << QStringList{u"defenseRequest.defenseDate"_s};
    QTest::newRow("residencyCertificate: number missing")
        << QJsonObject{{certificate, QJsonObject{{Field::ResidencyNumber, u""_s}}}}
        << QStringList{u"required"_s} << QStringList{u"residencyCertificate.residencyNumber"_s};
    QTest::newRow("notificationPrefs: ninety days")
        << QJsonObject{{NotificationPrefs::kind(), QJsonObject{{Field::RemindDaysBefore, 90}}}}
        << QStringList{u"prefs.remindDays"_s}
        << QStringList{u"notificationPrefs.remindDaysBefore"_s};
}

void TestRecordValidator::applicant()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, fields);

    QJsonObject json = applicantJson();
    for (auto it = patch.constBegin(); it != patch.constEnd(); ++it) {
        QVERIFY2(json.contains(it.key()), qPrintable(it.key()));
        if (it.value().isNull()) {
            json.remove(it.key());
        } else if (it.value().isObject()) {
            json.insert(it.key(), merged(json.value(it.key()).toObject(), it.value().toObject()));
        } else {
            json.insert(it.key(), it.value());
        }
    }
    const Findings findings = errorsOnly(RecordValidator::validate(u"applicant"_s, json, s_today));
    QCOMPARE(ruleCodes(findings), errors);
    QCOMPARE(fieldKeys(findings), fields);
    for (const Finding &f : findings) {
        QVERIFY(!f.message.isEmpty());
    }
}

void TestRecordValidator::applicantShape_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("details");

    const QString unknownField = JsonReader::UnknownFieldRule;
    const QString wrongType = JsonReader::WrongTypeRule;
    QTest::newRow("unknown part") << QJsonObject{{u"account"_s, QJsonObject()}}
                                  << QStringList{unknownField} << QStringList{u"account"_s}
                                  << QStringList{u"account"_s};
    QTest::newRow("singular instead of plural")
        << QJsonObject{{u"application"_s, applicationJson()}} << QStringList{unknownField}
        << QStringList{u"application"_s} << QStringList{u"application"_s};
    QTest::newRow("applications as an object")
        << QJsonObject{{u"applications"_s, applicationJson()}} << QStringList{wrongType}
        << QStringList{u"applications"_s} << QStringList{u"array"_s};
    QTest::newRow("thesis as an array")
        << QJsonObject{{Thesis::kind(), QJsonArray{thesisJson()}}} << QStringList{wrongType}
        << QStringList{u"thesis"_s} << QStringList{u"object"_s};
    QTest::newRow("registration as text")
        << QJsonObject{{Registration::kind(), u"王磊"_s}} << QStringList{wrongType}
        << QStringList{u"registration"_s} << QStringList{u"object"_s};
    QTest::newRow("an application that is not an object")
        << QJsonObject{{u"applications"_s, QJsonArray{applicationJson(), u"0812"_s}}}
        << QStringList{wrongType} << QStringList{u"applications[1]"_s} << QStringList{u"object"_s};
    QTest::newRow("exam scores as numbers")
        << QJsonObject{{u"examScores"_s, QJsonArray{72, 65}}} << QStringList{wrongType, wrongType}
        << QStringList{u"examScores[0]"_s, u"examScores[1]"_s}
        << QStringList{u"object"_s, u"object"_s};
    // The parts are not read while the shape is wrong: the invalid registration is not judged.
    QTest::newRow("a wrong shape stops the checks")
        << QJsonObject{{u"account"_s, QJsonObject()},
                       {Registration::kind(), QJsonObject{{Field::Name, u"王磊2"_s}}}}
        << QStringList{unknownField} << QStringList{u"account"_s} << QStringList{u"account"_s};
}

void TestRecordValidator::applicantShape()
{
    QFETCH(QJsonObject, json);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, details);

    const Findings findings = RecordValidator::validate(u"applicant"_s, json, s_today);
    QCOMPARE(ruleCodes(findings), errors);
    QCOMPARE(fieldKeys(findings), fields);
    QStringList measured;
    for (const Finding &f : findings) {
        measured.append(f.detail);
    }
    QCOMPARE(measured, details);
}

QTEST_GUILESS_MAIN(TestRecordValidator)
#include "TestRecordValidator.moc"
