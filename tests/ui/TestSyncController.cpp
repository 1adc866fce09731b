// The window's sync against the real degreedesk-server (test mode, loopback): sync starts when
// the account logs in and pushes what the database holds, a local save is pushed by itself a
// moment later (the status bar says so), and logging out stops it.

#include "Captcha.h"

#include "ServerServices.h"
#include "Session.h"
#include "SyncActions.h"
#include "SyncController.h"
#include "SyncStatusSource.h"
#include "platform/Settings.h"
#include "store/Store.h"
#include "support/FakeSecretStore.h"
#include "support/SampleRecords.h"
#include "support/ServerFixture.h"
#include "support/UiFixture.h"
#include "sync/SyncEngine.h"

#include <QDir>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

class TestSyncController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void syncsWhileLoggedIn();

private:
    // Runs `call` with a callback and waits for its answer.
    template<typename T, typename Call>
    static std::optional<platform::Expected<T, sync::ApiError>> wait(Call call)
    {
        std::optional<platform::Expected<T, sync::ApiError>> answer;
        call([&answer](platform::Expected<T, sync::ApiError> result) {
            answer.emplace(std::move(result));
        });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000)) {
            qWarning("no answer within 15 s");
        }
        return answer;
    }

    test::ServerFixture m_server;
    QTemporaryDir m_dir;
};

void TestSyncController::initTestCase()
{
    QVERIFY2(m_server.start(QStringLiteral(DD_SERVER_PATH)), qPrintable(m_server.error()));
}

void TestSyncController::cleanupTestCase()
{
    m_server.stop();
}

void TestSyncController::syncsWhileLoggedIn()
{
    test::UiFixture fixture;
    QVERIFY(fixture.ok());
    domain::Registration registration = test::validRegistration();
    registration.userName = QStringLiteral("sync.window");
    registration.email = QStringLiteral("sync.window@qq.com");
    registration.emailConfirm = registration.email;
    QVERIFY(fixture.store().save(fixture.applicant(), registration).ok());

    auto keychain = std::make_unique<test::FakeSecretStore>();
    keychain->setMode(test::FakeSecretStore::Mode::Unavailable);
    ui::ServerServices services(
        std::make_unique<platform::Settings>(m_dir.filePath(QStringLiteral("settings.ini"))),
        std::move(keychain), m_dir.filePath(QStringLiteral("secrets")));
    sync::ServerConnection &connection = services.connection();
    QVERIFY(connection.setServerAddress(m_server.address()));
    connection.useTestingCaptchaSeeds(4200);

    QMainWindow window;
    ui::SyncActions actions(fixture.session(), &window);
    ui::SyncController controller(fixture.session(), &connection, &actions);
    QVERIFY(!controller.engine()->isStarted());

    // Register, activate with the mailed code, log in: sync starts and pushes the applicant
    // and its registration.
    auto registered = wait<sync::RegistrationResult>(
        [&](auto done) { connection.registerAccount(registration, done); });
    QVERIFY(registered && registered->ok());
    const QString code = test::ServerFixture::codeIn(m_server.takeMail(registration.email),
                                                     QStringLiteral("activate"));
    QVERIFY(!code.isEmpty());
    auto activated = wait<QString>([&](auto done) { connection.activate(code, done); });
    QVERIFY(activated && activated->ok());
    auto captcha = wait<sync::CaptchaChallenge>([&](auto done) { connection.fetchCaptcha(done); });
    QVERIFY(captcha && captcha->ok());
    const QString answer = server::Captcha::make(*connection.lastTestingSeed()).answer;
    auto login = wait<sync::LoginResult>([&](auto done) {
        connection.logIn(registration.userName, registration.password, (**captcha).id, answer,
                         done);
    });
    QVERIFY2(login && login->ok(),
             login && !login->ok() ? qPrintable(login->error().message) : "no answer");
    QVERIFY(controller.engine()->isStarted());
    QTRY_COMPARE_WITH_TIMEOUT(actions.source()->status().state, sync::SyncStatus::State::UpToDate,
                              20000);
    QCOMPARE(actions.source()->status().pending, 0);
    auto pending = fixture.store().pendingCount();
    QVERIFY(pending.ok());
    QCOMPARE(*pending, qint64(0));

    // A local save (as a page does it): pushed by itself a moment later.
    QVERIFY(fixture.store().save(fixture.applicant(), test::validBasicInfo()).ok());
    fixture.session()->notifyChanged(domain::BasicInfo::kind());
    QCOMPARE(actions.source()->status().pending, 1);
    QTRY_COMPARE_WITH_TIMEOUT(actions.source()->status().pending, 0, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(actions.source()->status().state, sync::SyncStatus::State::UpToDate,
                              20000);
    auto stored = fixture.store().single<domain::BasicInfo>(fixture.applicant());
    QVERIFY(stored.ok() && stored->has_value());
    QVERIFY((**stored).meta.serverVersion >= 1);

    // The server has it: ask for the applicant as the client sees it.
    std::optional<sync::ApiResponse> fetched;
    connection.api().send(
        "GET", QStringLiteral("/applicants/") + fixture.applicant().toString(QUuid::WithoutBraces),
        std::nullopt, this, [&](const sync::ApiResponse &response, const sync::ApiError *error) {
            QVERIFY2(!error, error ? qPrintable(error->message) : "");
            fetched = response;
        });
    QTRY_VERIFY_WITH_TIMEOUT(fetched.has_value(), 15000);
    const QJsonArray records = fetched->json.value(QStringLiteral("records")).toArray();
    QStringList kinds;
    for (const QJsonValue &record : records) {
        kinds << record.toObject().value(QStringLiteral("kind")).toString();
    }
    kinds.sort();
    QCOMPARE(kinds, (QStringList{domain::BasicInfo::kind(), domain::Registration::kind()}));

    // Logged out: sync stops.
    auto loggedOut = wait<void>([&](auto done) { connection.logOut(done); });
    QVERIFY(loggedOut);
    QVERIFY(!controller.engine()->isStarted());
}

QTEST_MAIN(TestSyncController)
#include "TestSyncController.moc"
