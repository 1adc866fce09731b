#pragma once

#include "domain/AccountChange.h"
#include "domain/Finding.h"

namespace dd::domain {

// The rules of 账户管理 (修改密码、邮箱、手机), the same as the registration form's for these
// fields: a new password (when one is typed) of letters and digits, typed twice alike; the
// e-mail address (Hotmail and Yahoo refused, Microsoft's other domains warned about) typed
// twice alike; an 11-digit mainland mobile number.
class AccountChangeValidator
{
public:
    static Findings validate(const AccountChange &change);
};

} // namespace dd::domain
