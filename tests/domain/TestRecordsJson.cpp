#include "domain/ApplicationStateMachine.h"
#include "domain/BasicInfo.h"
#include "domain/DefenseRequest.h"
#include "domain/DegreeApplication.h"
#include "domain/ExamRegistration.h"
#include "domain/ExamRegistrationStateMachine.h"
#include "domain/ExamScore.h"
#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/NotificationPrefs.h"
#include "domain/Registration.h"
#include "domain/ResidencyCertificate.h"
#include "domain/ResumeEntry.h"
#include "domain/StateChange.h"
#include "domain/Thesis.h"
#include "domain/YearMonth.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

// ---- one record of each kind with every field set to something other than its default ----

Registration fullRegistration()
{
    Registration r;
    r.userName = u"zhang.wei@example.com"_s;
    r.password = u"Degree2023"_s;
    r.passwordConfirm = u"Degree2023"_s;
    r.email = u"zhang.wei@example.com"_s;
    r.emailConfirm = u"zhang.wei@example.com"_s;
    r.mobile = u"13800138000"_s;
    r.name = u"张伟"_s;
    r.country = u"CN"_s;
    r.idType = u"1"_s;
    r.idNumber = u"11010519491231002X"_s;
    r.idNumberConfirm = u"11010519491231002X"_s;
    r.address = u"北京市海淀区颐和园路5号"_s;
    r.postalCode = u"100871"_s;
    r.dayPhone = u"01062961234"_s;
    r.eveningPhone = u"13912345678"_s;
    r.remarks = u"课程班 2022 级"_s;
    return r;
}

BasicInfo fullBasicInfo()
{
    BasicInfo r;
    r.name = u"张伟"_s;
    r.namePinyin = u"ZHANG WEI"_s;
    r.gender = u"2"_s;
    r.country = u"CN"_s;
    r.ethnicity = u"01"_s;
    r.birthDate = u"19491231"_s;
    r.idType = u"1"_s;
    r.idNumber = u"11010519491231002X"_s;
    r.idNumberConfirm = u"11010519491231002X"_s;
    r.politicalStatus = u"13"_s;
    r.workStartMonth = u"201507"_s;
    r.priorDegreeMonth = u"201506"_s;
    r.priorDegreeCategory = u"08"_s;
    r.resume = {
        {u"201109"_s, u"201506"_s, u"北京工业大学"_s, u"土木工程专业 本科"_s},
        {u"201507"_s, u"201912"_s, u"中建一局"_s, u"技术员"_s},
        {u"202001"_s, {}, u"北京城建设计院"_s, u"工程师"_s},
    };
    return r;
}

QList<StateChange> fullTimeline()
{
    const QTimeZone utc = QTimeZone::utc();
    return {
        {u"draft"_s,
         u"submitted"_s,
         u"submit"_s,
         QDateTime(QDate(2023, 2, 20), QTime(9, 15, 30, 250), utc),
         {}},
        {u"submitted"_s, u"cancelled"_s, u"cancel"_s,
         QDateTime(QDate(2023, 2, 22), QTime(16, 0), utc), u"wrong institution"_s},
    };
}

DegreeApplication fullDegreeApplication()
{
    DegreeApplication r;
    r.year = u"2023"_s;
    r.institutionProvince = u"11"_s;
    r.institution = u"10005"_s;
    r.degreeType = u"academic"_s;
    r.disciplineCategory = u"08"_s;
    r.discipline = u"0814"_s;
    r.applicantCategory = u"7"_s;
    r.applicationMonth = u"202302"_s;
    r.studentNumber = u"S2022001"_s;
    r.className = u"土木 2022 研修班"_s;
    r.department = u"建筑工程学院"_s;
    r.employerProvince = u"11"_s;
    r.employerName = u"北京城建设计院"_s;
    r.employerType = u"10"_s;
    r.adminRank = u"000"_s;
    r.techRank = u"3"_s;
    r.state = u"cancelled"_s;
    r.timeline = fullTimeline();
    return r;
}

