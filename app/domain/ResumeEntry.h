#pragma once

#include "domain/Finding.h"

#include <QJsonObject>
#include <QString>

namespace dd::domain {

class JsonWriter;

// One row of 个人经历 (personal history) on 填写基本信息: a period, where, and what.
struct ResumeEntry
{
    QString start;        // "YYYYMM"
    QString end;          // "YYYYMM"; empty = 至今 (up to now)
    QString organization; // school or employer
    QString role;         // study or position

    bool isOngoing() const { return end.isEmpty(); }

    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    // `rowKey` is the row's key ("resume[1]"): the findings name "resume[1].start".
    static ResumeEntry fromJson(const QJsonObject &json, Findings *problems,
                                const QString &rowKey = {});

    friend bool operator==(const ResumeEntry &, const ResumeEntry &) = default;
};

} // namespace dd::domain
