// ServerConnection against the real degreedesk-server (the built binary in test mode on a free
// loopback port, a temporary SQLite file) and a real SMTP sink (python3 -m aiosmtpd): register,
// read the activation mail, activate, solve the captcha through its test-only seed, log in (the
// token kept by a TokenVault on a fake keychain), /me, change the mobile number, log out; and
// what goes wrong: a wrong password or captcha, a refused form, a server that is down, a server
// that never answers, TLS to a server that speaks none.

#include "Captcha.h"

#include "platform/FileSecretStore.h"
#include "platform/Settings.h"
#include "platform/TokenVault.h"
#include "sync/ServerConnection.h"

#include "support/FakeSecretStore.h"
#include "support/SampleRecords.h"
#include "support/ServerFixture.h"

#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using dd::platform::Expected;
using dd::sync::ApiError;
using dd::sync::ServerAccount;
using dd::sync::ServerConnection;

namespace {

// Calls `start` with a callback and waits for its answer.
template<typename T, typename Start>
Expected<T, ApiError> await(Start start, int timeoutMs = 30000)
{
    std::optional<Expected<T, ApiError>> result;
    start([&result](Expected<T, ApiError> r) { result.emplace(std::move(r)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs)) {
        return ApiError::notConfigured(QStringLiteral("the test got no answer"));
    }
    return std::move(*result);
}

QString describe(const ApiError &error)
{
    return error.code + QStringLiteral(" [") + error.field + QStringLiteral("] ") + error.message
           + QStringLiteral(" / ") + error.detail;
}

} // namespace

class TestServerConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void registerActivateLogInAndOut();
    void restoreAfterRestart();
    void wrongPassword();
    void wrongCaptcha();
    void notActivatedYet();
    void resendActivation();
    void wrongActivationCode();
    void userNameTaken();
    void registrationRefused();
    void changeMobileRefused();
    void changeEmailWithWrongPassword();
    void forgottenPassword();
    void serverDown();
    void slowServer();
    void tlsToAPlainServer();
    void notLoggedIn();

private:
    dd::domain::Registration registration(const QString &userName) const;
    QString emailOf(const QString &userName) const { return userName + QStringLiteral("@qq.com"); }
    // Registers and activates through the client.
    bool registerAndActivate(const QString &userName);
    Expected<dd::sync::LoginResult, ApiError> logIn(ServerConnection &connection,
                                                    const QString &userName,
                                                    const QString &password,
                                                    bool rightCaptcha = true);

    dd::test::ServerFixture m_server;
    QTemporaryDir m_dir;
    std::optional<dd::platform::Settings> m_settings;
    std::optional<dd::platform::FileSecretStore> m_file;
    dd::test::FakeSecretStore m_keychain;
    std::optional<dd::platform::TokenVault> m_vault;
    std::optional<ServerConnection> m_connection;
    const QString m_password = dd::test::validRegistration().password;
    quint32 m_seed = 5000;
};

void TestServerConnection::initTestCase()
{
    QVERIFY2(m_server.start(QStringLiteral(DD_SERVER_PATH)), qPrintable(m_server.error()));
    m_settings.emplace(m_dir.filePath(QStringLiteral("settings.ini")));
    m_file.emplace(m_dir.filePath(QStringLiteral("secrets")));
    m_vault.emplace(m_keychain, *m_file, *m_settings);
}

void TestServerConnection::cleanupTestCase()
{
    m_server.stop();
}

void TestServerConnection::init()
{
    m_connection.reset();
    m_connection.emplace(*m_vault);
    QVERIFY(m_connection->setServerAddress(m_server.address()));
    m_connection->useTestingCaptchaSeeds(m_seed);
    m_seed += 100;
}

dd::domain::Registration TestServerConnection::registration(const QString &userName) const
{
    dd::domain::Registration r = dd::test::validRegistration();
    r.userName = userName;
    r.email = emailOf(userName);
    r.emailConfirm = r.email;
    return r;
}

bool TestServerConnection::registerAndActivate(const QString &userName)
{
    ServerConnection &c = *m_connection;
    const auto registered = await<dd::sync::RegistrationResult>(
        [&](auto done) { c.registerAccount(registration(userName), done); });
    if (!registered) {
        qWarning() << describe(registered.error());
        return false;
    }
    const QString code = dd::test::ServerFixture::codeIn(m_server.takeMail(emailOf(userName)),
                                                         QStringLiteral("activate"));
    const auto activated = await<QString>([&](auto done) { c.activate(code, done); });
    return activated.ok() && activated.value() == userName;
}

