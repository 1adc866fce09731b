#include "pages/ResidencyCertificatePage.h"

#include "domain/Catalogs.h"
#include "domain/Field.h"
#include "domain/ResidencyCertificate.h"
#include "domain/ResidencyRequirement.h"
#include "support/SampleRecords.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/CatalogComboBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/NoteBox.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace dd;
using domain::Field;

class TestResidencyCertificatePage : public QObject
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
        auto *note = page->findChild<ui::NoteBox *>(QStringLiteral("requirementNote"));
        return note ? note->text() : QStringLiteral("<no note>");
    }
    static domain::ResidencyCertificate stored(test::UiFixture &fixture)
    {
        const auto loaded =
            fixture.store().single<domain::ResidencyCertificate>(fixture.applicant());
        return loaded && loaded->has_value() ? loaded->value().value
                                             : domain::ResidencyCertificate{};
    }
    // Saves an application as the page of 提交学位申请 would, and tells the session.
    static QUuid saveApplication(test::UiFixture &fixture, domain::DegreeApplication application,
                                 const QUuid &uuid = {})
    {
        const auto saved = fixture.store().save(fixture.applicant(), application, uuid);
        fixture.session()->notifyChanged(domain::DegreeApplication::kind());
        return saved ? saved->uuid : QUuid();
    }

private slots:
    void theNotNeededNoteFollowsTheDiscipline()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        ui::ResidencyCertificatePage page(fixture.session());
        page.reload();
        page.show();
        QSignalSpy counts(&page, &ui::Page::problemCountChanged);

        // No application yet: not needed, said so, and the empty form's errors are not counted.
        QVERIFY(!page.isRequired());
        QVERIFY2(noteOf(&page).startsWith(domain::ResidencyRequirement::explain({})),
                 qPrintable(noteOf(&page)));
        QCOMPARE(page.problemCount(), 0);
        auto *number = page.findChild<QLineEdit *>(Field::QualificationNumber);
        QVERIFY(number && number->isEnabled()); // the form stays available

        // Computer science, an academic degree: still not needed, and the discipline is named.
        domain::DegreeApplication academic = test::validDegreeApplication();
        const QUuid uuid = saveApplication(fixture, academic);
        QVERIFY(!page.isRequired());
        const QString discipline = domain::Catalogs::instance()
                                       .get(domain::Catalogs::Disciplines)
                                       .labelOf(QStringLiteral("0812"));
        QVERIFY2(noteOf(&page).contains(discipline), qPrintable(noteOf(&page)));
        QCOMPARE(page.problemCount(), 0);

        // The clinical medicine professional degree: needed, and the problems count.
        saveApplication(fixture, test::validClinicalApplication(), uuid);
        QVERIFY(page.isRequired());
        QCOMPARE(noteOf(&page),
                 domain::ResidencyRequirement::explain(fixture.session()->dossier().applications));
        QVERIFY(page.problemCount() > 0);
        QVERIFY(!counts.isEmpty());
        QCOMPARE(counts.last().first().toInt(), page.problemCount());

        // Cancelled (how a wrong degree type is corrected): not needed again.
        domain::DegreeApplication cancelled = test::validClinicalApplication();
        cancelled.state = QStringLiteral("cancelled");
        saveApplication(fixture, cancelled, uuid);
        QVERIFY(!page.isRequired());
        QCOMPARE(page.problemCount(), 0);
    }

    void aWrongValueIsExplainedFixedSavedAndReopened()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        saveApplication(fixture, test::validClinicalApplication());
        QString categoryCode;
        {
            ui::ResidencyCertificatePage page(fixture.session());
            page.reload();
            page.show();
            QVERIFY(page.isRequired());

            // Each field is labelled in the portal's words; the check box too.
            QCOMPARE(page.findChild<QLabel *>(QStringLiteral("residencyCompletedLabel"))->text(),
                     Field::label(Field::ResidencyCompleted));
            auto *number = page.findChild<QLineEdit *>(Field::QualificationNumber);
            QCOMPARE(number->accessibleName(), Field::label(Field::QualificationNumber));
            const int before = page.problemCount();

            test::retype(number, QStringLiteral("2015-1111"));
            const QString complaint = messageOf(&page, Field::QualificationNumber);
            QVERIFY2(complaint.contains(Field::label(Field::QualificationNumber)),
                     qPrintable(complaint));
            QCOMPARE(stored(fixture).qualificationNumber, QStringLiteral("2015-1111"));
            test::retype(number, QStringLiteral("201511110110105199003074"));
            QCOMPARE(messageOf(&page, Field::QualificationNumber), QString());
            QCOMPARE(page.problemCount(), before - 1);

            // A practice registered before the qualification was obtained is explained.
            test::retype(page.findChild<QLineEdit *>(Field::QualificationMonth),
                         QStringLiteral("201512"));
            auto *registered = page.findChild<QLineEdit *>(Field::PracticeFirstRegistered);
            test::retype(registered, QStringLiteral("20150101"));
            const QString order = messageOf(&page, Field::PracticeFirstRegistered);
            QVERIFY2(order.contains(Field::label(Field::QualificationMonth)), qPrintable(order));
            test::retype(registered, QStringLiteral("20160315"));
            QCOMPARE(messageOf(&page, Field::PracticeFirstRegistered), QString());

            auto *category = page.findChild<ui::CatalogComboBox *>(Field::QualificationCategory);
            category->setFocus();
            QTest::keyClick(category, Qt::Key_Down);
            categoryCode = category->code();
            QVERIFY(!categoryCode.isEmpty());

            auto *completed = page.findChild<QCheckBox *>(Field::ResidencyCompleted);
            completed->setFocus();
            QTest::keyClick(completed, Qt::Key_Space);
            QVERIFY(stored(fixture).residencyCompleted);
            test::retype(page.findChild<QLineEdit *>(Field::ResidencyBase),
                         QStringLiteral("北京大学第一医院"));
        }
        QCOMPARE(stored(fixture).qualificationCategory, categoryCode);
        fixture.reopen();
        ui::ResidencyCertificatePage page(fixture.session());
        page.reload();
        QCOMPARE(page.findChild<QLineEdit *>(Field::QualificationNumber)->text(),
                 QStringLiteral("201511110110105199003074"));
        QCOMPARE(page.findChild<QLineEdit *>(Field::PracticeFirstRegistered)->text(),
                 QStringLiteral("20160315"));
        QCOMPARE(page.findChild<ui::CatalogComboBox *>(Field::QualificationCategory)->code(),
                 categoryCode);
        QVERIFY(page.findChild<QCheckBox *>(Field::ResidencyCompleted)->isChecked());
        QCOMPARE(page.findChild<QLineEdit *>(Field::ResidencyBase)->text(),
                 QStringLiteral("北京大学第一医院"));
    }
};

QTEST_MAIN(TestResidencyCertificatePage)
#include "TestResidencyCertificatePage.moc"
