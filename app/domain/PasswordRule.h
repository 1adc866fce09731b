#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>

namespace dd::domain {

// 密码 and 用户名 of the portal's registration. The portal says only "密码规则: 数字与字母组合"
// (letters and digits combined); DegreeDesk asks for 8 to 20 characters with at least one
// letter and one digit (REFERENCE.md §4.7, an inference: the bounds are constants here).
// 用户名: the portal suggests the e-mail address ("建议使用电子邮箱地址注册, 保证唯一").
class PasswordRule
{
    Q_DECLARE_TR_FUNCTIONS(PasswordRule)

public:
    static constexpr int MinLength = 8;
    static constexpr int MaxLength = 20;
    static constexpr int UserNameMinLength = 4;
    static constexpr int UserNameMaxLength = 50;

    static Findings checkPassword(const QString &value, const QString &field = {});
    static Findings checkUserName(const QString &value, const QString &field = {});
};

} // namespace dd::domain
