#include "domain/CatalogRule.h"

#include "domain/Catalogs.h"
#include "domain/Field.h"
#include "domain/RequiredRule.h"

namespace dd::domain {

bool CatalogRule::check(const QString &field, const QString &catalog, const QString &code,
                        Findings &findings, bool required)
{
    if (!RequiredRule::isPresent(field, code, required, findings)) {
        return false;
    }
    const Catalog &list = Catalogs::instance().get(catalog);
    if (!list.contains(code)) {
        findings.append(Finding::error(
            field, QStringLiteral("catalog.unknownCode"),
            tr("%1: \"%2\" is not one of the options (%3). Choose an option from the list.")
                .arg(Field::label(field), code, list.title()),
            code));
        return false;
    }
    return true;
}
} // namespace dd::domain
