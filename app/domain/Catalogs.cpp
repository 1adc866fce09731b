#include "domain/Catalogs.h"

#include <QFile>

// The catalogs are a resource of the static dd_domain library; make sure they are
// registered in every program that links it.
static void initCatalogResources()
{
    Q_INIT_RESOURCE(dd_catalogs);
}

namespace dd::domain {

QStringList Catalogs::names()
{
    return {IdTypes,
            Genders,
            EthnicGroups,
            PoliticalStatus,
            Countries,
            PriorDegreeCategories,
            DegreeTypes,
            ApplicantCategories,
            EmployerTypes,
            AdminRanks,
            TechTitleLevels,
            Provinces,
            DisciplineCategories,
            Disciplines,
            Institutions,
            ExamSubjects,
            ThesisTypes,
            ThesisSources,
            ThesisSecrecy,
            PhysicianCategories,
            SurnameReadings};
}

const Catalogs &Catalogs::instance()
{
    static const Catalogs catalogs = [] {
        initCatalogResources();
        return Catalogs();
    }();
    return catalogs;
}

Catalogs::Catalogs(const QString &directory)
{
    for (const QString &name : names()) {
        QFile file(directory + QLatin1Char('/') + name + QStringLiteral(".json"));
        if (!file.open(QIODevice::ReadOnly)) {
            m_errors.append(QStringLiteral("%1: cannot read %2: %3")
                                .arg(name, file.fileName(), file.errorString()));
            continue;
        }
        QString error;
        Catalog catalog = Catalog::fromJson(file.readAll(), &error);
        if (!error.isEmpty()) {
            m_errors.append(QStringLiteral("%1: %2").arg(name, error));
            continue;
        }
        if (catalog.name() != name) {
            m_errors.append(
                QStringLiteral("%1: the file says it is catalog \"%2\"").arg(name, catalog.name()));
            continue;
        }
        m_catalogs.insert(name, catalog);
    }
}

const Catalog &Catalogs::get(const QString &name) const
{
    static const Catalog empty;
    const auto it = m_catalogs.constFind(name);
    return it == m_catalogs.constEnd() ? empty : it.value();
}

} // namespace dd::domain
