#pragma once

#include "domain/Finding.h"

#include <QJsonObject>
#include <QString>

namespace dd::domain {

class JsonWriter;

// 填报论文信息: the thesis as degree-award reporting describes it (REFERENCE.md §5.4; the
// platform's own form was not found, so the fields are the standard ones).
struct Thesis
{
    QString thesisTitle;   // 论文题目
    QString thesisTitleEn; // 论文英文题目
    QString keywords;      // 论文关键词: 3-5, separated by commas, as typed
    QString thesisType;    // thesis_types catalog code
    QString thesisSource;  // thesis_sources catalog code, e.g. "90" 非立项
    QString wordCount;     // 论文字数 in 万字, as typed ("3.5")
    QString thesisStart;   // "YYYYMMDD" or "YYYYMM"
    QString thesisEnd;     // "YYYYMMDD" or "YYYYMM"
    QString secrecy;       // thesis_secrecy catalog code
    QString researchDirection;
    QString supervisorName;
    QString supervisorTitle;
    QString supervisorEmployer;
    QString defenseDate; // 答辩日期 "YYYYMMDD"

    static QString kind() { return QStringLiteral("thesis"); }
    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static Thesis fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const Thesis &, const Thesis &) = default;
};

} // namespace dd::domain
