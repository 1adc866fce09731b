#include "domain/FieldCheck.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

const ValidationContext s_today = ValidationContext::at(QDate(2026, 11, 29));

struct Case
{
    const char *row;
    QString name;
    QString value;
    QStringList errors;
    QStringList warnings;
    QString idType = QStringLiteral("1"); // FieldCheckOptions::idType
    QString personName = {};              // FieldCheckOptions::name
};

// One valid and at least one invalid value for every kind of field.
const QList<Case> &cases()
{
    static const QList<Case> s_cases{
        {"id-number: resident ID", u"id-number"_s, u"11010519900307451X"_s, {}, {}},
        {"id-number: wrong check digit",
         u"id-number"_s,
         u"110105199003074510"_s,
         {u"id.checkDigit"_s},
         {}},
        {"id-number: passport", u"id-number"_s, u"E12345678"_s, {}, {}, u"A"_s},
        {"id-number: passport number too short",
         u"id-number"_s,
         u"E123"_s,
         {u"id.passport"_s},
         {},
         u"A"_s},
        {"id-number: Hong Kong travel permit", u"id-number"_s, u"H12345678"_s, {}, {}, u"6"_s},
        {"mobile: China Mobile", u"mobile"_s, u"13811112222"_s, {}, {}},
        {"mobile: begins with 12", u"mobile"_s, u"12811112222"_s, {u"mobile.prefix"_s}, {}},
        {"landline: Beijing", u"landline"_s, u"01062961234"_s, {}, {}},
        {"landline: mobile accepted", u"landline"_s, u"13811112222"_s, {}, {}},
        {"landline: without area code", u"landline"_s, u"62961234"_s, {u"phone.areaCode"_s}, {}},
        {"postal-code: Peking University", u"postal-code"_s, u"100871"_s, {}, {}},
        {"postal-code: seven digits", u"postal-code"_s, u"1008710"_s, {u"postalCode.format"_s}, {}},
        {"email: 163.com", u"email"_s, u"wang.lei@163.com"_s, {}, {}},
        {"email: Yahoo China",
         u"email"_s,
         u"wang.lei@yahoo.com.cn"_s,
         {u"email.refusedProvider"_s},
         {}},
        {"email: live.cn is a warning",
         u"email"_s,
         u"wang.lei@live.cn"_s,
         {},
         {u"email.doubtfulProvider"_s}},
        {"email: full-width at sign",
         u"email"_s,
         u"wang.lei＠163.com"_s,
         {u"email.fullWidth"_s},
         {}},
        {"password: letters and digits", u"password"_s, u"Wl19900307"_s, {}, {}},
        {"password: digits only", u"password"_s, u"19900307"_s, {u"password.needsLetter"_s}, {}},
        {"user-name: e-mail address", u"user-name"_s, u"wang.lei@163.com"_s, {}, {}},
        {"user-name: too short", u"user-name"_s, u"wl"_s, {u"userName.length"_s}, {}},
        {"date: date of birth", u"date"_s, u"19900307"_s, {}, {}},
        {"date: 30 February", u"date"_s, u"19900230"_s, {u"date.invalid"_s}, {}},
        {"date: tomorrow", u"date"_s, u"20261130"_s, {u"date.future"_s}, {}},
        {"month: this month", u"month"_s, u"202611"_s, {}, {}},
        {"month: next month", u"month"_s, u"202612"_s, {u"month.future"_s}, {}},
        {"month: with a dash", u"month"_s, u"2012-07"_s, {u"month.format"_s}, {}},
        {"name: Chinese", u"name"_s, u"王磊"_s, {}, {}},
        {"name: minority name with a look-alike dot", u"name"_s, u"阿沛•阿旺晋美"_s, {}, {}},
        {"name: mixed scripts", u"name"_s, u"王Lei"_s, {u"name.characters"_s}, {}},
        {"pinyin: matches the name", u"pinyin"_s, u"Wang Lei"_s, {}, {}, u"1"_s, u"王磊"_s},
        {"pinyin: of another name",
         u"pinyin"_s,
         u"Li Si"_s,
         {},
         {u"pinyin.mismatch"_s},
         u"1"_s,
         u"张三"_s},
        {"pinyin: polyphonic surname",
         u"pinyin"_s,
         u"Shan Tianfang"_s,
         {},
         {},
         u"1"_s,
         u"单田芳"_s},
        {"pinyin: tone marks", u"pinyin"_s, u"Wáng Lěi"_s, {u"pinyin.characters"_s}, {}},
        {"keywords: four", u"keywords"_s, u"深度学习,客流预测,城市轨道交通,时间序列"_s, {}, {}},
        {"keywords: one", u"keywords"_s, u"深度学习"_s, {u"thesis.keywordCount"_s}, {}},
        {"id-type: resident ID card", u"id-type"_s, u"1"_s, {}, {}},
        {"id-type: by name", u"id-type"_s, u"身份证"_s, {u"catalog.unknownCode"_s}, {}},
        {"gender: female", u"gender"_s, u"2"_s, {}, {}},
        {"gender: zero", u"gender"_s, u"0"_s, {u"catalog.unknownCode"_s}, {}},
        {"ethnicity: Zang", u"ethnicity"_s, u"04"_s, {}, {}},
        {"ethnicity: 57", u"ethnicity"_s, u"57"_s, {u"catalog.unknownCode"_s}, {}},
        {"political-status: party member", u"political-status"_s, u"01"_s, {}, {}},
        {"political-status: 14", u"political-status"_s, u"14"_s, {u"catalog.unknownCode"_s}, {}},
        {"country: China", u"country"_s, u"CN"_s, {}, {}},
        {"country: alpha-3 code", u"country"_s, u"CHN"_s, {u"catalog.unknownCode"_s}, {}},
        {"province: Guangdong", u"province"_s, u"44"_s, {}, {}},
        {"province: with spaces", u"province"_s, u" 44 "_s, {}, {}},
        {"province: six-digit code", u"province"_s, u"440000"_s, {u"catalog.unknownCode"_s}, {}},
        {"institution: Tsinghua", u"institution"_s, u"10003"_s, {}, {}},
        {"institution: unknown", u"institution"_s, u"99999"_s, {u"catalog.unknownCode"_s}, {}},
        {"degree-type: professional", u"degree-type"_s, u"professional"_s, {}, {}},
        {"degree-type: by name", u"degree-type"_s, u"专业学位"_s, {u"catalog.unknownCode"_s}, {}},
        {"discipline-category: medicine", u"discipline-category"_s, u"10"_s, {}, {}},
        {"discipline-category: 15",
         u"discipline-category"_s,
         u"15"_s,
         {u"catalog.unknownCode"_s},
         {}},
        {"discipline: clinical medicine", u"discipline"_s, u"1051"_s, {}, {}},
        {"discipline: unknown", u"discipline"_s, u"1099"_s, {u"catalog.unknownCode"_s}, {}},
        {"prior-degree-category: engineering", u"prior-degree-category"_s, u"08"_s, {}, {}},
        {"prior-degree-category: 00",
         u"prior-degree-category"_s,
         u"00"_s,
         {u"catalog.unknownCode"_s},
         {}},
        {"applicant-category: other employed", u"applicant-category"_s, u"4"_s, {}, {}},
        {"applicant-category: 5", u"applicant-category"_s, u"5"_s, {u"catalog.unknownCode"_s}, {}},
        {"employer-type: hospital", u"employer-type"_s, u"23"_s, {}, {}},
        {"employer-type: 24", u"employer-type"_s, u"24"_s, {u"catalog.unknownCode"_s}, {}},
        {"admin-rank: none", u"admin-rank"_s, u"000"_s, {}, {}},
        {"admin-rank: 999", u"admin-rank"_s, u"999"_s, {u"catalog.unknownCode"_s}, {}},
        {"tech-rank: associate senior", u"tech-rank"_s, u"2"_s, {}, {}},
        {"tech-rank: 6", u"tech-rank"_s, u"6"_s, {u"catalog.unknownCode"_s}, {}},
        {"exam-subject: English", u"exam-subject"_s, u"en"_s, {}, {}},
        {"exam-subject: Spanish", u"exam-subject"_s, u"es"_s, {u"catalog.unknownCode"_s}, {}},
    };
    return s_cases;
}

