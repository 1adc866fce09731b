#include "pages/ExamPage.h"

#include "domain/Catalogs.h"
#include "domain/ExamRegistrationStateMachine.h"
#include "domain/Field.h"
#include "models/ExamRegistrationModel.h"
#include "support/SampleRecords.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/CatalogComboBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace dd;
using domain::ExamRegistration;
using domain::ExamRegistrationAction;
using domain::ExamRegistrationStateMachine;
using domain::Field;

class TestExamPage : public QObject
{
    Q_OBJECT

private:
    static QString messageOf(QWidget *page, const QString &key)
    {
        auto *message = page->findChild<ui::FieldMessage *>(key + QStringLiteral("Message"));
        return message ? message->text() : QStringLiteral("<no message widget>");
    }
    static QPushButton *actionButton(QWidget *page, ExamRegistrationAction action)
    {
        return page->findChild<QPushButton *>(QStringLiteral("action_")
                                              + ExamRegistrationStateMachine::actionCode(action));
    }
    static QList<store::Stored<ExamRegistration>> stored(test::UiFixture &fixture)
    {
        return fixture.store().list<ExamRegistration>(fixture.applicant()).value();
    }
    static void click(QWidget *page, const QString &name)
    {
        auto *button = page->findChild<QPushButton *>(name);
        QVERIFY2(button && button->isVisible() && button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }
    static void chooseFirstOption(QWidget *page, const QString &key)
    {
        auto *combo = page->findChild<ui::CatalogComboBox *>(key);
        QVERIFY(combo);
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
    }

private slots:
    void aRegistrationIsPreparedCheckedRegisteredAndPaid()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        auto page = std::make_unique<ui::ExamPage>(fixture.session());
        page->reload();
        page->show();
        auto *table = page->findChild<QTableView *>(QStringLiteral("registrationTable"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(!page->findChild<QWidget *>(QStringLiteral("detailsBox"))->isEnabled());
        QCOMPARE(page->problemCount(), 1); // the step is not started

        // 新增: a draft for the exam ahead (May 2027 on 29 November 2026).
        click(page.get(), QStringLiteral("newRegistration"));
        QCOMPARE(stored(fixture).size(), 1);
        QCOMPARE(table->model()->rowCount(), 1);
        auto *year = page->findChild<QLineEdit *>(Field::ExamYear);
        QCOMPARE(year->text(), QStringLiteral("2027"));
        QCOMPARE(year->accessibleName(), Field::label(Field::ExamYear));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("examYearLabel"))->text(),
                 Field::label(Field::ExamYear));
        QVERIFY(page->problemCount() > 0); // no subject yet

        // A wrong ticket number is explained with app/domain's words, saved as a draft, fixed.
        auto *ticket = page->findChild<QLineEdit *>(Field::TicketNumber);
        test::retype(ticket, QStringLiteral("2611-0100"));
        const QString complaint = messageOf(page.get(), Field::TicketNumber);
        QVERIFY2(complaint.contains(Field::label(Field::TicketNumber)), qPrintable(complaint));
        QCOMPARE(ticket->accessibleDescription(), complaint);
        QCOMPARE(stored(fixture).first().value.ticketNumber, QStringLiteral("2611-0100"));
        QVERIFY(!table->model()->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
        test::retype(ticket, QStringLiteral("271101000100456"));
        QCOMPARE(messageOf(page.get(), Field::TicketNumber), QString());

        // The English paper: subject and language from the catalog, saved as codes.
        chooseFirstOption(page.get(), Field::ExamSubject);
        chooseFirstOption(page.get(), Field::ExamLanguage);
        ExamRegistration saved = stored(fixture).first().value;
        QCOMPARE(saved.examSubject, QStringLiteral("en"));
        QCOMPARE(saved.examLanguage, QStringLiteral("en"));
        QCOMPARE(table->model()->index(0, ui::ExamRegistrationModel::SubjectColumn).data(),
                 QVariant(domain::Catalogs::instance()
                              .get(domain::Catalogs::ExamSubjects)
                              .labelOf(QStringLiteral("en"))));
        QCOMPARE(page->problemCount(), 0);
        QVERIFY(table->model()->index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());

        // 报名 needs the degree application in the register: refused, with the reason.
        QVERIFY(actionButton(page.get(), ExamRegistrationAction::Register)->isVisible());
        QVERIFY(!actionButton(page.get(), ExamRegistrationAction::Pay)->isVisible());
        click(page.get(), QStringLiteral("action_register"));
        const QString refusal =
            ExamRegistrationStateMachine::checkApplication(domain::ApplicationState::Draft)
                .first()
                .message;
        QCOMPARE(page->findChild<ui::MessageBar *>(QStringLiteral("pageMessage"))->text(), refusal);
        QCOMPARE(stored(fixture).first().value.state, QStringLiteral("draft"));

        // Once the application is approved (在册), registering works and is recorded.
        domain::DegreeApplication application = test::validDegreeApplication();
        application.state = QStringLiteral("approved");
        QVERIFY(fixture.store().save(fixture.applicant(), application).ok());
        fixture.session()->notifyChanged(domain::DegreeApplication::kind());
        click(page.get(), QStringLiteral("action_register"));
        saved = stored(fixture).first().value;
        QCOMPARE(saved.state, QStringLiteral("registered"));
        QCOMPARE(saved.timeline.size(), 1);
        QCOMPARE(saved.timeline.first().at, fixture.clock().now());
        QCOMPARE(table->model()->index(0, ui::ExamRegistrationModel::StateColumn).data(),
                 QVariant(ExamRegistrationStateMachine::stateLabel(
                     domain::ExamRegistrationState::Registered)));
        QVERIFY(!actionButton(page.get(), ExamRegistrationAction::Register)->isVisible());
        QVERIFY(actionButton(page.get(), ExamRegistrationAction::Cancel)->isVisible());

        // 缴费: the fee is marked paid and the details are locked.
        click(page.get(), QStringLiteral("action_pay"));
        saved = stored(fixture).first().value;
        QCOMPARE(saved.state, QStringLiteral("paid"));
        QVERIFY(saved.feePaid);
        QVERIFY(page->findChild<QCheckBox *>(Field::FeePaid)->isChecked());
        QVERIFY(ticket->isReadOnly());
        QVERIFY(!actionButton(page.get(), ExamRegistrationAction::Cancel)->isVisible());
        QVERIFY(!actionButton(page.get(), ExamRegistrationAction::Delete)->isVisible());
        QVERIFY(actionButton(page.get(), ExamRegistrationAction::IssueTicket)->isVisible());
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("stateValue"))
                    ->text()
                    .contains(ExamRegistrationStateMachine::stateLabel(
                        domain::ExamRegistrationState::Paid)));

