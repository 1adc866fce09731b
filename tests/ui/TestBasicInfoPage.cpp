#include "pages/BasicInfoPage.h"

#include "domain/BasicInfo.h"
#include "domain/Field.h"
#include "domain/Pinyin.h"
#include "models/ResumeTableModel.h"
#include "support/SampleRecords.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/CatalogComboBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/ResumeEditor.h"

#include <QBrush>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace dd;
using domain::Field;
using Column = ui::ResumeTableModel::Column;

class TestBasicInfoPage : public QObject
{
    Q_OBJECT

private:
    // The page on a fresh fixture, shown in an active window (the table's keys are shortcuts
    // that need the focus).
    static std::unique_ptr<ui::BasicInfoPage> openPage(test::UiFixture &fixture)
    {
        auto page = std::make_unique<ui::BasicInfoPage>(fixture.session());
        page->reload();
        page->show();
        page->activateWindow();
        if (!QTest::qWaitForWindowActive(page.get())) {
            qWarning("the page's window did not become active");
        }
        return page;
    }

    static QString messageOf(QWidget *page, const QString &key)
    {
        auto *message = page->findChild<ui::FieldMessage *>(key + QStringLiteral("Message"));
        return message ? message->text() : QStringLiteral("<no message widget>");
    }

    template<typename T>
    static T *child(QWidget *page, const QString &name)
    {
        return page->findChild<T *>(name);
    }

    static domain::BasicInfo stored(test::UiFixture &fixture)
    {
        const auto loaded = fixture.store().single<domain::BasicInfo>(fixture.applicant());
        return loaded && loaded->has_value() ? loaded->value().value : domain::BasicInfo{};
    }

    static QStringList storedStarts(test::UiFixture &fixture)
    {
        QStringList starts;
        for (const domain::ResumeEntry &entry : stored(fixture).resume) {
            starts.append(entry.start);
        }
        return starts;
    }

    static QStringList shownStarts(const ui::ResumeTableModel *model)
    {
        QStringList starts;
        for (int row = 0; row < model->rowCount(); ++row) {
            starts.append(model->index(row, int(Column::Start)).data(Qt::EditRole).toString());
        }
        return starts;
    }

    // Opens a cell's editor with F2, as a user would, types `text` and presses Return.
    static void editCell(QTableView *table, int row, int column, const QString &text)
    {
        const QModelIndex index = table->model()->index(row, column);
        table->setFocus();
        table->setCurrentIndex(index);
        QTest::keyClick(table, Qt::Key_F2);
        QVERIFY2(table->indexWidget(index), "F2 opens the cell's editor");
        typeIntoCell(table, index, text);
    }

    // Types into the open editor of a cell and presses Return (the view commits it queued).
    static void typeIntoCell(QTableView *table, const QModelIndex &index, const QString &text)
    {
        QWidget *editor = table->indexWidget(index);
        QVERIFY2(editor, "the cell is being edited");
        test::retype(editor, text);
        QTRY_VERIFY(!table->indexWidget(index));
        QCOMPARE(index.data(Qt::EditRole).toString(), text);
    }

    static void saveSample(test::UiFixture &fixture)
    {
        QVERIFY(fixture.store().save(fixture.applicant(), test::validBasicInfo()).ok());
    }

private slots:
    void pinyinFollowsTheNameUntilTheUserTypesTheirOwn()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        auto page = openPage(fixture);
        auto *name = child<QLineEdit>(page.get(), Field::Name);
        auto *pinyin = child<QLineEdit>(page.get(), Field::NamePinyin);
        QVERIFY(name && pinyin);
        QCOMPARE(pinyin->accessibleName(), Field::label(Field::NamePinyin));

        test::retype(name, QStringLiteral("张三丰"));
        QCOMPARE(pinyin->text(), QStringLiteral("Zhang Sanfeng"));
        QCOMPARE(stored(fixture).namePinyin, QStringLiteral("Zhang Sanfeng"));

