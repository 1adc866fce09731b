#pragma once

#include "domain/Catalog.h"

#include <QMap>
#include <QStringList>

namespace dd::domain {

// Every option list the forms offer, loaded once from the JSON files embedded under
// :/catalogs/ (resources/catalogs/ in the tree). Thread-safe after construction.
class Catalogs
{
public:
    static inline const QString IdTypes = QStringLiteral("id_types");
    static inline const QString Genders = QStringLiteral("genders");
    static inline const QString EthnicGroups = QStringLiteral("ethnic_groups");
    static inline const QString PoliticalStatus = QStringLiteral("political_status");
    static inline const QString Countries = QStringLiteral("countries");
    static inline const QString PriorDegreeCategories = QStringLiteral("prior_degree_categories");
    static inline const QString DegreeTypes = QStringLiteral("degree_types");
    static inline const QString ApplicantCategories = QStringLiteral("applicant_categories");
    static inline const QString EmployerTypes = QStringLiteral("employer_types");
    static inline const QString AdminRanks = QStringLiteral("admin_ranks");
    static inline const QString TechTitleLevels = QStringLiteral("tech_title_levels");
    static inline const QString Provinces = QStringLiteral("provinces");
    static inline const QString DisciplineCategories = QStringLiteral("discipline_categories");
    static inline const QString Disciplines = QStringLiteral("disciplines");
    static inline const QString Institutions = QStringLiteral("institutions");
    static inline const QString ExamSubjects = QStringLiteral("exam_subjects");
    static inline const QString ThesisTypes = QStringLiteral("thesis_types");
    static inline const QString ThesisSources = QStringLiteral("thesis_sources");
    static inline const QString ThesisSecrecy = QStringLiteral("thesis_secrecy");
    static inline const QString PhysicianCategories = QStringLiteral("physician_categories");
    static inline const QString SurnameReadings = QStringLiteral("surname_readings");

    // The shared instance, loaded from the embedded resources on first use.
    static const Catalogs &instance();

    // Loads every catalog named in names() from `directory` (":/catalogs" by default).
    // Problems (a missing file, a parse error) are collected in errors().
    explicit Catalogs(const QString &directory = QStringLiteral(":/catalogs"));

    static QStringList names();
    const Catalog &get(const QString &name) const;
    QStringList errors() const { return m_errors; }

private:
    QMap<QString, Catalog> m_catalogs;
    QStringList m_errors;
};

} // namespace dd::domain