ExamRegistration fullExamRegistration()
{
    ExamRegistration r;
    r.examYear = u"2024"_s;
    r.examSubject = u"en"_s;
    r.examLanguage = u"en"_s;
    r.feePaid = true;
    r.ticketNumber = u"110124050100123"_s;
    r.state = u"submitted"_s;
    r.timeline = {fullTimeline().constFirst()};
    r.exemptReason = u"外语专业硕士学位"_s;
    return r;
}

ExamScore fullExamScore()
{
    ExamScore r;
    r.examYear = u"2023"_s;
    r.examSubject = u"0814"_s;
    r.score = 73;
    return r;
}

Thesis fullThesis()
{
    Thesis r;
    r.thesisTitle = u"装配式混凝土框架节点抗震性能研究"_s;
    r.thesisTitleEn = u"Seismic performance of precast concrete frame joints"_s;
    r.keywords = u"装配式结构,节点,抗震性能"_s;
    r.thesisType = u"2"_s;
    r.thesisSource = u"14"_s;
    r.wordCount = u"4.5"_s;
    r.thesisStart = u"20240301"_s;
    r.thesisEnd = u"20250228"_s;
    r.secrecy = u"0"_s;
    r.researchDirection = u"结构工程"_s;
    r.supervisorName = u"李明"_s;
    r.supervisorTitle = u"教授"_s;
    r.supervisorEmployer = u"北京工业大学"_s;
    r.defenseDate = u"20250520"_s;
    return r;
}

DefenseRequest fullDefenseRequest()
{
    DefenseRequest r;
    r.coursesPassedMonth = u"202407"_s;
    r.thesisTitle = u"装配式混凝土框架节点抗震性能研究"_s;
    r.supervisorName = u"李明"_s;
    r.defenseDate = u"20250520"_s;
    return r;
}

ResidencyCertificate fullResidencyCertificate()
{
    ResidencyCertificate r;
    r.qualificationNumber = u"201811110110105199001011234"_s;
    r.qualificationMonth = u"201808"_s;
    r.qualificationCategory = u"1"_s;
    r.practiceNumber = u"110110105000123"_s;
    r.practiceCategory = u"1"_s;
    r.practiceScope = u"内科专业"_s;
    r.practicePlace = u"北京市"_s;
    r.practiceFirstRegistered = u"20181015"_s;
    r.residencyCompleted = true;
    r.residencyNumber = u"1811000012345"_s;
    r.residencySpecialty = u"内科"_s;
    r.residencyBase = u"北京协和医院"_s;
    r.residencyStart = u"201509"_s;
    r.residencyEnd = u"201808"_s;
    return r;
}

NotificationPrefs fullNotificationPrefs()
{
    NotificationPrefs r;
    r.remindDeadlines = false;
    r.remindExam = false;
    r.remindScores = false;
    r.remindDaysBefore = 14;
    r.icsExport = true;
    return r;
}

// ---- the records behind one interface, so that the tests below are tables ----

struct RecordCase
{
    QString kind;
    QJsonObject full;  // the full record's JSON
    QJsonObject empty; // a default record's JSON
    // Reads JSON, writes the findings into *problems, and says whether the result equals
    // the full record (equalsFull) or a default record (equalsEmpty).
    std::function<bool(const QJsonObject &, Findings *)> equalsFull;
    std::function<bool(const QJsonObject &, Findings *)> equalsEmpty;
};

template<typename T>
RecordCase makeCase(const T &full)
{
    return RecordCase{
        T::kind(),
        full.toJson(),
        T{}.toJson(),
        [full](const QJsonObject &json, Findings *problems) {
            return T::fromJson(json, problems) == full;
        },
        [](const QJsonObject &json, Findings *problems) {
            return T::fromJson(json, problems) == T{};
        },
    };
}

const RecordCase &recordCase(const QString &kind)
{
    static const QList<RecordCase> cases = {
        makeCase(fullRegistration()),      makeCase(fullBasicInfo()),
        makeCase(fullDegreeApplication()), makeCase(fullExamRegistration()),
        makeCase(fullExamScore()),         makeCase(fullThesis()),
        makeCase(fullDefenseRequest()),    makeCase(fullResidencyCertificate()),
        makeCase(fullNotificationPrefs()),
    };
    for (const RecordCase &c : cases) {
        if (c.kind == kind) {
            return c;
        }
    }
    qFatal("no record of kind %s", qPrintable(kind));
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    }
    return document.object();
}

