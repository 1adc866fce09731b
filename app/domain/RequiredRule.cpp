#include "domain/RequiredRule.h"

#include "domain/Field.h"

namespace dd::domain {

Finding RequiredRule::missing(const QString &field)
{
    return Finding::error(
        field, Code,
        tr("%1 is required. Fill it in before you copy this form into the portal.")
            .arg(Field::label(field)));
}

bool RequiredRule::check(const QString &field, const QString &value, Findings &findings)
{
    if (value.trimmed().isEmpty()) {
        findings.append(missing(field));
        return false;
    }
    return true;
}

} // namespace dd::domain
