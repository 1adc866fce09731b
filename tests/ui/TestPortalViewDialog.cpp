#include "PortalViewDialog.h"

#include "Session.h"
#include "SummarySheet.h"
#include "domain/Field.h"
#include "store/Store.h"
#include "support/SampleRecords.h"
#include "support/UiFixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

using namespace dd;

class TestPortalViewDialog : public QObject
{
    Q_OBJECT

private:
    // An applicant with every record of the sample, made the session's current one.
    static QUuid addSampleApplicant(test::UiFixture &fixture, const domain::Dossier &dossier)
    {
        const auto created = fixture.store().importApplicants(
            {store::Store::NewApplicant{QStringLiteral("王磊"), dossier}});
        if (!created || created->isEmpty()) {
            return {};
        }
        fixture.session()->setApplicant(created->first());
        return created->first();
    }

    static QString clipboard() { return QApplication::clipboard()->text(); }

    static QString lastCopied(const ui::PortalViewDialog &dialog)
    {
        return dialog.findChild<QLabel *>(QStringLiteral("lastCopied"))->text();
    }

    static bool isHighlighted(const ui::PortalViewDialog &dialog, const QString &key)
    {
        auto *frame = dialog.findChild<QFrame *>(QStringLiteral("highlight:") + key);
        return frame && frame->autoFillBackground();
    }

private slots:
    void init() { QApplication::clipboard()->clear(); }

    void eachCopyButtonCopiesItsValue()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(!addSampleApplicant(fixture, test::completeDossier()).isNull());
        ui::PortalViewDialog dialog(fixture.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.windowTitle().contains(QStringLiteral("王磊")));

        auto *idNumber =
            dialog.findChild<QToolButton *>(QStringLiteral("copy:registration.idNumber"));
        QVERIFY(idNumber);
        QCOMPARE(idNumber->accessibleName(), ui::PortalViewDialog::tr("Copy %1").arg(
                                                 domain::Field::label(domain::Field::IdNumber)));
        QTest::mouseClick(idNumber, Qt::LeftButton);
        QCOMPARE(clipboard(), QStringLiteral("11010519900307451X"));
        QCOMPARE(dialog.lastCopiedKey(), QStringLiteral("registration.idNumber"));
        QVERIFY(isHighlighted(dialog, QStringLiteral("registration.idNumber")));
        QVERIFY(lastCopied(dialog).contains(domain::Field::label(domain::Field::IdNumber)));

        // A catalog value is copied as the label the portal's list shows, not as its code.
        auto *institution =
            dialog.findChild<QToolButton *>(QStringLiteral("copy:applications[0].institution"));
        QVERIFY(institution);
        QTest::mouseClick(institution, Qt::LeftButton);
        const auto sheet =
            ui::SummarySheet::build(fixture.session()->dossier(), fixture.session()->context());
        QCOMPARE(clipboard(), sheet.row(QStringLiteral("applications[0].institution"))->value);
        QVERIFY(clipboard() != QStringLiteral("10001"));
        QVERIFY(!isHighlighted(dialog, QStringLiteral("registration.idNumber")));
        QVERIFY(isHighlighted(dialog, QStringLiteral("applications[0].institution")));