Expected<dd::sync::LoginResult, ApiError> TestServerConnection::logIn(ServerConnection &connection,
                                                                      const QString &userName,
                                                                      const QString &password,
                                                                      bool rightCaptcha)
{
    const auto captcha =
        await<dd::sync::CaptchaChallenge>([&](auto done) { connection.fetchCaptcha(done); });
    if (!captcha) {
        return captcha.error();
    }
    QString answer = dd::server::Captcha::make(*connection.lastTestingSeed()).answer;
    if (!rightCaptcha) {
        answer = answer.startsWith(u'A') ? QStringLiteral("BBBBB") : QStringLiteral("AAAAA");
    }
    return await<dd::sync::LoginResult>([&](auto done) {
        connection.logIn(userName, password, captcha->id, answer.toLower(), done);
    });
}

void TestServerConnection::registerActivateLogInAndOut()
{
    ServerConnection &c = *m_connection;
    const QString user = QStringLiteral("li.ming");

    // register: the portal's form, as app/domain's Registration
    const auto registered = await<dd::sync::RegistrationResult>(
        [&](auto done) { c.registerAccount(registration(user), done); });
    QVERIFY2(registered.ok(),
             qPrintable(registered.ok() ? QString() : describe(registered.error())));
    QCOMPARE(registered->userName, user);
    QVERIFY(registered->mailSent);

    // read the mail, activate with its code
    const QString mail = m_server.takeMail(emailOf(user));
    QVERIFY(!mail.isEmpty());
    const QString code = dd::test::ServerFixture::codeIn(mail, QStringLiteral("activate"));
    QCOMPARE(code.size(), 43);
    const auto activated = await<QString>([&](auto done) { c.activate(code, done); });
    QVERIFY(activated.ok());
    QCOMPARE(activated.value(), user);

    // the captcha is a PNG of 160 × 60
    const auto captcha =
        await<dd::sync::CaptchaChallenge>([&](auto done) { c.fetchCaptcha(done); });
    QVERIFY(captcha.ok());
    QImage image;
    QVERIFY(image.loadFromData(captcha->png, "PNG"));
    QCOMPARE(image.size(), QSize(160, 60));
    QVERIFY(captcha->expiresIn > 0);

    // log in: the token goes to the keychain
    QSignalSpy loggedIn(&c, &ServerConnection::loggedInChanged);
    const QString answer = dd::server::Captcha::make(*c.lastTestingSeed()).answer;
    const auto login = await<dd::sync::LoginResult>(
        [&](auto done) { c.logIn(user, m_password, captcha->id, answer, done); });
    QVERIFY2(login.ok(), qPrintable(login.ok() ? QString() : describe(login.error())));
    QCOMPARE(login->account.userName, user);
    QCOMPARE(login->account.role, QStringLiteral("applicant"));
    QCOMPARE(login->tokenPlace, dd::platform::SecretStore::Place::Keychain);
    QVERIFY(c.isLoggedIn());
    QCOMPARE(loggedIn.count(), 1);
    const QString token = m_keychain.secrets().value(c.tokenKey());
    QCOMPARE(token, c.api().token());
    QVERIFY(!token.isEmpty());

    // /me
    const auto me = await<ServerAccount>([&](auto done) { c.fetchMe(done); });
    QVERIFY(me.ok());
    QCOMPARE(me->email, emailOf(user));
    QCOMPARE(me->mobile, QStringLiteral("13811112222"));
    QCOMPARE(me->name, QStringLiteral("王磊"));
    QVERIFY(me->activated);

    // change the mobile number: the server keeps the digits
    const auto changed = await<ServerAccount>(
        [&](auto done) { c.changeMobile(QStringLiteral("+86 139-1234-5678"), done); });
    QVERIFY(changed.ok());
    QCOMPARE(changed->mobile, QStringLiteral("13912345678"));
    QCOMPARE(c.account()->mobile, QStringLiteral("13912345678"));
    QCOMPARE(await<ServerAccount>([&](auto done) { c.fetchMe(done); })->mobile,
             QStringLiteral("13912345678"));

    // log out: the session ends on the server and the token is forgotten here
    const auto out = await<void>([&](auto done) { c.logOut(done); });
    QVERIFY(out.ok());
    QVERIFY(!c.isLoggedIn());
    QVERIFY(!m_keychain.secrets().contains(c.tokenKey()));
    QCOMPARE(loggedIn.count(), 2);

    // the old token is dead on the server: a 401, and the client says the session ended
    c.api().setToken(token);
    QSignalSpy ended(&c, &ServerConnection::sessionEnded);
    const auto dead = await<ServerAccount>([&](auto done) { c.fetchMe(done); });
    QVERIFY(!dead.ok());
    QCOMPARE(dead.error().status, 401);
    QCOMPARE(dead.error().code, QStringLiteral("unauthenticated"));
    QCOMPARE(ended.count(), 1);
    QVERIFY(!c.api().hasToken());
}

