#include "pages/ThesisPage.h"

#include "domain/Thesis.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/CatalogComboBox.h"
#include "widgets/FieldMessage.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace dd;

class TestThesisPage : public QObject
{
    Q_OBJECT

private:
    static QString messageOf(QWidget *page, const QString &key)
    {
        auto *message = page->findChild<ui::FieldMessage *>(key + QStringLiteral("Message"));
        return message ? message->text() : QStringLiteral("<no message widget>");
    }

private slots:
    void aWrongValueIsExplainedFixedSavedAndUndone()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        auto page = std::make_unique<ui::ThesisPage>(fixture.session());
        page->reload();
        page->show();

        auto *date = page->findChild<QLineEdit *>(QStringLiteral("defenseDate"));
        QVERIFY(date);
        QCOMPARE(date->accessibleName(), domain::Field::label(domain::Field::DefenseDate));
        // The label of the row is the portal's word for the field.
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("defenseDateLabel"))->text()
                == domain::Field::label(domain::Field::DefenseDate));
        // Untouched fields say nothing yet, though the empty form has problems.
        QCOMPARE(messageOf(page.get(), QStringLiteral("defenseDate")), QString());
        const int before = page->problemCount();
        QVERIFY(before > 0);

        test::retype(date, QStringLiteral("20261301"));
        const QString complaint = messageOf(page.get(), QStringLiteral("defenseDate"));
        QVERIFY2(!complaint.isEmpty(), "a month 13 must be explained");
        QVERIFY(complaint.contains(domain::Field::label(domain::Field::DefenseDate)));
        QCOMPARE(date->accessibleDescription(), complaint);
        auto stored = fixture.store().single<domain::Thesis>(fixture.applicant());
        QVERIFY(stored.ok() && stored->has_value());
        QCOMPARE(stored->value().value.defenseDate, QStringLiteral("20261301")); // a draft saves

        test::retype(date, QStringLiteral("20270115"));
        QCOMPARE(messageOf(page.get(), QStringLiteral("defenseDate")), QString());
        QCOMPARE(page->problemCount(), before);
        stored = fixture.store().single<domain::Thesis>(fixture.applicant());
        QCOMPARE(stored->value().value.defenseDate, QStringLiteral("20270115"));

        // Undo puts the previous value back, in the field and in the database.
        QVERIFY(page->undoStack()->canUndo());
        page->undoStack()->undo();
        QCOMPARE(date->text(), QStringLiteral("20261301"));
        stored = fixture.store().single<domain::Thesis>(fixture.applicant());
        QCOMPARE(stored->value().value.defenseDate, QStringLiteral("20261301"));
        page->undoStack()->redo();
        QCOMPARE(date->text(), QStringLiteral("20270115"));
    }

    void aChoiceIsSavedAsItsCodeAndFoundAfterReopening()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        {
            ui::ThesisPage page(fixture.session());
            page.reload();
            page.show();
            auto *type = page.findChild<ui::CatalogComboBox *>(QStringLiteral("thesisType"));
            QVERIFY(type);
            QVERIFY(type->count() > 1);
            type->setFocus();
            QTest::keyClick(type, Qt::Key_Down); // the first real option
            const QString code = type->code();
            QVERIFY(!code.isEmpty());
            auto *title = page.findChild<QLineEdit *>(QStringLiteral("thesisTitle"));
            test::retype(title, QStringLiteral("同等学力人员学位申请的数据校验研究"));
            const auto stored = fixture.store().single<domain::Thesis>(fixture.applicant());
            QCOMPARE(stored->value().value.thesisType, code);
        }
        const QString code =
            fixture.store().single<domain::Thesis>(fixture.applicant())->value().value.thesisType;
        fixture.reopen();
        ui::ThesisPage page(fixture.session());
        page.reload();
        QCOMPARE(page.findChild<ui::CatalogComboBox *>(QStringLiteral("thesisType"))->code(), code);
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("thesisTitle"))->text(),
                 QStringLiteral("同等学力人员学位申请的数据校验研究"));
    }

    void typingIsSavedAfterAPauseWithoutLeavingTheField()
    {
        test::UiFixture fixture;
        ui::ThesisPage page(fixture.session());
        page.reload();
        page.show();
        auto *name = page.findChild<QLineEdit *>(QStringLiteral("supervisorName"));
        name->setFocus();
        test::typeText(name, QStringLiteral("李明"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.store()
                                      .single<domain::Thesis>(fixture.applicant())
                                      .value()
                                      .value_or(store::Stored<domain::Thesis>{})
                                      .value.supervisorName,
                                  QStringLiteral("李明"), ui::RecordForm::IdleSaveMs * 3);
    }
};

QTEST_MAIN(TestThesisPage)
#include "TestThesisPage.moc"
