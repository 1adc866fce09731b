#include "domain/ConfirmationRule.h"

#include "domain/Field.h"
#include "domain/RequiredRule.h"

namespace dd::domain {

Findings ConfirmationRule::check(const QString &field, const QString &original,
                                 const QString &confirmField, const QString &confirmation)
{
    Findings findings;
    if (confirmation.isEmpty()) {
        findings.append(RequiredRule::missing(confirmField));
        return findings;
    }
    if (original != confirmation) {
        findings.append(Finding::error(
            confirmField, QStringLiteral("confirm.mismatch"),
            tr("%1 does not match %2. Type it again; do not copy and paste a mistake twice.")
                .arg(Field::label(confirmField), Field::label(field))));
    }
    return findings;
}

} // namespace dd::domain