void TestServerConnection::restoreAfterRestart()
{
    const QString user = QStringLiteral("restore.me");
    QVERIFY(registerAndActivate(user));
    QVERIFY(logIn(*m_connection, user, m_password).ok());

    // A new program: a new connection on the same vault, no login.
    ServerConnection again(*m_vault);
    QVERIFY(again.setServerAddress(m_server.address()));
    const auto restored = await<ServerAccount>([&](auto done) { again.restore(done); });
    QVERIFY2(restored.ok(), qPrintable(restored.ok() ? QString() : describe(restored.error())));
    QCOMPARE(restored->userName, user);
    QVERIFY(again.isLoggedIn());

    QVERIFY(await<void>([&](auto done) { again.logOut(done); }).ok());
    ServerConnection third(*m_vault);
    QVERIFY(third.setServerAddress(m_server.address()));
    const auto none = await<ServerAccount>([&](auto done) { third.restore(done); });
    QVERIFY(!none.ok());
    QCOMPARE(none.error().kind, ApiError::Kind::NotConfigured);
}

void TestServerConnection::wrongPassword()
{
    const QString user = QStringLiteral("wrong.password");
    QVERIFY(registerAndActivate(user));
    const auto login = logIn(*m_connection, user, QStringLiteral("Wrong1234"));
    QVERIFY(!login.ok());
    QCOMPARE(login.error().status, 401);
    QCOMPARE(login.error().code, QStringLiteral("badCredentials"));
    QCOMPARE(login.error().message, QStringLiteral("The user name or the password is wrong."));
    QVERIFY(!login.error().isTransient());
    QVERIFY(!m_connection->isLoggedIn());
    // An unknown user name answers the same.
    const auto unknown = logIn(*m_connection, QStringLiteral("nobody.here"), m_password);
    QCOMPARE(unknown.error().code, QStringLiteral("badCredentials"));
    QCOMPARE(unknown.error().message, login.error().message);
}

void TestServerConnection::wrongCaptcha()
{
    const QString user = QStringLiteral("wrong.captcha");
    QVERIFY(registerAndActivate(user));
    const auto login = logIn(*m_connection, user, m_password, false);
    QVERIFY(!login.ok());
    QCOMPARE(login.error().status, 400);
    QCOMPARE(login.error().code, QStringLiteral("badCaptcha"));
    QVERIFY(
        login.error().message.startsWith(ApiError::fieldLabel(QStringLiteral("captchaAnswer"))));
    QVERIFY(!m_keychain.secrets().contains(m_connection->tokenKey()));
    // The next captcha, answered right, logs in.
    QVERIFY(logIn(*m_connection, user, m_password).ok());
    QVERIFY(await<void>([&](auto done) { m_connection->logOut(done); }).ok());
}

void TestServerConnection::notActivatedYet()
{
    const QString user = QStringLiteral("not.active");
    const auto registered = await<dd::sync::RegistrationResult>(
        [&](auto done) { m_connection->registerAccount(registration(user), done); });
    QVERIFY(registered.ok());
    m_server.takeMail(emailOf(user));
    const auto login = logIn(*m_connection, user, m_password);
    QVERIFY(!login.ok());
    QCOMPARE(login.error().status, 403);
    QCOMPARE(login.error().code, QStringLiteral("notActivated"));
}

