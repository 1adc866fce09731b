#include "domain/DegreeApplicationValidator.h"

#include "domain/Field.h"

#include "support/RecordChanges.h"

#include <QJsonObject>
#include <QTest>

using namespace dd::domain;
using dd::test::withChanges;
using namespace Qt::StringLiterals;

namespace {

const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));

// An application of 2026 for the academic degree in 计算机科学与技术 (0812, 门类 08 工学) at
// 北京大学 (10001, Beijing), by a software engineer of a state-owned enterprise.
DegreeApplication validApplication()
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
    return a;
}

// The applicant's basic information: only the month of the prior degree matters here.
BasicInfo basicInfoWithDegreeIn(const QString &month)
{
    BasicInfo b;
    b.name = u"王磊"_s;
    b.birthDate = u"19900307"_s;
    b.priorDegreeMonth = month;
    return b;
}

} // namespace

class TestDegreeApplicationValidator : public QObject
{
    Q_OBJECT

private slots:
    void validApplicationHasNoFindings();
    void mistakes_data();
    void mistakes();
    void yearsSinceDegree_data();
    void yearsSinceDegree();
    void needsResidencyCertificate_data();
    void needsResidencyCertificate();
};

void TestDegreeApplicationValidator::validApplicationHasNoFindings()
{
    QCOMPARE(ruleCodes(DegreeApplicationValidator::validate(validApplication(), s_today)),
             QStringList());
    const BasicInfo basic = basicInfoWithDegreeIn(u"201206"_s);
    QCOMPARE(ruleCodes(DegreeApplicationValidator::validate(validApplication(), s_today, &basic)),
             QStringList());
}

