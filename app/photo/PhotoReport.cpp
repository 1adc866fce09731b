#include "photo/PhotoReport.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace dd::photo {

bool PhotoReport::usable() const
{
    return std::none_of(findings.cbegin(), findings.cend(), [](const PhotoFinding &f) {
        return f.rule == Check::Input && f.isError();
    });
}

bool PhotoReport::compliant() const
{
    return std::none_of(findings.cbegin(), findings.cend(),
                        [](const PhotoFinding &f) { return f.isError(); });
}

int PhotoReport::exitCode() const
{
    return !usable() ? 2 : compliant() ? 0 : 1;
}

QStringList PhotoReport::failedRules() const
{
    QStringList rules;
    for (const PhotoFinding &f : findings) {
        if (f.isError() && !rules.contains(f.rule)) {
            rules.append(f.rule);
        }
    }
    return rules;
}

QStringList PhotoReport::errorMessages() const
{
    QStringList messages;
    for (const PhotoFinding &f : findings) {
        if (f.isError()) {
            messages.append(f.message);
        }
    }
    return messages;
}

QJsonObject PhotoReport::toJson() const
{
    QJsonArray list;
    for (const PhotoFinding &f : findings) {
        list.append(f.toJson());
    }
    QJsonObject json{{QStringLiteral("compliant"), compliant()},
                     {QStringLiteral("findings"), list}};
    if (sourceSize.isValid()) {
        json.insert(QStringLiteral("source"),
                    QJsonObject{{QStringLiteral("format"), imageFormatName(format)},
                                {QStringLiteral("width"), sourceSize.width()},
                                {QStringLiteral("height"), sourceSize.height()}});
    }
    if (crop) {
        json.insert(QStringLiteral("crop"),
                    QJsonObject{{QStringLiteral("x"), std::round(crop->x())},
                                {QStringLiteral("y"), std::round(crop->y())},
                                {QStringLiteral("width"), std::round(crop->width())},
                                {QStringLiteral("height"), std::round(crop->height())}});
    }
    if (head) {
        json.insert(QStringLiteral("head"),
                    QJsonObject{{QStringLiteral("top"), std::round(head->top)},
                                {QStringLiteral("chin"), std::round(head->chin)},
                                {QStringLiteral("left"), std::round(head->left)},
                                {QStringLiteral("right"), std::round(head->right)}});
    }
    if (bytes > 0) {
        json.insert(QStringLiteral("output"), QJsonObject{{QStringLiteral("quality"), quality},
                                                          {QStringLiteral("bytes"), bytes}});
    }
    return json;
}

} // namespace dd::photo
