#pragma once

#include "domain/CatalogOption.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace dd::domain {

// How sure the project is that a list matches the portal (REFERENCE.md's tags).
enum class Confidence {
    Confirmed, // [C] a published standard or the cited source
    Portal,    // [portal] shown on the portal's own screens
    Secondary, // [S] an unofficial source; check against the year's notice
    Inferred,  // [I] inferred; check it on a real account before relying on it
};

// An option list of the portal (证件类型, 民族, 学科名称 ...), loaded from a JSON file under
// resources/catalogs/. Code looks options up by code, never by display text.
//
// File format:
//   { "catalog": "ethnic_groups", "title": {"zh": "民族", "en": "Ethnic group"},
//     "source": "GB/T 3304-1991 ...", "confidence": "confirmed", "note": "...",
//     "options": [ {"code": "01", "zh": "汉族", "en": "Han", ...}, ... ] }
class Catalog
{
public:
    Catalog() = default;

    // Parses a catalog file. On failure returns an empty catalog and sets *error.
    static Catalog fromJson(const QByteArray &json, QString *error = nullptr);

    QString name() const { return m_name; }
    QString title(const QLocale &locale = QLocale()) const;
    QString source() const { return m_source; }
    QString note() const { return m_note; }
    Confidence confidence() const { return m_confidence; }
    bool isEmpty() const { return m_options.isEmpty(); }
    qsizetype size() const { return m_options.size(); }

    const QList<CatalogOption> &options() const { return m_options; }
    const CatalogOption *find(const QString &code) const;
    bool contains(const QString &code) const { return find(code) != nullptr; }
    // The label of a code in the current locale, or the code itself when it is unknown.
    QString labelOf(const QString &code, const QLocale &locale = QLocale()) const;
    // The options whose parent is `parentCode`, in file order.
    QList<CatalogOption> children(const QString &parentCode) const;
    // The options for which attribute `name` equals `value`, in file order.
    QList<CatalogOption> where(const QString &name, const QString &value) const;
    // Finds a code by its Chinese or English label, for importing data typed by people.
    // Forms never use this: they keep codes.
    QString codeForLabel(const QString &label) const;

private:
    QString m_name;
    QString m_titleZh;
    QString m_titleEn;
    QString m_source;
    QString m_note;
    Confidence m_confidence = Confidence::Inferred;
    QList<CatalogOption> m_options;
    // Code → position in m_options. A QMap, not a QHash: find() runs for every option field of
    // every record a bulk import validates, and QHash's seeded qHash() of a code of 2-4
    // characters was measured at ~110 ns against ~35 ns for the tree's few comparisons
    // (Qt 6.4, x86-64).
    QMap<QString, qsizetype> m_index;
};

QString confidenceName(Confidence confidence);

} // namespace dd::domain
