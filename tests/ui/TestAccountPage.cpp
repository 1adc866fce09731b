#include "pages/AccountPage.h"

#include "domain/ConfirmationRule.h"
#include "domain/EmailRule.h"
#include "domain/Field.h"
#include "domain/Registration.h"
#include "domain/RequiredRule.h"
#include "pages/RegistrationPage.h"
#include "support/SampleRecords.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/FieldMessage.h"
#include "widgets/MessageBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dd;
using domain::Field;
using domain::Registration;

class TestAccountPage : public QObject
{
    Q_OBJECT

private:
    static ui::FieldMessage *messageWidget(QWidget *page, const QString &key)
    {
        return page->findChild<ui::FieldMessage *>(key + QStringLiteral("Message"));
    }
    static QString messageOf(QWidget *page, const QString &key)
    {
        auto *message = messageWidget(page, key);
        return message ? message->text() : QStringLiteral("<no message widget>");
    }
    static QLineEdit *line(QWidget *page, const QString &key)
    {
        return page->findChild<QLineEdit *>(key);
    }
    static QPushButton *saveButton(QWidget *page)
    {
        return page->findChild<QPushButton *>(QStringLiteral("saveButton"));
    }
    static Registration stored(test::UiFixture &fixture)
    {
        const auto loaded = fixture.store().single<Registration>(fixture.applicant());
        return loaded && loaded->has_value() ? loaded->value().value : Registration{};
    }
    static void saveValid(test::UiFixture &fixture)
    {
        QVERIFY(fixture.store().save(fixture.applicant(), test::validRegistration()).ok());
    }

private slots:
    void startsFromTheRegistrationWithNothingToSave()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        saveValid(fixture);
        ui::AccountPage page(fixture.session());
        page.reload();
        page.show();
        QCOMPARE(page.pageId(), QStringLiteral("account"));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("accountUserName"))->text(),
                 test::validRegistration().userName);
        QCOMPARE(line(&page, Field::Email)->text(), test::validRegistration().email);
        QCOMPARE(line(&page, Field::EmailConfirm)->text(), test::validRegistration().emailConfirm);
        QCOMPARE(line(&page, Field::Mobile)->text(), test::validRegistration().mobile);
        QVERIFY(line(&page, Field::Password)->text().isEmpty());
        QCOMPARE(line(&page, Field::Password)->echoMode(), QLineEdit::Password);
        QCOMPARE(line(&page, Field::PasswordConfirm)->echoMode(), QLineEdit::Password);
        for (const QString &key : {Field::Password, Field::PasswordConfirm, Field::Email,
                                   Field::EmailConfirm, Field::Mobile}) {
            QVERIFY2(!line(&page, key)->accessibleName().isEmpty(), qPrintable(key));
        }
        QCOMPARE(page.problemCount(), 0);
        QVERIFY(!saveButton(&page)->isEnabled()); // nothing changed yet
        QVERIFY(!page.hasPendingChange());
    }

    void aHalfTypedChangeIsRefusedThenExplainedFixedAndApplied()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        saveValid(fixture);
        const Registration before = stored(fixture);
        ui::RegistrationPage registrationPage(fixture.session());
        registrationPage.reload();
        {
            ui::AccountPage page(fixture.session());
            page.reload();
            page.show();
            QSignalSpy changes(fixture.session(), &ui::Session::recordsChanged);

            // A new password without its confirmation: not saved, not even by leaving the
            // page (which commits what is typed on the other pages).
            test::retype(line(&page, Field::Password), QStringLiteral("NewPass2027"));
            QVERIFY(page.hasPendingChange());
            QVERIFY(!saveButton(&page)->isEnabled());
            // Why not is said under the confirmation, though the user has not been there yet.
            QCOMPARE(messageOf(&page, Field::PasswordConfirm),
                     domain::RequiredRule::missing(Field::PasswordConfirm).message);
            QTest::mouseClick(saveButton(&page), Qt::LeftButton);
            page.commitPending();
            QCOMPARE(stored(fixture), before);
            QCOMPARE(changes.count(), 0);

            // A confirmation that differs is explained with app/domain's words.
            test::retype(line(&page, Field::PasswordConfirm), QStringLiteral("NewPass2072"));
            const QString mismatch = messageOf(&page, Field::PasswordConfirm);
            QCOMPARE(mismatch, domain::ConfirmationRule::check(
                                   Field::Password, QStringLiteral("NewPass2027"),
                                   Field::PasswordConfirm, QStringLiteral("NewPass2072"))
                                   .value(0)
                                   .message);
            QVERIFY(!mismatch.isEmpty());
            QCOMPARE(page.problemCount(), 1);
            QVERIFY(!saveButton(&page)->isEnabled());
            test::retype(line(&page, Field::PasswordConfirm), QStringLiteral("NewPass2027"));
            QCOMPARE(messageOf(&page, Field::PasswordConfirm), QString());
            QVERIFY(saveButton(&page)->isEnabled());

            // A Hotmail address is refused; the button follows as the user types.
            test::retype(line(&page, Field::Email), QStringLiteral("wl@hotmail.com"));
            test::retype(line(&page, Field::EmailConfirm), QStringLiteral("wl@hotmail.com"));
            QCOMPARE(messageOf(&page, Field::Email),
                     domain::EmailRule::check(QStringLiteral("wl@hotmail.com")).value(0).message);
            QCOMPARE(messageWidget(&page, Field::Email)->severity(), domain::Severity::Error);
            QVERIFY(!saveButton(&page)->isEnabled());
            // An Outlook address is a warning: shown, but it does not block saving.
            test::retype(line(&page, Field::Email), QStringLiteral("wl@outlook.com"));
            QVERIFY(!saveButton(&page)->isEnabled()); // the confirmation still says hotmail
            test::retype(line(&page, Field::EmailConfirm), QStringLiteral("wl@outlook.com"));
            QCOMPARE(messageWidget(&page, Field::Email)->severity(), domain::Severity::Warning);
            QCOMPARE(messageOf(&page, Field::Email),
                     domain::EmailRule::check(QStringLiteral("wl@outlook.com")).value(0).message);
            QCOMPARE(page.problemCount(), 0);
            QVERIFY(saveButton(&page)->isEnabled());

            // A mobile number one digit short blocks it again, until fixed.
            test::retype(line(&page, Field::Mobile), QStringLiteral("1390000111"));
            QVERIFY(!messageOf(&page, Field::Mobile).isEmpty());
            QVERIFY(!saveButton(&page)->isEnabled());
            test::retype(line(&page, Field::Mobile), QStringLiteral("13900001111"));
            QVERIFY(saveButton(&page)->isEnabled());
            QCOMPARE(stored(fixture), before); // still nothing written

            QTest::mouseClick(saveButton(&page), Qt::LeftButton);
            const Registration after = stored(fixture);
            QCOMPARE(after.password, QStringLiteral("NewPass2027"));
            QCOMPARE(after.passwordConfirm, QStringLiteral("NewPass2027"));
            QCOMPARE(after.email, QStringLiteral("wl@outlook.com"));
            QCOMPARE(after.emailConfirm, QStringLiteral("wl@outlook.com"));
            QCOMPARE(after.mobile, QStringLiteral("13900001111"));
            // Nothing else of the registration changed.
            Registration rest = after;
            rest.password = before.password;
            rest.passwordConfirm = before.passwordConfirm;
            rest.email = before.email;
            rest.emailConfirm = before.emailConfirm;
            rest.mobile = before.mobile;
            QCOMPARE(rest, before);
            QCOMPARE(changes.count(), 1);
            QCOMPARE(changes.at(0).at(0).toString(), Registration::kind());

            // The form starts again from the saved values; the bar says it is done.
            QVERIFY(line(&page, Field::Password)->text().isEmpty());
            QCOMPARE(line(&page, Field::Email)->text(), QStringLiteral("wl@outlook.com"));
            QVERIFY(!saveButton(&page)->isEnabled());
            QVERIFY(!page.hasPendingChange());
            QVERIFY(
                !page.findChild<ui::MessageBar *>(QStringLiteral("messageBar"))->text().isEmpty());

            // The registration page, told through the session, shows the new values.
            QCOMPARE(line(&registrationPage, Field::Email)->text(),
                     QStringLiteral("wl@outlook.com"));
            QCOMPARE(line(&registrationPage, Field::Mobile)->text(), QStringLiteral("13900001111"));
            QCOMPARE(line(&registrationPage, Field::Password)->text(),
                     QStringLiteral("NewPass2027"));
            QCOMPARE(registrationPage.problemCount(), 0);
        }
    }

    void theChangeIsFoundInTheRegistrationAfterReopening()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        saveValid(fixture);
        {
            ui::AccountPage page(fixture.session());
            page.reload();
            page.show();
            test::retype(line(&page, Field::Mobile), QStringLiteral("13700002222"));
            QVERIFY(saveButton(&page)->isEnabled());
            QTest::mouseClick(saveButton(&page), Qt::LeftButton);
        }
        fixture.reopen();
        ui::RegistrationPage registration(fixture.session());
        registration.reload();
        QCOMPARE(line(&registration, Field::Mobile)->text(), QStringLiteral("13700002222"));
        // The password was left empty on the account page: the old one is kept.
        QCOMPARE(line(&registration, Field::Password)->text(), test::validRegistration().password);
        ui::AccountPage page(fixture.session());
        page.reload();
        QCOMPARE(line(&page, Field::Mobile)->text(), QStringLiteral("13700002222"));
    }

    void discardPutsTheSavedValuesBack()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        saveValid(fixture);
        ui::AccountPage page(fixture.session());
        page.reload();
        page.show();
        auto *discard = page.findChild<QPushButton *>(QStringLiteral("discardButton"));
        QVERIFY(!discard->isEnabled());
        test::retype(line(&page, Field::Password), QStringLiteral("abc"));
        QVERIFY(discard->isEnabled());
        QVERIFY(!messageOf(&page, Field::Password).isEmpty());
        QTest::mouseClick(discard, Qt::LeftButton);
        QVERIFY(line(&page, Field::Password)->text().isEmpty());
        QCOMPARE(messageOf(&page, Field::Password), QString());
        QVERIFY(!page.hasPendingChange());
        QCOMPARE(stored(fixture), test::validRegistration());
    }
};

QTEST_MAIN(TestAccountPage)
#include "TestAccountPage.moc"
