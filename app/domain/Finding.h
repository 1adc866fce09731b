#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd::domain {

enum class Severity {
    Error,   // the portal refuses the value; nothing is saved while it stands
    Warning, // the value is accepted but is probably a mistake (e.g. an outlook.com address)
    Info,    // a hint, e.g. the normalised form of the value
};

QString severityName(Severity severity);

// One thing a rule found about one field: which field, which rule, a translated message
// that names the field and says how to fix it, and how serious it is. `detail` carries the
// measured value where there is one (the expected check digit, the months of a gap), so
// that scripts and tests need not parse the message.
struct Finding
{
    QString field;
    QString rule;
    QString message;
    Severity severity = Severity::Error;
    QString detail;

    static Finding error(const QString &field, const QString &rule, const QString &message,
                         const QString &detail = {})
    {
        return Finding{field, rule, message, Severity::Error, detail};
    }
    static Finding warning(const QString &field, const QString &rule, const QString &message,
                           const QString &detail = {})
    {
        return Finding{field, rule, message, Severity::Warning, detail};
    }
    static Finding info(const QString &field, const QString &rule, const QString &message,
                        const QString &detail = {})
    {
        return Finding{field, rule, message, Severity::Info, detail};
    }

    QJsonObject toJson() const;
    friend bool operator==(const Finding &, const Finding &) = default;
};

using Findings = QList<Finding>;

bool hasErrors(const Findings &findings);
bool hasRule(const Findings &findings, QStringView rule);
QStringList ruleCodes(const Findings &findings);
Findings errorsOnly(const Findings &findings);
Findings warningsOnly(const Findings &findings);
QStringList fieldKeys(const Findings &findings);
QJsonArray toJson(const Findings &findings);

} // namespace dd::domain