QString describe(const Findings &problems)
{
    QStringList lines;
    for (const Finding &f : problems) {
        lines.append(f.field + u' ' + f.rule + u' ' + f.message);
    }
    return lines.join(u'\n');
}

const QStringList s_kinds = {
    u"registration"_s,      u"basicInfo"_s, u"degreeApplication"_s, u"examRegistration"_s,
    u"examScore"_s,         u"thesis"_s,    u"defenseRequest"_s,    u"residencyCertificate"_s,
    u"notificationPrefs"_s,
};

} // namespace

class TestRecordsJson : public QObject
{
    Q_OBJECT

private slots:
    void kinds();
    void keys_data();
    void keys();
    void fixturesSetEveryField_data();
    void fixturesSetEveryField();
    void roundTrip_data();
    void roundTrip();
    void emptyObjectGivesDefaults_data();
    void emptyObjectGivesDefaults();
    void unknownKey_data();
    void unknownKey();
    void wrongType_data();
    void wrongType();
    void resumeRowKeys();
    void timelineRowKeys();
    void defaults();
    void scoreIsNullUntilPublished();
    void passMark_data();
    void passMark();
    void validity_data();
    void validity();
    void validityIsConfigurable();
    void resumeEntryOngoing();
    void exemption();
};

void TestRecordsJson::kinds()
{
    QCOMPARE(Registration::kind(), u"registration"_s);
    QCOMPARE(BasicInfo::kind(), u"basicInfo"_s);
    QCOMPARE(DegreeApplication::kind(), u"degreeApplication"_s);
    QCOMPARE(ExamRegistration::kind(), u"examRegistration"_s);
    QCOMPARE(ExamScore::kind(), u"examScore"_s);
    QCOMPARE(Thesis::kind(), u"thesis"_s);
    QCOMPARE(DefenseRequest::kind(), u"defenseRequest"_s);
    QCOMPARE(ResidencyCertificate::kind(), u"residencyCertificate"_s);
    QCOMPARE(NotificationPrefs::kind(), u"notificationPrefs"_s);
}