const FieldCheck::Kind *kindOf(const QString &name)
{
    for (const FieldCheck::Kind &kind : FieldCheck::kinds()) {
        if (kind.name == name) {
            return &kind;
        }
    }
    return nullptr;
}

} // namespace

class TestFieldCheck : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void everyKindHasValidAndInvalidCases();
    void emptyValueIsRequired_data();
    void emptyValueIsRequired();
    void unknownName_data();
    void unknownName();
    void namesAndSummaries();
};

void TestFieldCheck::check_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("idType");
    QTest::addColumn<QString>("personName");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("warnings");
    for (const Case &c : cases()) {
        QTest::newRow(c.row) << c.name << c.value << c.idType << c.personName << c.errors
                             << c.warnings;
    }
}

void TestFieldCheck::check()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, idType);
    QFETCH(QString, personName);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, warnings);

    FieldCheck::Options options;
    options.idType = idType;
    options.name = personName;
    const Findings findings = FieldCheck::check(name, value, s_today, options);
    QCOMPARE(ruleCodes(errorsOnly(findings)), errors);
    QCOMPARE(ruleCodes(warningsOnly(findings)), warnings);
    // Every finding names the field of its kind.
    const FieldCheck::Kind *kind = kindOf(name);
    QVERIFY(kind);
    for (const Finding &f : findings) {
        QCOMPARE(f.field, kind->field);
    }
}

