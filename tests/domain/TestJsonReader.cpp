#include "domain/JsonReader.h"

#include "domain/Field.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

// A row type of the test's own, read the way records read theirs.
struct Row
{
    QString start;
    bool flag = false;

    static Row fromJson(const QJsonObject &json, Findings *problems, const QString &rowKey)
    {
        JsonReader in(json, problems, rowKey);
        Row row;
        row.start = in.text(Field::ResumeStart);
        row.flag = in.boolean(Field::FeePaid);
        in.reportUnknownKeys();
        return row;
    }
};

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void wrongType_data();
    void wrongType();
    void acceptedValues();
    void missingAndNullAreEmpty();
    void integerFallback();
    void textFallback();
    void unknownKeys();
    void unknownKeysInRows();
    void rowsNameTheirFields();
    void nonObjectRowKeepsNumbering();
    void messagesNameTheFieldByLabel();
    void readsWithoutProblemList();
    void number_data();
    void number();
    void object_data();
    void object();
    void objectInRowNamesItsFields();
    void texts_data();
    void texts();
};

void TestJsonReader::wrongType_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("message");
    QTest::newRow("number for text")
        << QByteArray(R"({"idNumber": 110105})") << QStringLiteral("string")
        << QStringLiteral("ID number must be text, not a number. "
                          "Correct the value and try again.");
    QTest::newRow("list for text")
        << QByteArray(R"({"idNumber": ["1"]})") << QStringLiteral("string")
        << QStringLiteral("ID number must be text, not a list. "
                          "Correct the value and try again.");
    QTest::newRow("text for boolean")
        << QByteArray(R"({"feePaid": "yes"})") << QStringLiteral("boolean")
        << QStringLiteral("Fee paid must be true or false, not "
                          "text. Correct the value and try again.");
    QTest::newRow("1 for boolean") << QByteArray(R"({"feePaid": 1})") << QStringLiteral("boolean")
                                   << QStringLiteral("Fee paid must be true or false, not a "
                                                     "number. Correct the value and try again.");
    QTest::newRow("fraction for integer")
        << QByteArray(R"({"score": 59.5})") << QStringLiteral("integer")
        << QStringLiteral("Score must be a whole number, not a number with a fraction. Correct "
                          "the value and try again.");
    QTest::newRow("too large for integer")
        << QByteArray(R"({"score": 1e12})") << QStringLiteral("integer")
        << QStringLiteral("Score must be a whole number, not a number out of range. Correct the "
                          "value and try again.");
    QTest::newRow("text for integer")
        << QByteArray(R"({"score": "60"})") << QStringLiteral("integer")
        << QStringLiteral("Score must be a whole number, not text. Correct the value and try "
                          "again.");
    QTest::newRow("object for list")
        << QByteArray(R"({"resume": {"start": "202001"}})") << QStringLiteral("array")
        << QStringLiteral("Personal history must be a list, not an object. Correct the value "
                          "and try again.");
}

void TestJsonReader::wrongType()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QFETCH(QString, message);
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const QString key = object.keys().constFirst();

    Findings problems;
    JsonReader in(object, &problems);
    if (key == Field::IdNumber) {
        QCOMPARE(in.text(key), QString());
    } else if (key == Field::FeePaid) {
        QCOMPARE(in.boolean(key, true), true); // the fallback, not a guess
    } else if (key == Field::Score) {
        QCOMPARE(in.optionalInteger(key), std::nullopt);
    } else {
        QVERIFY(in.rows<Row>(key, &Row::fromJson).isEmpty());
    }
    in.reportUnknownKeys();

    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, key);
    QCOMPARE(problems.constFirst().rule, JsonReader::WrongTypeRule);
    QCOMPARE(problems.constFirst().rule, QStringLiteral("json.wrongType"));
    QCOMPARE(problems.constFirst().severity, Severity::Error);
    QCOMPARE(problems.constFirst().detail, expected);
    QCOMPARE(problems.constFirst().message, message);
}

void TestJsonReader::acceptedValues()
{
    Findings problems;
    JsonReader in(parse(R"({"name": "张三", "feePaid": true, "score": 73,
                            "remindDaysBefore": -2, "examYear": ""})"),
                  &problems);
    QCOMPARE(in.text(Field::Name), QStringLiteral("张三"));
    QCOMPARE(in.boolean(Field::FeePaid), true);
    QCOMPARE(in.optionalInteger(Field::Score), std::optional<int>(73));
    QCOMPARE(in.integer(Field::RemindDaysBefore, 7), -2);
    QVERIFY(in.text(Field::ExamYear).isEmpty());
    in.reportUnknownKeys();
    QVERIFY2(problems.isEmpty(), qPrintable(ruleCodes(problems).join(u',')));
}