// Every field of the portal's form is written, under its Field.h key, and nothing else.
void TestRecordsJson::keys_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("registration")
        << u"registration"_s
        << QStringList{Field::UserName,   Field::Password,        Field::PasswordConfirm,
                       Field::Email,      Field::EmailConfirm,    Field::Mobile,
                       Field::Name,       Field::Country,         Field::IdType,
                       Field::IdNumber,   Field::IdNumberConfirm, Field::Address,
                       Field::PostalCode, Field::DayPhone,        Field::EveningPhone,
                       Field::Remarks};
    QTest::newRow("basicInfo") << u"basicInfo"_s
                               << QStringList{Field::Name,
                                              Field::NamePinyin,
                                              Field::Gender,
                                              Field::Country,
                                              Field::Ethnicity,
                                              Field::BirthDate,
                                              Field::IdType,
                                              Field::IdNumber,
                                              Field::IdNumberConfirm,
                                              Field::PoliticalStatus,
                                              Field::WorkStartMonth,
                                              Field::PriorDegreeMonth,
                                              Field::PriorDegreeCategory,
                                              Field::Resume};
    QTest::newRow("degreeApplication") << u"degreeApplication"_s
                                       << QStringList{Field::Year,
                                                      Field::InstitutionProvince,
                                                      Field::Institution,
                                                      Field::DegreeType,
                                                      Field::DisciplineCategory,
                                                      Field::Discipline,
                                                      Field::ApplicantCategory,
                                                      Field::ApplicationMonth,
                                                      Field::StudentNumber,
                                                      Field::ClassName,
                                                      Field::Department,
                                                      Field::EmployerProvince,
                                                      Field::EmployerName,
                                                      Field::EmployerType,
                                                      Field::AdminRank,
                                                      Field::TechRank,
                                                      Field::State,
                                                      u"timeline"_s};
    QTest::newRow("examRegistration")
        << u"examRegistration"_s
        << QStringList{Field::ExamYear, Field::ExamSubject,  Field::ExamLanguage,
                       Field::FeePaid,  Field::TicketNumber, Field::State,
                       u"timeline"_s,   Field::ExemptReason};
    QTest::newRow("examScore") << u"examScore"_s
                               << QStringList{Field::ExamYear, Field::ExamSubject, Field::Score};
    QTest::newRow("thesis")
        << u"thesis"_s
        << QStringList{Field::ThesisTitle,        Field::ThesisTitleEn,  Field::Keywords,
                       Field::ThesisType,         Field::ThesisSource,   Field::WordCount,
                       Field::ThesisStart,        Field::ThesisEnd,      Field::Secrecy,
                       Field::ResearchDirection,  Field::SupervisorName, Field::SupervisorTitle,
                       Field::SupervisorEmployer, Field::DefenseDate};
    QTest::newRow("defenseRequest") << u"defenseRequest"_s
                                    << QStringList{Field::CoursesPassedMonth, Field::ThesisTitle,
                                                   Field::SupervisorName, Field::DefenseDate};
    QTest::newRow("residencyCertificate")
        << u"residencyCertificate"_s
        << QStringList{Field::QualificationNumber,   Field::QualificationMonth,
                       Field::QualificationCategory, Field::PracticeNumber,
                       Field::PracticeCategory,      Field::PracticeScope,
                       Field::PracticePlace,         Field::PracticeFirstRegistered,
                       Field::ResidencyCompleted,    Field::ResidencyNumber,
                       Field::ResidencySpecialty,    Field::ResidencyBase,
                       Field::ResidencyStart,        Field::ResidencyEnd};
    QTest::newRow("notificationPrefs")
        << u"notificationPrefs"_s
        << QStringList{u"remindDeadlines"_s, u"remindExam"_s, u"remindScores"_s,
                       Field::RemindDaysBefore, u"icsExport"_s};
}

void TestRecordsJson::keys()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, keys);
    const RecordCase &record = recordCase(kind);
    QStringList written = record.full.keys();
    written.sort();
    keys.sort();
    QCOMPARE(written, keys);
    QStringList writtenByDefault = record.empty.keys();
    writtenByDefault.sort();
    QCOMPARE(writtenByDefault, keys);
}

// The round trip below proves something only if the fixture sets every field: each value of
// the full record's JSON differs from the default record's.
void TestRecordsJson::fixturesSetEveryField_data()
{
    QTest::addColumn<QString>("kind");
    for (const QString &kind : s_kinds) {
        QTest::newRow(qPrintable(kind)) << kind;
    }
}

void TestRecordsJson::fixturesSetEveryField()
{
    QFETCH(QString, kind);
    const RecordCase &record = recordCase(kind);
    for (auto it = record.full.constBegin(); it != record.full.constEnd(); ++it) {
        QVERIFY2(it.value() != record.empty.value(it.key()), qPrintable(it.key()));
    }
}

void TestRecordsJson::roundTrip_data()
{
    fixturesSetEveryField_data();
}

void TestRecordsJson::roundTrip()
{
    QFETCH(QString, kind);
    const RecordCase &record = recordCase(kind);
    // Through the text, as the server and the CLI receive it.
    const QByteArray text = QJsonDocument(record.full).toJson(QJsonDocument::Compact);
    Findings problems;
    QVERIFY(record.equalsFull(parse(text), &problems));
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    QVERIFY(!record.equalsFull(record.empty, nullptr));
}

void TestRecordsJson::emptyObjectGivesDefaults_data()
{
    fixturesSetEveryField_data();
}

