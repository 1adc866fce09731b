// ApiError: the server's error answers (server/API.md) read into a code, a field, a message
// for the user that names the field, and whether a retry may help; and the server address a
// user types made a URL.

#include "sync/ApiClient.h"
#include "sync/ApiError.h"

#include "domain/Field.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using dd::sync::ApiClient;
using dd::sync::ApiError;

class TestApiError : public QObject
{
    Q_OBJECT

private slots:
    void fromServer_data();
    void fromServer();
    void tooManyAttemptsSaysWhen();
    void notJson();
    void serverUrl_data();
    void serverUrl();
};

void TestApiError::fromServer_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("named"); // the label the message starts with, "" for none
    QTest::addColumn<bool>("transient");

    const QString captcha = ApiError::fieldLabel(QStringLiteral("captchaAnswer"));
    QTest::newRow("wrong captcha") << 400 << "badCaptcha"
                                   << "captchaAnswer" << captcha << false;
    QTest::newRow("user name taken")
        << 409 << "userNameTaken"
        << "userName" << dd::domain::Field::label(dd::domain::Field::UserName) << false;
    QTest::newRow("mobile refused")
        << 400 << "invalidField"
        << "mobile" << dd::domain::Field::label(dd::domain::Field::Mobile) << false;
    QTest::newRow("current password wrong")
        << 403 << "badCredentials"
        << "currentPassword" << ApiError::fieldLabel(QStringLiteral("currentPassword")) << false;
    QTest::newRow("activation code unknown")
        << 404 << "tokenUnknown"
        << "token" << ApiError::fieldLabel(QStringLiteral("token")) << false;
    QTest::newRow("reset code expired")
        << 410 << "tokenExpired"
        << "token" << ApiError::fieldLabel(QStringLiteral("token")) << false;
    QTest::newRow("missing field")
        << 400 << "missingField"
        << "email" << dd::domain::Field::label(dd::domain::Field::Email) << false;
    QTest::newRow("login refused") << 401 << "badCredentials"
                                   << ""
                                   << "" << false;
    QTest::newRow("session expired") << 401 << "sessionExpired"
                                     << ""
                                     << "" << false;
    QTest::newRow("rate limited") << 429 << "tooManyAttempts"
                                  << ""
                                  << "" << true;
    QTest::newRow("server failed") << 500 << "internalError"
                                   << ""
                                   << "" << true;
    QTest::newRow("proxy failed, no JSON") << 502 << ""
                                           << ""
                                           << "" << true;
}

void TestApiError::fromServer()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, named);
    QFETCH(bool, transient);
    const QByteArray body =
        code.isEmpty()
            ? QByteArray("<html>Bad Gateway</html>")
            : QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                         QJsonObject{{QStringLiteral("code"), code},
                                                     {QStringLiteral("field"), field},
                                                     {QStringLiteral("message"),
                                                      QStringLiteral("English detail")}}}})
                  .toJson();
    const ApiError error = ApiError::fromServer(status, body, -1);
    QCOMPARE(error.kind, ApiError::Kind::Server);
    QCOMPARE(error.status, status);
    QCOMPARE(error.code, code.isEmpty() ? QStringLiteral("internalError") : code);
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(!error.message.contains(QStringLiteral("English detail")), qPrintable(error.message));
    if (!named.isEmpty()) {
        QVERIFY2(error.message.startsWith(named), qPrintable(error.message));
    }
    QCOMPARE(error.isTransient(), transient);
}

void TestApiError::tooManyAttemptsSaysWhen()
{
    const QByteArray body = R"({"error":{"code":"tooManyAttempts","field":"","message":"x"}})";
    const ApiError error = ApiError::fromServer(429, body, 600);
    QCOMPARE(error.retryAfter, 600);
    QVERIFY2(error.message.contains(QStringLiteral("10 minute")), qPrintable(error.message));
}

void TestApiError::notJson()
{
    const ApiError error = ApiError::badAnswer(QStringLiteral("example.org"), QStringLiteral("x"));
    QCOMPARE(error.kind, ApiError::Kind::BadAnswer);
    QVERIFY(error.message.contains(QStringLiteral("example.org")));
    QVERIFY(!error.isTransient());
}

void TestApiError::serverUrl_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("url"); // "" = refused
    QTest::newRow("host only: https") << "dd.example.edu.cn"
                                      << "https://dd.example.edu.cn";
    QTest::newRow("with port and slash") << " http://127.0.0.1:8080/ "
                                         << "http://127.0.0.1:8080";
    QTest::newRow("with a path") << "https://example.org/dd"
                                 << "https://example.org/dd";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("other scheme") << "ftp://example.org"
                                  << "";
    QTest::newRow("query") << "https://example.org/?a=1"
                           << "";
    QTest::newRow("user info") << "https://me:pw@example.org"
                               << "";
}

void TestApiError::serverUrl()
{
    QFETCH(QString, typed);
    QFETCH(QString, url);
    QCOMPARE(ApiClient::serverUrlFrom(typed).toString(), url);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "TestApiError.moc"
