#include "domain/BasicInfoValidator.h"

#include "domain/Field.h"

#include "support/RecordChanges.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace dd::domain;
using dd::test::withChanges;
using namespace Qt::StringLiterals;

namespace {

const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));

// 王磊, born 7 March 1990 in Beijing: a bachelor of engineering in June 2012, at work since
// July 2012, still with the same employer.
BasicInfo validBasicInfo()
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
    b.resume = {
        {u"200809"_s, u"201206"_s, u"北京工业大学"_s, u"计算机科学与技术专业本科学习"_s},
        {u"201207"_s, {}, u"北京城建设计发展集团"_s, u"软件工程师"_s},
    };
    return b;
}

QJsonArray resume(const QList<ResumeEntry> &entries)
{
    QJsonArray rows;
    for (const ResumeEntry &entry : entries) {
        rows.append(entry.toJson());
    }
    return rows;
}

} // namespace

class TestBasicInfoValidator : public QObject
{
    Q_OBJECT

private slots:
    void validBasicInfoHasNoFindingsButInfos();
    void mistakes_data();
    void mistakes();
};

void TestBasicInfoValidator::validBasicInfoHasNoFindingsButInfos()
{
    const Findings findings = BasicInfoValidator::validate(validBasicInfo(), s_today);
    QCOMPARE(ruleCodes(errorsOnly(findings)), QStringList());
    QCOMPARE(ruleCodes(warningsOnly(findings)), QStringList());
}

