#pragma once

#include "domain/Finding.h"

#include <QCoreApplication>

namespace dd::domain {

// A dropdown field holds the code of an option of its catalog (never the display text).
class CatalogRule
{
    Q_DECLARE_TR_FUNCTIONS(CatalogRule)

public:
    // Appends "required" for an empty value (when `required`) or "catalog.unknownCode" for a
    // code the catalog does not have. Returns true when the value is a known code.
    static bool check(const QString &field, const QString &catalog, const QString &code,
                      Findings &findings, bool required = true);
};

} // namespace dd::domain
