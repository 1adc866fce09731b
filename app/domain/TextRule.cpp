#include "domain/TextRule.h"

#include "domain/Field.h"
#include "domain/RequiredRule.h"

namespace dd::domain {

bool TextRule::check(const QString &field, const QString &value, int maxLength, Findings &findings,
                     bool required)
{
    const QString text = value.trimmed();
    if (!RequiredRule::isPresent(field, text, required, findings)) {
        return false;
    }
    const qsizetype length = text.toUcs4().size();
    if (length > maxLength) {
        findings.append(Finding::error(field, QStringLiteral("text.tooLong"),
                                       tr("%1 can have at most %2 characters; it has %3.")
                                           .arg(Field::label(field))
                                           .arg(maxLength)
                                           .arg(length),
                                       QString::number(length)));
        return false;
    }
    return true;
}

} // namespace dd::domain