        // Still the suggestion: it follows a new name.
        test::retype(name, QStringLiteral("欧阳娜娜"));
        QCOMPARE(pinyin->text(), QStringLiteral("Ouyang Nana"));
        // The suggestion is an edit of its own: undo takes back only it.
        page->undoStack()->undo();
        QCOMPARE(pinyin->text(), QStringLiteral("Zhang Sanfeng"));
        QCOMPARE(name->text(), QStringLiteral("欧阳娜娜"));
        QCOMPARE(stored(fixture).namePinyin, QStringLiteral("Zhang Sanfeng"));
        page->undoStack()->redo();
        QCOMPARE(pinyin->text(), QStringLiteral("Ouyang Nana"));

        // What the user typed is never overwritten; the domain's warning says it differs.
        test::retype(pinyin, QStringLiteral("Ouyang Nanna"));
        test::retype(name, QStringLiteral("欧阳丽"));
        QCOMPARE(pinyin->text(), QStringLiteral("Ouyang Nanna"));
        QCOMPARE(stored(fixture).namePinyin, QStringLiteral("Ouyang Nanna"));
        QVERIFY(messageOf(page.get(), Field::NamePinyin).contains(QStringLiteral("Ouyang Li")));

        // Emptied by the user, it is filled in again the next time the name is left.
        test::retype(pinyin, QString());
        test::retype(name, QStringLiteral("欧阳丽"));
        QCOMPARE(pinyin->text(), QStringLiteral("Ouyang Li"));
        QCOMPARE(messageOf(page.get(), Field::NamePinyin), QString());
    }

    void aCharacterWithoutAReadingIsPointedOut()
    {
        test::UiFixture fixture;
        auto page = openPage(fixture);
        auto *name = child<QLineEdit>(page.get(), Field::Name);
        auto *pinyin = child<QLineEdit>(page.get(), Field::NamePinyin);
        auto *hint = child<QLabel>(page.get(), QStringLiteral("namePinyinHint"));
        QVERIFY(hint);
        QVERIFY(!hint->isVisibleTo(page.get()));

        const QString rare = QString::fromUcs4(U"\U00020BB7"); // 𠮷, not in the reading table
        QCOMPARE(domain::Pinyin::unknownCharacters(QStringLiteral("王") + rare).size(), 1);
        // One key event carries the character (test::typeText sends UTF-16 units one by one).
        test::retype(name, QStringLiteral("王"));
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, rare);
        QCoreApplication::sendEvent(name, &press);
        QTest::keyClick(name, Qt::Key_Return);
        QCOMPARE(name->text(), QStringLiteral("王") + rare);
        QCOMPARE(pinyin->text(), domain::Pinyin::forName(QStringLiteral("王") + rare));
        QVERIFY(hint->isVisibleTo(page.get()));
        QVERIFY(hint->text().contains(rare));

        test::retype(name, QStringLiteral("王吉"));
        QVERIFY(!hint->isVisibleTo(page.get()));
        QCOMPARE(pinyin->text(), QStringLiteral("Wang Ji")); // "Wang" was only a suggestion
    }

    void birthDateAndSexComeFromTheIdNumber()
    {
        test::UiFixture fixture;
        auto page = openPage(fixture);
        auto *idType = child<ui::CatalogComboBox>(page.get(), Field::IdType);
        auto *idNumber = child<QLineEdit>(page.get(), Field::IdNumber);
        auto *birthDate = child<QLineEdit>(page.get(), Field::BirthDate);
        auto *gender = child<ui::CatalogComboBox>(page.get(), Field::Gender);
        auto *useBirthDate = child<QPushButton>(page.get(), QStringLiteral("useIdBirthDate"));
        auto *useGender = child<QPushButton>(page.get(), QStringLiteral("useIdGender"));
        QVERIFY(idType && idNumber && birthDate && gender && useBirthDate && useGender);
        QCOMPARE(child<QLabel>(page.get(), QStringLiteral("birthDateLabel"))->text(),
                 Field::label(Field::BirthDate));
        QCOMPARE(child<QLabel>(page.get(), QStringLiteral("genderLabel"))->text(),
                 Field::label(Field::Gender));

        idType->setFocus();
        QTest::keyClick(idType, Qt::Key_Down); // 居民身份证, the first option
        QCOMPARE(idType->code(), QStringLiteral("1"));
        test::retype(idNumber, QStringLiteral("11010519900307451X"));
        QCOMPARE(birthDate->text(), QStringLiteral("19900307"));
        QCOMPARE(gender->code(), QStringLiteral("1"));
        QCOMPARE(stored(fixture).birthDate, QStringLiteral("19900307"));
        QCOMPARE(stored(fixture).gender, QStringLiteral("1"));
        QVERIFY(!useBirthDate->isVisibleTo(page.get()));
        QVERIFY(!useGender->isVisibleTo(page.get()));

        // Both came in one step: one undo takes both back, the ID number stays.
        page->undoStack()->undo();
        QCOMPARE(birthDate->text(), QString());
        QCOMPARE(gender->code(), QString());
        QCOMPARE(idNumber->text(), QStringLiteral("11010519900307451X"));
        QCOMPARE(stored(fixture).birthDate, QString());
        page->undoStack()->redo();
        QCOMPARE(birthDate->text(), QStringLiteral("19900307"));
        QCOMPARE(gender->code(), QStringLiteral("1"));

        // A different date is not overwritten: the message says so, and a button offers the
        // ID number's.
        test::retype(birthDate, QStringLiteral("19900308"));
        test::retype(idNumber, QStringLiteral("11010519900307451X"));
        QCOMPARE(birthDate->text(), QStringLiteral("19900308"));
        const QString complaint = messageOf(page.get(), Field::BirthDate);
        QVERIFY2(complaint.contains(QStringLiteral("19900307")), qPrintable(complaint));
        QVERIFY(useBirthDate->isVisibleTo(page.get()));
        QVERIFY(useBirthDate->text().contains(QStringLiteral("19900307")));
        const int problems = page->problemCount();
        QTest::mouseClick(useBirthDate, Qt::LeftButton);
        QCOMPARE(birthDate->text(), QStringLiteral("19900307"));
        QCOMPARE(stored(fixture).birthDate, QStringLiteral("19900307"));
        QCOMPARE(messageOf(page.get(), Field::BirthDate), QString());
        QVERIFY(!useBirthDate->isVisibleTo(page.get()));
        QCOMPARE(page->problemCount(), problems - 1);

        // The same for the sex.
        gender->setFocus();
        QTest::keyClick(gender, Qt::Key_Down); // 女
        QCOMPARE(gender->code(), QStringLiteral("2"));
        QVERIFY(!messageOf(page.get(), Field::Gender).isEmpty());
        QVERIFY(useGender->isVisibleTo(page.get()));
        QVERIFY(
            useGender->text().contains(gender->itemText(gender->findData(QStringLiteral("1")))));
        QTest::mouseClick(useGender, Qt::LeftButton);
        QCOMPARE(gender->code(), QStringLiteral("1"));
        QCOMPARE(stored(fixture).gender, QStringLiteral("1"));
        QVERIFY(!useGender->isVisibleTo(page.get()));
        QCOMPARE(messageOf(page.get(), Field::Gender), QString());
    }

    void aGapInTheHistoryIsMarkedInItsRowAndFixed()
    {
        test::UiFixture fixture;
        saveSample(fixture);
        auto page = openPage(fixture);
        auto *table = child<QTableView>(page.get(), QStringLiteral("resumeTable"));
        auto *editor = child<ui::ResumeEditor>(page.get(), QStringLiteral("resumeEditor"));
        QVERIFY(table && editor);
        const ui::ResumeTableModel *model = editor->model();
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(page->problemCount(), 0);
        QVERIFY(editor->problemTexts().isEmpty());
        QVERIFY(
            !child<QWidget>(page.get(), QStringLiteral("resumeProblems"))->isVisibleTo(page.get()));

        // The second job starts two months late: 201207 and 201208 are missing.
        editCell(table, 1, int(Column::Start), QStringLiteral("201209"));
        QCOMPARE(stored(fixture).resume.at(1).start, QStringLiteral("201209"));
        const QModelIndex marked = model->index(1, int(Column::Organization));
        QVERIFY(marked.data(Qt::BackgroundRole).value<QBrush>().color().isValid());
        QVERIFY(!model->index(0, int(Column::Organization)).data(Qt::BackgroundRole).isValid());
        const QString tip = marked.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("201207-201208")), qPrintable(tip));
        QCOMPARE(editor->problemTexts(), QStringList{tip});
        QVERIFY(
            child<QWidget>(page.get(), QStringLiteral("resumeProblems"))->isVisibleTo(page.get()));
        QCOMPARE(page->problemCount(), 1);

        // A cell still being typed in is saved when the window closes (or the page changes).
        table->setCurrentIndex(model->index(0, int(Column::Role)));
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *cell = table->indexWidget(model->index(0, int(Column::Role)));
        QVERIFY(cell);
        QTest::keyClick(cell, Qt::Key_A, Qt::ControlModifier);
        test::typeText(cell, QStringLiteral("软件工程专业本科学习"));
        QCOMPARE(stored(fixture).resume.at(0).role, test::validBasicInfo().resume.at(0).role);
        page->commitPending();
        QCOMPARE(stored(fixture).resume.at(0).role, QStringLiteral("软件工程专业本科学习"));
        page->undoStack()->undo();
        QCOMPARE(stored(fixture).resume.at(0).role, test::validBasicInfo().resume.at(0).role);
        QTest::keyClick(table->indexWidget(model->index(0, int(Column::Role))), Qt::Key_Escape);

        // A link to the finding's key lands on the row's cell.
        QVERIFY(page->focusField(Field::rowKey(Field::Resume, 1, Field::ResumeStart)));
        QCOMPARE(table->currentIndex(), model->index(1, int(Column::Start)));

        editCell(table, 1, int(Column::Start), QStringLiteral("201207"));
        QVERIFY(!marked.data(Qt::BackgroundRole).isValid());
        QVERIFY(!marked.data(Qt::ToolTipRole).isValid());
        QVERIFY(editor->problemTexts().isEmpty());
        QCOMPARE(page->problemCount(), 0);
        QCOMPARE(stored(fixture), test::validBasicInfo());

        // The cell edits are on the page's undo stack with the other fields.
        page->undoStack()->undo();
        QCOMPARE(model->index(1, int(Column::Start)).data(Qt::EditRole).toString(),
                 QStringLiteral("201209"));
        QCOMPARE(stored(fixture).resume.at(1).start, QStringLiteral("201209"));
        QCOMPARE(page->problemCount(), 1);
    }

    void rowsAreAddedRemovedAndReorderedSavedAndUndone()
    {
        test::UiFixture fixture;
        saveSample(fixture);
        auto page = openPage(fixture);
        auto *table = child<QTableView>(page.get(), QStringLiteral("resumeTable"));
        const ui::ResumeTableModel *model =
            child<ui::ResumeEditor>(page.get(), QStringLiteral("resumeEditor"))->model();
        const QStringList original{QStringLiteral("200809"), QStringLiteral("201207")};
        QCOMPARE(shownStarts(model), original);

        // Insert adds a row under the current one and opens its first cell.
        table->setFocus();
        table->setCurrentIndex(model->index(0, int(Column::Organization)));
        QTest::keyClick(table, Qt::Key_Insert);
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(stored(fixture).resume.size(), 3);
        QCOMPARE(stored(fixture).resume.at(1), domain::ResumeEntry{});
        typeIntoCell(table, model->index(1, int(Column::Start)), QStringLiteral("201207"));
        QCOMPARE(stored(fixture).resume.at(1).start, QStringLiteral("201207"));
        QVERIFY(page->problemCount() > 0); // an empty row is reported
        page->undoStack()->undo();         // the start month
        page->undoStack()->undo();         // the row
        QCOMPARE(shownStarts(model), original);
        QCOMPARE(storedStarts(fixture), original);
        QCOMPARE(page->problemCount(), 0);

        // The button does the same.
        table->setCurrentIndex(model->index(1, 0));
        QTest::mouseClick(child<QToolButton>(page.get(), QStringLiteral("addResumeRow")),
                          Qt::LeftButton);
        QCOMPARE(storedStarts(fixture), (QStringList{original.at(0), original.at(1), QString()}));
        page->undoStack()->undo();
        QCOMPARE(storedStarts(fixture), original);

        // Ctrl+Up moves the current row up; the order problem marks it.
        table->setFocus();
        table->setCurrentIndex(model->index(1, int(Column::Role)));
        QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
        const QStringList swapped{original.at(1), original.at(0)};
        QCOMPARE(shownStarts(model), swapped);
        QCOMPARE(storedStarts(fixture), swapped);
        QCOMPARE(table->currentIndex(), model->index(0, int(Column::Role)));
        QVERIFY(model->index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(page->problemCount() > 0);
        // The "move up" button is off on the first row; "move down" takes it back.
        QVERIFY(!child<QToolButton>(page.get(), QStringLiteral("moveResumeRowUp"))->isEnabled());
        QTest::mouseClick(child<QToolButton>(page.get(), QStringLiteral("moveResumeRowDown")),
                          Qt::LeftButton);
        QCOMPARE(storedStarts(fixture), original);
        QCOMPARE(page->problemCount(), 0);
        page->undoStack()->undo();
        QCOMPARE(storedStarts(fixture), swapped);
        page->undoStack()->undo();
        QCOMPARE(shownStarts(model), original);
        QCOMPARE(storedStarts(fixture), original);
        // Ctrl+Down as well.
        table->setFocus();
        table->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(table, Qt::Key_Down, Qt::ControlModifier);
        QCOMPARE(storedStarts(fixture), swapped);
        page->undoStack()->undo();
        QCOMPARE(storedStarts(fixture), original);

        // Delete removes the current row; undo brings it back with its contents.
        table->setFocus();
        table->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(shownStarts(model), QStringList{original.at(1)});
        QCOMPARE(storedStarts(fixture), QStringList{original.at(1)});
        page->undoStack()->undo();
        QCOMPARE(stored(fixture), test::validBasicInfo());
        QCOMPARE(shownStarts(model), original);
        // The button too.
        table->setCurrentIndex(model->index(1, 0));
        QTest::mouseClick(child<QToolButton>(page.get(), QStringLiteral("removeResumeRow")),
                          Qt::LeftButton);
        QCOMPARE(storedStarts(fixture), QStringList{original.at(0)});
        // Removing every row leaves the history required.
        table->setCurrentIndex(model->index(0, 0));
        QTest::mouseClick(child<QToolButton>(page.get(), QStringLiteral("removeResumeRow")),
                          Qt::LeftButton);
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(stored(fixture).resume.isEmpty());
        const QStringList problems =
            child<ui::ResumeEditor>(page.get(), QStringLiteral("resumeEditor"))->problemTexts();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.constFirst().contains(Field::label(Field::Resume)));
        QVERIFY(!child<QToolButton>(page.get(), QStringLiteral("removeResumeRow"))->isEnabled());
    }

    void aFirstVisitStartsFromTheRegistration()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.store().save(fixture.applicant(), test::validRegistration()).ok());
        auto page = openPage(fixture);
        QCOMPARE(child<QLineEdit>(page.get(), Field::Name)->text(), QStringLiteral("王磊"));
        QCOMPARE(child<QLineEdit>(page.get(), Field::IdNumber)->text(),
                 QStringLiteral("11010519900307451X"));
        QCOMPARE(child<ui::CatalogComboBox>(page.get(), Field::IdType)->code(),
                 QStringLiteral("1"));
        // Nothing is saved before the first edit.
        QVERIFY(!fixture.store().single<domain::BasicInfo>(fixture.applicant())->has_value());
        test::retype(child<QLineEdit>(page.get(), Field::Name), QStringLiteral("王磊"));
        QCOMPARE(stored(fixture).namePinyin, QStringLiteral("Wang Lei"));
        QCOMPARE(stored(fixture).idNumber, QStringLiteral("11010519900307451X"));
    }

    void everythingIsFoundAfterReopening()
    {
        test::UiFixture fixture;
        {
            auto page = openPage(fixture);
            test::retype(child<QLineEdit>(page.get(), Field::Name), QStringLiteral("李娜"));
            auto *ethnicity = child<ui::CatalogComboBox>(page.get(), Field::Ethnicity);
            ethnicity->setFocus();
            QTest::keyClick(ethnicity, Qt::Key_Down); // 汉族
            auto *idType = child<ui::CatalogComboBox>(page.get(), Field::IdType);
            idType->setFocus();
            QTest::keyClick(idType, Qt::Key_Down);
            test::retype(child<QLineEdit>(page.get(), Field::IdNumber),
                         QStringLiteral("110105199003074528"));
            test::retype(child<QLineEdit>(page.get(), Field::IdNumberConfirm),
                         QStringLiteral("110105199003074528"));
            test::retype(child<QLineEdit>(page.get(), Field::WorkStartMonth),
                         QStringLiteral("201207"));
            auto *table = child<QTableView>(page.get(), QStringLiteral("resumeTable"));
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Insert);
            typeIntoCell(table, table->model()->index(0, 0), QStringLiteral("201207"));
            editCell(table, 0, int(Column::Organization), QStringLiteral("北京城建设计发展集团"));
            editCell(table, 0, int(Column::Role), QStringLiteral("软件工程师"));
        }
        const domain::BasicInfo before = stored(fixture);
        QCOMPARE(before.gender, QStringLiteral("2"));
        QCOMPARE(before.resume.size(), 1);

        fixture.reopen();
        auto page = openPage(fixture);
        QCOMPARE(child<QLineEdit>(page.get(), Field::Name)->text(), QStringLiteral("李娜"));
        QCOMPARE(child<QLineEdit>(page.get(), Field::NamePinyin)->text(), QStringLiteral("Li Na"));
        QCOMPARE(child<QLineEdit>(page.get(), Field::BirthDate)->text(),
                 QStringLiteral("19900307"));
        QCOMPARE(child<ui::CatalogComboBox>(page.get(), Field::Gender)->code(),
                 QStringLiteral("2"));
        QCOMPARE(child<ui::CatalogComboBox>(page.get(), Field::Ethnicity)->code(),
                 before.ethnicity);
        QVERIFY(!before.ethnicity.isEmpty());
        QCOMPARE(child<QLineEdit>(page.get(), Field::WorkStartMonth)->text(),
                 QStringLiteral("201207"));
        const ui::ResumeTableModel *model =
            child<ui::ResumeEditor>(page.get(), QStringLiteral("resumeEditor"))->model();
        QCOMPARE(model->entries(), before.resume);
        QCOMPARE(model->index(0, int(Column::End)).data().toString(), QStringLiteral("Up to now"));
        QCOMPARE(model->index(0, int(Column::Role)).data().toString(),
                 QStringLiteral("软件工程师"));
        QVERIFY(!page->undoStack()->canUndo()); // a fresh page starts with no history
    }
};

QTEST_MAIN(TestBasicInfoPage)
#include "TestBasicInfoPage.moc"