void TestServerConnection::resendActivation()
{
    const QString user = QStringLiteral("resend.me");
    QVERIFY(await<dd::sync::RegistrationResult>([&](auto done) {
                m_connection->registerAccount(registration(user), done);
            }).ok());
    const QString first = dd::test::ServerFixture::codeIn(m_server.takeMail(emailOf(user)),
                                                          QStringLiteral("activate"));
    QVERIFY(await<void>([&](auto done) { m_connection->resendActivation(user, done); }).ok());
    const QString second = dd::test::ServerFixture::codeIn(m_server.takeMail(emailOf(user)),
                                                           QStringLiteral("activate"));
    QVERIFY(!second.isEmpty());
    QVERIFY(second != first);
    const auto old = await<QString>([&](auto done) { m_connection->activate(first, done); });
    QCOMPARE(old.error().code, QStringLiteral("tokenUnknown"));
    QCOMPARE(await<QString>([&](auto done) { m_connection->activate(second, done); }).value(),
             user);
}

void TestServerConnection::wrongActivationCode()
{
    const auto activated = await<QString>([&](auto done) {
        m_connection->activate(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), done);
    });
    QVERIFY(!activated.ok());
    QCOMPARE(activated.error().status, 404);
    QCOMPARE(activated.error().code, QStringLiteral("tokenUnknown"));
    QVERIFY(activated.error().message.startsWith(ApiError::fieldLabel(QStringLiteral("token"))));
}

void TestServerConnection::userNameTaken()
{
    const QString user = QStringLiteral("taken.name");
    QVERIFY(registerAndActivate(user));
    dd::domain::Registration again = registration(QStringLiteral("TAKEN.NAME"));
    const auto registered = await<dd::sync::RegistrationResult>(
        [&](auto done) { m_connection->registerAccount(again, done); });
    QVERIFY(!registered.ok());
    QCOMPARE(registered.error().status, 409);
    QCOMPARE(registered.error().code, QStringLiteral("userNameTaken"));
    QVERIFY(
        registered.error().message.contains(dd::domain::Field::label(dd::domain::Field::UserName)));
}

void TestServerConnection::registrationRefused()
{
    dd::domain::Registration r = registration(QStringLiteral("bad.id"));
    r.idNumber = QStringLiteral("110105199003074510"); // wrong check digit
    r.idNumberConfirm = r.idNumber;
    const auto registered = await<dd::sync::RegistrationResult>(
        [&](auto done) { m_connection->registerAccount(r, done); });
    QVERIFY(!registered.ok());
    QCOMPARE(registered.error().status, 400);
    QCOMPARE(registered.error().code, QStringLiteral("invalidField"));
    QCOMPARE(registered.error().field, QStringLiteral("idNumber"));
    QVERIFY(
        registered.error().message.contains(dd::domain::Field::label(QStringLiteral("idNumber"))));
    QVERIFY(dd::domain::hasRule(registered.error().findings, u"id.checkDigit"));
}

void TestServerConnection::changeMobileRefused()
{
    const QString user = QStringLiteral("mobile.refused");
    QVERIFY(registerAndActivate(user));
    QVERIFY(logIn(*m_connection, user, m_password).ok());
    const auto changed = await<ServerAccount>(
        [&](auto done) { m_connection->changeMobile(QStringLiteral("12345"), done); });
    QVERIFY(!changed.ok());
    QCOMPARE(changed.error().code, QStringLiteral("invalidField"));
    QCOMPARE(changed.error().field, QStringLiteral("mobile"));
    QVERIFY(changed.error().message.startsWith(dd::domain::Field::label(QStringLiteral("mobile"))));
    QVERIFY(m_connection->isLoggedIn()); // a refused value ends no session
    QCOMPARE(m_connection->account()->mobile, QStringLiteral("13811112222"));
    QVERIFY(await<void>([&](auto done) { m_connection->logOut(done); }).ok());
}

void TestServerConnection::changeEmailWithWrongPassword()
{
    const QString user = QStringLiteral("email.change");
    QVERIFY(registerAndActivate(user));
    QVERIFY(logIn(*m_connection, user, m_password).ok());
    const auto wrong = await<ServerAccount>([&](auto done) {
        m_connection->changeEmail(QStringLiteral("new.address@163.com"),
                                  QStringLiteral("Wrong1234"), done);
    });
    QCOMPARE(wrong.error().status, 403);
    QCOMPARE(wrong.error().code, QStringLiteral("badCredentials"));
    QCOMPARE(wrong.error().field, QStringLiteral("password"));
    const auto right = await<ServerAccount>([&](auto done) {
        m_connection->changeEmail(QStringLiteral("new.address@163.com"), m_password, done);
    });
    QVERIFY(right.ok());
    QCOMPARE(right->email, QStringLiteral("new.address@163.com"));
    QVERIFY(await<void>([&](auto done) { m_connection->logOut(done); }).ok());
}

