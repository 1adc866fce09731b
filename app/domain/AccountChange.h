#pragma once

#include "domain/Finding.h"
#include "domain/Registration.h"

#include <QJsonObject>
#include <QString>

namespace dd::domain {

// 账户管理 (修改密码、邮箱、手机): a change of the account's password, e-mail address and mobile
// phone, applied to the applicant's Registration record (the account it describes). It starts
// from the registration's current e-mail and mobile; an empty new password (and confirmation)
// keeps the current password. AccountChangeValidator checks it with the registration's rules.
struct AccountChange
{
    QString password;        // the new password; empty: unchanged
    QString passwordConfirm; // the new password again
    QString email;
    QString emailConfirm;
    QString mobile;

    // The change that changes nothing: the registration's e-mail (and its confirmation) and
    // mobile, no new password.
    static AccountChange of(const Registration &current);

    // True when a new password (or only its confirmation) has been typed.
    bool changesPassword() const { return !password.isEmpty() || !passwordConfirm.isEmpty(); }
    // `current` with this change applied: the e-mail, its confirmation and the mobile; the
    // password and its confirmation when a new password is given. Other fields are untouched.
    Registration appliedTo(Registration current) const;
    // True when applying the change would alter `current`.
    bool changes(const Registration &current) const;

    static QString kind() { return QStringLiteral("accountChange"); }
    QJsonObject toJson() const;
    static AccountChange fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const AccountChange &, const AccountChange &) = default;
};

} // namespace dd::domain
