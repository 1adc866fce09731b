#include "pages/NotificationsPage.h"

#include "DesktopNotifier.h"
#include "MainWindow.h"
#include "ReminderScheduler.h"
#include "domain/Deadlines.h"
#include "domain/Field.h"
#include "domain/NotificationPrefs.h"
#include "domain/Registration.h"
#include "domain/ResidencyCertificateValidator.h"
#include "models/DeadlineModel.h"
#include "platform/Settings.h"
#include "support/SampleRecords.h"
#include "support/UiFixture.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dd;
using domain::Deadline;
using domain::Field;
using domain::NotificationPrefs;

class TestNotificationsPage : public QObject
{
    Q_OBJECT

private:
    static NotificationPrefs storedPrefs(test::UiFixture &fixture)
    {
        const auto prefs = fixture.store().single<NotificationPrefs>(fixture.applicant()).value();
        return prefs ? prefs->value : NotificationPrefs{};
    }
    static QTableView *tableOf(QWidget *page)
    {
        return page->findChild<QTableView *>(QStringLiteral("deadlineTable"));
    }
    // The row of a kind of date in the page's table, or -1.
    static int rowOf(QWidget *page, Deadline::Kind kind)
    {
        auto *model = qobject_cast<ui::DeadlineModel *>(tableOf(page)->model());
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->deadlines().at(row).kind == kind) {
                return row;
            }
        }
        return -1;
    }
    struct Shown
    {
        QString title;
        QString text;
    };

