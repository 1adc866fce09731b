#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>

namespace dd::domain {

// Free text fields: required-ness and a maximum length in characters.
class TextRule
{
    Q_DECLARE_TR_FUNCTIONS(TextRule)

public:
    static bool check(const QString &field, const QString &value, int maxLength, Findings &findings,
                      bool required = true);
};

} // namespace dd::domain
