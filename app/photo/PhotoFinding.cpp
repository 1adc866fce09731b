#include "photo/PhotoFinding.h"

namespace dd::photo {

QString PhotoFinding::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Pass:
        return QStringLiteral("pass");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QJsonObject PhotoFinding::toJson() const
{
    QJsonObject json{
        {QStringLiteral("rule"), rule},
        {QStringLiteral("severity"), severityName(severity)},
        {QStringLiteral("message"), message},
    };
    if (value) {
        json.insert(QStringLiteral("value"), *value);
    }
    if (minimum || maximum) {
        QJsonObject allowed;
        if (minimum) {
            allowed.insert(QStringLiteral("min"), *minimum);
        }
        if (maximum) {
            allowed.insert(QStringLiteral("max"), *maximum);
        }
        json.insert(QStringLiteral("allowed"), allowed);
    }
    if (!unit.isEmpty()) {
        json.insert(QStringLiteral("unit"), unit);
    }
    return json;
}

} // namespace dd::photo