void TestRecordsJson::emptyObjectGivesDefaults()
{
    QFETCH(QString, kind);
    const RecordCase &record = recordCase(kind);
    Findings problems;
    QVERIFY(record.equalsEmpty(QJsonObject(), &problems));
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

    // Every key present but null reads the same as missing.
    QJsonObject nulls;
    for (const QString &key : record.full.keys()) {
        nulls.insert(key, QJsonValue::Null);
    }
    QVERIFY(record.equalsEmpty(nulls, &problems));
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestRecordsJson::unknownKey_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("key");
    QTest::newRow("registration: misspelt userName")
        << u"registration"_s << QByteArray(R"({"userName": "a@b.cn", "usreName": "a@b.cn"})")
        << u"usreName"_s << u"usreName"_s;
    QTest::newRow("basicInfo: a key of another form")
        << u"basicInfo"_s << QByteArray(R"({"name": "张伟", "email": "a@b.cn"})") << u"email"_s
        << u"email"_s;
    QTest::newRow("basicInfo: unknown key in resume row 2")
        << u"basicInfo"_s
        << QByteArray(R"({"resume": [{"start": "201507"}, {"start": "202001", "until": "x"}]})")
        << u"resume[1].until"_s << u"until"_s;
    QTest::newRow("degreeApplication: status for state")
        << u"degreeApplication"_s << QByteArray(R"({"status": "submitted"})") << u"status"_s
        << u"status"_s;
    QTest::newRow("degreeApplication: unknown key in timeline row 1")
        << u"degreeApplication"_s
        << QByteArray(R"({"timeline": [{"from": "draft", "to": "submitted", "action": "submit",
                                        "at": "2023-02-20T09:15:30Z", "by": "staff"}]})")
        << u"timeline[0].by"_s << u"by"_s;
    QTest::newRow("examRegistration: paid for feePaid")
        << u"examRegistration"_s << QByteArray(R"({"paid": true})") << u"paid"_s << u"paid"_s;
    QTest::newRow("examScore: passed is derived, not stored")
        << u"examScore"_s << QByteArray(R"({"score": 61, "passed": true})") << u"passed"_s
        << u"passed"_s;
    QTest::newRow("thesis: title for thesisTitle")
        << u"thesis"_s << QByteArray(R"({"title": "x"})") << u"title"_s << u"title"_s;
    QTest::newRow("defenseRequest: requestDate")
        << u"defenseRequest"_s << QByteArray(R"({"requestDate": "20250520"})") << u"requestDate"_s
        << u"requestDate"_s;
    QTest::newRow("residencyCertificate: case differs")
        << u"residencyCertificate"_s << QByteArray(R"({"ResidencyNumber": "1"})")
        << u"ResidencyNumber"_s << u"ResidencyNumber"_s;
    QTest::newRow("notificationPrefs: sms")
        << u"notificationPrefs"_s << QByteArray(R"({"sms": true})") << u"sms"_s << u"sms"_s;
}

void TestRecordsJson::unknownKey()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, key);
    Findings problems;
    recordCase(kind).equalsEmpty(parse(json), &problems);
    QCOMPARE(problems.size(), 1);
    const Finding &f = problems.constFirst();
    QCOMPARE(f.field, field);
    QCOMPARE(f.rule, u"json.unknownField"_s);
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.detail, key);
    QVERIFY2(f.message.startsWith(Field::label(field) + u':'), qPrintable(f.message));
}