void TestJsonReader::missingAndNullAreEmpty()
{
    Findings problems;
    JsonReader in(parse(R"({"name": null, "score": null, "resume": null, "feePaid": null})"),
                  &problems);
    QCOMPARE(in.text(Field::Name), QString());
    QCOMPARE(in.text(Field::Address), QString());
    QCOMPARE(in.optionalInteger(Field::Score), std::nullopt);
    QCOMPARE(in.boolean(Field::FeePaid, true), true);
    QCOMPARE(in.boolean(Field::ResidencyCompleted), false);
    QVERIFY(in.rows<Row>(Field::Resume, &Row::fromJson).isEmpty());
    in.reportUnknownKeys();
    QVERIFY(problems.isEmpty());
}

void TestJsonReader::integerFallback()
{
    Findings problems;
    JsonReader in(parse(R"({"remindDaysBefore": "3"})"), &problems);
    QCOMPARE(in.integer(Field::RemindDaysBefore, 7), 7);
    QCOMPARE(in.integer(Field::Score, 5), 5);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, Field::RemindDaysBefore);
}

void TestJsonReader::textFallback()
{
    Findings problems;
    JsonReader in(parse(R"({"state": null, "examYear": 2024, "ticketNumber": ""})"), &problems);
    const QString initial = QStringLiteral("draft");
    QCOMPARE(in.text(Field::State, initial), initial);        // null
    QCOMPARE(in.text(Field::Name, initial), initial);         // missing
    QCOMPARE(in.text(Field::ExamYear, initial), initial);     // wrong type, reported
    QVERIFY(in.text(Field::TicketNumber, initial).isEmpty()); // given as empty text
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, Field::ExamYear);
}

void TestJsonReader::unknownKeys()
{
    Findings problems;
    JsonReader in(parse(R"({"name": "李四", "nmae": "李四", "colour": "blue"})"), &problems);
    QCOMPARE(in.text(Field::Name), QStringLiteral("李四"));
    QVERIFY(problems.isEmpty()); // nothing is reported before the end
    in.reportUnknownKeys();

    QCOMPARE(problems.size(), 2);
    QStringList fields;
    for (const Finding &f : std::as_const(problems)) {
        QCOMPARE(f.rule, JsonReader::UnknownFieldRule);
        QCOMPARE(f.rule, QStringLiteral("json.unknownField"));
        QCOMPARE(f.severity, Severity::Error);
        QCOMPARE(f.detail, f.field);
        QVERIFY2(f.message.startsWith(f.field + u':'), qPrintable(f.message));
        fields.append(f.field);
    }
    fields.sort();
    QCOMPARE(fields, (QStringList{QStringLiteral("colour"), QStringLiteral("nmae")}));
}

void TestJsonReader::unknownKeysInRows()
{
    Findings problems;
    JsonReader in(parse(R"({"resume": [{"start": "201907"}, {"start": "202001", "ende": "x"}]})"),
                  &problems);
    const QList<Row> rows = in.rows<Row>(Field::Resume, &Row::fromJson);
    in.reportUnknownKeys();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, QStringLiteral("resume[1].ende"));
    QCOMPARE(problems.constFirst().detail, QStringLiteral("ende"));
    QCOMPARE(problems.constFirst().rule, JsonReader::UnknownFieldRule);
    QVERIFY2(
        problems.constFirst().message.startsWith(QStringLiteral("Personal history, row 2: ende")),
        qPrintable(problems.constFirst().message));
}

void TestJsonReader::rowsNameTheirFields()
{
    Findings problems;
    JsonReader in(parse(R"({"resume": [{"start": "201907", "feePaid": false},
                                       {"start": 202001, "feePaid": "no"}]})"),
                  &problems);
    const QList<Row> rows = in.rows<Row>(Field::Resume, &Row::fromJson);
    in.reportUnknownKeys();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).start, QStringLiteral("201907"));
    QCOMPARE(rows.at(1).start, QString());
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).field, QStringLiteral("resume[1].start"));
    QCOMPARE(problems.at(0).detail, QStringLiteral("string"));
    QCOMPARE(problems.at(1).field, QStringLiteral("resume[1].feePaid"));
    QCOMPARE(problems.at(1).detail, QStringLiteral("boolean"));
    QCOMPARE(problems.at(0).message,
             QStringLiteral("Personal history, row 2: Start month must be text, not a number. "
                            "Correct the value and try again."));
}