private slots:
    void thePreferencesAreSavedAndShapeTheDates()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        auto page = std::make_unique<ui::NotificationsPage>(fixture.session());
        page->reload();
        page->show();
        QAbstractItemModelTester tester(tableOf(page.get())->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Nothing prepared yet on 29 November 2026: the whole cycle of 2027 is ahead.
        const QList<Deadline> cycle = domain::Deadlines::calendar(2027);
        QCOMPARE(tableOf(page.get())->model()->rowCount(), cycle.size());
        QCOMPARE(tableOf(page.get())->model()->index(0, ui::DeadlineModel::TitleColumn).data(),
                 QVariant(cycle.first().title));

        auto *exam = page->findChild<QCheckBox *>(Field::RemindExam);
        QCOMPARE(exam->text(), Field::label(Field::RemindExam));
        QVERIFY(exam->isChecked()); // the defaults
        const int examRow = rowOf(page.get(), Deadline::Kind::ExamDay);
        const QModelIndex reminder =
            tableOf(page.get())->model()->index(examRow, ui::DeadlineModel::ReminderColumn);
        QCOMPARE(reminder.data().toString(), QStringLiteral("2027-05-09")); // 7 days before

        QTest::mouseClick(exam, Qt::LeftButton);
        QVERIFY(!storedPrefs(fixture).remindExam);
        QCOMPARE(tableOf(page.get())
                     ->model()
                     ->index(examRow, ui::DeadlineModel::ReminderColumn)
                     .data()
                     .toString(),
                 ui::DeadlineModel::tr("Off"));

        // Days of notice: the spin box offers what app/domain accepts.
        auto *days = page->findChild<QSpinBox *>(Field::RemindDaysBefore);
        QCOMPARE(days->maximum(), domain::ResidencyCertificateValidator::MaxRemindDaysBefore);
        QCOMPARE(days->minimum(), 0);
        QCOMPARE(days->accessibleName(), Field::label(Field::RemindDaysBefore));
        days->setFocus();
        QTest::keyClick(days, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(days, QStringLiteral("14"));
        QTest::keyClick(days, Qt::Key_Return);
        QCOMPARE(storedPrefs(fixture).remindDaysBefore, 14);
        const int registrationRow = rowOf(page.get(), Deadline::Kind::ExamRegistration);
        QCOMPARE(tableOf(page.get())
                     ->model()
                     ->index(registrationRow, ui::DeadlineModel::ReminderColumn)
                     .data()
                     .toString(),
                 QStringLiteral("2027-03-02"));
        QCOMPARE(page->problemCount(), 0);

        // The note of a date says where it comes from.
        tableOf(page.get())
            ->setCurrentIndex(tableOf(page.get())->model()->index(registrationRow, 0));
        QCOMPARE(page->findChild<QLabel *>(QStringLiteral("noteLabel"))->text(), cycle.at(1).note);

        page.reset();
        fixture.reopen();
        ui::NotificationsPage again(fixture.session());
        again.reload();
        QVERIFY(!again.findChild<QCheckBox *>(Field::RemindExam)->isChecked());
        QVERIFY(again.findChild<QCheckBox *>(Field::RemindDeadlines)->isChecked());
        QCOMPARE(again.findChild<QSpinBox *>(Field::RemindDaysBefore)->value(), 14);
    }

    void theDatesFollowTheDossier()
    {
        test::UiFixture fixture;
        // A registration form saved today: the account's activation dates come first.
        QVERIFY(fixture.store().save(fixture.applicant(), test::validRegistration()).ok());
        ui::NotificationsPage page(fixture.session());
        page.reload();
        QCOMPARE(rowOf(&page, Deadline::Kind::ActivationExpiry), 0);
        QCOMPARE(tableOf(&page)->model()->index(0, ui::DeadlineModel::DateColumn).data().toString(),
                 ui::DeadlineModel::dateText(
                     domain::Deadlines::activation(fixture.clock().today()).first()));

        // In the calendar, the activation's alarm is not set before the registration: a day
        // ahead, not seven.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.ics"));
        QVERIFY(page.exportCalendar(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString ics =
            QString::fromUtf8(file.readAll()).replace(QStringLiteral("\r\n "), QString());
        const qsizetype activation = ics.indexOf(QStringLiteral("UID:activationExpiry-"));
        QVERIFY(activation >= 0);
        QCOMPARE(ics.mid(ics.indexOf(QStringLiteral("TRIGGER:"), activation), 14),
                 QStringLiteral("TRIGGER:-PT15H"));

        // Everything passed: only how long the passes count is left; the page follows at once.
        domain::Dossier complete = test::completeDossier();
        for (const domain::ExamScore &score : std::as_const(complete.examScores)) {
            QVERIFY(fixture.store().save(fixture.applicant(), score).ok());
        }
        domain::DegreeApplication application = complete.applications.first();
        QVERIFY(fixture.store().save(fixture.applicant(), application).ok());
        fixture.session()->notifyChanged(domain::ExamScore::kind());
        QCOMPARE(rowOf(&page, Deadline::Kind::ExamDay), -1);
        QVERIFY(rowOf(&page, Deadline::Kind::PassExpiry) >= 0);
    }

    void theCalendarIsExported()
    {
        test::UiFixture fixture;
        QTemporaryDir dir;
        ui::NotificationsPage page(fixture.session());
        page.reload();
        page.show();
        QString suggested;
        page.setChooseFile([&](const QString &name) {
            suggested = name;
            return dir.filePath(QStringLiteral("deadlines")); // no suffix: .ics is added
        });
        auto *button = page.findChild<QPushButton *>(QStringLiteral("exportButton"));
        QVERIFY(!button->isEnabled()); // icsExport is off by default
        QTest::mouseClick(page.findChild<QCheckBox *>(Field::IcsExport), Qt::LeftButton);
        QVERIFY(storedPrefs(fixture).icsExport);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(suggested.endsWith(QStringLiteral(".ics")));

        QFile file(dir.filePath(QStringLiteral("deadlines.ics")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(ics.count("\n"), ics.count("\r\n"));
        for (const QByteArray &line : ics.split('\n')) {
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets and the CR
        }
        const QString text = QString::fromUtf8(ics).replace(QStringLiteral("\r\n "), QString());
        QCOMPARE(text.count(QStringLiteral("BEGIN:VEVENT")), 6);
        QVERIFY(text.contains(QStringLiteral("DTSTART;VALUE=DATE:20270516")));
        QVERIFY(text.contains(QStringLiteral("TRIGGER:-P6DT15H"))); // 7 days ahead, at 09:00
        QVERIFY(text.contains(QStringLiteral("DTSTAMP:20261129T090000Z")));
        QVERIFY(text.contains(QStringLiteral("UID:2027-examDay-")
                              + fixture.applicant().toString(QUuid::WithoutBraces)));
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("exportStatus"))
                    ->text()
                    .contains(QStringLiteral("deadlines.ics")));

        // With every reminder off there is nothing to export, and nothing is written.
        for (const QString &key :
             {Field::RemindDeadlines, Field::RemindExam, Field::RemindScores}) {
            QTest::mouseClick(page.findChild<QCheckBox *>(key), Qt::LeftButton);
        }
        QVERIFY(!page.exportCalendar(dir.filePath(QStringLiteral("none.ics"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.ics"))));
    }

    void dueRemindersShowOncePerDay()
    {
        test::UiFixture fixture;
        ui::NotificationsPage page(fixture.session());
        page.reload();
        ui::ReminderScheduler *scheduler = page.scheduler();
        scheduler->timer()->stop();
        QList<Shown> shown;
        scheduler->setSink([&](const QString &title, const QString &text) {
            shown.append({title, text});
        });

        // 29 November: nothing is due.
        QCOMPARE(scheduler->checkNow(), 0);

        // 10 May 2027: the admission ticket (from 9 May) and the exam of 16 May, 7 days ahead.
        fixture.clock().set(QDateTime(QDate(2027, 5, 10), QTime(9, 0), Qt::LocalTime));
        fixture.session()->notifyChanged(NotificationPrefs::kind());
        QCOMPARE(scheduler->checkNow(), 2);
        QCOMPARE(shown.size(), 2);
        const QList<Deadline> cycle = domain::Deadlines::calendar(2027);
        QCOMPARE(shown.at(0).title, cycle.at(3).title);
        QVERIFY(shown.at(0).text.contains(QStringLiteral("2027-05-16")));
        QCOMPARE(shown.at(1).title, cycle.at(4).title);
        QCOMPARE(shown.at(1).text,
                 ui::ReminderScheduler::whenText(cycle.at(4), QDate(2027, 5, 10)));

        // Once a day: not again that day, again the next.
        fixture.clock().advanceSeconds(3 * 3600);
        QCOMPARE(scheduler->checkNow(), 0);
        fixture.clock().advanceDays(1);
        QCOMPARE(scheduler->checkNow(), 2);

        // Reminders of the exam switched off: nothing more.
        QTest::mouseClick(page.findChild<QCheckBox *>(Field::RemindExam), Qt::LeftButton);
        fixture.clock().advanceDays(1);
        QCOMPARE(scheduler->checkNow(), 0);

        // The timer does the same without being asked.
        QTest::mouseClick(page.findChild<QCheckBox *>(Field::RemindExam), Qt::LeftButton);
        fixture.clock().advanceDays(1);
        const qsizetype before = shown.size();
        scheduler->timer()->start(10);
        QTRY_COMPARE(shown.size(), before + 2);
    }

    void withoutATrayTheWindowsMessageBarShowsThem()
    {
        QVERIFY(!ui::DesktopNotifier::usesTray()); // offscreen has no system tray
        test::UiFixture fixture;
        QTemporaryDir dir;
        platform::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
        ui::MainWindow window(fixture.session(), &settings);
        auto *page = new ui::NotificationsPage(fixture.session());
        window.addPage(page);
        page->scheduler()->timer()->stop();
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("deliveryLabel"))
                    ->text()
                    .contains(QStringLiteral("message bar")));

        fixture.clock().set(QDateTime(QDate(2027, 5, 16), QTime(8, 0), Qt::LocalTime));
        // The last day of the ticket window and the exam day: both listed, with the page's own
        // sink.
        QCOMPARE(page->scheduler()->checkNow(), 2);
        const QString message = window.messageBar()->text();
        const QList<Deadline> cycle = domain::Deadlines::calendar(2027);
        QVERIFY2(message.contains(cycle.at(3).title), qPrintable(message));
        QVERIFY2(message.contains(cycle.at(4).title), qPrintable(message));
    }
};

QTEST_MAIN(TestNotificationsPage)
#include "TestNotificationsPage.moc"
