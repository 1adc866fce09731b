#include "models/PhotoFindingsModel.h"

#include "domain/PhotoRules.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace dd;
using photo::PhotoFinding;
using Severity = PhotoFinding::Severity;

class TestPhotoFindingsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void errorsFirstWithValuesAndRanges()
    {
        ui::PhotoFindingsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFindings({
            {domain::PhotoRules::HeadWidth, Severity::Pass, QStringLiteral("Head width 266"), 266.2,
             248.18, 283.64, QStringLiteral("px")},
            {photo::Check::Tilt, Severity::Warning, QStringLiteral("Tilted a little"), 3.26, -5.0,
             5.0, QStringLiteral("°")},
            {domain::PhotoRules::FileSize, Severity::Error, QStringLiteral("Too big"), 204800.0,
             std::nullopt, 199999.0, QStringLiteral("bytes")},
            {domain::PhotoRules::Background, Severity::Pass, QStringLiteral("Blue"), std::nullopt,
             std::nullopt, std::nullopt, QString()},
        });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 3);
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        // Errors, warnings, then passes (in their order).
        QCOMPARE(text(0, ui::PhotoFindingsModel::Check), QStringLiteral("Too big"));
        QCOMPARE(text(1, ui::PhotoFindingsModel::Check), QStringLiteral("Tilted a little"));
        QCOMPARE(text(2, ui::PhotoFindingsModel::Check), QStringLiteral("Head width 266"));
        QCOMPARE(text(3, ui::PhotoFindingsModel::Check), QStringLiteral("Blue"));
        QCOMPARE(text(0, ui::PhotoFindingsModel::Measured), QStringLiteral("204,800 bytes"));
        QCOMPARE(text(0, ui::PhotoFindingsModel::Allowed), QStringLiteral("≤ 199,999 bytes"));
        QCOMPARE(text(1, ui::PhotoFindingsModel::Measured), QStringLiteral("3.3°"));
        QCOMPARE(text(1, ui::PhotoFindingsModel::Allowed), QStringLiteral("±5.0°"));
        QCOMPARE(text(2, ui::PhotoFindingsModel::Measured), QStringLiteral("266 px"));
        QCOMPARE(text(2, ui::PhotoFindingsModel::Allowed), QStringLiteral("248–284 px"));
        QCOMPARE(text(3, ui::PhotoFindingsModel::Measured), QString());
        QCOMPARE(text(3, ui::PhotoFindingsModel::Allowed), QString());
        QCOMPARE(model.index(0, 0).data(ui::PhotoFindingsModel::RuleRole).toString(),
                 domain::PhotoRules::FileSize);
        QCOMPARE(model.index(0, 0).data(ui::PhotoFindingsModel::SeverityRole).toInt(),
                 int(Severity::Error));
        QVERIFY(!model.index(0, 0).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(0, 1).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(0, 0)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .startsWith(ui::PhotoFindingsModel::tr("Failed")));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(),
                 ui::PhotoFindingsModel::tr("Measured"));

        model.setFindings({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestPhotoFindingsModel)
#include "TestPhotoFindingsModel.moc"