void TestServerConnection::forgottenPassword()
{
    const QString user = QStringLiteral("forgot.it");
    QVERIFY(registerAndActivate(user));
    QVERIFY(await<void>([&](auto done) { m_connection->requestPasswordReset(user, done); }).ok());
    const QString code = dd::test::ServerFixture::codeIn(m_server.takeMail(emailOf(user)),
                                                         QStringLiteral("reset-password"));
    QCOMPARE(code.size(), 43);
    // A password the rule refuses uses nothing up.
    const auto weak = await<void>([&](auto done) {
        m_connection->confirmPasswordReset(code, QStringLiteral("short"), done);
    });
    QCOMPARE(weak.error().code, QStringLiteral("invalidField"));
    QCOMPARE(weak.error().field, QStringLiteral("newPassword"));
    QVERIFY(weak.error().message.startsWith(ApiError::fieldLabel(QStringLiteral("newPassword"))));
    const QString newPassword = QStringLiteral("Forgot2027");
    QVERIFY(await<void>([&](auto done) {
                m_connection->confirmPasswordReset(code, newPassword, done);
            }).ok());
    QCOMPARE(logIn(*m_connection, user, m_password).error().code, QStringLiteral("badCredentials"));
    QVERIFY(logIn(*m_connection, user, newPassword).ok());
    QVERIFY(await<void>([&](auto done) { m_connection->logOut(done); }).ok());
}

void TestServerConnection::serverDown()
{
    const quint16 closed = dd::test::ServerFixture::freePort();
    QVERIFY(m_connection->setServerAddress(QStringLiteral("http://127.0.0.1:%1").arg(closed)));
    const auto captcha =
        await<dd::sync::CaptchaChallenge>([&](auto done) { m_connection->fetchCaptcha(done); });
    QVERIFY(!captcha.ok());
    QCOMPARE(captcha.error().kind, ApiError::Kind::ConnectionRefused);
    QCOMPARE(captcha.error().code, QStringLiteral("connectionRefused"));
    QVERIFY(captcha.error().isTransient());
    QVERIFY(captcha.error().message.contains(QStringLiteral("127.0.0.1:%1").arg(closed)));
}

void TestServerConnection::slowServer()
{
    // Accepts the connection and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QVERIFY(m_connection->setServerAddress(
        QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    m_connection->api().setTimeout(700);
    QElapsedTimer timer;
    timer.start();
    const auto captcha =
        await<dd::sync::CaptchaChallenge>([&](auto done) { m_connection->fetchCaptcha(done); });
    QVERIFY(!captcha.ok());
    QCOMPARE(captcha.error().kind, ApiError::Kind::Timeout);
    QVERIFY(captcha.error().isTransient());
    QVERIFY(timer.elapsed() >= 600);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
}

void TestServerConnection::tlsToAPlainServer()
{
    QVERIFY(m_connection->setServerAddress(
        QStringLiteral("https://127.0.0.1:%1").arg(m_server.port())));
    const auto captcha =
        await<dd::sync::CaptchaChallenge>([&](auto done) { m_connection->fetchCaptcha(done); });
    QVERIFY(!captcha.ok());
    QVERIFY2(captcha.error().kind == ApiError::Kind::Tls, qPrintable(describe(captcha.error())));
    QCOMPARE(captcha.error().code, QStringLiteral("tls"));
    QVERIFY(!captcha.error().isTransient());
}

void TestServerConnection::notLoggedIn()
{
    const auto me = await<ServerAccount>([&](auto done) { m_connection->fetchMe(done); });
    QVERIFY(!me.ok());
    QCOMPARE(me.error().kind, ApiError::Kind::NotConfigured);
    QVERIFY(!m_connection->setServerAddress(QStringLiteral("ftp://example.org")));
    QVERIFY(!m_connection->setServerAddress(QStringLiteral("  ")));
    QCOMPARE(m_connection->server(), QUrl(m_server.address()));
}

QTEST_GUILESS_MAIN(TestServerConnection)
#include "TestServerConnection.moc"