void TestRecordsJson::wrongType_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("expected");
    QTest::newRow("registration: ID number as a number")
        << u"registration"_s << QByteArray(R"({"idNumber": 110105194912310020})") << Field::IdNumber
        << u"string"_s;
    QTest::newRow("registration: postal code as a number")
        << u"registration"_s << QByteArray(R"({"postalCode": 100871})") << Field::PostalCode
        << u"string"_s;
    QTest::newRow("basicInfo: birth date as a number")
        << u"basicInfo"_s << QByteArray(R"({"birthDate": 19810422})") << Field::BirthDate
        << u"string"_s;
    QTest::newRow("basicInfo: resume as an object")
        << u"basicInfo"_s << QByteArray(R"({"resume": {"start": "201507"}})") << Field::Resume
        << u"array"_s;
    QTest::newRow("basicInfo: resume row 2 as text")
        << u"basicInfo"_s << QByteArray(R"({"resume": [{"start": "201507"}, "202001-"]})")
        << u"resume[1]"_s << u"object"_s;
    QTest::newRow("basicInfo: resume row 3 end as a number")
        << u"basicInfo"_s
        << QByteArray(R"({"resume": [{}, {}, {"start": "202001", "end": 202306}]})")
        << u"resume[2].end"_s << u"string"_s;
    QTest::newRow("degreeApplication: year as a number")
        << u"degreeApplication"_s << QByteArray(R"({"year": 2023})") << Field::Year << u"string"_s;
    QTest::newRow("degreeApplication: state as a number")
        << u"degreeApplication"_s << QByteArray(R"({"state": 1})") << Field::State << u"string"_s;
    QTest::newRow("degreeApplication: timeline as text")
        << u"degreeApplication"_s << QByteArray(R"({"timeline": "submitted"})") << u"timeline"_s
        << u"array"_s;
    QTest::newRow("examRegistration: fee paid as text")
        << u"examRegistration"_s << QByteArray(R"({"feePaid": "yes"})") << Field::FeePaid
        << u"boolean"_s;
    QTest::newRow("examRegistration: timeline row 1 as a list")
        << u"examRegistration"_s << QByteArray(R"({"timeline": [[]]})") << u"timeline[0]"_s
        << u"object"_s;
    QTest::newRow("examScore: score as text")
        << u"examScore"_s << QByteArray(R"({"score": "60"})") << Field::Score << u"integer"_s;
    QTest::newRow("examScore: score with a fraction")
        << u"examScore"_s << QByteArray(R"({"score": 59.5})") << Field::Score << u"integer"_s;
    QTest::newRow("thesis: word count as a number")
        << u"thesis"_s << QByteArray(R"({"wordCount": 4.5})") << Field::WordCount << u"string"_s;
    QTest::newRow("defenseRequest: month as a number")
        << u"defenseRequest"_s << QByteArray(R"({"coursesPassedMonth": 202407})")
        << Field::CoursesPassedMonth << u"string"_s;
    QTest::newRow("residencyCertificate: completed as text")
        << u"residencyCertificate"_s << QByteArray(R"({"residencyCompleted": "是"})")
        << Field::ResidencyCompleted << u"boolean"_s;
    QTest::newRow("notificationPrefs: days as text")
        << u"notificationPrefs"_s << QByteArray(R"({"remindDaysBefore": "7"})")
        << Field::RemindDaysBefore << u"integer"_s;
    QTest::newRow("notificationPrefs: ics export as 1")
        << u"notificationPrefs"_s << QByteArray(R"({"icsExport": 1})") << u"icsExport"_s
        << u"boolean"_s;
}

void TestRecordsJson::wrongType()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    Findings problems;
    recordCase(kind).equalsEmpty(parse(json), &problems);
    // Only the wrong type is reported (a timeline row also misses its codes; those are
    // StateChange's own findings and not this test's business).
    Findings wrongTypes;
    for (const Finding &f : std::as_const(problems)) {
        if (f.rule == JsonReader::WrongTypeRule) {
            wrongTypes.append(f);
        }
    }
    QVERIFY2(wrongTypes.size() == 1, qPrintable(describe(problems)));
    const Finding &f = wrongTypes.constFirst();
    QCOMPARE(f.field, field);
    QCOMPARE(f.rule, u"json.wrongType"_s);
    QCOMPARE(f.severity, Severity::Error);
    QCOMPARE(f.detail, expected);
    QVERIFY2(f.message.startsWith(Field::label(field) + u" must be "), qPrintable(f.message));
    QVERIFY(!hasRule(problems, JsonReader::UnknownFieldRule));
}

void TestRecordsJson::resumeRowKeys()
{
    const QByteArray json = R"({"resume": [
        {"start": "201109", "end": "201506", "organization": "北京工业大学", "role": "本科"},
        {"start": 201507, "end": "201912", "organization": "中建一局", "role": "技术员"},
        {"start": "202001", "end": "", "organization": "北京城建设计院", "role": ["工程师"]}
    ]})";
    Findings problems;
    const BasicInfo info = BasicInfo::fromJson(parse(json), &problems);
    QCOMPARE(info.resume.size(), 3);
    QCOMPARE(info.resume.at(0).organization, u"北京工业大学"_s);
    QCOMPARE(info.resume.at(1).start, QString());
    QCOMPARE(info.resume.at(1).end, u"201912"_s);
    QCOMPARE(info.resume.at(2).role, QString());
    QVERIFY(info.resume.at(2).isOngoing());

    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, Field::rowKey(Field::Resume, 1, Field::ResumeStart));
    QCOMPARE(problems.at(0).field, u"resume[1].start"_s);
    QCOMPARE(problems.at(1).field, u"resume[2].role"_s);
    QCOMPARE(problems.at(1).message,
             u"Personal history, row 3: Study or position must be text, not a list. Correct the "
             "value and try again."_s);
}

