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
    // The same for a field that may be optional: a blank value gives "required" only when
    // `required`. Returns true when the value is present.
    static bool isPresent(const QString &field, const QString &value, bool required,
                          Findings &findings);
    static Finding missing(const QString &field);
};

} // namespace dd::domain
