// 账户管理's connect flow against the real degreedesk-server (test mode, loopback) and a real
// SMTP sink: the server address, registration with the details of 注册系统新用户, the code of
// the activation mail, a wrong then a right captcha, the logged-in user and role, the token kept
// in an owner-only file after the user agreed (no keychain here), logout, and the forgotten
// password; driven through the widgets as a user would.

#include "Captcha.h"

#include "ServerServices.h"
#include "pages/AccountPage.h"
#include "platform/Settings.h"
#include "support/FakeSecretStore.h"
#include "support/SampleRecords.h"
#include "support/ServerFixture.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/MessageBar.h"
#include "widgets/ServerAccountPanel.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

class TestServerAccountPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void registerActivateLogInAndOut();
    void refusedRegistrationSendsNothing();
    void forgottenPassword();
    void serverDown();

private:
    struct Panel
    {
        test::UiFixture fixture;
        std::unique_ptr<ui::AccountPage> page;
        ui::ServerAccountPanel *panel = nullptr;
        test::FakeSecretStore *keychain = nullptr;
        int consentAsked = 0;
    };
    std::unique_ptr<Panel> makePanel(const domain::Registration &registration);

    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found) {
            qWarning() << "no child" << name;
        }
        return found;
    }
    static QString message(QWidget *panel)
    {
        return child<ui::MessageBar>(panel, "serverMessageBar")->text();
    }
    static QString currentPage(QWidget *panel)
    {
        return child<QStackedWidget>(panel, "stack")->currentWidget()->objectName();
    }
    static bool hasCaptcha(QWidget *panel)
    {
        const QLabel *image = child<QLabel>(panel, "captchaImage");
        return !image->pixmap().isNull();
    }
    QString answerOf(ui::ServerAccountPanel *panel) const
    {
        return server::Captcha::make(*panel->services().connection().lastTestingSeed()).answer;
    }

    test::ServerFixture m_server;
    QTemporaryDir m_dir;
    int m_panels = 0;
};

void TestServerAccountPanel::initTestCase()
{
    QVERIFY2(m_server.start(QStringLiteral(DD_SERVER_PATH)), qPrintable(m_server.error()));
}

void TestServerAccountPanel::cleanupTestCase()
{
    m_server.stop();
}

std::unique_ptr<TestServerAccountPanel::Panel>
TestServerAccountPanel::makePanel(const domain::Registration &registration)
{
    auto p = std::make_unique<Panel>();
    if (!p->fixture.ok() || !p->fixture.store().save(p->fixture.applicant(), registration).ok()) {
        return nullptr;
    }
    p->page = std::make_unique<ui::AccountPage>(p->fixture.session());
    p->panel = p->page->serverPanel();
    const QString folder = m_dir.filePath(QString::number(++m_panels));
    QDir().mkpath(folder);
    auto keychain = std::make_unique<test::FakeSecretStore>();
    keychain->setMode(test::FakeSecretStore::Mode::Unavailable); // as under CI
    p->keychain = keychain.get();
    p->panel->setServices(std::make_unique<ui::ServerServices>(
        std::make_unique<platform::Settings>(folder + QStringLiteral("/settings.ini")),
        std::move(keychain), folder + QStringLiteral("/secrets")));
    p->panel->services().connection().useTestingCaptchaSeeds(9000 + 100 * m_panels);
    Panel *raw = p.get();
    p->panel->setConsentQuestion([raw] {
        ++raw->consentAsked;
        return true;
    });
    p->page->reload();
    p->page->resize(900, 900);
    p->page->show();
    return p;
}

