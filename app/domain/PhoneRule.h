#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>

namespace dd::domain {

// The portal's phone fields. 移动电话 takes an 11-digit mainland mobile number (1[3-9]xxxxxxxxx).
// 工作时间联系电话 and 非工作时间联系电话 take digits only, "0106296xxxx" (area code with its 0,
// then the local number) or a mobile number "138xxxxxxxx".
class PhoneRule
{
    Q_DECLARE_TR_FUNCTIONS(PhoneRule)

public:
    // Removes spaces, hyphens, dots and brackets; full-width digits become ASCII; a +86, 0086
    // or 86 country prefix before a mobile number is dropped.
    static QString normalize(const QString &value);

    static Findings checkMobile(const QString &value, const QString &field = {},
                                bool required = true);
    // A landline with area code, or a mobile number.
    static Findings checkContactPhone(const QString &value, const QString &field,
                                      bool required = true);

    static bool isMobile(const QString &normalized);
    static bool isLandline(const QString &normalized);
};

} // namespace dd::domain