void TestDegreeApplicationValidator::mistakes_data()
{
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("warnings");

    const QStringList none;
    const QString required = u"required"_s;
    const QString unknownCode = u"catalog.unknownCode"_s;

    // Every required field missing, once.
    QTest::newRow("year missing") << QJsonObject{{Field::Year, u""_s}} << QStringList{required}
                                  << QStringList{Field::Year} << none;
    QTest::newRow("institution province missing")
        << QJsonObject{{Field::InstitutionProvince, u""_s}} << QStringList{required}
        << QStringList{Field::InstitutionProvince} << none;
    QTest::newRow("institution missing")
        << QJsonObject{{Field::Institution, u""_s}} << QStringList{required}
        << QStringList{Field::Institution} << none;
    QTest::newRow("degree type missing")
        << QJsonObject{{Field::DegreeType, u""_s}} << QStringList{required}
        << QStringList{Field::DegreeType} << none;
    QTest::newRow("discipline category missing")
        << QJsonObject{{Field::DisciplineCategory, u""_s}} << QStringList{required}
        << QStringList{Field::DisciplineCategory} << none;
    QTest::newRow("discipline missing")
        << QJsonObject{{Field::Discipline, u""_s}} << QStringList{required}
        << QStringList{Field::Discipline} << none;
    QTest::newRow("applicant category missing")
        << QJsonObject{{Field::ApplicantCategory, u""_s}} << QStringList{required}
        << QStringList{Field::ApplicantCategory} << none;
    QTest::newRow("application month missing")
        << QJsonObject{{Field::ApplicationMonth, u""_s}} << QStringList{required}
        << QStringList{Field::ApplicationMonth} << none;
    QTest::newRow("employer province missing")
        << QJsonObject{{Field::EmployerProvince, u""_s}} << QStringList{required}
        << QStringList{Field::EmployerProvince} << none;
    QTest::newRow("employer missing")
        << QJsonObject{{Field::EmployerName, u" "_s}} << QStringList{required}
        << QStringList{Field::EmployerName} << none;
    QTest::newRow("nature of employer missing")
        << QJsonObject{{Field::EmployerType, u""_s}} << QStringList{required}
        << QStringList{Field::EmployerType} << none;
    QTest::newRow("administrative rank missing")
        << QJsonObject{{Field::AdminRank, u""_s}} << QStringList{required}
        << QStringList{Field::AdminRank} << none;
    QTest::newRow("technical title level missing")
        << QJsonObject{{Field::TechRank, u""_s}} << QStringList{required}
        << QStringList{Field::TechRank} << none;

    // 年度 and 网上学位申请年月.
    QTest::newRow("year of two digits")
        << QJsonObject{{Field::Year, u"26"_s}} << QStringList{u"application.year"_s}
        << QStringList{Field::Year} << none;
    QTest::newRow("year 2020 is a warning")
        << QJsonObject{{Field::Year, u"2020"_s}, {Field::ApplicationMonth, u"202005"_s}} << none
        << none << QStringList{u"application.yearRange"_s};
    QTest::newRow("next year's application prepared ahead")
        << QJsonObject{{Field::Year, u"2027"_s}, {Field::ApplicationMonth, u"202705"_s}} << none
        << none << none;
    QTest::newRow("application month in another year is a warning")
        << QJsonObject{{Field::ApplicationMonth, u"202505"_s}} << none << none
        << QStringList{u"application.monthYear"_s};
    QTest::newRow("application month with a dash")
        << QJsonObject{{Field::ApplicationMonth, u"2026-05"_s}} << QStringList{u"month.format"_s}
        << QStringList{Field::ApplicationMonth} << none;

    // 学位授予单位所在省市地区 → 学位授予单位.
    QTest::newRow("Fudan University is not in Beijing")
        << QJsonObject{{Field::Institution, u"10246"_s}}
        << QStringList{u"application.institutionProvince"_s} << QStringList{Field::Institution}
        << none;
    QTest::newRow("Fudan University in Shanghai")
        << QJsonObject{{Field::InstitutionProvince, u"31"_s}, {Field::Institution, u"10246"_s}}
        << none << none << none;
    QTest::newRow("Peking University with the province of Shanghai")
        << QJsonObject{{Field::InstitutionProvince, u"31"_s}}
        << QStringList{u"application.institutionProvince"_s} << QStringList{Field::Institution}
        << none;
    QTest::newRow("unknown institution code")
        << QJsonObject{{Field::Institution, u"19999"_s}} << QStringList{unknownCode}
        << QStringList{Field::Institution} << none;
    QTest::newRow("unknown province: institution not compared")
        << QJsonObject{{Field::InstitutionProvince, u"110000"_s}} << QStringList{unknownCode}
        << QStringList{Field::InstitutionProvince} << none;

    // 申请学位类型 → 学科门类 → 学科名称.
    QTest::newRow("discipline of another category")
        << QJsonObject{{Field::DisciplineCategory, u"12"_s}}
        << QStringList{u"application.disciplineCategory"_s} << QStringList{Field::Discipline}
        << none;
    QTest::newRow("academic discipline as a professional degree")
        << QJsonObject{{Field::DegreeType, u"professional"_s}}
        << QStringList{u"application.disciplineType"_s} << QStringList{Field::Discipline} << none;
    QTest::newRow("clinical medicine professional degree")
        << QJsonObject{{Field::DegreeType, u"professional"_s},
                       {Field::DisciplineCategory, u"10"_s},
                       {Field::Discipline, u"1051"_s}}
        << none << none << none;
    QTest::newRow("stomatology professional degree")
        << QJsonObject{{Field::DegreeType, u"professional"_s},
                       {Field::DisciplineCategory, u"10"_s},
                       {Field::Discipline, u"1052"_s}}
        << none << none << none;
    QTest::newRow("clinical medicine 1051 as an academic degree")
        << QJsonObject{{Field::DisciplineCategory, u"10"_s}, {Field::Discipline, u"1051"_s}}
        << QStringList{u"application.disciplineType"_s} << QStringList{Field::Discipline} << none;
    QTest::newRow("public health 1053 is closed")
        << QJsonObject{{Field::DegreeType, u"professional"_s},
                       {Field::DisciplineCategory, u"10"_s},
                       {Field::Discipline, u"1053"_s}}
        << QStringList{u"application.disciplineClosed"_s} << QStringList{Field::Discipline} << none;
    QTest::newRow("MBA 1251 is closed")
        << QJsonObject{{Field::DegreeType, u"professional"_s},
                       {Field::DisciplineCategory, u"12"_s},
                       {Field::Discipline, u"1251"_s}}
        << QStringList{u"application.disciplineClosed"_s} << QStringList{Field::Discipline} << none;
    QTest::newRow("wrong category and wrong type")
        << QJsonObject{{Field::DegreeType, u"professional"_s}, {Field::DisciplineCategory, u"10"_s}}
        << QStringList{u"application.disciplineCategory"_s, u"application.disciplineType"_s}
        << QStringList{Field::Discipline, Field::Discipline} << none;
    QTest::newRow("unknown discipline code")
        << QJsonObject{{Field::Discipline, u"0899"_s}} << QStringList{unknownCode}
        << QStringList{Field::Discipline} << none;
    QTest::newRow("discipline by name")
        << QJsonObject{{Field::Discipline, u"计算机科学与技术"_s}} << QStringList{unknownCode}
        << QStringList{Field::Discipline} << none;
    QTest::newRow("unknown degree type")
        << QJsonObject{{Field::DegreeType, u"doctoral"_s}} << QStringList{unknownCode}
        << QStringList{Field::DegreeType} << none;
    QTest::newRow("unknown discipline category")
        << QJsonObject{{Field::DisciplineCategory, u"15"_s}} << QStringList{unknownCode}
        << QStringList{Field::DisciplineCategory} << none;

    // The student fields, the employer and the state.
    QTest::newRow("student already at the institution")
        << QJsonObject{{Field::StudentNumber, u"2201210345"_s},
                       {Field::ClassName, u"2022级计算机同等学力班"_s},
                       {Field::Department, u"信息科学技术学院"_s}}
        << none << none << none;
    QTest::newRow("student number without department is a warning")
        << QJsonObject{{Field::StudentNumber, u"2201210345"_s}} << none << none
        << QStringList{u"application.studentDepartment"_s};
    QTest::newRow("student number too long")
        << QJsonObject{{Field::StudentNumber, QString(51, u'1')},
                       {Field::Department, u"信息科学技术学院"_s}}
        << QStringList{u"text.tooLong"_s} << QStringList{Field::StudentNumber} << none;
    QTest::newRow("employer name of 101 characters")
        << QJsonObject{{Field::EmployerName, QString(101, u'司')}} << QStringList{u"text.tooLong"_s}
        << QStringList{Field::EmployerName} << none;
    QTest::newRow("unknown nature of employer")
        << QJsonObject{{Field::EmployerType, u"30"_s}} << QStringList{unknownCode}
        << QStringList{Field::EmployerType} << none;
    QTest::newRow("submitted application")
        << QJsonObject{{Field::State, u"submitted"_s}} << none << none << none;
    QTest::newRow("unknown state")
        << QJsonObject{{Field::State, u"sent"_s}} << QStringList{u"state.unknown"_s}
        << QStringList{Field::State} << none;
}

