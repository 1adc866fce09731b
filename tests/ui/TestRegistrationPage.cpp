#include "pages/RegistrationPage.h"

#include "domain/ConfirmationRule.h"
#include "domain/Field.h"
#include "domain/IdNumberRule.h"
#include "domain/Registration.h"
#include "domain/RegistrationValidator.h"
#include "support/SampleRecords.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/CatalogComboBox.h"
#include "widgets/FieldMessage.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace dd;
using domain::Field;
using domain::Registration;

class TestRegistrationPage : public QObject
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
    // What app/domain says about `key` for `registration`: the most severe finding's message.
    static QString domainMessage(const Registration &registration, const QString &key)
    {
        const domain::Findings findings =
            domain::RegistrationValidator::validate(registration, test::sampleContext());
        QString warning;
        for (const domain::Finding &finding : findings) {
            if (finding.field != key) {
                continue;
            }
            if (finding.severity == domain::Severity::Error) {
                return finding.message;
            }
            if (finding.severity == domain::Severity::Warning && warning.isEmpty()) {
                warning = finding.message;
            }
        }
        return warning;
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
    void everyFieldOfThePortalInItsOrder()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        ui::RegistrationPage page(fixture.session());
        page.reload();
        page.show();
        QCOMPARE(page.pageId(), QStringLiteral("registration"));

        // The portal's form, top to bottom (portal-screens.md, 注册系统新用户).
        const QStringList portalOrder{
            Field::UserName,   Field::Password,        Field::PasswordConfirm,
            Field::Email,      Field::EmailConfirm,    Field::Mobile,
            Field::Name,       Field::Country,         Field::IdType,
            Field::IdNumber,   Field::IdNumberConfirm, Field::Address,
            Field::PostalCode, Field::DayPhone,        Field::EveningPhone,
            Field::Remarks};
        auto *form = page.findChild<QFormLayout *>(QStringLiteral("formLayout"));
        QVERIFY(form);
        QStringList labels;
        for (int row = 0; row < form->rowCount(); ++row) {
            if (auto *label =
                    qobject_cast<QLabel *>(form->itemAt(row, QFormLayout::LabelRole)
                                               ? form->itemAt(row, QFormLayout::LabelRole)->widget()
                                               : nullptr)) {
                labels.append(label->text());
            }
        }
        QStringList expected;
        for (const QString &key : portalOrder) {
            expected.append(Field::label(key));
        }
        QCOMPARE(labels, expected);

        // Tab order follows the same order, and every editor has its accessible name.
        const auto nextTabStop = [](QWidget *widget) {
            QWidget *next = widget->nextInFocusChain();
            while (next != widget
                   && !((next->focusPolicy() & Qt::TabFocus) && next->isVisibleTo(widget->window())
                        && next->isEnabled())) {
                next = next->nextInFocusChain();
            }
            return next;
        };
        QWidget *previous = nullptr;
        for (const QString &key : portalOrder) {
            QWidget *editor = page.findChild<QWidget *>(key);
            QVERIFY2(editor, qPrintable(key));
            QCOMPARE(editor->accessibleName(), Field::label(key));
            if (previous) {
                QCOMPARE(nextTabStop(previous)->objectName(), key);
            }
            previous = editor;
        }
        QCOMPARE(line(&page, Field::Password)->echoMode(), QLineEdit::Password);
        QCOMPARE(line(&page, Field::PasswordConfirm)->echoMode(), QLineEdit::Password);
        QCOMPARE(page.findChild<ui::CatalogComboBox *>(Field::Country)->catalog(),
                 QStringLiteral("countries"));
        QCOMPARE(page.findChild<ui::CatalogComboBox *>(Field::IdType)->catalog(),
                 QStringLiteral("id_types"));

        // The note that 姓名 can never change, under the name field.
        auto *note = page.findChild<QLabel *>(QStringLiteral("nameNote"));
        QVERIFY(note && note->isVisible() && !note->text().isEmpty());
        QVERIFY(note->geometry().top() >= line(&page, Field::Name)->mapTo(&page, QPoint()).y());
    }

    void mistakesAreExplainedFixedSavedAndFoundAfterReopening()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        saveValid(fixture);
        {
            ui::RegistrationPage page(fixture.session());
            page.reload();
            page.show();
            QCOMPARE(page.problemCount(), 0);
            QCOMPARE(page.findChild<ui::CatalogComboBox *>(Field::Country)->code(),
                     QStringLiteral("CN"));

            // A wrong check character in the ID number.
            Registration expected = test::validRegistration();
            expected.idNumber = QStringLiteral("110105199003074512");
            test::retype(line(&page, Field::IdNumber), expected.idNumber);
            const QString complaint = messageOf(&page, Field::IdNumber);
            QVERIFY2(!complaint.isEmpty(), "a wrong check character must be explained");
            QCOMPARE(complaint, domainMessage(expected, Field::IdNumber));
            QCOMPARE(line(&page, Field::IdNumber)->accessibleDescription(), complaint);
            QVERIFY(page.problemCount() > 0);
            QCOMPARE(stored(fixture).idNumber, expected.idNumber); // a draft is saved
            // Its confirmation now differs, and says so once the user has been there.
            test::retype(line(&page, Field::IdNumberConfirm), expected.idNumber);
            QCOMPARE(messageOf(&page, Field::IdNumberConfirm), QString());
            test::retype(line(&page, Field::IdNumber), test::validRegistration().idNumber);
            test::retype(line(&page, Field::IdNumberConfirm), test::validRegistration().idNumber);
            QCOMPARE(messageOf(&page, Field::IdNumber), QString());
            QCOMPARE(page.problemCount(), 0);

            // A password confirmation that does not match.
            expected = test::validRegistration();
            expected.passwordConfirm = QStringLiteral("Wl19900370");
            test::retype(line(&page, Field::PasswordConfirm), expected.passwordConfirm);
            QCOMPARE(messageOf(&page, Field::PasswordConfirm),
                     domainMessage(expected, Field::PasswordConfirm));
            QVERIFY(messageOf(&page, Field::PasswordConfirm)
                        .contains(Field::label(Field::PasswordConfirm)));
            QCOMPARE(page.problemCount(), 1);
            QCOMPARE(messageWidget(&page, Field::PasswordConfirm)->severity(),
                     domain::Severity::Error);
            test::retype(line(&page, Field::PasswordConfirm), test::validRegistration().password);
            QCOMPARE(messageOf(&page, Field::PasswordConfirm), QString());

            // A Hotmail address is refused (an error); an Outlook one is warned about.
            expected = test::validRegistration();
            expected.email = QStringLiteral("wang.lei@hotmail.com");
            test::retype(line(&page, Field::Email), expected.email);
            QCOMPARE(messageOf(&page, Field::Email), domainMessage(expected, Field::Email));
            QVERIFY(messageOf(&page, Field::Email).contains(QStringLiteral("Hotmail")));
            QCOMPARE(messageWidget(&page, Field::Email)->severity(), domain::Severity::Error);
            const int withHotmail = page.problemCount();
            QVERIFY(withHotmail >= 1);

            expected.email = QStringLiteral("wang.lei@outlook.com");
            expected.emailConfirm = expected.email;
            test::retype(line(&page, Field::Email), expected.email);
            test::retype(line(&page, Field::EmailConfirm), expected.emailConfirm);
            auto *warning = messageWidget(&page, Field::Email);
            QCOMPARE(warning->text(), domainMessage(expected, Field::Email));
            QVERIFY(!warning->text().isEmpty());
            QCOMPARE(warning->severity(), domain::Severity::Warning);
            // Amber, not the red of an error, and not counted as a problem.
            const auto colourOf = [](ui::FieldMessage *message) {
                return message->findChild<QLabel *>(QStringLiteral("fieldMessageText"))
                    ->palette()
                    .color(QPalette::WindowText);
            };
            test::retype(line(&page, Field::PostalCode), QStringLiteral("10008"));
            auto *error = messageWidget(&page, Field::PostalCode);
            QCOMPARE(error->severity(), domain::Severity::Error);
            QVERIFY(colourOf(warning) != colourOf(error));
            QVERIFY(colourOf(warning).red() > colourOf(warning).blue());
            QCOMPARE(page.problemCount(), 1); // the postal code only
            test::retype(line(&page, Field::PostalCode), QStringLiteral("100081"));
            QCOMPARE(page.problemCount(), 0);
            QCOMPARE(stored(fixture).email, expected.email);
        }
        fixture.reopen();
        ui::RegistrationPage page(fixture.session());
        page.reload();
        QCOMPARE(line(&page, Field::Email)->text(), QStringLiteral("wang.lei@outlook.com"));
        QCOMPARE(line(&page, Field::EmailConfirm)->text(), QStringLiteral("wang.lei@outlook.com"));
        QCOMPARE(line(&page, Field::IdNumber)->text(), test::validRegistration().idNumber);
        QCOMPARE(line(&page, Field::PasswordConfirm)->text(), test::validRegistration().password);
        QCOMPARE(page.problemCount(), 0);
    }

    void aFirstFillIsSavedWithItsCodesWithoutAsking()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        int asked = 0;
        {
            ui::RegistrationPage page(fixture.session());
            page.setConfirmNameChange([&asked](const QString &, const QString &) {
                ++asked;
                return false;
            });
            page.reload();
            page.show();
            const int empty = page.problemCount();
            QVERIFY(empty > 0);
            test::retype(line(&page, Field::Name), QStringLiteral("王磊"));
            auto *idType = page.findChild<ui::CatalogComboBox *>(Field::IdType);
            idType->setFocus();
            QTest::keyClick(idType, Qt::Key_Down); // the first real option
            QVERIFY(!idType->code().isEmpty());
            QCOMPARE(stored(fixture).idType, idType->code());
            QCOMPARE(stored(fixture).name, QStringLiteral("王磊"));
            QVERIFY(page.problemCount() < empty);
        }
        QCOMPARE(asked, 0); // a name typed into an empty field needs no confirmation
        fixture.reopen();
        ui::RegistrationPage page(fixture.session());
        page.reload();
        QCOMPARE(line(&page, Field::Name)->text(), QStringLiteral("王磊"));
        QVERIFY(!page.findChild<ui::CatalogComboBox *>(Field::IdType)->code().isEmpty());
    }

    void changingASavedNameDeclinedKeepsTheOldName()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        saveValid(fixture);
        ui::RegistrationPage page(fixture.session());
        QStringList questions;
        QString storedWhileAsking;
        page.setConfirmNameChange([&](const QString &oldName, const QString &newName) {
            questions.append(oldName + QStringLiteral("→") + newName);
            storedWhileAsking = stored(fixture).name;
            return false; // the safe choice
        });
        page.reload();
        page.show();
        auto *name = line(&page, Field::Name);

        // Typing and pausing saves the other fields' way, but never an unconfirmed name.
        name->setFocus();
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClick(name, Qt::Key_Backspace);
        test::typeText(name, QStringLiteral("雷"));
        QTest::qWait(ui::RecordForm::IdleSaveMs * 2);
        QVERIFY(questions.isEmpty());
        QCOMPARE(stored(fixture).name, QStringLiteral("王磊"));

        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(questions, QStringList{QStringLiteral("王磊→王雷")});
        QCOMPARE(storedWhileAsking, QStringLiteral("王磊"));
        QCOMPARE(name->text(), QStringLiteral("王磊"));
        QCOMPARE(stored(fixture).name, QStringLiteral("王磊"));

        // Leaving the field afterwards asks nothing more.
        line(&page, Field::Address)->setFocus();
        QCoreApplication::processEvents();
        QCOMPARE(questions.size(), 1);
    }

    void changingASavedNameConfirmedIsSavedAndFoundAfterReopening()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        saveValid(fixture);
        {
            ui::RegistrationPage page(fixture.session());
            QStringList questions;
            page.setConfirmNameChange([&](const QString &oldName, const QString &newName) {
                questions.append(oldName + QStringLiteral("→") + newName);
                return true;
            });
            page.reload();
            page.show();
            test::retype(line(&page, Field::Name), QStringLiteral("王雷"));
            QCOMPARE(questions, QStringList{QStringLiteral("王磊→王雷")});
            QCOMPARE(stored(fixture).name, QStringLiteral("王雷"));
            // The new name is now the saved one: editing another field asks nothing.
            test::retype(line(&page, Field::Remarks), QStringLiteral("在职"));
            line(&page, Field::Address)->setFocus();
            QCoreApplication::processEvents();
            QCOMPARE(questions.size(), 1);
            QCOMPARE(stored(fixture).name, QStringLiteral("王雷"));
        }
        fixture.reopen();
        ui::RegistrationPage page(fixture.session());
        page.reload();
        QCOMPARE(line(&page, Field::Name)->text(), QStringLiteral("王雷"));
        QCOMPARE(line(&page, Field::Remarks)->text(), QStringLiteral("在职"));
    }

    void leavingTheChangedNameFieldAsksToo()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        saveValid(fixture);
        ui::RegistrationPage page(fixture.session());
        int asked = 0;
        page.setConfirmNameChange([&asked](const QString &, const QString &) {
            ++asked;
            return false;
        });
        page.reload();
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *name = line(&page, Field::Name);
        name->setFocus();
        QCOMPARE(QApplication::focusWidget(), name);
        QTest::keyClick(name, Qt::Key_A, Qt::ControlModifier);
        test::typeText(name, QStringLiteral("李四"));
        QTest::keyClick(name, Qt::Key_Tab); // on to 国家或地区
        QTRY_COMPARE(asked, 1);
        QCOMPARE(name->text(), QStringLiteral("王磊"));
        QCOMPARE(stored(fixture).name, QStringLiteral("王磊"));
    }
};

QTEST_MAIN(TestRegistrationPage)
#include "TestRegistrationPage.moc"
