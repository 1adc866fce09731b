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
    return isPresent(field, value, true, findings);
}

bool RequiredRule::isPresent(const QString &field, const QString &value, bool required,
                             Findings &findings)
{
    if (!QStringView(value).trimmed().isEmpty()) {
        return true;
    }
    if (required) {
        findings.append(missing(field));
    }
    return false;
}

} // namespace dd::domain
