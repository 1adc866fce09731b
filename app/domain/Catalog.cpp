#include "domain/Catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace dd::domain {

namespace {

bool parseConfidence(const QString &text, Confidence *out)
{
    static const QHash<QString, Confidence> names{
        {QStringLiteral("confirmed"), Confidence::Confirmed},
        {QStringLiteral("portal"), Confidence::Portal},
        {QStringLiteral("secondary"), Confidence::Secondary},
        {QStringLiteral("inferred"), Confidence::Inferred},
    };
    const auto it = names.constFind(text);
    if (it == names.constEnd()) {
        return false;
    }
    *out = it.value();
    return true;
}

Catalog fail(QString *error, const QString &message)
{
    if (error) {
        *error = message;
    }
    return {};
}

} // namespace

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::Confirmed:
        return QStringLiteral("confirmed");
    case Confidence::Portal:
        return QStringLiteral("portal");
    case Confidence::Secondary:
        return QStringLiteral("secondary");
    case Confidence::Inferred:
        return QStringLiteral("inferred");
    }
    return QStringLiteral("inferred");
}

Catalog Catalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(error, QStringLiteral("JSON error at offset %1: %2")
                               .arg(parseError.offset)
                               .arg(parseError.errorString()));
    }
    if (!document.isObject()) {
        return fail(error, QStringLiteral("a catalog must be a JSON object"));
    }
    const QJsonObject root = document.object();
    Catalog catalog;
    catalog.m_name = root.value(QStringLiteral("catalog")).toString();
    if (catalog.m_name.isEmpty()) {
        return fail(error, QStringLiteral("\"catalog\" (the catalog's name) is missing"));
    }
    const QJsonObject title = root.value(QStringLiteral("title")).toObject();
    catalog.m_titleZh = title.value(QStringLiteral("zh")).toString();
    catalog.m_titleEn = title.value(QStringLiteral("en")).toString();
    catalog.m_source = root.value(QStringLiteral("source")).toString();
    if (catalog.m_source.isEmpty()) {
        return fail(error,
                    QStringLiteral("%1: \"source\" is missing; every catalog names its source")
                        .arg(catalog.m_name));
    }
    catalog.m_note = root.value(QStringLiteral("note")).toString();
    if (!parseConfidence(root.value(QStringLiteral("confidence")).toString(),
                         &catalog.m_confidence)) {
        return fail(error, QStringLiteral("%1: \"confidence\" must be confirmed, portal, secondary "
                                          "or inferred")
                               .arg(catalog.m_name));
    }
    const QJsonArray options = root.value(QStringLiteral("options")).toArray();
    if (options.isEmpty()) {
        return fail(error,
                    QStringLiteral("%1: \"options\" is missing or empty").arg(catalog.m_name));
    }
    catalog.m_options.reserve(options.size());
    for (const QJsonValue &value : options) {
        QJsonObject entry = value.toObject();
        CatalogOption option;
        option.code = entry.take(QStringLiteral("code")).toString();
        option.zh = entry.take(QStringLiteral("zh")).toString();
        option.en = entry.take(QStringLiteral("en")).toString();
        option.parent = entry.take(QStringLiteral("parent")).toString();
        option.extra = entry;
        if (option.code.isEmpty() || option.zh.isEmpty()) {
            return fail(error, QStringLiteral("%1: option %2 lacks a code or a Chinese label")
                                   .arg(catalog.m_name)
                                   .arg(catalog.m_options.size()));
        }
        if (catalog.m_index.contains(option.code)) {
            return fail(
                error,
                QStringLiteral("%1: code %2 appears twice").arg(catalog.m_name, option.code));
        }
        catalog.m_index.insert(option.code, catalog.m_options.size());
        catalog.m_options.append(option);
    }
    return catalog;
}

QString Catalog::title(const QLocale &locale) const
{
    if (locale.language() == QLocale::Chinese || m_titleEn.isEmpty()) {
        return m_titleZh;
    }
    return m_titleEn;
}

const CatalogOption *Catalog::find(const QString &code) const
{
    const auto it = m_index.constFind(code);
    return it == m_index.constEnd() ? nullptr : &m_options.at(it.value());
}

QString Catalog::labelOf(const QString &code, const QLocale &locale) const
{
    const CatalogOption *option = find(code);
    return option ? option->label(locale) : code;
}

QList<CatalogOption> Catalog::children(const QString &parentCode) const
{
    QList<CatalogOption> result;
    for (const CatalogOption &option : m_options) {
        if (option.parent == parentCode) {
            result.append(option);
        }
    }
    return result;
}

QList<CatalogOption> Catalog::where(const QString &name, const QString &value) const
{
    QList<CatalogOption> result;
    for (const CatalogOption &option : m_options) {
        if (option.attribute(name) == value) {
            result.append(option);
        }
    }
    return result;
}

QString Catalog::codeForLabel(const QString &label) const
{
    const QString wanted = label.trimmed();
    for (const CatalogOption &option : m_options) {
        if (option.zh == wanted || option.en.compare(wanted, Qt::CaseInsensitive) == 0
            || option.code == wanted) {
            return option.code;
        }
    }
    return {};
}

} // namespace dd::domain
