#pragma once

#include "domain/Finding.h"
#include "domain/StateChange.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd::domain {

class JsonWriter;

// 提交学位申请: one degree application, in the portal's order, with the state the application
// state machine keeps (a code such as "draft" or "submitted") and the timeline of its changes.
struct DegreeApplication
{
    QString year;                // 年度, "2023"
    QString institutionProvince; // provinces catalog code, e.g. "11"
    QString institution;         // institutions catalog code
    QString degreeType;          // degree_types catalog code
    QString disciplineCategory;  // discipline_categories catalog code (学科门类)
    QString discipline;          // disciplines catalog code (学科名称)
    QString applicantCategory;   // applicant_categories catalog code
    QString applicationMonth;    // 网上学位申请年月, "YYYYMM"
    QString studentNumber;       // only for those already studying at the institution
    QString className;           // likewise
    QString department;          // likewise
    QString employerProvince;    // provinces catalog code
    QString employerName;
    QString employerType; // employer_types catalog code
    QString adminRank;    // admin_ranks catalog code
    QString techRank;     // tech_title_levels catalog code
    QString state = QStringLiteral("draft");
    QList<StateChange> timeline;

    static QString kind() { return QStringLiteral("degreeApplication"); }
    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static DegreeApplication fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const DegreeApplication &, const DegreeApplication &) = default;
};

} // namespace dd::domain