void TestJsonReader::nonObjectRowKeepsNumbering()
{
    Findings problems;
    JsonReader in(parse(R"({"resume": [{"start": "201907"}, "202001", {"start": "202203"}]})"),
                  &problems);
    const QList<Row> rows = in.rows<Row>(Field::Resume, &Row::fromJson);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(1).start, QString());
    QCOMPARE(rows.at(2).start, QStringLiteral("202203"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, QStringLiteral("resume[1]"));
    QCOMPARE(problems.constFirst().detail, QStringLiteral("object"));
}

void TestJsonReader::messagesNameTheFieldByLabel()
{
    Findings problems;
    JsonReader in(parse(R"({"birthDate": 19810422})"), &problems);
    in.text(Field::BirthDate);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.constFirst().message.startsWith(Field::label(Field::BirthDate)));
    QVERIFY(problems.constFirst().message.startsWith(QStringLiteral("Date of birth ")));
}

void TestJsonReader::readsWithoutProblemList()
{
    JsonReader in(parse(R"({"name": 3, "extra": 1, "examYear": "2023"})"), nullptr);
    QCOMPARE(in.text(Field::Name), QString());
    QCOMPARE(in.text(Field::ExamYear), QStringLiteral("2023"));
    in.reportUnknownKeys();
    QCOMPARE(in.problems(), nullptr);
}

void TestJsonReader::number_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<double>("expected"); // the fallback, -1, when the value is refused
    QTest::addColumn<QString>("found");   // the kind of value reported; empty when accepted

    QTest::newRow("whole number") << QByteArray(R"({"rotation": 3})") << 3.0 << QString();
    QTest::newRow("fraction") << QByteArray(R"({"rotation": -1.25})") << -1.25 << QString();
    QTest::newRow("exponent") << QByteArray(R"({"rotation": 2.5e3})") << 2500.0 << QString();
    QTest::newRow("zero") << QByteArray(R"({"rotation": 0})") << 0.0 << QString();
    QTest::newRow("null: the fallback") << QByteArray(R"({"rotation": null})") << -1.0 << QString();
    QTest::newRow("missing: the fallback") << QByteArray(R"({})") << -1.0 << QString();
    QTest::newRow("text") << QByteArray(R"({"rotation": "1.5"})") << -1.0 << u"text"_s;
    QTest::newRow("boolean") << QByteArray(R"({"rotation": true})") << -1.0 << u"true or false"_s;
    QTest::newRow("list") << QByteArray(R"({"rotation": [1.5]})") << -1.0 << u"a list"_s;
    QTest::newRow("object") << QByteArray(R"({"rotation": {"deg": 1}})") << -1.0 << u"an object"_s;
}

void TestJsonReader::number()
{
    QFETCH(QByteArray, json);
    QFETCH(double, expected);
    QFETCH(QString, found);

    Findings problems;
    JsonReader in(QJsonDocument::fromJson(json).object(), &problems);
    QCOMPARE(in.number(u"rotation"_s, -1.0), expected);
    in.reportUnknownKeys();
    if (found.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(ruleCodes(problems).join(u',')));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, u"rotation"_s);
    QCOMPARE(problems.constFirst().rule, JsonReader::WrongTypeRule);
    QCOMPARE(problems.constFirst().detail, u"number"_s);
    QCOMPARE(problems.constFirst().message, u"rotation must be a number, not "_s + found
                                                + u". Correct the value and try again."_s);
}

void TestJsonReader::object_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QJsonObject>("expected");
    QTest::addColumn<bool>("reported");

    QTest::newRow("object") << QByteArray(R"({"crop": {"rotation": 2, "frame": {"x": 1}}})")
                            << QJsonObject{{u"rotation"_s, 2},
                                           {u"frame"_s, QJsonObject{{u"x"_s, 1}}}}
                            << false;
    QTest::newRow("empty object") << QByteArray(R"({"crop": {}})") << QJsonObject() << false;
    QTest::newRow("null") << QByteArray(R"({"crop": null})") << QJsonObject() << false;
    QTest::newRow("missing") << QByteArray(R"({})") << QJsonObject() << false;
    QTest::newRow("list") << QByteArray(R"({"crop": [{"rotation": 2}]})") << QJsonObject() << true;
    QTest::newRow("text") << QByteArray(R"({"crop": "{}"})") << QJsonObject() << true;
    QTest::newRow("number") << QByteArray(R"({"crop": 0})") << QJsonObject() << true;
}