void TestDegreeApplicationValidator::mistakes()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, warnings);

    QString problem;
    const DegreeApplication application = withChanges(validApplication(), changes, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Findings findings = DegreeApplicationValidator::validate(application, s_today);
    const Findings errorFindings = errorsOnly(findings);
    QCOMPARE(ruleCodes(errorFindings), errors);
    QCOMPARE(fieldKeys(errorFindings), fields);
    QCOMPARE(ruleCodes(warningsOnly(findings)), warnings);
    for (const Finding &f : findings) {
        QVERIFY(f.message.contains(Field::label(f.field)));
    }
}

void TestDegreeApplicationValidator::yearsSinceDegree_data()
{
    QTest::addColumn<QString>("priorDegreeMonth");
    QTest::addColumn<QString>("applicationMonth");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QString>("detail");

    QTest::newRow("fourteen years") << u"201206"_s << u"202605"_s << QStringList() << QString();
    QTest::newRow("exactly three years")
        << u"202305"_s << u"202605"_s << QStringList() << QString();
    QTest::newRow("one month short")
        << u"202306"_s << u"202605"_s << QStringList{u"eligibility.yearsSinceDegree"_s} << u"35"_s;
    QTest::newRow("degree last year")
        << u"202506"_s << u"202605"_s << QStringList{u"eligibility.yearsSinceDegree"_s} << u"11"_s;
    QTest::newRow("degree after the application")
        << u"202606"_s << u"202605"_s << QStringList{u"eligibility.degreeAfterApplication"_s}
        << u"-1"_s;
    QTest::newRow("degree month not given: not judged")
        << QString() << u"202605"_s << QStringList() << QString();
}

void TestDegreeApplicationValidator::yearsSinceDegree()
{
    QFETCH(QString, priorDegreeMonth);
    QFETCH(QString, applicationMonth);
    QFETCH(QStringList, errors);
    QFETCH(QString, detail);

    DegreeApplication application = validApplication();
    application.applicationMonth = applicationMonth;
    const BasicInfo basic = basicInfoWithDegreeIn(priorDegreeMonth);
    const Findings findings =
        errorsOnly(DegreeApplicationValidator::validate(application, s_today, &basic));
    QCOMPARE(ruleCodes(findings), errors);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, Field::ApplicationMonth);
        QCOMPARE(f.detail, detail);
    }
    // Without the basic information the rule cannot be applied.
    QCOMPARE(ruleCodes(errorsOnly(DegreeApplicationValidator::validate(application, s_today))),
             QStringList());
}

void TestDegreeApplicationValidator::needsResidencyCertificate_data()
{
    QTest::addColumn<QString>("degreeType");
    QTest::addColumn<QString>("discipline");
    QTest::addColumn<bool>("needed");

    QTest::newRow("1051 clinical medicine, professional") << u"professional"_s << u"1051"_s << true;
    QTest::newRow("1052 stomatology, professional") << u"professional"_s << u"1052"_s << true;
    QTest::newRow("1057 traditional Chinese medicine, professional")
        << u"professional"_s << u"1057"_s << true;
    QTest::newRow("1053 public health, closed") << u"professional"_s << u"1053"_s << false;
    QTest::newRow("1002 clinical medicine, academic") << u"academic"_s << u"1002"_s << false;
    QTest::newRow("0812 computer science, academic") << u"academic"_s << u"0812"_s << false;
    QTest::newRow("unknown discipline") << u"professional"_s << u"1099"_s << false;
}

void TestDegreeApplicationValidator::needsResidencyCertificate()
{
    QFETCH(QString, degreeType);
    QFETCH(QString, discipline);
    QFETCH(bool, needed);

    DegreeApplication application = validApplication();
    application.degreeType = degreeType;
    application.disciplineCategory = discipline.left(2);
    application.discipline = discipline;
    QCOMPARE(DegreeApplicationValidator::needsResidencyCertificate(application), needed);
}

QTEST_GUILESS_MAIN(TestDegreeApplicationValidator)
#include "TestDegreeApplicationValidator.moc"
