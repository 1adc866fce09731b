#include "domain/OpenDisciplines.h"

#include "domain/Catalogs.h"
#include "domain/DegreeApplication.h"
#include "domain/DegreeApplicationValidator.h"
#include "domain/Field.h"

#include <algorithm>

namespace dd::domain {

bool OpenDisciplines::isOffered(const QString &degreeType, const QString &category,
                                const QString &discipline)
{
    if (discipline.isEmpty()) {
        return false;
    }
    DegreeApplication probe;
    probe.degreeType = degreeType;
    probe.disciplineCategory = category;
    probe.discipline = discipline;
    const Findings findings = DegreeApplicationValidator::validate(probe, ValidationContext{});
    return std::none_of(findings.cbegin(), findings.cend(),
                        [](const Finding &f) { return f.field == Field::Discipline; });
}

QStringList OpenDisciplines::disciplines(const QString &degreeType, const QString &category)
{
    QStringList codes;
    if (category.isEmpty()) {
        return codes;
    }
    const Catalog &catalog = Catalogs::instance().get(Catalogs::Disciplines);
    for (const CatalogOption &option : catalog.children(category)) {
        if (isOffered(degreeType, category, option.code)) {
            codes.append(option.code);
        }
    }
    return codes;
}

QStringList OpenDisciplines::categories(const QString &degreeType)
{
    QStringList codes;
    const Catalog &categories = Catalogs::instance().get(Catalogs::DisciplineCategories);
    for (const CatalogOption &category : categories.options()) {
        const QList<CatalogOption> children =
            Catalogs::instance().get(Catalogs::Disciplines).children(category.code);
        if (std::any_of(children.cbegin(), children.cend(), [&](const CatalogOption &d) {
                return isOffered(degreeType, category.code, d.code);
            })) {
            codes.append(category.code);
        }
    }
    return codes;
}

} // namespace dd::domain
