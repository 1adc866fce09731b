#pragma once

#include "domain/Finding.h"
#include "domain/ResumeEntry.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dd::domain {

class JsonWriter;

// 填写基本信息: the applicant's basic information, in the portal's order, holding the codes
// and texts typed in. `name` is a read-only copy of the registration's 姓名.
struct BasicInfo
{
    QString name;
    QString namePinyin;
    QString gender;    // genders catalog code
    QString country;   // countries catalog code
    QString ethnicity; // ethnic_groups catalog code, e.g. "01"
    QString birthDate; // "YYYYMMDD"
    QString idType;    // id_types catalog code
    QString idNumber;
    QString idNumberConfirm;
    QString politicalStatus;     // political_status catalog code
    QString workStartMonth;      // "YYYYMM"
    QString priorDegreeMonth;    // "YYYYMM"
    QString priorDegreeCategory; // prior_degree_categories catalog code
    QList<ResumeEntry> resume;   // 个人经历, oldest first, up to the current month

    static QString kind() { return QStringLiteral("basicInfo"); }
    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static BasicInfo fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const BasicInfo &, const BasicInfo &) = default;
};

} // namespace dd::domain
