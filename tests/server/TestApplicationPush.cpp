#include "ApplicationPush.h"

#include "support/SampleRecords.h"

#include <QTest>
#include <QTimeZone>

using namespace dd::server;
using namespace dd::domain;

// The application state machine enforced on a pushed degree application.
class TestApplicationPush : public QObject
{
    Q_OBJECT

private:
    using Machine = ApplicationStateMachine;

    static StateChange entry(const char *from, const char *to, const char *action)
    {
        return StateChange{QString::fromLatin1(from), QString::fromLatin1(to),
                           QString::fromLatin1(action),
                           QDateTime(QDate(2026, 3, 1), QTime(8, 30), Qt::UTC), QString()};
    }
    static DegreeApplication withState(const char *state, QList<StateChange> timeline)
    {
        DegreeApplication application = dd::test::validDegreeApplication();
        application.state = QString::fromLatin1(state);
        application.timeline = std::move(timeline);
        return application;
    }
    static int status(const ApiError &error) { return static_cast<int>(error.status); }

private slots:
    void createADraft()
    {
        const auto added = ApplicationPush::check(std::nullopt, withState("draft", {}), false, {});
        QVERIFY(added);
        QVERIFY(added->isEmpty());
    }

    void createSubmittedOffline()
    {
        const QList<StateChange> timeline{entry("draft", "submitted", "submit")};
        const auto added =
            ApplicationPush::check(std::nullopt, withState("submitted", timeline), false, {});
        QVERIFY(added);
        QCOMPARE(added.value(), timeline);
    }

    void createWhileAnotherIsActive()
    {
        const auto refused =
            ApplicationPush::check(std::nullopt, withState("draft", {}), false,
                                   {ApplicationState::Cancelled, ApplicationState::Submitted});
        QVERIFY(!refused);
        QCOMPARE(status(refused.error()), 422);
        QCOMPARE(refused.error().code, ApplicationPush::IllegalTransition);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(refused.error().findings.first().toObject().value(u"rule").toString(),
                 Machine::AnotherActiveRule);
        // Closed ones do not count.
        QVERIFY(ApplicationPush::check(std::nullopt, withState("draft", {}), false,
                                       {ApplicationState::Cancelled, ApplicationState::Awarded}));
    }

    void institutionActions()
    {
        const QList<StateChange> timeline{entry("draft", "submitted", "submit"),
                                          entry("submitted", "approved", "approve")};
        const auto byApplicant =
            ApplicationPush::check(std::nullopt, withState("approved", timeline), false, {});
        QVERIFY(!byApplicant);
        QCOMPARE(status(byApplicant.error()), 403);
        QCOMPARE(byApplicant.error().code, QStringLiteral("forbidden"));
        QCOMPARE(byApplicant.error().field, QStringLiteral("timeline[1].action"));
        const auto byStaff =
            ApplicationPush::check(std::nullopt, withState("approved", timeline), true, {});
        QVERIFY(byStaff);
        QCOMPARE(byStaff->size(), 2);
    }

    void illegalTransition()
    {
        const DegreeApplication stored = withState("draft", {});
        // Approving a draft: the state machine's own reason.
        const auto refused = ApplicationPush::check(
            stored, withState("approved", {entry("draft", "approved", "approve")}), true, {});
        QVERIFY(!refused);
        QCOMPARE(status(refused.error()), 422);
        QCOMPARE(refused.error().message,
                 Machine::check(ApplicationState::Draft, ApplicationAction::Approve).reason);
        QCOMPARE(refused.error().field, QStringLiteral("timeline[0].action"));
    }

    void timelineMustFollowTheStoredOne()
    {
        const QList<StateChange> stored{entry("draft", "submitted", "submit")};
        // Dropping an entry.
        auto refused = ApplicationPush::check(withState("submitted", stored),
                                              withState("draft", {}), false, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("timeline"));
        // An entry from another state than the application's.
        refused = ApplicationPush::check(
            withState("submitted", stored),
            withState("draft", stored + QList<StateChange>{entry("cancelled", "draft", "edit")}),
            false, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("timeline[1].from"));
        // An entry that does not lead where it says.
        refused = ApplicationPush::check(
            withState("submitted", stored),
            withState("draft", stored + QList<StateChange>{entry("submitted", "draft", "cancel")}),
            false, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("timeline[1].to"));
        // A state changed without an entry.
        refused = ApplicationPush::check(withState("submitted", stored),
                                         withState("cancelled", stored), false, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().field, QStringLiteral("state"));
        // An unknown state.
        refused = ApplicationPush::check(withState("submitted", stored), withState("lost", stored),
                                         false, {});
        QVERIFY(!refused);
        QCOMPARE(status(refused.error()), 400);
        // Cancelling: one entry added.
        const auto added = ApplicationPush::check(
            withState("submitted", stored),
            withState("cancelled",
                      stored + QList<StateChange>{entry("submitted", "cancelled", "cancel")}),
            false, {});
        QVERIFY(added);
        QCOMPARE(added->size(), 1);
        QCOMPARE(added->constFirst().action, QStringLiteral("cancel"));
    }

    void editsOnlyWhereEditable()
    {
        const QList<StateChange> submitted{entry("draft", "submitted", "submit")};
        DegreeApplication edited = withState("submitted", submitted);
        edited.employerName = QStringLiteral("另一家单位");
        const auto refused =
            ApplicationPush::check(withState("submitted", submitted), edited, false, {});
        QVERIFY(!refused);
        QCOMPARE(status(refused.error()), 422);
        QCOMPARE(refused.error().message,
                 Machine::check(ApplicationState::Submitted, ApplicationAction::Edit).reason);
        // Unchanged fields: nothing to refuse.
        QVERIFY(ApplicationPush::check(withState("submitted", submitted),
                                       withState("submitted", submitted), false, {}));
        // A draft is edited freely.
        DegreeApplication draft = withState("draft", {});
        draft.employerName = QStringLiteral("另一家单位");
        QVERIFY(ApplicationPush::check(withState("draft", {}), draft, false, {}));
        // Cancel, edit (back to a draft) and submit again in one push.
        DegreeApplication again = withState(
            "submitted", submitted
                             + QList<StateChange>{entry("submitted", "cancelled", "cancel"),
                                                  entry("cancelled", "draft", "edit"),
                                                  entry("draft", "submitted", "submit")});
        again.employerName = QStringLiteral("另一家单位");
        const auto added =
            ApplicationPush::check(withState("submitted", submitted), again, false, {});
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        QCOMPARE(added->size(), 3);
    }

    void degreeTypeLockedWhenReturned()
    {
        const QList<StateChange> returned{entry("draft", "submitted", "submit"),
                                          entry("submitted", "returned", "return")};
        DegreeApplication changed = withState("returned", returned);
        changed.degreeType = changed.degreeType + QStringLiteral("9");
        const auto refused =
            ApplicationPush::check(withState("returned", returned), changed, false, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().findings.first().toObject().value(u"rule").toString(),
                 Machine::DegreeTypeLockedRule);
        // Other fields of a returned application may change.
        DegreeApplication fixed = withState("returned", returned);
        fixed.employerName = QStringLiteral("另一家单位");
        QVERIFY(ApplicationPush::check(withState("returned", returned), fixed, false, {}));
    }
};

QTEST_GUILESS_MAIN(TestApplicationPush)
#include "TestApplicationPush.moc"
