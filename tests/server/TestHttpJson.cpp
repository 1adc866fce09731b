#include "HttpJson.h"

#include "domain/Registration.h"

#include <QJsonDocument>
#include <QTest>

using namespace dd::server;
using Status = QHttpServerResponse::StatusCode;

class TestHttpJson : public QObject
{
    Q_OBJECT

private slots:
    void parseObject_data();
    void parseObject();
    void bodyLimitIsExact();
    void checkFields_data();
    void checkFields();
    void checkLengths();
    void findingsNameTheFirstFieldInError();
    void warningsAloneAreNoError();
    void errorJson();
    void header();
    void bearerToken_data();
    void bearerToken();
};

void TestHttpJson::parseObject_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status"); // 0: parsed
    QTest::addColumn<QString>("code");

    const QByteArray json = "application/json";
    QTest::newRow("object") << QByteArray(R"({"a":"b"})") << json << 0 << QString();
    QTest::newRow("charset parameter")
        << QByteArray(R"({"a":1})") << QByteArray("Application/JSON; charset=utf-8") << 0
        << QString();
    QTest::newRow("truncated") << QByteArray(R"({"a":)") << json << int(Status::BadRequest)
                               << QStringLiteral("malformedJson");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << json << int(Status::BadRequest)
                                    << QStringLiteral("malformedJson");
    QTest::newRow("array") << QByteArray("[1,2]") << json << int(Status::BadRequest)
                           << QStringLiteral("malformedJson");
    QTest::newRow("string") << QByteArray(R"("text")") << json << int(Status::BadRequest)
                            << QStringLiteral("malformedJson");
    QTest::newRow("empty") << QByteArray() << json << int(Status::BadRequest)
                           << QStringLiteral("malformedJson");
    QTest::newRow("form") << QByteArray("a=b") << QByteArray("application/x-www-form-urlencoded")
                          << int(Status::UnsupportedMediaType)
                          << QStringLiteral("unsupportedMediaType");
    QTest::newRow("no content type")
        << QByteArray(R"({"a":"b"})") << QByteArray() << int(Status::UnsupportedMediaType)
        << QStringLiteral("unsupportedMediaType");
    QTest::newRow("too large") << QByteArray(HttpJson::MaxBodyBytes + 1, ' ') << json
                               << int(Status::PayloadTooLarge) << QStringLiteral("bodyTooLarge");
}

void TestHttpJson::parseObject()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, code);
    const auto parsed = HttpJson::parseObject(body, contentType);
    if (status == 0) {
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value(), QJsonDocument::fromJson(body).object());
        return;
    }
    QVERIFY(!parsed.ok());
    QCOMPARE(int(parsed.error().status), status);
    QCOMPARE(parsed.error().code, code);
    QVERIFY(!parsed.error().message.isEmpty());
}

void TestHttpJson::bodyLimitIsExact()
{
    // A body of exactly the limit is read; one byte more is refused before parsing.
    QByteArray body = R"({"a":")";
    body += QByteArray(HttpJson::MaxBodyBytes - body.size() - 2, 'x');
    body += "\"}";
    QCOMPARE(body.size(), HttpJson::MaxBodyBytes);
    QVERIFY(HttpJson::parseObject(body, "application/json").ok());
    body.insert(6, 'x');
    QCOMPARE(int(HttpJson::parseObject(body, "application/json").error().status),
             int(Status::PayloadTooLarge));
}

void TestHttpJson::checkFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::addColumn<QString>("field");

    QTest::newRow("all there") << QByteArray(R"({"token":"abc","count":3,"flag":true})")
                               << QString() << QString();
    QTest::newRow("optional missing") << QByteArray(R"({"token":"abc"})") << QString() << QString();
    QTest::newRow("optional null")
        << QByteArray(R"({"token":"abc","count":null})") << QString() << QString();
    QTest::newRow("unknown field") << QByteArray(R"({"token":"abc","tokn":"x"})")
                                   << QStringLiteral("unknownField") << QStringLiteral("tokn");
    QTest::newRow("required missing") << QByteArray(R"({"count":1})")
                                      << QStringLiteral("missingField") << QStringLiteral("token");
    QTest::newRow("required empty") << QByteArray(R"({"token":""})")
                                    << QStringLiteral("missingField") << QStringLiteral("token");
    QTest::newRow("number for text")
        << QByteArray(R"({"token":12})") << QStringLiteral("wrongType") << QStringLiteral("token");
    QTest::newRow("text for number") << QByteArray(R"({"token":"a","count":"3"})")
                                     << QStringLiteral("wrongType") << QStringLiteral("count");
    QTest::newRow("fraction for integer") << QByteArray(R"({"token":"a","count":1.5})")
                                          << QStringLiteral("wrongType") << QStringLiteral("count");
    QTest::newRow("number for boolean") << QByteArray(R"({"token":"a","flag":1})")
                                        << QStringLiteral("wrongType") << QStringLiteral("flag");
    QTest::newRow("object for text") << QByteArray(R"({"token":{"x":1}})")
                                     << QStringLiteral("wrongType") << QStringLiteral("token");
    QTest::newRow("too long") << QByteArray(R"({"token":"12345678901"})")
                              << QStringLiteral("tooLong") << QStringLiteral("token");
    QTest::newRow("just long enough")
        << QByteArray(R"({"token":"1234567890"})") << QString() << QString();
}

