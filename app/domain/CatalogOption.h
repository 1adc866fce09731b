#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace dd::domain {

// One entry of an option list: a stable code (what is stored and compared), the portal's
// Chinese label and an English label, and the entry's own extra attributes (a discipline's
// 门类 in "parent", an institution's province, whether a 学科 is open to 同等学力 ...).
struct CatalogOption
{
    QString code;
    QString zh;
    QString en;
    QString parent;    // the code of the option this one belongs to, if the catalog is nested
    QJsonObject extra; // every other attribute of the entry, as written in the JSON file

    // The label in the language of `locale` (Chinese for any Chinese locale, else English;
    // falls back to the Chinese label when there is no English one).
    QString label(const QLocale &locale = QLocale()) const;
    bool flag(const QString &name, bool fallback = false) const;
    QString attribute(const QString &name) const;
};

} // namespace dd::domain
