#include "pages/DashboardPage.h"

#include "support/SampleRecords.h"
#include "support/UiFixture.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace dd;

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void listsWhatIsMissingAndLeadsThere()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        ui::DashboardPage page(fixture.session());
        page.reload();
        page.show();
        auto *steps = page.findChild<QTreeWidget *>(QStringLiteral("stepsView"));
        auto *missing = page.findChild<QListWidget *>(QStringLiteral("missingView"));
        QCOMPARE(steps->topLevelItemCount(), int(domain::Progress::steps().size()));
        QVERIFY(missing->count() > 0);
        QCOMPARE(page.problemCount(), missing->count());

        // Wrong basic information: its findings are listed, each leading to its field.
        domain::BasicInfo info = test::validBasicInfo();
        info.birthDate = QStringLiteral("19901307");
        QVERIFY(fixture.store().save(fixture.applicant(), info).ok());
        fixture.session()->notifyChanged(domain::BasicInfo::kind());
        QListWidgetItem *birth = nullptr;
        for (int i = 0; i < missing->count(); ++i) {
            if (missing->item(i)->data(Qt::UserRole + 2).toString() == domain::Field::BirthDate) {
                birth = missing->item(i);
            }
        }
        QVERIFY2(birth, "the wrong birth date must be listed");
        QSignalSpy navigation(&page, &ui::Page::navigationRequested);
        missing->setCurrentItem(birth);
        missing->setFocus();
        QTest::keyClick(missing, Qt::Key_Return);
        QCOMPARE(navigation.size(), 1);
        QCOMPARE(navigation.first().at(0).toString(), QStringLiteral("basicInfo"));
        QCOMPARE(navigation.first().at(1).toString(), domain::Field::BirthDate);
    }

    void aCompleteFileHasNothingMissing()
    {
        test::UiFixture fixture;
        fixture.clock().set(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));
        const domain::Dossier sample = test::completeDossier();
        auto &store = fixture.store();
        const QUuid a = fixture.applicant();
        QVERIFY(store.save(a, *sample.registration).ok());
        QVERIFY(store.save(a, *sample.basicInfo).ok());
        QVERIFY(store.save(a, *sample.photo).ok());
        for (const auto &application : sample.applications) {
            QVERIFY(store.save(a, application).ok());
        }
        for (const auto &registration : sample.examRegistrations) {
            QVERIFY(store.save(a, registration).ok());
        }
        for (const auto &score : sample.examScores) {
            QVERIFY(store.save(a, score).ok());
        }
        QVERIFY(store.save(a, *sample.defenseRequest).ok());
        QVERIFY(store.save(a, *sample.thesis).ok());
        ui::DashboardPage page(fixture.session());
        page.setNextDeadline([](const domain::Dossier &, QDate today) {
            return QStringLiteral("next: %1").arg(today.toString(Qt::ISODate));
        });
        page.reload();
        QCOMPARE(page.problemCount(), 0);
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("greeting"))
                    ->text()
                    .startsWith(QStringLiteral("王磊")));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("deadlineLabel"))->text(),
                 QStringLiteral("next: 2026-11-29"));
        auto *missing = page.findChild<QListWidget *>(QStringLiteral("missingView"));
        QCOMPARE(missing->count(), 1);
        QVERIFY(!(missing->item(0)->flags() & Qt::ItemIsSelectable));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