void TestRecordsJson::timelineRowKeys()
{
    const QByteArray json = R"({"state": "cancelled", "timeline": [
        {"from": "draft", "to": "submitted", "action": "submit", "at": "2023-02-20T09:15:30Z"},
        {"from": "submitted", "to": "cancelled", "action": "cancel",
         "at": "2023-02-22T16:00:00Z", "note": 3}
    ]})";
    Findings problems;
    const DegreeApplication application = DegreeApplication::fromJson(parse(json), &problems);
    QCOMPARE(application.state, u"cancelled"_s);
    QCOMPARE(application.timeline.size(), 2);
    QCOMPARE(application.timeline.at(1).action, u"cancel"_s);
    QCOMPARE(application.timeline.at(0).at,
             QDateTime(QDate(2023, 2, 20), QTime(9, 15, 30), QTimeZone::utc()));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, u"timeline[1].note"_s);
    QCOMPARE(problems.constFirst().rule, JsonReader::WrongTypeRule);
}

void TestRecordsJson::defaults()
{
    // A new record starts in its state machine's initial state.
    QCOMPARE(DegreeApplication().state, u"draft"_s);
    QCOMPARE(DegreeApplication().state,
             ApplicationStateMachine::stateCode(ApplicationStateMachine::initialState()));
    QCOMPARE(ExamRegistration().state, u"draft"_s);
    QCOMPARE(ExamRegistration().state,
             ExamRegistrationStateMachine::stateCode(ExamRegistrationStateMachine::initialState()));
    QCOMPARE(ExamRegistration().feePaid, false);
    QCOMPARE(ResidencyCertificate().residencyCompleted, false);
    const NotificationPrefs prefs;
    QVERIFY(prefs.remindDeadlines && prefs.remindExam && prefs.remindScores);
    QCOMPARE(prefs.remindDaysBefore, 7);
    QVERIFY(!prefs.icsExport);

    // A missing state reads as the initial one, a given state as written.
    Findings problems;
    QCOMPARE(DegreeApplication::fromJson(parse(R"({"year": "2023"})"), &problems).state,
             u"draft"_s);
    QCOMPARE(DegreeApplication::fromJson(parse(R"({"state": "submitted"})"), &problems).state,
             u"submitted"_s);
    // A missing switch keeps its default; a given one is read.
    const NotificationPrefs read =
        NotificationPrefs::fromJson(parse(R"({"remindExam": false})"), &problems);
    QVERIFY(read.remindDeadlines);
    QVERIFY(!read.remindExam);
    QCOMPARE(read.remindDaysBefore, 7);
    QVERIFY(problems.isEmpty());
}

void TestRecordsJson::scoreIsNullUntilPublished()
{
    ExamScore score;
    score.examYear = u"2023"_s;
    score.examSubject = u"en"_s;
    const QJsonObject json = score.toJson();
    QVERIFY(json.value(Field::Score).isNull());
    Findings problems;
    QCOMPARE(ExamScore::fromJson(json, &problems), score);
    QVERIFY(problems.isEmpty());
    score.score = 0; // a published zero is not "no score"
    QCOMPARE(score.toJson().value(Field::Score).toInt(-1), 0);
    QCOMPARE(ExamScore::fromJson(score.toJson(), &problems).score, std::optional<int>(0));
}

