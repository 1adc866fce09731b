#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>

namespace dd::domain {

// 邮政编码: six digits. The first two digits only roughly follow the provinces, so the
// rule does not compare them with the address.
class PostalCodeRule
{
    Q_DECLARE_TR_FUNCTIONS(PostalCodeRule)

public:
    static Findings check(const QString &value, const QString &field = {}, bool required = true);
};

} // namespace dd::domain