        // Reopened, the registration is there as it was left.
        page.reset();
        fixture.reopen();
        ui::ExamPage again(fixture.session());
        again.reload();
        QCOMPARE(
            again.findChild<QTableView *>(QStringLiteral("registrationTable"))->model()->rowCount(),
            1);
        QCOMPARE(again.findChild<QLineEdit *>(Field::TicketNumber)->text(),
                 QStringLiteral("271101000100456"));
        QVERIFY(again.findChild<QCheckBox *>(Field::FeePaid)->isChecked());
        QVERIFY(again.findChild<QLineEdit *>(Field::TicketNumber)->isReadOnly());
    }

    void editsAreUndoneAndBelongToTheirRow()
    {
        test::UiFixture fixture;
        domain::ExamRegistration first = test::validExamRegistration();
        first.state = QStringLiteral("draft");
        domain::ExamRegistration second = test::validLanguageExamRegistration();
        second.state = QStringLiteral("draft");
        QVERIFY(fixture.store().save(fixture.applicant(), first).ok());
        QVERIFY(fixture.store().save(fixture.applicant(), second).ok());
        ui::ExamPage page(fixture.session());
        page.reload();
        page.show();
        auto *table = page.findChild<QTableView *>(QStringLiteral("registrationTable"));
        QCOMPARE(table->currentIndex().row(), 1); // the latest is shown

        auto *ticket = page.findChild<QLineEdit *>(Field::TicketNumber);
        test::retype(ticket, QStringLiteral("999"));
        QCOMPARE(stored(fixture).at(1).value.ticketNumber, QStringLiteral("999"));
        page.undoStack()->undo();
        QCOMPARE(ticket->text(), second.ticketNumber);
        QCOMPARE(stored(fixture).at(1).value.ticketNumber, second.ticketNumber);
        page.undoStack()->redo();

        // Another row: its own values; the undo steps of the other one are gone.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Up);
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(ticket->text(), first.ticketNumber);
        QVERIFY(!page.undoStack()->canUndo());
        // Typing without leaving the field is saved to this row when another row is chosen.
        ticket->setFocus();
        ticket->selectAll();
        test::typeText(ticket, QStringLiteral("123"));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(stored(fixture).at(0).value.ticketNumber, QStringLiteral("123"));
        QCOMPARE(stored(fixture).at(1).value.ticketNumber, QStringLiteral("999"));

        // A link from the dashboard to a row's field.
        QVERIFY(page.focusField(QStringLiteral("examRegistrations[0].ticketNumber")));
        QCOMPARE(table->currentIndex().row(), 0);
        QCOMPARE(page.focusWidget(), ticket);
    }

    void typingIsNotSavedToAnotherApplicant()
    {
        test::UiFixture fixture;
        domain::ExamRegistration r = test::validExamRegistration();
        r.state = QStringLiteral("draft");
        QVERIFY(fixture.store().save(fixture.applicant(), r).ok());
        ui::ExamPage page(fixture.session());
        page.reload();
        page.show();
        auto *ticket = page.findChild<QLineEdit *>(Field::TicketNumber);
        ticket->setFocus();
        ticket->selectAll();
        test::typeText(ticket, QStringLiteral("777")); // not yet accepted

        // Staff switch to another applicant: the page shows theirs, nothing is written across.
        const QUuid other = fixture.store().createApplicant(QStringLiteral("李娜"))->uuid;
        fixture.session()->setApplicant(other);
        page.reload();
        QCOMPARE(
            page.findChild<QTableView *>(QStringLiteral("registrationTable"))->model()->rowCount(),
            0);
        QCOMPARE(fixture.store().list<ExamRegistration>(other).value().size(), 0);
        QCOMPARE(stored(fixture).first().value.ticketNumber, r.ticketNumber);
    }

    void deletingAsksFirstAndOnlyWhereAllowed()
    {
        test::UiFixture fixture;
        ui::ExamPage page(fixture.session());
        QStringList questions;
        bool answer = false;
        page.setConfirm([&](const QString &question) {
            questions.append(question);
            return answer;
        });
        page.reload();
        page.show();
        click(&page, QStringLiteral("newRegistration"));
        QCOMPARE(stored(fixture).size(), 1);

        click(&page, QStringLiteral("action_delete"));
        QCOMPARE(questions.size(), 1);
        QCOMPARE(stored(fixture).size(), 1); // "No" keeps it
        answer = true;
        click(&page, QStringLiteral("action_delete"));
        QCOMPARE(stored(fixture).size(), 0);
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("detailsBox"))->isEnabled());

        // A paid registration stands: no delete.
        QVERIFY(fixture.store().save(fixture.applicant(), test::validExamRegistration()).ok());
        page.reload();
        QVERIFY(!actionButton(&page, ExamRegistrationAction::Delete)->isVisible());
    }

    void aCancelledRegistrationIsReopenedByEditing()
    {
        test::UiFixture fixture;
        domain::ExamRegistration r = test::validExamRegistration();
        r.state = QStringLiteral("registered");
        r.feePaid = false;
        QVERIFY(fixture.store().save(fixture.applicant(), r).ok());
        ui::ExamPage page(fixture.session());
        page.reload();
        page.show();
        QVERIFY(!actionButton(&page, ExamRegistrationAction::Edit)->isVisible());
        click(&page, QStringLiteral("action_cancel"));
        QCOMPARE(stored(fixture).first().value.state, QStringLiteral("cancelled"));
        auto *ticket = page.findChild<QLineEdit *>(Field::TicketNumber);
        QVERIFY(!ticket->isReadOnly()); // cancelled registrations are editable
        QVERIFY(actionButton(&page, ExamRegistrationAction::Edit)->isVisible());
        click(&page, QStringLiteral("action_edit"));
        QCOMPARE(stored(fixture).first().value.state, QStringLiteral("draft"));
        QCOMPARE(stored(fixture).first().value.timeline.size(), 2);
    }

    void theModelFollowsTheRules()
    {
        ui::ExamRegistrationModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(test::sampleContext());
        store::Stored<ExamRegistration> paid{{}, test::validExamRegistration()};
        paid.meta.uuid = QUuid::createUuid();
        store::Stored<ExamRegistration> exempt{{}, test::validLanguageExamRegistration()};
        exempt.meta.uuid = QUuid::createUuid();
        exempt.value.exemptReason = QStringLiteral("外语专业硕士学位");
        exempt.value.examYear = QStringLiteral("26");
        model.setRecords({paid, exempt});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ui::ExamRegistrationModel::ColumnCount));
        QCOMPARE(model.rowOf(exempt.meta.uuid), 1);
        QCOMPARE(model.index(1, 0).data(ui::ExamRegistrationModel::UuidRole).toUuid(),
                 exempt.meta.uuid);
        QCOMPARE(model.index(0, ui::ExamRegistrationModel::StateColumn).data().toString(),
                 ExamRegistrationStateMachine::stateLabel(domain::ExamRegistrationState::Paid));
        QCOMPARE(
            model.index(1, ui::ExamRegistrationModel::StateColumn).data(Qt::ToolTipRole).toString(),
            exempt.value.exemptReason);
        QVERIFY(model.index(1, ui::ExamRegistrationModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(ExamRegistrationStateMachine::stateLabel(
                        domain::ExamRegistrationState::Paid)));
        QCOMPARE(model.index(0, 0).data(ui::ExamRegistrationModel::ErrorCountRole).toInt(), 0);
        QCOMPARE(model.index(1, 0).data(ui::ExamRegistrationModel::ErrorCountRole).toInt(), 1);
        QVERIFY(!model.index(1, 0).data(Qt::DecorationRole).isNull());
        QCOMPARE(model.headerData(ui::ExamRegistrationModel::TicketColumn, Qt::Horizontal),
                 QVariant(Field::label(Field::TicketNumber)));
        exempt.value.examYear = QStringLiteral("2026");
        model.setRegistration(1, exempt.value);
        QCOMPARE(model.index(1, 0).data(ui::ExamRegistrationModel::ErrorCountRole).toInt(), 0);
        model.setRecords({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestExamPage)
#include "TestExamPage.moc"
