#include "SummaryActions.h"

#include "PortalViewDialog.h"
#include "Session.h"
#include "store/Store.h"
#include "support/SampleRecords.h"
#include "support/UiFixture.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPrinter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace dd;

class TestSummaryActions : public QObject
{
    Q_OBJECT

private:
    static QUuid addSampleApplicant(test::UiFixture &fixture)
    {
        const auto created = fixture.store().importApplicants(
            {store::Store::NewApplicant{QStringLiteral("王磊"), test::completeDossier()}});
        if (!created || created->isEmpty()) {
            return {};
        }
        fixture.session()->setApplicant(created->first());
        return created->first();
    }

    static QByteArray head(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(8) : QByteArray();
    }

private slots:
    void theFileMenuGetsTheThreeActions()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        QWidget window;
        ui::SummaryActions actions(fixture.session(), &window);
        QMenu file;
        file.addAction(QStringLiteral("New applicant"));
        actions.addTo(&file);
        const QList<QAction *> items = file.actions();
        QCOMPARE(items.size(), 5); // the one before, a separator, the three
        QVERIFY(items.at(1)->isSeparator());
        QCOMPARE(items.at(2), actions.printAction());
        QCOMPARE(items.at(3), actions.exportAction());
        QCOMPARE(items.at(4), actions.portalViewAction());
        QCOMPARE(actions.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(actions.printAction()->isEnabled());

        // With no applicant there is nothing to print.
        fixture.session()->setApplicant({});
        QVERIFY(!actions.printAction()->isEnabled());
        QVERIFY(!actions.exportAction()->isEnabled());
        QVERIFY(!actions.portalViewAction()->isEnabled());
    }

    void exportWritesThePdfWhereTheUserChose()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(!addSampleApplicant(fixture).isNull());
        QWidget window;
        ui::SummaryActions actions(fixture.session(), &window);
        QTemporaryDir dir;
        QString offered;
        const QString chosen = dir.filePath(QStringLiteral("wang-lei"));
        actions.setChooseFile([&](const QString &suggested) {
            offered = suggested;
            return chosen;
        });
        actions.exportAction()->trigger();
        QVERIFY(offered.endsWith(QStringLiteral("王磊 - Application summary - 2026-11-29.pdf")));
        QCOMPARE(head(chosen + QStringLiteral(".pdf")).left(4), QByteArray("%PDF"));

        // Cancelled: nothing written.
        actions.setChooseFile([](const QString &) { return QString(); });
        QVERIFY(!actions.exportPdf());

        // A folder that cannot be written: the window is told why.
        QSignalSpy reported(fixture.session(), &ui::Session::errorReported);
        actions.setChooseFile([&](const QString &) {
            return dir.filePath(QStringLiteral("missing/folder/summary.pdf"));
        });
        QVERIFY(!actions.exportPdf());
        QCOMPARE(reported.size(), 1);
        QVERIFY(reported.first().first().toString().contains(QStringLiteral("summary.pdf")));
    }

    void printGoesToThePrinterTheUserSetUp()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(!addSampleApplicant(fixture).isNull());
        QWidget window;
        ui::SummaryActions actions(fixture.session(), &window);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("printed.pdf"));
        QString documentName;
        actions.setSetUpPrinter([&](QPrinter *printer) {
            documentName = printer->docName();
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(path);
            return true;
        });
        actions.printAction()->trigger();
        QVERIFY(documentName.contains(QStringLiteral("王磊")));
        QCOMPARE(head(path).left(4), QByteArray("%PDF"));

        // Cancelled in the print dialog: nothing printed.
        QFile::remove(path);
        actions.setSetUpPrinter([](QPrinter *) { return false; });
        QVERIFY(!actions.print());
        QVERIFY(!QFile::exists(path));
    }

    void thePortalViewOpensOnce()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(!addSampleApplicant(fixture).isNull());
        QWidget window;
        ui::SummaryActions actions(fixture.session(), &window);
        actions.portalViewAction()->trigger();
        ui::PortalViewDialog *view = actions.portalView();
        QVERIFY(view);
        QVERIFY(view->isVisible());
        QVERIFY(!view->copyOrder().isEmpty());
        QCOMPARE(actions.showPortalView(), view); // raised, not opened twice
        view->close();                            // deletes itself
        QTRY_VERIFY(!actions.portalView());
    }
};

QTEST_MAIN(TestSummaryActions)
#include "TestSummaryActions.moc"
