#include "pages/DegreeApplicationsPage.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Catalogs.h"
#include "domain/DegreeApplicationValidator.h"
#include "domain/Field.h"
#include "models/ApplicationTableModel.h"
#include "support/SampleRecords.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/CatalogComboBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/MessageBar.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace dd;
using domain::ApplicationAction;
using domain::ApplicationState;
using domain::ApplicationStateMachine;
using domain::Field;

class TestDegreeApplicationsPage : public QObject
{
    Q_OBJECT

private:
    using Page = ui::DegreeApplicationsPage;

    static QString messageOf(QWidget *page, const QString &key)
    {
        auto *message = page->findChild<ui::FieldMessage *>(key + QStringLiteral("Message"));
        return message ? message->text() : QStringLiteral("<no message widget>");
    }

    static ui::CatalogComboBox *combo(QWidget *page, const QString &key)
    {
        return page->findChild<ui::CatalogComboBox *>(key);
    }

    static QLineEdit *line(QWidget *page, const QString &key)
    {
        return page->findChild<QLineEdit *>(key);
    }

    // Picks an option with the keyboard, as a user would: arrow keys up to it.
    static bool pick(QComboBox *box, const QString &code)
    {
        const int target = box->findData(code);
        if (target < 0 || !box->isEnabled()) {
            return false;
        }
        box->setFocus();
        while (box->currentIndex() < target) {
            QTest::keyClick(box, Qt::Key_Down);
        }
        while (box->currentIndex() > target) {
            QTest::keyClick(box, Qt::Key_Up);
        }
        return box->currentData().toString() == code;
    }

    static QStringList codesOf(QComboBox *box)
    {
        QStringList codes;
        for (int i = 1; i < box->count(); ++i) {
            codes.append(box->itemData(i).toString());
        }
        return codes;
    }

    static QList<store::Stored<domain::DegreeApplication>> stored(test::UiFixture &fixture)
    {
        const auto list = fixture.store().list<domain::DegreeApplication>(fixture.applicant());
        return list ? list.value() : QList<store::Stored<domain::DegreeApplication>>{};
    }

    // The message the validator gives on `field` with `rule` for the application as stored.
    static QString validatorMessage(test::UiFixture &fixture, const QString &field,
                                    const QString &rule)
    {
        const domain::BasicInfo info = test::validBasicInfo();
        const auto findings = domain::DegreeApplicationValidator::validate(
            stored(fixture).value(0).value, fixture.session()->context(), &info);
        for (const domain::Finding &f : findings) {
            if (f.field == field && f.rule == rule) {
                return f.message;
            }
        }
        return QStringLiteral("<no finding %1>").arg(rule);
    }

    static QPushButton *button(Page &page, ApplicationAction action)
    {
        return page.actionButton(action);
    }

private slots:
    void anApplicationIsPreparedSubmittedCancelledAndFoundAgain()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(fixture.store().save(fixture.applicant(), test::validBasicInfo()).ok());
        auto page = std::make_unique<Page>(fixture.session());
        QStringList questions;
        bool answer = false;
        page->setConfirm([&](const QString &question) {
            questions.append(question);
            return answer;
        });
        page->reload();
        page->show();

