#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>

namespace dd::domain {

// The portal asks for 密码, 电子邮箱地址 and 证件号码 twice; the second entry must match the
// first exactly (after the same normalisation the first gets).
class ConfirmationRule
{
    Q_DECLARE_TR_FUNCTIONS(ConfirmationRule)

public:
    // A finding on `confirmField` when `confirmation` differs from `original` (or is empty).
    static Findings check(const QString &field, const QString &original,
                          const QString &confirmField, const QString &confirmation);
};

} // namespace dd::domain
