#include "domain/CatalogOption.h"

namespace dd::domain {

QString CatalogOption::label(const QLocale &locale) const
{
    if (locale.language() == QLocale::Chinese || en.isEmpty()) {
        return zh;
    }
    return en;
}

bool CatalogOption::flag(const QString &name, bool fallback) const
{
    const QJsonValue value = extra.value(name);
    return value.isBool() ? value.toBool() : fallback;
}

QString CatalogOption::attribute(const QString &name) const
{
    const QJsonValue value = extra.value(name);
    if (value.isString()) {
        return value.toString();
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble());
    }
    return {};
}

} // namespace dd::domain
