#pragma once

#include "domain/Finding.h"

#include <QJsonObject>
#include <QString>

namespace dd::domain {

class JsonWriter;

// 填写规培、医师证书信息: the physician and residency-training certificates asked of
// 临床医学, 口腔医学 and 中医 专业学位 applicants (REFERENCE.md §5.5; the platform's form was
// not found, so the fields are those of health-HR systems).
struct ResidencyCertificate
{
    // 医师资格证书
    QString qualificationNumber;
    QString qualificationMonth;    // "YYYYMM"
    QString qualificationCategory; // physician_categories catalog code
    // 医师执业证书
    QString practiceNumber;
    QString practiceCategory; // physician_categories catalog code
    QString practiceScope;
    QString practicePlace;
    QString practiceFirstRegistered; // 首次注册时间 "YYYYMMDD"
    // 住院医师规范化培训
    bool residencyCompleted = false; // 是否取得合格证书
    QString residencyNumber;
    QString residencySpecialty;
    QString residencyBase;
    QString residencyStart; // "YYYYMM"
    QString residencyEnd;   // "YYYYMM"

    static QString kind() { return QStringLiteral("residencyCertificate"); }
    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static ResidencyCertificate fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const ResidencyCertificate &, const ResidencyCertificate &) = default;
};

} // namespace dd::domain
