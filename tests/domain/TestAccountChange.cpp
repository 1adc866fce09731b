#include "domain/AccountChange.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

Registration registered()
{
    Registration r;
    r.userName = u"wang.lei@163.com"_s;
    r.password = u"Wl19900307"_s;
    r.passwordConfirm = u"Wl19900307"_s;
    r.email = u"wang.lei@163.com"_s;
    r.emailConfirm = u"wang.lei@163.com"_s;
    r.mobile = u"13811112222"_s;
    r.name = u"王磊"_s;
    r.idNumber = u"11010519900307451X"_s;
    return r;
}

} // namespace

class TestAccountChange : public QObject
{
    Q_OBJECT

private slots:
    void startsFromTheRegistrationWithoutAPassword()
    {
        const AccountChange change = AccountChange::of(registered());
        QCOMPARE(change.email, u"wang.lei@163.com"_s);
        QCOMPARE(change.emailConfirm, u"wang.lei@163.com"_s);
        QCOMPARE(change.mobile, u"13811112222"_s);
        QVERIFY(change.password.isEmpty());
        QVERIFY(!change.changesPassword());
        QVERIFY(!change.changes(registered()));
        QCOMPARE(change.appliedTo(registered()), registered());
    }

    void anEmptyPasswordKeepsTheCurrentOne()
    {
        AccountChange change = AccountChange::of(registered());
        change.mobile = u"13900001111"_s;
        const Registration applied = change.appliedTo(registered());
        QCOMPARE(applied.password, u"Wl19900307"_s);
        QCOMPARE(applied.passwordConfirm, u"Wl19900307"_s);
        QCOMPARE(applied.mobile, u"13900001111"_s);
        QVERIFY(change.changes(registered()));
    }

    void aNewPasswordAndEmailReplaceTheOldOnesAndNothingElse()
    {
        AccountChange change = AccountChange::of(registered());
        change.password = u"NewPass2027"_s;
        change.passwordConfirm = u"NewPass2027"_s;
        change.email = u"wl@qq.com"_s;
        change.emailConfirm = u"wl@qq.com"_s;
        QVERIFY(change.changesPassword());
        const Registration applied = change.appliedTo(registered());
        QCOMPARE(applied.password, u"NewPass2027"_s);
        QCOMPARE(applied.passwordConfirm, u"NewPass2027"_s);
        QCOMPARE(applied.email, u"wl@qq.com"_s);
        QCOMPARE(applied.emailConfirm, u"wl@qq.com"_s);
        // The rest of the registration is left as it was: 姓名 above all.
        QCOMPARE(applied.name, u"王磊"_s);
        QCOMPARE(applied.userName, u"wang.lei@163.com"_s);
        QCOMPARE(applied.idNumber, u"11010519900307451X"_s);
    }

    void onlyAConfirmationCountsAsAPasswordChange()
    {
        AccountChange change = AccountChange::of(registered());
        change.passwordConfirm = u"x"_s;
        QVERIFY(change.changesPassword());
        QCOMPARE(change.appliedTo(registered()).password, QString());
    }

    void jsonRoundTrip()
    {
        AccountChange change;
        change.password = u"Abc12345"_s;
        change.passwordConfirm = u"Abc12346"_s;
        change.email = u"a@b.cn"_s;
        change.emailConfirm = u"a@b.cn"_s;
        change.mobile = u"13800000000"_s;
        Findings problems;
        QCOMPARE(AccountChange::fromJson(change.toJson(), &problems), change);
        QVERIFY(problems.isEmpty());
        QJsonObject json = change.toJson();
        json.insert(u"name"_s, u"王磊"_s);
        AccountChange::fromJson(json, &problems);
        QVERIFY(hasRule(problems, u"json.unknownField"_s));
    }
};

QTEST_GUILESS_MAIN(TestAccountChange)
#include "TestAccountChange.moc"
