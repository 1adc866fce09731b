#include "domain/Finding.h"

#include <algorithm>

namespace dd::domain {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("error");
}

QJsonObject Finding::toJson() const
{
    QJsonObject object{
        {QStringLiteral("field"), field},
        {QStringLiteral("rule"), rule},
        {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("message"), message},
    };
    if (!detail.isEmpty()) {
        object.insert(QStringLiteral("detail"), detail);
    }
    return object;
}

bool hasErrors(const Findings &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Severity::Error; });
}

bool hasRule(const Findings &findings, QStringView rule)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [rule](const Finding &f) { return f.rule == rule; });
}

QStringList ruleCodes(const Findings &findings)
{
    QStringList codes;
    codes.reserve(findings.size());
    for (const Finding &f : findings) {
        codes.append(f.rule);
    }
    return codes;
}

Findings errorsOnly(const Findings &findings)
{
    Findings errors;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(errors),
                 [](const Finding &f) { return f.severity == Severity::Error; });
    return errors;
}

Findings warningsOnly(const Findings &findings)
{
    Findings warnings;
    std::copy_if(findings.cbegin(), findings.cend(), std::back_inserter(warnings),
                 [](const Finding &f) { return f.severity == Severity::Warning; });
    return warnings;
}

QStringList fieldKeys(const Findings &findings)
{
    QStringList keys;
    keys.reserve(findings.size());
    for (const Finding &f : findings) {
        keys.append(f.field);
    }
    return keys;
}

QJsonArray toJson(const Findings &findings)
{
    QJsonArray array;
    for (const Finding &f : findings) {
        array.append(f.toJson());
    }
    return array;
}

} // namespace dd::domain
