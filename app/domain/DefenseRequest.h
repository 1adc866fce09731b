#pragma once

#include "domain/Finding.h"

#include <QJsonObject>
#include <QString>

namespace dd::domain {

class JsonWriter;

// 申请论文答辩资格: the request to be admitted to the thesis defence, with what it needs:
// when all tests were passed (the defence is due within a year of it), the thesis, the
// supervisor and the date asked for.
struct DefenseRequest
{
    QString
        coursesPassedMonth; // "YYYYMM": the month all tests (courses and national exam) were passed
    QString thesisTitle;
    QString supervisorName;
    QString defenseDate; // "YYYYMMDD": the defence date requested

    static QString kind() { return QStringLiteral("defenseRequest"); }
    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static DefenseRequest fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const DefenseRequest &, const DefenseRequest &) = default;
};

} // namespace dd::domain
