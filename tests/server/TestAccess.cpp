#include "Access.h"
#include "Account.h"

#include <QTest>

using namespace dd::server;
using namespace Qt::StringLiterals;

// Who sees which applicants, who creates where, who records the institution's decisions.
class TestAccess : public QObject
{
    Q_OBJECT

private:
    static Access::Viewer viewer(const QString &role, const QString &account,
                                 const QString &center = {})
    {
        return Access::Viewer{account, role, center};
    }

private slots:
    void canSee_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("centerOfViewer");
        QTest::addColumn<QString>("centerOfApplicant");
        QTest::addColumn<QString>("owner");
        QTest::addColumn<bool>("visible");
        const QString applicant = Account::Applicant;
        const QString staff = Account::Staff;
        const QString admin = Account::Admin;
        // The viewer's account is "me"; centers A and B.
        QTest::newRow("applicant: own, no center")
            << applicant << u""_s << u""_s << u"me"_s << true;
        QTest::newRow("applicant: own, in a center")
            << applicant << u"A"_s << u"A"_s << u"me"_s << true;
        QTest::newRow("applicant: another's, same center")
            << applicant << u"A"_s << u"A"_s << u"other"_s << false;
        QTest::newRow("applicant: staff-made in own center")
            << applicant << u"A"_s << u"A"_s << u""_s << false;
        QTest::newRow("applicant: nobody's") << applicant << u""_s << u""_s << u""_s << false;
        QTest::newRow("staff: own center, no owner") << staff << u"A"_s << u"A"_s << u""_s << true;
        QTest::newRow("staff: own center, an applicant's")
            << staff << u"A"_s << u"A"_s << u"x"_s << true;
        QTest::newRow("staff: other center") << staff << u"A"_s << u"B"_s << u""_s << false;
        QTest::newRow("staff: no center applicant") << staff << u"A"_s << u""_s << u"x"_s << false;
        QTest::newRow("staff: its own as an applicant, no center")
            << staff << u"A"_s << u""_s << u"me"_s << false;
        QTest::newRow("staff without a center") << staff << u""_s << u""_s << u""_s << false;
        QTest::newRow("admin: own center") << admin << u"A"_s << u"A"_s << u""_s << true;
        QTest::newRow("admin: other center") << admin << u"A"_s << u"B"_s << u"me"_s << false;
        QTest::newRow("unknown role")
            << QStringLiteral("guest") << "A" << u"A"_s << u"me"_s << false;
    }
    void canSee()
    {
        QFETCH(QString, role);
        QFETCH(QString, centerOfViewer);
        QFETCH(QString, centerOfApplicant);
        QFETCH(QString, owner);
        QFETCH(bool, visible);
        const Access::Viewer v = viewer(role, QStringLiteral("me"), centerOfViewer);
        QCOMPARE(Access::canSee(v, {centerOfApplicant, owner}), visible);
        // The SQL filter says the same as canSee.
        const Access::Filter filter = Access::filter(v);
        const bool byFilter =
            !filter.matchesNothing()
            && (filter.column == QLatin1String("center_id") ? centerOfApplicant : owner)
                   == filter.value;
        QCOMPARE(byFilter, visible);
    }

    void filterColumns()
    {
        QCOMPARE(Access::filter(viewer(Account::Applicant, u"me"_s, u"A"_s)).column,
                 QStringLiteral("owner_account_id"));
        QCOMPARE(Access::filter(viewer(Account::Staff, u"me"_s, u"A"_s)).column,
                 QStringLiteral("center_id"));
        QCOMPARE(Access::filter(viewer(Account::Admin, u"me"_s, u"A"_s)).value,
                 QStringLiteral("A"));
        QVERIFY(Access::filter(viewer(Account::Staff, QStringLiteral("me"))).matchesNothing());
    }

    void scopeOfNew()
    {
        // An applicant account's own, in its center (or none).
        Access::Scope scope = Access::scopeOfNew(viewer(Account::Applicant, u"me"_s, u"A"_s));
        QCOMPARE(scope.ownerAccountId, QStringLiteral("me"));
        QCOMPARE(scope.centerId, QStringLiteral("A"));
        scope = Access::scopeOfNew(viewer(Account::Applicant, u"me"_s));
        QCOMPARE(scope.ownerAccountId, QStringLiteral("me"));
        QVERIFY(scope.centerId.isEmpty());
        // Staff's: the center's, nobody's.
        scope = Access::scopeOfNew(viewer(Account::Staff, u"s"_s, u"A"_s));
        QCOMPARE(scope.centerId, QStringLiteral("A"));
        QVERIFY(scope.ownerAccountId.isEmpty());
        // What one creates, one sees.
        for (const Access::Viewer &v :
             {viewer(Account::Applicant, u"me"_s, u"A"_s), viewer(Account::Applicant, u"me"_s),
              viewer(Account::Staff, u"s"_s, u"A"_s), viewer(Account::Admin, u"a"_s, u"A"_s)}) {
            QVERIFY(Access::canCreate(v));
            QVERIFY(Access::canSee(v, Access::scopeOfNew(v)));
        }
        QVERIFY(!Access::canCreate(viewer(Account::Staff, u"s"_s)));
    }

    void decisions()
    {
        QVERIFY(!Access::mayRecordDecisions(viewer(Account::Applicant, u"me"_s, u"A"_s)));
        QVERIFY(Access::mayRecordDecisions(viewer(Account::Staff, u"s"_s, u"A"_s)));
        QVERIFY(Access::mayRecordDecisions(viewer(Account::Admin, u"a"_s, u"A"_s)));
        QVERIFY(!Access::mayRecordDecisions(viewer(Account::Staff, u"s"_s)));
    }

    void ofAccount()
    {
        Account account;
        account.id = QStringLiteral("id-1");
        account.role = Account::Staff;
        account.centerId = QStringLiteral("C");
        const Access::Viewer v = Access::of(account);
        QCOMPARE(v.accountId, QStringLiteral("id-1"));
        QVERIFY(v.isStaff());
        QCOMPARE(v.centerId, QStringLiteral("C"));
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "TestAccess.moc"