void TestServerAccountPanel::registerActivateLogInAndOut()
{
    domain::Registration registration = test::validRegistration();
    registration.userName = QStringLiteral("ui.flow");
    registration.email = QStringLiteral("ui.flow@qq.com");
    registration.emailConfirm = registration.email;
    auto p = makePanel(registration);
    QVERIFY(p);
    ui::ServerAccountPanel *panel = p->panel;

    // The address, typed and confirmed with Enter.
    auto *address = child<QLineEdit>(panel, "serverAddress");
    test::typeText(address, m_server.address());
    QTest::keyClick(address, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(hasCaptcha(panel), 10000);
    QCOMPARE(currentPage(panel), QStringLiteral("loginPage"));

    // Register with the details of 注册系统新用户.
    QTest::mouseClick(child<QPushButton>(panel, "registerButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(panel), QStringLiteral("activationPage"), 10000);
    QVERIFY2(message(panel).contains(QStringLiteral("ui.flow@qq.com")), qPrintable(message(panel)));
    QCOMPARE(child<QLineEdit>(panel, "serverUserName")->text(), QStringLiteral("ui.flow"));

    // A wrong code first, then the code of the mail.
    auto *code = child<QLineEdit>(panel, "activationCode");
    test::typeText(code, QStringLiteral("not-the-code"));
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        message(panel).startsWith(sync::ApiError::fieldLabel(QStringLiteral("token"))), 10000);
    const QString mailed = test::ServerFixture::codeIn(m_server.takeMail(registration.email),
                                                       QStringLiteral("activate"));
    QVERIFY(!mailed.isEmpty());
    test::retype(code, mailed);
    QTest::keyClick(code, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(panel), QStringLiteral("loginPage"), 10000);
    QVERIFY(message(panel).contains(QStringLiteral("ui.flow")));
    QTRY_VERIFY_WITH_TIMEOUT(hasCaptcha(panel), 10000);

    // A wrong captcha: refused, and a new picture comes.
    auto *password = child<QLineEdit>(panel, "serverPassword");
    auto *answer = child<QLineEdit>(panel, "captchaAnswer");
    const quint32 firstSeed = *panel->services().connection().lastTestingSeed();
    test::typeText(password, registration.password);
    test::typeText(answer, QStringLiteral("00000"));
    QTest::keyClick(answer, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(
        message(panel).startsWith(sync::ApiError::fieldLabel(QStringLiteral("captchaAnswer"))),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        *panel->services().connection().lastTestingSeed() != firstSeed && hasCaptcha(panel), 10000);
    QVERIFY(password->text().isEmpty()); // typed again, never kept

    // The refresh button draws another picture.
    const quint32 beforeRefresh = *panel->services().connection().lastTestingSeed();
    QTest::mouseClick(child<QPushButton>(panel, "refreshCaptchaButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(*panel->services().connection().lastTestingSeed() != beforeRefresh
                                 && hasCaptcha(panel),
                             10000);

    // The right captcha: logged in, the token in the owner-only file the user agreed to.
    test::typeText(password, registration.password);
    test::typeText(answer, answerOf(panel).toLower());
    QTest::mouseClick(child<QPushButton>(panel, "logInButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(panel), QStringLiteral("accountPage"), 10000);
    QCOMPARE(child<QLabel>(panel, "loggedInAs")->text(), QStringLiteral("ui.flow (王磊)"));
    QCOMPARE(child<QLabel>(panel, "role")->text(), QStringLiteral("Applicant"));
    QCOMPARE(p->consentAsked, 1);
    QCOMPARE(child<QLabel>(panel, "tokenPlace")->text(),
             QStringLiteral("In a file only your user account can read"));
    QVERIFY(!child<QLineEdit>(panel, "serverUserName")->isVisible());
    QVERIFY(p->keychain->secrets().isEmpty());

    // A restarted program finds the session again, from the file.
    {
        auto again = std::make_unique<ui::AccountPage>(p->fixture.session());
        const QString folder = m_dir.filePath(QString::number(m_panels));
        auto keychain = std::make_unique<test::FakeSecretStore>();
        keychain->setMode(test::FakeSecretStore::Mode::Unavailable);
        again->serverPanel()->setServices(std::make_unique<ui::ServerServices>(
            std::make_unique<platform::Settings>(folder + QStringLiteral("/settings.ini")),
            std::move(keychain), folder + QStringLiteral("/secrets")));
        QCOMPARE(child<QLineEdit>(again->serverPanel(), "serverAddress")->text(),
                 m_server.address());
        QTRY_COMPARE_WITH_TIMEOUT(currentPage(again->serverPanel()), QStringLiteral("accountPage"),
                                  10000);
        QCOMPARE(child<QLabel>(again->serverPanel(), "loggedInAs")->text(),
                 QStringLiteral("ui.flow (王磊)"));
    }

    // Log out.
    QTest::mouseClick(child<QPushButton>(panel, "logOutButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(panel), QStringLiteral("loginPage"), 10000);
    QVERIFY(message(panel).startsWith(QStringLiteral("Logged out")));
    QVERIFY(child<QLineEdit>(panel, "serverUserName")->isVisible());
    QVERIFY(!panel->services().connection().isLoggedIn());
}

void TestServerAccountPanel::refusedRegistrationSendsNothing()
{
    domain::Registration registration = test::validRegistration();
    registration.userName = QStringLiteral("ui.refused");
    registration.idNumber = QStringLiteral("110105199003074510"); // wrong check digit
    auto p = makePanel(registration);
    QVERIFY(p);
    test::typeText(child<QLineEdit>(p->panel, "serverAddress"), m_server.address());
    QTest::mouseClick(child<QPushButton>(p->panel, "registerButton"), Qt::LeftButton);
    QVERIFY2(message(p->panel).contains(QStringLiteral("注册系统新用户")),
             qPrintable(message(p->panel)));
    QCOMPARE(currentPage(p->panel), QStringLiteral("loginPage"));
    QTest::qWait(300);
    QVERIFY(m_server.takeMailNow(registration.email).isEmpty());
}

void TestServerAccountPanel::forgottenPassword()
{
    domain::Registration registration = test::validRegistration();
    registration.userName = QStringLiteral("ui.forgot");
    registration.email = QStringLiteral("ui.forgot@qq.com");
    registration.emailConfirm = registration.email;
    auto p = makePanel(registration);
    QVERIFY(p);
    ui::ServerAccountPanel *panel = p->panel;
    test::typeText(child<QLineEdit>(panel, "serverAddress"), m_server.address());
    QTest::mouseClick(child<QPushButton>(panel, "registerButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(panel), QStringLiteral("activationPage"), 10000);
    auto *code = child<QLineEdit>(panel, "activationCode");
    test::typeText(code, test::ServerFixture::codeIn(m_server.takeMail(registration.email),
                                                     QStringLiteral("activate")));
    QTest::mouseClick(child<QPushButton>(panel, "activateButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(panel), QStringLiteral("loginPage"), 10000);

    QTest::mouseClick(child<QPushButton>(panel, "showResetButton"), Qt::LeftButton);
    QCOMPARE(currentPage(panel), QStringLiteral("resetPage"));
    QTest::mouseClick(child<QPushButton>(panel, "requestResetButton"), Qt::LeftButton);
    const QString resetCode = test::ServerFixture::codeIn(m_server.takeMail(registration.email),
                                                          QStringLiteral("reset-password"));
    QVERIFY(!resetCode.isEmpty());
    test::typeText(child<QLineEdit>(panel, "resetCode"), resetCode);
    // A password the registration's rule refuses is stopped here.
    test::typeText(child<QLineEdit>(panel, "resetPassword"), QStringLiteral("short"));
    test::typeText(child<QLineEdit>(panel, "resetPasswordConfirm"), QStringLiteral("short"));
    QTest::mouseClick(child<QPushButton>(panel, "confirmResetButton"), Qt::LeftButton);
    QCOMPARE(currentPage(panel), QStringLiteral("resetPage"));
    QVERIFY(!message(panel).isEmpty());
    test::retype(child<QLineEdit>(panel, "resetPassword"), QStringLiteral("Forgot2027"));
    test::retype(child<QLineEdit>(panel, "resetPasswordConfirm"), QStringLiteral("Forgot2027"));
    QTest::mouseClick(child<QPushButton>(panel, "confirmResetButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(panel), QStringLiteral("loginPage"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(hasCaptcha(panel), 10000);

    test::typeText(child<QLineEdit>(panel, "serverPassword"), QStringLiteral("Forgot2027"));
    test::typeText(child<QLineEdit>(panel, "captchaAnswer"), answerOf(panel));
    QTest::keyClick(child<QLineEdit>(panel, "captchaAnswer"), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(currentPage(panel), QStringLiteral("accountPage"), 10000);
}

void TestServerAccountPanel::serverDown()
{
    auto p = makePanel(test::validRegistration());
    QVERIFY(p);
    const quint16 closed = test::ServerFixture::freePort();
    auto *address = child<QLineEdit>(p->panel, "serverAddress");
    test::typeText(address, QStringLiteral("127.0.0.1:%1").arg(closed));
    QTest::keyClick(address, Qt::Key_Return);
    // "127.0.0.1:port" without a scheme is https: the refusal names the server.
    QTRY_VERIFY_WITH_TIMEOUT(message(p->panel).contains(QStringLiteral("127.0.0.1:%1").arg(closed)),
                             10000);
    test::retype(address, QStringLiteral("ftp://nowhere"));
    QTest::keyClick(address, Qt::Key_Return);
    QVERIFY(message(p->panel).startsWith(QStringLiteral("Server address")));
}

QTEST_MAIN(TestServerAccountPanel)
#include "TestServerAccountPanel.moc"
