#include "pages/ScoresPage.h"

#include "domain/ExamScoreImport.h"
#include "domain/Field.h"
#include "models/ExamScoreModel.h"
#include "support/Typing.h"
#include "support/UiFixture.h"
#include "widgets/CatalogComboBox.h"
#include "widgets/FieldMessage.h"
#include "widgets/MessageBar.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;
using domain::ExamScore;
using domain::Field;

class TestScoresPage : public QObject
{
    Q_OBJECT

private:
    static QString messageOf(QWidget *page, const QString &key)
    {
        auto *message = page->findChild<ui::FieldMessage *>(key + QStringLiteral("Message"));
        return message ? message->text() : QStringLiteral("<no message widget>");
    }
    static QList<store::Stored<ExamScore>> stored(test::UiFixture &fixture)
    {
        return fixture.store().list<ExamScore>(fixture.applicant()).value();
    }
    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
    {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            return {};
        }
        return file.fileName();
    }
    static QString pageMessage(QWidget *page)
    {
        return page->findChild<ui::MessageBar *>(QStringLiteral("pageMessage"))->text();
    }

private slots:
    void aScoreIsEnteredCheckedAndJudged()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        auto page = std::make_unique<ui::ScoresPage>(fixture.session());
        page->reload();
        page->show();
        auto *table = page->findChild<QTableView *>(QStringLiteral("scoreTable"));
        QAbstractItemModelTester tester(table->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->problemCount(), 1); // no score of a foreign language yet

        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newScore")),
                          Qt::LeftButton);
        QCOMPARE(stored(fixture).size(), 1);
        // On 29 November 2026 the scores to enter are those of May 2026.
        QCOMPARE(page->findChild<QLineEdit *>(Field::ExamYear)->text(), QStringLiteral("2026"));
        auto *subject = page->findChild<ui::CatalogComboBox *>(Field::ExamSubject);
        subject->setFocus();
        QTest::keyClick(subject, Qt::Key_Down); // 英语
        QCOMPARE(stored(fixture).first().value.examSubject, QStringLiteral("en"));

        // Not a number: app/domain's message, and the number saved before stays.
        auto *score = page->findChild<QLineEdit *>(Field::Score);
        QCOMPARE(score->accessibleName(), Field::label(Field::Score));
        test::retype(score, QStringLiteral("7a"));
        domain::Finding expected;
        std::optional<int> ignored;
        QVERIFY(!domain::ExamScoreImport::scoreFromText(QStringLiteral("7a"), &ignored, &expected));
        QCOMPARE(messageOf(page.get(), Field::Score), expected.message);
        QCOMPARE(stored(fixture).first().value.score, std::optional<int>());

        // Out of range: ExamValidator's message; a draft saves.
        test::retype(score, QStringLiteral("101"));
        QVERIFY(messageOf(page.get(), Field::Score).contains(QStringLiteral("101")));
        QCOMPARE(stored(fixture).first().value.score, std::optional<int>(101));

        // A pass: no message, the result and the month until which it counts.
        test::retype(score, QStringLiteral("72"));
        QCOMPARE(messageOf(page.get(), Field::Score), QString());
        QCOMPARE(stored(fixture).first().value.score, std::optional<int>(72));
        const QModelIndex result = table->model()->index(0, ui::ExamScoreModel::ResultColumn);
        QCOMPARE(result.data().toString(), ui::ExamScoreModel::tr("Pass"));
        QCOMPARE(table->model()->index(0, ui::ExamScoreModel::ValidUntilColumn).data().toString(),
                 QStringLiteral("2030-05"));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("resultValue"))
                    ->text()
                    .contains(QStringLiteral("2030-05")));
        QCOMPARE(page->problemCount(), 0);

        // A fail says so.
        test::retype(score, QStringLiteral("58"));
        QCOMPARE(result.data().toString(), ui::ExamScoreModel::tr("Fail"));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("resultValue"))
                    ->text()
                    .contains(QString::number(ExamScore::PassMark)));
        QCOMPARE(page->problemCount(), 1);
        page->undoStack()->undo();
        QCOMPARE(score->text(), QStringLiteral("72"));
        QCOMPARE(stored(fixture).first().value.score, std::optional<int>(72));

        page.reset();
        fixture.reopen();
        ui::ScoresPage again(fixture.session());
        again.reload();
        QCOMPARE(again.findChild<QLineEdit *>(Field::Score)->text(), QStringLiteral("72"));
        QCOMPARE(again.findChild<ui::CatalogComboBox *>(Field::ExamSubject)->code(),
                 QStringLiteral("en"));
    }

    void aBadFileImportsNothingAndSaysWhere()
    {
        test::UiFixture fixture;
        QTemporaryDir dir;
        ui::ScoresPage page(fixture.session());
        page.reload();
        page.show();
        QString chosen;
        page.setChooseFile([&] { return chosen; });
        auto *import = page.findChild<QPushButton *>(QStringLiteral("importScores"));

        chosen = writeFile(dir, QStringLiteral("bad.csv"),
                           "年度,科目,成绩\n2026,英语,72\n2026,Klingon,70\n");
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY2(pageMessage(&page).contains(QStringLiteral("bad.csv")),
                 qPrintable(pageMessage(&page)));
        const auto problems =
            domain::ExamScoreImport::parse("年度,科目,成绩\n2026,英语,72\n2026,Klingon,70\n",
                                           fixture.session()->context())
                .problems;
        QCOMPARE(problems.size(), 1);
        QVERIFY(pageMessage(&page).contains(problems.first().message));
        QVERIFY(problems.first().message.contains(QStringLiteral("Line 3, column 2")));
        QCOMPARE(stored(fixture).size(), 0);

        // Cancelling the file dialog does nothing.
        chosen.clear();
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(stored(fixture).size(), 0);

        chosen = writeFile(dir, QStringLiteral("good.csv"), "2026,英语,72\r\n2026,0812,55\r\n");
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(stored(fixture).size(), 2);
        auto *table = page.findChild<QTableView *>(QStringLiteral("scoreTable"));
        QCOMPARE(table->model()->rowCount(), 2);

        // The same papers again: replaced, not added.
        chosen = writeFile(dir, QStringLiteral("again.csv"), "2026,英语,72\n2026,0812,63\n");
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(stored(fixture).size(), 2);
        QCOMPARE(stored(fixture).at(1).value.score, std::optional<int>(63));
        QVERIFY(pageMessage(&page).contains(QStringLiteral("again.csv")));

        // A file that cannot be read.
        QVERIFY(!page.importFile(dir.filePath(QStringLiteral("missing.csv"))));
        QVERIFY(pageMessage(&page).contains(QStringLiteral("missing.csv")));
    }

    void deletingAsksFirst()
    {
        test::UiFixture fixture;
        ExamScore s;
        s.examYear = QStringLiteral("2021");
        s.examSubject = QStringLiteral("en");
        s.score = 70;
        QVERIFY(fixture.store().save(fixture.applicant(), s).ok());
        ui::ScoresPage page(fixture.session());
        bool answer = false;
        int asked = 0;
        page.setConfirm([&](const QString &) {
            ++asked;
            return answer;
        });
        page.reload();
        page.show();
        // Passed in 2021, it counted until May 2025: expired on 29 November 2026.
        auto *table = page.findChild<QTableView *>(QStringLiteral("scoreTable"));
        QCOMPARE(table->model()->index(0, ui::ExamScoreModel::ValidUntilColumn).data().toString(),
                 ui::ExamScoreModel::tr("%1 (expired)").arg(QStringLiteral("2025-05")));
        QVERIFY(!table->model()->index(0, 0).data(ui::ExamScoreModel::ValidNowRole).toBool());
        QCOMPARE(page.problemCount(), 1);

        auto *remove = page.findChild<QPushButton *>(QStringLiteral("deleteScore"));
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(stored(fixture).size(), 1);
        answer = true;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(stored(fixture).size(), 0);
        QVERIFY(!remove->isEnabled());
    }

    void theModelFollowsTheRules()
    {
        ui::ExamScoreModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(domain::ValidationContext::at(QDate(2026, 11, 29)));
        store::Stored<ExamScore> pending{{}, {QStringLiteral("2026"), QStringLiteral("0812"), {}}};
        pending.meta.uuid = QUuid::createUuid();
        store::Stored<ExamScore> passed{{}, {QStringLiteral("2024"), QStringLiteral("ja"), 61}};
        passed.meta.uuid = QUuid::createUuid();
        model.setRecords({pending, passed});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ui::ExamScoreModel::ScoreColumn).data().toString(), QString());
        QCOMPARE(model.index(0, ui::ExamScoreModel::ResultColumn).data().toString(),
                 ui::ExamScoreModel::tr("Not published"));
        QCOMPARE(model.index(1, ui::ExamScoreModel::ValidUntilColumn).data().toString(),
                 QStringLiteral("2028-05"));
        QVERIFY(model.index(1, 0).data(ui::ExamScoreModel::ValidNowRole).toBool());
        QCOMPARE(model.rowOf(passed.meta.uuid), 1);
        QCOMPARE(model.records().size(), 2);
        model.setScore(0, {QStringLiteral("2026"), QStringLiteral("0812"), 40});
        QCOMPARE(model.index(0, ui::ExamScoreModel::ResultColumn).data().toString(),
                 ui::ExamScoreModel::tr("Fail"));
        QCOMPARE(model.headerData(ui::ExamScoreModel::ScoreColumn, Qt::Horizontal),
                 QVariant(Field::label(Field::Score)));
    }
};

QTEST_MAIN(TestScoresPage)
#include "TestScoresPage.moc"