void TestJsonReader::object()
{
    QFETCH(QByteArray, json);
    QFETCH(QJsonObject, expected);
    QFETCH(bool, reported);

    Findings problems;
    JsonReader in(QJsonDocument::fromJson(json).object(), &problems);
    QCOMPARE(in.object(u"crop"_s), expected);
    in.reportUnknownKeys(); // the nested object's own keys are its reader's business
    if (!reported) {
        QVERIFY2(problems.isEmpty(), qPrintable(ruleCodes(problems).join(u',')));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.constFirst().field, u"crop"_s);
    QCOMPARE(problems.constFirst().rule, JsonReader::WrongTypeRule);
    QCOMPARE(problems.constFirst().detail, u"object"_s);
    QVERIFY2(problems.constFirst().message.contains(u"must be an object with named fields"),
             qPrintable(problems.constFirst().message));
}

void TestJsonReader::objectInRowNamesItsFields()
{
    // A nested object is read by a reader of its own, keyed under its parent: "crop.frame.x".
    Findings problems;
    JsonReader in(parse(R"({"crop": {"frame": {"x": "1", "xx": 2}, "rotation": 1}})"), &problems);
    JsonReader crop(in.object(u"crop"_s), &problems, in.keyOf(u"crop"_s));
    JsonReader frame(crop.object(u"frame"_s), &problems, crop.keyOf(u"frame"_s));
    QCOMPARE(frame.number(u"x"_s, 7.0), 7.0);
    frame.reportUnknownKeys();
    QCOMPARE(crop.number(u"rotation"_s), 1.0);
    crop.reportUnknownKeys();
    in.reportUnknownKeys();
    QCOMPARE(fieldKeys(problems), (QStringList{u"crop.frame.x"_s, u"crop.frame.xx"_s}));
    QCOMPARE(ruleCodes(problems),
             (QStringList{JsonReader::WrongTypeRule, JsonReader::UnknownFieldRule}));
}

void TestJsonReader::texts_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("fields");  // of the findings
    QTest::addColumn<QStringList>("details"); // the type expected at each

    const QStringList none;
    QTest::newRow("strings") << QByteArray(R"({"failedRules": ["photo.size", "照片"]})")
                             << QStringList{u"photo.size"_s, u"照片"_s} << none << none;
    QTest::newRow("empty list") << QByteArray(R"({"failedRules": []})") << none << none << none;
    QTest::newRow("empty strings kept") << QByteArray(R"({"failedRules": ["", "a"]})")
                                        << QStringList{QString(), u"a"_s} << none << none;
    QTest::newRow("null") << QByteArray(R"({"failedRules": null})") << none << none << none;
    QTest::newRow("missing") << QByteArray(R"({})") << none << none << none;
    QTest::newRow("a number and a null in the list skipped, numbered")
        << QByteArray(R"({"failedRules": ["a", 2, null, "d"]})") << QStringList{u"a"_s, u"d"_s}
        << QStringList{u"failedRules[1]"_s, u"failedRules[2]"_s}
        << QStringList{u"string"_s, u"string"_s};
    QTest::newRow("nested list") << QByteArray(R"({"failedRules": [["a"]]})") << none
                                 << QStringList{u"failedRules[0]"_s} << QStringList{u"string"_s};
    QTest::newRow("text instead of a list")
        << QByteArray(R"({"failedRules": "photo.size"})") << none << QStringList{u"failedRules"_s}
        << QStringList{u"array"_s};
    QTest::newRow("object instead of a list")
        << QByteArray(R"({"failedRules": {"0": "a"}})") << none << QStringList{u"failedRules"_s}
        << QStringList{u"array"_s};
}

void TestJsonReader::texts()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, details);

    Findings problems;
    JsonReader in(QJsonDocument::fromJson(json).object(), &problems);
    QCOMPARE(in.texts(u"failedRules"_s), expected);
    in.reportUnknownKeys();
    QCOMPARE(fieldKeys(problems), fields);
    QStringList found;
    for (const Finding &f : std::as_const(problems)) {
        QCOMPARE(f.rule, JsonReader::WrongTypeRule);
        found.append(f.detail);
    }
    QCOMPARE(found, details);
}

QTEST_GUILESS_MAIN(TestJsonReader)
#include "TestJsonReader.moc"