void TestBasicInfoValidator::mistakes_data()
{
    // Each row changes fields of the valid record (JSON keys, read back by BasicInfo::fromJson).
    QTest::addColumn<QJsonObject>("changes");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("warnings");

    const QStringList none;
    const QString required = u"required"_s;
    const QString unknownCode = u"catalog.unknownCode"_s;
    const QString mismatch = u"confirm.mismatch"_s;

    // Every required field missing, once.
    QTest::newRow("pinyin missing")
        << QJsonObject{{Field::NamePinyin, u""_s}} << QStringList{required}
        << QStringList{Field::NamePinyin} << none;
    QTest::newRow("sex missing") << QJsonObject{{Field::Gender, u""_s}} << QStringList{required}
                                 << QStringList{Field::Gender} << none;
    QTest::newRow("country missing")
        << QJsonObject{{Field::Country, u""_s}} << QStringList{required}
        << QStringList{Field::Country} << none;
    QTest::newRow("ethnic group missing")
        << QJsonObject{{Field::Ethnicity, u""_s}} << QStringList{required}
        << QStringList{Field::Ethnicity} << none;
    QTest::newRow("date of birth missing")
        << QJsonObject{{Field::BirthDate, u""_s}} << QStringList{required}
        << QStringList{Field::BirthDate} << none;
    QTest::newRow("ID type missing") << QJsonObject{{Field::IdType, u""_s}} << QStringList{required}
                                     << QStringList{Field::IdType} << none;
    QTest::newRow("ID number missing")
        << QJsonObject{{Field::IdNumber, u""_s}} << QStringList{required, mismatch}
        << QStringList{Field::IdNumber, Field::IdNumberConfirm} << none;
    QTest::newRow("ID number confirmation missing")
        << QJsonObject{{Field::IdNumberConfirm, u""_s}} << QStringList{required}
        << QStringList{Field::IdNumberConfirm} << none;
    QTest::newRow("political status missing")
        << QJsonObject{{Field::PoliticalStatus, u""_s}} << QStringList{required}
        << QStringList{Field::PoliticalStatus} << none;
    QTest::newRow("month work began missing")
        << QJsonObject{{Field::WorkStartMonth, u""_s}} << QStringList{required}
        << QStringList{Field::WorkStartMonth} << none;
    QTest::newRow("month of prior degree missing")
        << QJsonObject{{Field::PriorDegreeMonth, u""_s}} << QStringList{required}
        << QStringList{Field::PriorDegreeMonth} << none;
    QTest::newRow("category of prior degree missing")
        << QJsonObject{{Field::PriorDegreeCategory, u""_s}} << QStringList{required}
        << QStringList{Field::PriorDegreeCategory} << none;
    QTest::newRow("personal history empty")
        << QJsonObject{{Field::Resume, QJsonArray()}} << QStringList{u"resume.empty"_s}
        << QStringList{Field::Resume} << none;
    QTest::newRow("name is copied from the registration, not required here")
        << QJsonObject{{Field::Name, u""_s}} << none << none << none;

    // The confirmation and the ID number against 出生日期 and 性别.
    QTest::newRow("ID confirmation differs")
        << QJsonObject{{Field::IdNumberConfirm, u"110105199003074536"_s}} << QStringList{mismatch}
        << QStringList{Field::IdNumberConfirm} << none;
    QTest::newRow("date of birth one day off the ID")
        << QJsonObject{{Field::BirthDate, u"19900308"_s}} << QStringList{u"id.birthDateMismatch"_s}
        << QStringList{Field::BirthDate} << none;
    QTest::newRow("month and day swapped")
        << QJsonObject{{Field::BirthDate, u"19900703"_s}} << QStringList{u"id.birthDateMismatch"_s}
        << QStringList{Field::BirthDate} << none;
    QTest::newRow("female chosen for a man's ID")
        << QJsonObject{{Field::Gender, u"2"_s}} << QStringList{u"id.genderMismatch"_s}
        << QStringList{Field::Gender} << none;
    QTest::newRow("a woman born in 1949, consistent")
        << QJsonObject{{Field::Name, u"张伟"_s},
                       {Field::NamePinyin, u"Zhang Wei"_s},
                       {Field::Gender, u"2"_s},
                       {Field::BirthDate, u"19491231"_s},
                       {Field::IdNumber, u"11010519491231002X"_s},
                       {Field::IdNumberConfirm, u"11010519491231002X"_s}}
        << none << none << none;
    QTest::newRow("a woman's ID with male chosen")
        << QJsonObject{{Field::BirthDate, u"19491231"_s},
                       {Field::IdNumber, u"11010519491231002X"_s},
                       {Field::IdNumberConfirm, u"11010519491231002X"_s}}
        << QStringList{u"id.genderMismatch"_s} << QStringList{Field::Gender} << none;
    QTest::newRow("ID's check digit wrong: consistency not judged")
        << QJsonObject{{Field::BirthDate, u"19900308"_s},
                       {Field::IdNumber, u"110105199003074510"_s},
                       {Field::IdNumberConfirm, u"110105199003074510"_s}}
        << QStringList{u"id.checkDigit"_s} << QStringList{Field::IdNumber} << none;
    QTest::newRow("passport: no date or sex in the number")
        << QJsonObject{{Field::IdType, u"A"_s},
                       {Field::IdNumber, u"E12345678"_s},
                       {Field::IdNumberConfirm, u"E12345678"_s}}
        << none << none << none;
    QTest::newRow("residence permit type for a resident ID")
        << QJsonObject{{Field::IdType, u"C"_s}} << QStringList{u"id.permitPrefix"_s}
        << QStringList{Field::IdNumber} << none;

    // Names and pinyin.
    QTest::newRow("pinyin of another name is a warning")
        << QJsonObject{{Field::Name, u"张三"_s}, {Field::NamePinyin, u"Li Si"_s}} << none << none
        << QStringList{u"pinyin.mismatch"_s};
    QTest::newRow("polyphonic surname read as a surname")
        << QJsonObject{{Field::Name, u"单田芳"_s}, {Field::NamePinyin, u"Shan Tianfang"_s}} << none
        << none << none;
    QTest::newRow("minority name typed with a bullet")
        << QJsonObject{{Field::Name, u"阿沛\u2022阿旺晋美"_s},
                       {Field::NamePinyin, u"Apei Awangjinmei"_s},
                       {Field::Ethnicity, u"04"_s}}
        << none << none << none;
    QTest::newRow("name in mixed scripts")
        << QJsonObject{{Field::Name, u"王Lei"_s}} << QStringList{u"name.characters"_s}
        << QStringList{Field::Name} << none;
    QTest::newRow("pinyin with tone marks")
        << QJsonObject{{Field::NamePinyin, u"Wáng Lěi"_s}} << QStringList{u"pinyin.characters"_s}
        << QStringList{Field::NamePinyin} << none;

    // Catalog codes.
    QTest::newRow("ethnic group by name")
        << QJsonObject{{Field::Ethnicity, u"汉族"_s}} << QStringList{unknownCode}
        << QStringList{Field::Ethnicity} << none;
    QTest::newRow("political status code of one digit")
        << QJsonObject{{Field::PoliticalStatus, u"1"_s}} << QStringList{unknownCode}
        << QStringList{Field::PoliticalStatus} << none;
    QTest::newRow("unknown prior degree category")
        << QJsonObject{{Field::PriorDegreeCategory, u"15"_s}} << QStringList{unknownCode}
        << QStringList{Field::PriorDegreeCategory} << none;

    // Dates.
    QTest::newRow("date of birth with dashes")
        << QJsonObject{{Field::BirthDate, u"1990-03-07"_s}}
        << QStringList{u"date.format"_s, u"id.birthDateMismatch"_s}
        << QStringList{Field::BirthDate, Field::BirthDate} << none;
    QTest::newRow("30 February") << QJsonObject{{Field::BirthDate, u"19900230"_s}}
                                 << QStringList{u"date.invalid"_s, u"id.birthDateMismatch"_s}
                                 << QStringList{Field::BirthDate, Field::BirthDate} << none;
    QTest::newRow("work began next month")
        << QJsonObject{{Field::WorkStartMonth, u"202612"_s}} << QStringList{u"month.future"_s}
        << QStringList{Field::WorkStartMonth} << none;
    QTest::newRow("work before birth")
        << QJsonObject{{Field::WorkStartMonth, u"198907"_s}}
        << QStringList{u"order.workBeforeBirth"_s} << QStringList{Field::WorkStartMonth} << none;
    QTest::newRow("degree at 15 is a warning")
        << QJsonObject{{Field::PriorDegreeMonth, u"200506"_s}} << none << none
        << QStringList{u"order.degreeTooYoung"_s};
    QTest::newRow("month of 13") << QJsonObject{{Field::PriorDegreeMonth, u"201213"_s}}
                                 << QStringList{u"month.invalid"_s}
                                 << QStringList{Field::PriorDegreeMonth} << none;

    // Personal history.
    QTest::newRow("personal history with a gap")
        << QJsonObject{{Field::Resume,
                        resume({{u"200809"_s, u"201206"_s, u"北京工业大学"_s, u"本科学习"_s},
                                {u"201209"_s, {}, u"北京城建设计发展集团"_s, u"软件工程师"_s}})}}
        << QStringList{u"resume.gap"_s}
        << QStringList{Field::rowKey(Field::Resume, 1, Field::ResumeStart)} << none;
    QTest::newRow("personal history ends last year")
        << QJsonObject{{Field::Resume,
                        resume({{u"200809"_s, u"201206"_s, u"北京工业大学"_s, u"本科学习"_s},
                                {u"201207"_s, u"202512"_s, u"北京城建设计发展集团"_s,
                                 u"软件工程师"_s}})}}
        << QStringList{u"resume.stale"_s}
        << QStringList{Field::rowKey(Field::Resume, 1, Field::ResumeEnd)} << none;
    QTest::newRow("personal history row without employer")
        << QJsonObject{{Field::Resume,
                        resume({{u"200809"_s, u"201206"_s, u"北京工业大学"_s, u"本科学习"_s},
                                {u"201207"_s, {}, {}, u"软件工程师"_s}})}}
        << QStringList{required}
        << QStringList{Field::rowKey(Field::Resume, 1, Field::ResumeOrganization)} << none;
}

void TestBasicInfoValidator::mistakes()
{
    QFETCH(QJsonObject, changes);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, warnings);

    QString problem;
    const BasicInfo info = withChanges(validBasicInfo(), changes, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Findings findings = BasicInfoValidator::validate(info, s_today);
    const Findings errorFindings = errorsOnly(findings);
    QCOMPARE(ruleCodes(errorFindings), errors);
    QCOMPARE(fieldKeys(errorFindings), fields);
    QCOMPARE(ruleCodes(warningsOnly(findings)), warnings);
}

QTEST_GUILESS_MAIN(TestBasicInfoValidator)
#include "TestBasicInfoValidator.moc"
