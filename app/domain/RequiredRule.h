#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>

namespace dd::domain {

// The portal's "*" fields: a required field must not be empty (blank counts as empty).
class RequiredRule
{
    Q_DECLARE_TR_FUNCTIONS(RequiredRule)

public:
    static inline const QString Code = QStringLiteral("required");

    // Appends a "required" finding to `findings` when `value` is blank; returns true when the
    // value is present, so a caller can skip the format checks of an empty field.
    static bool check(const QString &field, const QString &value, Findings &findings);
    static Finding missing(const QString &field);
};

} // namespace dd::domain
