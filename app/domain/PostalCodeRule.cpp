#include "domain/PostalCodeRule.h"

#include "domain/AsciiPattern.h"
#include "domain/Field.h"
#include "domain/RequiredRule.h"

namespace dd::domain {

Findings PostalCodeRule::check(const QString &value, const QString &fieldKey, bool required)
{
    const QString field = fieldKey.isEmpty() ? Field::PostalCode : fieldKey;
    Findings findings;
    const QString text = value.trimmed();
    if (!RequiredRule::isPresent(field, text, required, findings)) {
        return findings;
    }
    if (!AsciiPattern::isDigits(text, 6)) { // ^\d{6}$
        findings.append(Finding::error(
            field, QStringLiteral("postalCode.format"),
            tr("%1 must be 6 digits, e.g. 100871; \"%2\" is not.").arg(Field::label(field), text)));
    } else if (text == u"000000") {
        findings.append(Finding::error(field, QStringLiteral("postalCode.format"),
                                       tr("%1: 000000 is not a postal code. Enter the code of "
                                          "your postal address.")
                                           .arg(Field::label(field))));
    }
    return findings;
}

} // namespace dd::domain