void TestRecordsJson::passMark_data()
{
    QTest::addColumn<std::optional<int>>("score");
    QTest::addColumn<bool>("passed");
    QTest::newRow("not published") << std::optional<int>() << false;
    QTest::newRow("0") << std::optional<int>(0) << false;
    QTest::newRow("59, one short") << std::optional<int>(59) << false;
    QTest::newRow("60, the pass mark") << std::optional<int>(60) << true;
    QTest::newRow("61") << std::optional<int>(61) << true;
    QTest::newRow("100") << std::optional<int>(100) << true;
}

void TestRecordsJson::passMark()
{
    QFETCH(std::optional<int>, score);
    QFETCH(bool, passed);
    QCOMPARE(ExamScore::PassMark, 60);
    ExamScore result;
    result.examYear = u"2023"_s;
    result.examSubject = u"en"_s;
    result.score = score;
    QCOMPARE(result.passed(), passed);
    QCOMPARE(result.validUntil().isValid(), passed);
}

void TestRecordsJson::validity_data()
{
    QTest::addColumn<QString>("examYear");
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("month");
    QTest::addColumn<QString>("validUntil");
    QTest::addColumn<bool>("validInMonth");
    QTest::newRow("2023 pass, the exam month")
        << u"2023"_s << 75 << u"202305"_s << u"202705"_s << true;
    QTest::newRow("2023 pass, the last month")
        << u"2023"_s << 60 << u"202705"_s << u"202705"_s << true;
    QTest::newRow("2023 pass, one month too late")
        << u"2023"_s << 60 << u"202706"_s << u"202705"_s << false;
    QTest::newRow("2023 pass, before the exam")
        << u"2023"_s << 60 << u"202304"_s << u"202705"_s << false;
    QTest::newRow("2020 pass, across year ends")
        << u"2020"_s << 88 << u"202401"_s << u"202405"_s << true;
    QTest::newRow("2023 fail") << u"2023"_s << 59 << u"202306"_s << QString() << false;
    QTest::newRow("two-digit year") << u"23"_s << 80 << u"202306"_s << QString() << false;
    QTest::newRow("year with a suffix") << u"2023年"_s << 80 << u"202306"_s << QString() << false;
    QTest::newRow("full-width year") << u"２０２３"_s << 80 << u"202306"_s << QString() << false;
}

void TestRecordsJson::validity()
{
    QFETCH(QString, examYear);
    QFETCH(int, score);
    QFETCH(QString, month);
    QFETCH(QString, validUntil);
    QFETCH(bool, validInMonth);
    ExamScore result;
    result.examYear = examYear;
    result.examSubject = u"0814"_s;
    result.score = score;
    QCOMPARE(ExamScore::DefaultValidityYears, 4);
    QCOMPARE(result.validUntil().toString(), validUntil);
    QCOMPARE(result.isValidIn(YearMonth::fromString(month)), validInMonth);
}

void TestRecordsJson::validityIsConfigurable()
{
    ExamScore result = fullExamScore(); // 2023, 73
    QCOMPARE(result.examMonth(), YearMonth(2023, 5));
    QCOMPARE(result.validUntil(6), YearMonth(2029, 5));
    QVERIFY(result.isValidIn(YearMonth(2028, 12), 6));
    QVERIFY(!result.isValidIn(YearMonth(2028, 12), 4));
    QCOMPARE(result.validUntil(4), YearMonth(2027, 5));
    QVERIFY(!result.isValidIn(YearMonth(), 4));
}

void TestRecordsJson::resumeEntryOngoing()
{
    Findings problems;
    const ResumeEntry ongoing =
        ResumeEntry::fromJson(parse(R"({"start": "202001", "organization": "设计院"})"), &problems);
    QVERIFY(ongoing.isOngoing());
    QVERIFY(!fullBasicInfo().resume.constFirst().isOngoing());
    QVERIFY(problems.isEmpty());
}

void TestRecordsJson::exemption()
{
    ExamRegistration registration;
    QVERIFY(!registration.isExempt());
    registration.exemptReason = u"  "_s;
    QVERIFY(!registration.isExempt());
    registration.exemptReason = u"外语专业硕士学位"_s;
    QVERIFY(registration.isExempt());
}

QTEST_GUILESS_MAIN(TestRecordsJson)
#include "TestRecordsJson.moc"