        // The password is masked on screen but copied as it is; a state has no copy button.
        auto *password = dialog.findChild<QLabel *>(QStringLiteral("value:registration.password"));
        QVERIFY(password && !password->text().contains(QStringLiteral("Wl19900307")));
        QTest::mouseClick(
            dialog.findChild<QToolButton *>(QStringLiteral("copy:registration.password")),
            Qt::LeftButton);
        QCOMPARE(clipboard(), QStringLiteral("Wl19900307"));
        QVERIFY(!dialog.findChild<QToolButton *>(QStringLiteral("copy:applications[0].state")));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("value:applications[0].state")));
    }

    void theCopyNextKeyGoesThroughTheValuesInOrder()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        QVERIFY(!addSampleApplicant(fixture, test::completeDossier()).isNull());
        ui::PortalViewDialog dialog(fixture.session());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        const auto sheet =
            ui::SummarySheet::build(fixture.session()->dossier(), fixture.session()->context());
        QStringList expected;
        for (const auto *row : sheet.rows()) {
            if (row->isCopyable()) {
                expected.append(row->key);
            }
        }
        QCOMPARE(dialog.copyOrder(), expected);
        QCOMPARE(expected.first(), QStringLiteral("registration.userName"));

        // F8: 用户名, 密码, 确认密码, 电子邮箱 ... as the registration form asks them.
        QTest::keyClick(&dialog, Qt::Key_F8);
        QCOMPARE(clipboard(), QStringLiteral("wang.lei@163.com"));
        QCOMPARE(dialog.lastCopiedKey(), QStringLiteral("registration.userName"));
        QVERIFY(lastCopied(dialog).contains(QStringLiteral("1")));
        QTest::keyClick(&dialog, Qt::Key_F8);
        QCOMPARE(clipboard(), QStringLiteral("Wl19900307"));
        QCOMPARE(dialog.lastCopiedKey(), QStringLiteral("registration.password"));
        // Ctrl+Shift+C does the same.
        QTest::keyClick(&dialog, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(dialog.lastCopiedKey(), QStringLiteral("registration.passwordConfirm"));
        QVERIFY(isHighlighted(dialog, QStringLiteral("registration.passwordConfirm")));
        QVERIFY(!isHighlighted(dialog, QStringLiteral("registration.password")));

        // A copy button moves the place: the next key continues after it.
        QTest::mouseClick(
            dialog.findChild<QToolButton *>(QStringLiteral("copy:basicInfo.idNumber")),
            Qt::LeftButton);
        QTest::keyClick(&dialog, Qt::Key_F8);
        QCOMPARE(dialog.lastCopiedKey(), QStringLiteral("basicInfo.idNumberConfirm"));
        QCOMPARE(clipboard(), QStringLiteral("11010519900307451X"));
        QTest::keyClick(&dialog, Qt::Key_F8);
        QCOMPARE(dialog.lastCopiedKey(), QStringLiteral("basicInfo.politicalStatus"));
        QCOMPARE(clipboard(), sheet.row(QStringLiteral("basicInfo.politicalStatus"))->value);

        // The whole way through: each value in turn, then the end is said, then it starts over.
        dialog.startOver();
        for (const QString &key : expected) {
            QVERIFY(dialog.copyNext());
            QCOMPARE(dialog.lastCopiedKey(), key);
            QCOMPARE(clipboard(), sheet.row(key)->copyText);
        }
        QVERIFY(!dialog.copyNext());
        QVERIFY(lastCopied(dialog).contains(QString::number(expected.size())));
        QVERIFY(dialog.copyNext());
        QCOMPARE(dialog.lastCopiedKey(), expected.first());
    }

    void missingValuesAreMarkedAndAChangeIsFollowed()
    {
        test::UiFixture fixture;
        QVERIFY(fixture.ok());
        domain::Dossier dossier = test::completeDossier();
        dossier.registration->mobile.clear();
        const QUuid applicant = addSampleApplicant(fixture, dossier);
        QVERIFY(!applicant.isNull());
        ui::PortalViewDialog dialog(fixture.session());
        dialog.show();

        auto *mark = dialog.findChild<QLabel *>(QStringLiteral("mark:registration.mobile"));
        QVERIFY(mark);
        QCOMPARE(mark->text(), ui::SummarySheet::markLabel(ui::SummarySheet::Mark::Missing));
        QVERIFY(!mark->toolTip().isEmpty());
        // Nothing to copy where nothing is filled in.
        QVERIFY(!dialog.findChild<QToolButton *>(QStringLiteral("copy:registration.mobile")));

        // The record is completed elsewhere: the view follows and keeps its place.
        QVERIFY(dialog.copy(QStringLiteral("registration.email")));
        auto stored = fixture.store().single<domain::Registration>(applicant);
        QVERIFY(stored.ok() && stored->has_value());
        domain::Registration registration = stored->value().value;
        registration.mobile = QStringLiteral("13811112222");
        QVERIFY(fixture.store().save(applicant, registration, stored->value().meta.uuid).ok());
        fixture.session()->notifyChanged(domain::Registration::kind());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("mark:registration.mobile")));
        QVERIFY(dialog.findChild<QToolButton *>(QStringLiteral("copy:registration.mobile")));
        QCOMPARE(dialog.lastCopiedKey(), QStringLiteral("registration.email"));
        QVERIFY(isHighlighted(dialog, QStringLiteral("registration.email")));
        dialog.copyNext();
        QCOMPARE(dialog.lastCopiedKey(), QStringLiteral("registration.emailConfirm"));
    }
};

QTEST_MAIN(TestPortalViewDialog)
#include "TestPortalViewDialog.moc"
