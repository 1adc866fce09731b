#include "domain/AccountChangeValidator.h"

#include "domain/Field.h"

#include <QTest>

using namespace dd::domain;
using namespace Qt::StringLiterals;

namespace {

AccountChange unchanged()
{
    AccountChange change;
    change.email = u"wang.lei@163.com"_s;
    change.emailConfirm = u"wang.lei@163.com"_s;
    change.mobile = u"13811112222"_s;
    return change;
}

} // namespace

Q_DECLARE_METATYPE(AccountChange)

class TestAccountChangeValidator : public QObject
{
    Q_OBJECT

private slots:
    void findings_data()
    {
        QTest::addColumn<AccountChange>("change");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QStringList>("warnings");

        const QStringList none;
        QTest::newRow("nothing changed, no new password") << unchanged() << none << none << none;

        AccountChange c = unchanged();
        c.password = u"NewPass2027"_s;
        c.passwordConfirm = u"NewPass2027"_s;
        QTest::newRow("new password typed twice") << c << none << none << none;

        c = unchanged();
        c.password = u"NewPass2027"_s;
        QTest::newRow("new password without its confirmation")
            << c << QStringList{u"required"_s} << QStringList{Field::PasswordConfirm} << none;

        c = unchanged();
        c.passwordConfirm = u"NewPass2027"_s;
        QTest::newRow("only the confirmation typed")
            << c << QStringList{u"required"_s, u"confirm.mismatch"_s}
            << QStringList{Field::Password, Field::PasswordConfirm} << none;

        c = unchanged();
        c.password = u"NewPass2027"_s;
        c.passwordConfirm = u"NewPass2072"_s;
        QTest::newRow("confirmation differs") << c << QStringList{u"confirm.mismatch"_s}
                                              << QStringList{Field::PasswordConfirm} << none;

        c = unchanged();
        c.password = u"onlyletters"_s;
        c.passwordConfirm = u"onlyletters"_s;
        QTest::newRow("password without a digit")
            << c << QStringList{u"password.needsDigit"_s} << QStringList{Field::Password} << none;

        c = unchanged();
        c.email = u"wang.lei@hotmail.com"_s;
        c.emailConfirm = u"wang.lei@hotmail.com"_s;
        QTest::newRow("hotmail refused")
            << c << QStringList{u"email.refusedProvider"_s} << QStringList{Field::Email} << none;

        c = unchanged();
        c.email = u"wang.lei@outlook.com"_s;
        c.emailConfirm = u"Wang.Lei@Outlook.com "_s;
        QTest::newRow("outlook warned, confirmation in another case")
            << c << none << none << QStringList{u"email.doubtfulProvider"_s};

        c = unchanged();
        c.email = u"wl@qq.com"_s;
        QTest::newRow("new e-mail not confirmed")
            << c << QStringList{u"confirm.mismatch"_s} << QStringList{Field::EmailConfirm} << none;

        c = unchanged();
        c.email.clear();
        c.emailConfirm.clear();
        QTest::newRow("e-mail removed") << c << QStringList{u"required"_s, u"required"_s}
                                        << QStringList{Field::Email, Field::EmailConfirm} << none;

        c = unchanged();
        c.mobile = u"1381111222"_s;
        QTest::newRow("mobile one digit short")
            << c << QStringList{u"mobile.length"_s} << QStringList{Field::Mobile} << none;
    }

    void findings()
    {
        QFETCH(AccountChange, change);
        QFETCH(QStringList, errors);
        QFETCH(QStringList, fields);
        QFETCH(QStringList, warnings);
        const Findings found = AccountChangeValidator::validate(change);
        QCOMPARE(ruleCodes(errorsOnly(found)), errors);
        QCOMPARE(fieldKeys(errorsOnly(found)), fields);
        QCOMPARE(ruleCodes(warningsOnly(found)), warnings);
    }
};

QTEST_GUILESS_MAIN(TestAccountChangeValidator)
#include "TestAccountChangeValidator.moc"