void TestHttpJson::checkFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    const QList<HttpJson::FieldSpec> specs{
        {QStringLiteral("token"), HttpJson::Type::String, true, 10},
        {QStringLiteral("count"), HttpJson::Type::Integer, false},
        {QStringLiteral("flag"), HttpJson::Type::Boolean, false},
    };
    const auto checked = HttpJson::checkFields(QJsonDocument::fromJson(body).object(), specs);
    if (code.isEmpty()) {
        QVERIFY(checked.ok());
        return;
    }
    QVERIFY(!checked.ok());
    QCOMPARE(int(checked.error().status), int(Status::BadRequest));
    QCOMPARE(checked.error().code, code);
    QCOMPARE(checked.error().field, field);
    QVERIFY(checked.error().message.contains(field));
}

void TestHttpJson::checkLengths()
{
    const QJsonObject object{
        {QStringLiteral("short"), QStringLiteral("abc")},
        {QStringLiteral("number"), 123456},
        {QStringLiteral("long"), QString(HttpJson::DefaultMaxLength + 1, u'x')}};
    const auto checked = HttpJson::checkLengths(object);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, QStringLiteral("tooLong"));
    QCOMPARE(checked.error().field, QStringLiteral("long"));
    // Length counts characters, not bytes: 256 Chinese characters pass.
    QVERIFY(HttpJson::checkLengths(
                {{QStringLiteral("name"), QString(HttpJson::DefaultMaxLength, QChar(0x738B))}})
                .ok());
}

void TestHttpJson::findingsNameTheFirstFieldInError()
{
    dd::domain::Findings problems;
    dd::domain::Registration::fromJson(
        QJsonDocument::fromJson(R"({"userName":"x","mobile":13811112222,"nickname":"x"})").object(),
        &problems);
    const auto checked = HttpJson::checkFindings(problems);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, QStringLiteral("wrongType"));
    QCOMPARE(checked.error().field, QStringLiteral("mobile"));
    QCOMPARE(checked.error().findings.size(), 2);
    QCOMPARE(checked.error().findings.at(1).toObject().value(u"field").toString(),
             QStringLiteral("nickname"));

    dd::domain::Findings unknown;
    dd::domain::Registration::fromJson(QJsonDocument::fromJson(R"({"nickname":"x"})").object(),
                                       &unknown);
    QCOMPARE(HttpJson::checkFindings(unknown).error().code, QStringLiteral("unknownField"));

    const dd::domain::Findings rules{
        dd::domain::Finding::warning(QStringLiteral("email"), QStringLiteral("email.x"),
                                     QStringLiteral("warned")),
        dd::domain::Finding::error(QStringLiteral("idNumber"), QStringLiteral("idNumber.checksum"),
                                   QStringLiteral("wrong check digit")),
    };
    const auto invalid = HttpJson::checkFindings(rules);
    QCOMPARE(invalid.error().code, QStringLiteral("invalidField"));
    QCOMPARE(invalid.error().field, QStringLiteral("idNumber"));
    QCOMPARE(invalid.error().message, QStringLiteral("wrong check digit"));
    QCOMPARE(invalid.error().findings.size(), 2); // the warning is listed too
}

void TestHttpJson::warningsAloneAreNoError()
{
    const dd::domain::Findings findings{dd::domain::Finding::warning(
        QStringLiteral("email"), QStringLiteral("email.x"), QStringLiteral("warned"))};
    QVERIFY(HttpJson::checkFindings(findings).ok());
    QVERIFY(HttpJson::checkFindings({}).ok());
}

void TestHttpJson::errorJson()
{
    ApiError error = ApiError::make(Status::Conflict, QStringLiteral("userNameTaken"),
                                    QStringLiteral("taken"), QStringLiteral("userName"));
    const QJsonObject json = error.toJson();
    QCOMPARE(json.keys(), QStringList{QStringLiteral("error")});
    const QJsonObject inner = json.value(u"error").toObject();
    QCOMPARE(inner.value(u"code").toString(), QStringLiteral("userNameTaken"));
    QCOMPARE(inner.value(u"field").toString(), QStringLiteral("userName"));
    QCOMPARE(inner.value(u"message").toString(), QStringLiteral("taken"));
    QVERIFY(!inner.contains(u"findings"));

    const QHttpServerResponse response = error.toResponse();
    QCOMPARE(int(response.statusCode()), 409);
    QCOMPARE(QJsonDocument::fromJson(response.data()).object(), json);
    QVERIFY(!response.hasHeader("Retry-After"));

    error.retryAfterSeconds = 42;
    QCOMPARE(error.toResponse().headers("Retry-After"), QList<QByteArray>{"42"});
}

void TestHttpJson::header()
{
    const QList<QPair<QByteArray, QByteArray>> headers{{"content-type", "application/json"},
                                                       {"Authorization", "Bearer abc"}};
    QCOMPARE(HttpJson::header(headers, "Content-Type"), QByteArray("application/json"));
    QCOMPARE(HttpJson::header(headers, "AUTHORIZATION"), QByteArray("Bearer abc"));
    QCOMPARE(HttpJson::header(headers, "X-Missing"), QByteArray());
}

void TestHttpJson::bearerToken_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<QString>("token");
    QTest::newRow("bearer") << QByteArray("Bearer abc-_123") << QStringLiteral("abc-_123");
    QTest::newRow("lower case scheme") << QByteArray("bearer abc") << QStringLiteral("abc");
    QTest::newRow("extra spaces") << QByteArray("  Bearer   abc  ") << QStringLiteral("abc");
    QTest::newRow("basic") << QByteArray("Basic dXNlcjpwdw==") << QString();
    QTest::newRow("no token") << QByteArray("Bearer") << QString();
    QTest::newRow("two words") << QByteArray("Bearer a b") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestHttpJson::bearerToken()
{
    QFETCH(QByteArray, authorization);
    QFETCH(QString, token);
    QCOMPARE(HttpJson::bearerToken(authorization), token);
}

QTEST_GUILESS_MAIN(TestHttpJson)
#include "TestHttpJson.moc"
