#include "pages/DefenseRequestPage.h"

#include "domain/ApplicationStateMachine.h"
#include "domain/Catalogs.h"
#include "domain/DefenseRequest.h"
#include "domain/DefenseRequestTarget.h"
#include "domain/Field.h"
#include "support/SampleRecords.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/FieldMessage.h"
#include "widgets/NoteBox.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace dd;
using domain::Field;

class TestDefenseRequestPage : public QObject
{
    Q_OBJECT

private:
    static QString messageOf(QWidget *page, const QString &key)
    {
        auto *message = page->findChild<ui::FieldMessage *>(key + QStringLiteral("Message"));
        return message ? message->text() : QStringLiteral("<no message widget>");
    }
    static QString noteOf(QWidget *page)
    {
        auto *note = page->findChild<ui::NoteBox *>(QStringLiteral("applicationNote"));
        return note ? note->text() : QStringLiteral("<no note>");
    }
    static QString textOf(QWidget *page, const QString &name)
    {
        auto *label = page->findChild<QLabel *>(name);
        return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
    }
    static domain::DefenseRequest stored(test::UiFixture &fixture)
    {
        const auto loaded = fixture.store().single<domain::DefenseRequest>(fixture.applicant());
        return loaded && loaded->has_value() ? loaded->value().value : domain::DefenseRequest{};
    }
    // Saves an application as the page of 提交学位申请 would, and tells the session.
    static QUuid saveApplication(test::UiFixture &fixture, const QString &state,
                                 const QUuid &uuid = {})
    {
        domain::DegreeApplication application = test::validDegreeApplication();
        application.state = state;
        const auto saved = fixture.store().save(fixture.applicant(), application, uuid);
        fixture.session()->notifyChanged(domain::DegreeApplication::kind());
        return saved ? saved->uuid : QUuid();
    }

private slots:
    void aWrongValueIsExplainedFixedSavedAndReopened()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        {
            ui::DefenseRequestPage page(fixture.session());
            page.reload();
            page.show();
            QCOMPARE(page.pageId(), QStringLiteral("defenseRequest"));

            auto *passed = page.findChild<QLineEdit *>(Field::CoursesPassedMonth);
            auto *date = page.findChild<QLineEdit *>(Field::DefenseDate);
            QVERIFY(passed && date);
            QCOMPARE(passed->accessibleName(), Field::label(Field::CoursesPassedMonth));
            QCOMPARE(textOf(&page, QStringLiteral("defenseDateLabel")),
                     Field::label(Field::DefenseDate));
            QCOMPARE(messageOf(&page, Field::CoursesPassedMonth), QString());
            const int before = page.problemCount();
            QVERIFY(before > 0);

            // A month 13 is explained under the field, and saved as a draft.
            test::retype(passed, QStringLiteral("202613"));
            const QString complaint = messageOf(&page, Field::CoursesPassedMonth);
            QVERIFY2(complaint.contains(Field::label(Field::CoursesPassedMonth)),
                     qPrintable(complaint));
            QCOMPARE(stored(fixture).coursesPassedMonth, QStringLiteral("202613"));

            test::retype(passed, QStringLiteral("202607"));
            QCOMPARE(messageOf(&page, Field::CoursesPassedMonth), QString());
            QCOMPARE(stored(fixture).coursesPassedMonth, QStringLiteral("202607"));

            // A defence before the tests were passed is refused, with both fields named.
            test::retype(date, QStringLiteral("20260301"));
            const QString order = messageOf(&page, Field::DefenseDate);
            QVERIFY2(order.contains(Field::label(Field::CoursesPassedMonth)), qPrintable(order));
            test::retype(date, QStringLiteral("20261215"));
            QCOMPARE(messageOf(&page, Field::DefenseDate), QString());

            test::retype(page.findChild<QLineEdit *>(Field::ThesisTitle),
                         QStringLiteral("城市轨道交通短时客流预测研究"));
            test::retype(page.findChild<QLineEdit *>(Field::SupervisorName),
                         QStringLiteral("李明"));
            QCOMPARE(page.problemCount(), 0);
            QVERIFY(page.problemCount() < before);
        }
        fixture.reopen();
        ui::DefenseRequestPage page(fixture.session());
        page.reload();
        QCOMPARE(page.findChild<QLineEdit *>(Field::CoursesPassedMonth)->text(),
                 QStringLiteral("202607"));
        QCOMPARE(page.findChild<QLineEdit *>(Field::DefenseDate)->text(),
                 QStringLiteral("20261215"));
        QCOMPARE(page.findChild<QLineEdit *>(Field::SupervisorName)->text(),
                 QStringLiteral("李明"));
        QCOMPARE(page.problemCount(), 0);
    }

    void theApplicationItIsForFollowsTheSavedApplications()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        ui::DefenseRequestPage page(fixture.session());
        page.reload();
        page.show();

        // None at all, then only a draft: the defence waits for a submitted application.
        const QString waiting = domain::DefenseRequestTarget::check({}).first().message;
        QCOMPARE(noteOf(&page), waiting);
        QCOMPARE(page.findChild<ui::NoteBox *>(QStringLiteral("applicationNote"))->kind(),
                 ui::NoteBox::Kind::Warning);
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("applicationDiscipline"))->isVisible());
        const QUuid uuid = saveApplication(fixture, QStringLiteral("draft"));
        QVERIFY(!uuid.isNull());
        QCOMPARE(noteOf(&page), waiting);

        // Submitted: the page names it, and the state machine says why it is too early.
        saveApplication(fixture, QStringLiteral("submitted"), uuid);
        const auto &catalogs = domain::Catalogs::instance();
        QCOMPARE(textOf(&page, QStringLiteral("applicationYear")), QStringLiteral("2026"));
        QCOMPARE(textOf(&page, QStringLiteral("applicationDiscipline")),
                 catalogs.get(domain::Catalogs::Disciplines).labelOf(QStringLiteral("0812")));
        QCOMPARE(textOf(&page, QStringLiteral("applicationInstitution")),
                 catalogs.get(domain::Catalogs::Institutions).labelOf(QStringLiteral("10001")));
        QCOMPARE(textOf(&page, QStringLiteral("applicationState")),
                 domain::ApplicationStateMachine::stateLabel(domain::ApplicationState::Submitted));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("applicationDiscipline"))->isVisible());
        QCOMPARE(noteOf(&page),
                 domain::ApplicationStateMachine::check(domain::ApplicationState::Submitted,
                                                        domain::ApplicationAction::RequestDefense)
                     .reason);
        QCOMPARE(page.findChild<ui::NoteBox *>(QStringLiteral("applicationNote"))->kind(),
                 ui::NoteBox::Kind::Information);

        // In the register: the request can be made.
        saveApplication(fixture, QStringLiteral("approved"), uuid);
        QVERIFY(noteOf(&page) != waiting);
        QCOMPARE(textOf(&page, QStringLiteral("applicationState")),
                 domain::ApplicationStateMachine::stateLabel(domain::ApplicationState::Approved));
        QVERIFY(domain::DefenseRequestTarget::check(fixture.session()->dossier().applications)
                    .isEmpty());
    }

    void theButtonOpensTheDegreeApplications()
    {
        test::UiFixture fixture;
        ui::DefenseRequestPage page(fixture.session());
        page.reload();
        page.show();
        QSignalSpy spy(&page, &ui::Page::navigationRequested);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("openApplications"));
        QVERIFY(button);
        QVERIFY(button->text().contains(
            domain::Progress::stepLabel(domain::Progress::Step::DegreeApplication)));
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().toString(), QStringLiteral("degreeApplication"));
    }
};

QTEST_MAIN(TestDefenseRequestPage)
#include "TestDefenseRequestPage.moc"
