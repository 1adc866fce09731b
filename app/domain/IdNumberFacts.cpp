#include "domain/IdNumberFacts.h"

#include "domain/IdNumberRule.h"

namespace dd::domain {

std::optional<IdNumberFacts> IdNumberFacts::of(const QString &idType, const QString &idNumber,
                                               const ValidationContext &context)
{
    const IdFormat format = IdNumberRule::formatOf(idType);
    if (format != IdFormat::ResidentId && format != IdFormat::ResidencePermit) {
        return std::nullopt;
    }
    const std::optional<ResidentIdInfo> info = IdNumberRule::parse(idNumber, context);
    if (!info) {
        return std::nullopt;
    }
    return IdNumberFacts{info->birthDate.toString(QStringLiteral("yyyyMMdd")), info->gender};
}

} // namespace dd::domain