void TestFieldCheck::everyKindHasValidAndInvalidCases()
{
    for (const QString &name : FieldCheck::names()) {
        bool valid = false;
        bool invalid = false;
        for (const Case &c : cases()) {
            if (c.name == name) {
                (c.errors.isEmpty() ? valid : invalid) = true;
            }
        }
        QVERIFY2(valid && invalid, qPrintable(name));
    }
}

void TestFieldCheck::emptyValueIsRequired_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : FieldCheck::names()) {
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestFieldCheck::emptyValueIsRequired()
{
    QFETCH(QString, name);
    const Findings findings = FieldCheck::check(name, QString(), s_today);
    QCOMPARE(ruleCodes(findings), QStringList{u"required"_s});
    QCOMPARE(findings.first().field, kindOf(name)->field);
}

void TestFieldCheck::unknownName_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("phone") << u"phone"_s;
    QTest::newRow("upper case") << u"ID-NUMBER"_s;
    QTest::newRow("field key instead of the CLI name") << Field::IdNumber;
    QTest::newRow("empty") << QString();
}

void TestFieldCheck::unknownName()
{
    QFETCH(QString, name);
    QVERIFY(!FieldCheck::isKnown(name));
    QVERIFY(FieldCheck::summary(name).isEmpty());
    const Findings findings = FieldCheck::check(name, u"13811112222"_s, s_today);
    QCOMPARE(ruleCodes(findings), QStringList{u"field.unknown"_s});
    QCOMPARE(findings.first().field, u"field"_s);
    QCOMPARE(findings.first().severity, Severity::Error);
    // The message lists the names that can be used.
    QVERIFY(findings.first().message.contains(u"id-number"_s));
    QVERIFY(findings.first().message.contains(u"exam-subject"_s));
}

void TestFieldCheck::namesAndSummaries()
{
    QStringList names = FieldCheck::names();
    QCOMPARE(names.size(), FieldCheck::kinds().size());
    QCOMPARE(names.removeDuplicates(), 0);
    for (const FieldCheck::Kind &kind : FieldCheck::kinds()) {
        QVERIFY(FieldCheck::isKnown(kind.name));
        QVERIFY2(!FieldCheck::summary(kind.name).isEmpty(), qPrintable(kind.name));
        // The field key has a label of its own.
        QVERIFY2(Field::knownKeys().contains(kind.field), qPrintable(kind.name));
    }
}

QTEST_GUILESS_MAIN(TestFieldCheck)
#include "TestFieldCheck.moc"