        // No application yet: the portal's empty table, only 新增申请 possible.
        auto *view = page->findChild<QTableView *>(QStringLiteral("applicationsView"));
        QCOMPARE(view->model()->rowCount(), 0);
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("emptyLabel"))->isVisible());
        QVERIFY(!page->findChild<QGroupBox *>(QStringLiteral("formBox"))->isVisible());
        QVERIFY(button(*page, ApplicationAction::Create)->isEnabled());
        QCOMPARE(button(*page, ApplicationAction::Create)->text(),
                 ApplicationStateMachine::actionLabel(ApplicationAction::Create));
        QVERIFY(!button(*page, ApplicationAction::Submit)->isEnabled());
        QVERIFY(!button(*page, ApplicationAction::Submit)->toolTip().isEmpty());

        // 新增申请: a draft of this year, in the table and in the database.
        QTest::mouseClick(button(*page, ApplicationAction::Create), Qt::LeftButton);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(stored(fixture).size(), 1);
        QCOMPARE(stored(fixture).first().value.state, QStringLiteral("draft"));
        QCOMPARE(line(page.get(), Field::Year)->text(), QStringLiteral("2026"));
        QCOMPARE(line(page.get(), Field::ApplicationMonth)->text(), QStringLiteral("202611"));
        QVERIFY(page->findChild<QGroupBox *>(QStringLiteral("formBox"))->isVisible());
        QVERIFY(page->problemCount() > 0);
        // Submitting an incomplete form is not offered, and the tooltip says why.
        QVERIFY(!button(*page, ApplicationAction::Submit)->isEnabled());
        QVERIFY(button(*page, ApplicationAction::Submit)
                    ->toolTip()
                    .contains(QString::number(page->problemCount())));

        // Province → institutions: only those of the province.
        auto *province = combo(page.get(), Field::InstitutionProvince);
        auto *institution = combo(page.get(), Field::Institution);
        QCOMPARE(institution->count(), 1); // nothing before a province is chosen
        QVERIFY(pick(province, QStringLiteral("11")));
        const domain::Catalog &institutions =
            domain::Catalogs::instance().get(domain::Catalogs::Institutions);
        QVERIFY(institution->count() > 10);
        QVERIFY(institution->count() < institutions.size());
        for (const QString &code : codesOf(institution)) {
            QCOMPARE(institutions.find(code)->attribute(QStringLiteral("province")),
                     QStringLiteral("11"));
        }
        QVERIFY(pick(institution, QStringLiteral("10001")));
        QCOMPARE(stored(fixture).first().value.institution, QStringLiteral("10001"));
        QCOMPARE(messageOf(page.get(), Field::Institution), QString());

        // Another province: the institution no longer fits, and the validator says why.
        QVERIFY(pick(province, QStringLiteral("31")));
        QCOMPARE(institution->code(), QStringLiteral("10001"));
        QCOMPARE(messageOf(page.get(), Field::Institution),
                 validatorMessage(fixture, Field::Institution,
                                  QStringLiteral("application.institutionProvince")));
        QVERIFY(pick(province, QStringLiteral("11")));
        QCOMPARE(messageOf(page.get(), Field::Institution), QString());

        // Degree type → 学科门类 → 学科名称: a professional degree offers only medicine, and
        // there only the three open to equivalent education.
        auto *type = combo(page.get(), Field::DegreeType);
        auto *category = combo(page.get(), Field::DisciplineCategory);
        auto *discipline = combo(page.get(), Field::Discipline);
        QVERIFY(pick(type, QStringLiteral("professional")));
        QCOMPARE(codesOf(category), QStringList{QStringLiteral("10")});
        QVERIFY(pick(category, QStringLiteral("10")));
        QCOMPARE(codesOf(discipline), (QStringList{QStringLiteral("1051"), QStringLiteral("1052"),
                                                   QStringLiteral("1057")}));
        QVERIFY(pick(discipline, QStringLiteral("1051")));
        QCOMPARE(messageOf(page.get(), Field::Discipline), QString());

        // A wrong choice: the academic degree with clinical medicine, explained by the validator.
        QVERIFY(pick(type, QStringLiteral("academic")));
        QVERIFY(codesOf(category).contains(QStringLiteral("08")));
        QVERIFY(!codesOf(category).contains(QStringLiteral("11"))); // 军事学: closed
        QCOMPARE(discipline->code(), QStringLiteral("1051"));
        const QString wrongType = messageOf(page.get(), Field::Discipline);
        QVERIFY(!wrongType.isEmpty());
        QCOMPARE(wrongType, validatorMessage(fixture, Field::Discipline,
                                             QStringLiteral("application.disciplineType")));
        QVERIFY(pick(category, QStringLiteral("08")));
        QVERIFY(!codesOf(discipline).contains(QStringLiteral("0854"))); // professional
        QVERIFY(pick(discipline, QStringLiteral("0812")));
        QCOMPARE(messageOf(page.get(), Field::Discipline), QString());

        // The rest of the form.
        QVERIFY(pick(combo(page.get(), Field::ApplicantCategory), QStringLiteral("4")));
        QVERIFY(pick(combo(page.get(), Field::EmployerProvince), QStringLiteral("11")));
        test::retype(line(page.get(), Field::EmployerName),
                     QStringLiteral("北京城建设计发展集团股份有限公司"));
        QVERIFY(pick(combo(page.get(), Field::EmployerType), QStringLiteral("31")));
        QVERIFY(pick(combo(page.get(), Field::AdminRank), QStringLiteral("000")));
        QVERIFY(!button(*page, ApplicationAction::Submit)->isEnabled());
        QVERIFY(pick(combo(page.get(), Field::TechRank), QStringLiteral("3")));
        QCOMPARE(page->problemCount(), 0);
        QVERIFY(button(*page, ApplicationAction::Submit)->isEnabled());
        QCOMPARE(button(*page, ApplicationAction::Submit)->toolTip(), QString());

        // 提交申请: the state machine moves it, and the timeline records when.
        QTest::mouseClick(button(*page, ApplicationAction::Submit), Qt::LeftButton);
        auto saved = stored(fixture).first().value;
        QCOMPARE(saved.state, QStringLiteral("submitted"));
        QCOMPARE(saved.timeline.size(), 1);
        QCOMPARE(saved.timeline.first().from, QStringLiteral("draft"));
        QCOMPARE(saved.timeline.first().to, QStringLiteral("submitted"));
        QCOMPARE(saved.timeline.first().action, QStringLiteral("submit"));
        QCOMPARE(saved.timeline.first().at, fixture.clock().now());
        QCOMPARE(view->model()->index(0, ui::ApplicationTableModel::State).data().toString(),
                 ApplicationStateMachine::stateLabel(ApplicationState::Submitted));

        // Submitted: no edit, no delete, no second application; only 取消申请.
        for (const ApplicationAction refused :
             {ApplicationAction::Edit, ApplicationAction::Delete}) {
            QVERIFY(!button(*page, refused)->isEnabled());
            QCOMPARE(button(*page, refused)->toolTip(),
                     ApplicationStateMachine::check(ApplicationState::Submitted, refused).reason);
        }
        QVERIFY(!button(*page, ApplicationAction::Create)->isEnabled());
        QCOMPARE(
            button(*page, ApplicationAction::Create)->toolTip(),
            ApplicationStateMachine::checkCreate({ApplicationState::Submitted}).first().message);
        QVERIFY(button(*page, ApplicationAction::Cancel)->isEnabled());
        QVERIFY(line(page.get(), Field::EmployerName)->isReadOnly());
        QVERIFY(!combo(page.get(), Field::Institution)->isEnabled());

        // Changing the degree type: refused, with the state machine's explanation.
        QVERIFY(type->isEnabled());
        type->setFocus();
        QTest::keyClick(type, Qt::Key_Down);
        QCOMPARE(type->code(), QStringLiteral("academic"));
        const QString locked =
            ApplicationStateMachine::checkDegreeTypeChange(ApplicationState::Submitted)
                .first()
                .message;
        QCOMPARE(page->findChild<ui::MessageBar *>(QStringLiteral("formMessage"))->text(), locked);
        QCOMPARE(stored(fixture).first().value.degreeType, QStringLiteral("academic"));

        // 取消申请 asks first; "no" changes nothing.
        QTest::mouseClick(button(*page, ApplicationAction::Cancel), Qt::LeftButton);
        QCOMPARE(questions.size(), 1);
        QCOMPARE(stored(fixture).first().value.state, QStringLiteral("submitted"));
        answer = true;
        fixture.clock().advanceDays(2);
        QTest::mouseClick(button(*page, ApplicationAction::Cancel), Qt::LeftButton);
        saved = stored(fixture).first().value;
        QCOMPARE(saved.state, QStringLiteral("cancelled"));
        QCOMPARE(saved.timeline.size(), 2);
        QCOMPARE(saved.timeline.last().action, QStringLiteral("cancel"));
        QCOMPARE(saved.timeline.last().at, fixture.clock().now());

        // Cancelled: 修改 makes it a draft again (recorded), and the degree type may change.
        QVERIFY(button(*page, ApplicationAction::Edit)->isEnabled());
        QVERIFY(!type->isEnabled());
        QTest::mouseClick(button(*page, ApplicationAction::Edit), Qt::LeftButton);
        saved = stored(fixture).first().value;
        QCOMPARE(saved.state, QStringLiteral("draft"));
        QCOMPARE(saved.timeline.size(), 3);
        QCOMPARE(saved.timeline.last().to, QStringLiteral("draft"));
        QVERIFY(!line(page.get(), Field::EmployerName)->isReadOnly());
        QVERIFY(pick(type, QStringLiteral("professional")));
        QCOMPARE(stored(fixture).first().value.degreeType, QStringLiteral("professional"));
        QVERIFY(!button(*page, ApplicationAction::Submit)->isEnabled()); // 0812 is academic

        // Reopened, everything is there.
        page.reset();
        fixture.reopen();
        Page again(fixture.session());
        again.reload();
        auto *table = again.findChild<QTableView *>(QStringLiteral("applicationsView"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, ui::ApplicationTableModel::State).data().toString(),
                 ApplicationStateMachine::stateLabel(ApplicationState::Draft));
        QCOMPARE(combo(&again, Field::Institution)->code(), QStringLiteral("10001"));
        QCOMPARE(combo(&again, Field::DegreeType)->code(), QStringLiteral("professional"));
        QCOMPARE(combo(&again, Field::Discipline)->code(), QStringLiteral("0812"));
        QCOMPARE(stored(fixture).first().value.timeline.size(), 3);
    }

    void studentFieldsOnlyForThoseStudyingThere()
    {
        test::UiFixture fixture;
        Page page(fixture.session());
        page.reload();
        page.show();
        QTest::mouseClick(button(page, ApplicationAction::Create), Qt::LeftButton);
        // The keyboard goes through the form in the portal's order.
        QStringList order;
        QWidget *at = line(&page, Field::Year);
        at->setFocus();
        for (int i = 0; i < 9; ++i) {
            QWidget *focused = page.focusWidget();
            QVERIFY(focused);
            order.append(focused->objectName());
            QTest::keyClick(focused, Qt::Key_Tab);
        }
        QCOMPARE(order, (QStringList{Field::Year, Field::InstitutionProvince, Field::Institution,
                                     Field::DegreeType, Field::DisciplineCategory,
                                     Field::Discipline, Field::ApplicantCategory,
                                     Field::ApplicationMonth, QStringLiteral("studyingThere")}));
        auto *studying = page.findChild<QCheckBox *>(QStringLiteral("studyingThere"));
        auto *number = line(&page, Field::StudentNumber);
        QVERIFY(!studying->isChecked());
        QVERIFY(!number->isVisible());
        QVERIFY(!line(&page, Field::Department)->isVisible());

        QTest::mouseClick(studying, Qt::LeftButton);
        QVERIFY(number->isVisible());
        QVERIFY(line(&page, Field::ClassName)->isVisible());
        test::retype(number, QStringLiteral("2024010203"));
        QCOMPARE(stored(fixture).first().value.studentNumber, QStringLiteral("2024010203"));
        // With a student number and no department, the validator's reminder.
        test::retype(line(&page, Field::Department), QString());
        QVERIFY(!messageOf(&page, Field::Department).isEmpty());

        // Not studying there after all: the fields are emptied, as one undoable step.
        QTest::mouseClick(studying, Qt::LeftButton);
        QVERIFY(!number->isVisible());
        QCOMPARE(stored(fixture).first().value.studentNumber, QString());
        page.undoStack()->undo();
        QCOMPARE(stored(fixture).first().value.studentNumber, QStringLiteral("2024010203"));
        QVERIFY(studying->isChecked());
        QVERIFY(number->isVisible());

        // Shown again for an application that has them.
        page.reload();
        QVERIFY(page.findChild<QCheckBox *>(QStringLiteral("studyingThere"))->isChecked());
        QCOMPARE(number->text(), QStringLiteral("2024010203"));
    }

    void deleteAsksFirstAndRemovesTheDraft()
    {
        test::UiFixture fixture;
        Page page(fixture.session());
        bool answer = false;
        QString question;
        page.setConfirm([&](const QString &q) {
            question = q;
            return answer;
        });
        page.reload();
        page.show();
        QTest::mouseClick(button(page, ApplicationAction::Create), Qt::LeftButton);
        QTest::mouseClick(button(page, ApplicationAction::Create), Qt::LeftButton);
        QCOMPARE(stored(fixture).size(), 2); // drafts are not before an institution
        const QUuid second = page.currentApplication();
        QCOMPARE(second, stored(fixture).last().meta.uuid);

        QVERIFY(button(page, ApplicationAction::Delete)->isEnabled());
        QTest::mouseClick(button(page, ApplicationAction::Delete), Qt::LeftButton);
        QVERIFY(!question.isEmpty());
        QCOMPARE(stored(fixture).size(), 2);
        answer = true;
        QTest::mouseClick(button(page, ApplicationAction::Delete), Qt::LeftButton);
        QCOMPARE(stored(fixture).size(), 1);
        QVERIFY(page.currentApplication() != second);
        QCOMPARE(page.currentApplication(), stored(fixture).first().meta.uuid);
        QTest::mouseClick(button(page, ApplicationAction::Delete), Qt::LeftButton);
        QCOMPARE(stored(fixture).size(), 0);
        QCOMPARE(page.currentApplication(), QUuid());
        QVERIFY(!page.findChild<QGroupBox *>(QStringLiteral("formBox"))->isVisible());
        QVERIFY(!button(page, ApplicationAction::Delete)->isEnabled());
    }

    void aDashboardLinkOpensTheApplicationAtItsField()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.store().save(fixture.applicant(), test::validDegreeApplication()).ok());
        domain::DegreeApplication other = test::validClinicalApplication();
        other.employerName.clear();
        QVERIFY(fixture.store().save(fixture.applicant(), other).ok());
        Page page(fixture.session());
        page.reload();
        page.show();
        const auto list = stored(fixture);
        QCOMPARE(page.currentApplication(), list.last().meta.uuid); // the newest first
        QVERIFY(page.focusField(QStringLiteral("applications[0].employerName")));
        QCOMPARE(page.currentApplication(), list.first().meta.uuid);
        QTRY_VERIFY(line(&page, Field::EmployerName)->hasFocus());
        QCOMPARE(line(&page, Field::EmployerName)->text(), list.first().value.employerName);
        QVERIFY(!page.focusField(QStringLiteral("applications[7].employerName")));

        // In the table, the keyboard moves between applications, and Return goes to the form.
        auto *view = page.findChild<QTableView *>(QStringLiteral("applicationsView"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(page.currentApplication(), list.last().meta.uuid);
        QCOMPARE(line(&page, Field::EmployerName)->text(), QString());
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(line(&page, Field::Year)->hasFocus());
    }
};

QTEST_MAIN(TestDegreeApplicationsPage)
#include "TestDegreeApplicationsPage.moc"
