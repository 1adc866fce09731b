#pragma once

#include "domain/Finding.h"
#include "domain/YearMonth.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace dd::domain {

class JsonWriter;

// 成绩查询: one national-exam result (外国语水平 or 学科综合水平) as the exam system shows it.
// Subjects are passed independently at 60 of 100; a pass counts for a number of years that
// the awarding institution sets (4 by default, REFERENCE.md §5.1).
struct ExamScore
{
    static constexpr int PassMark = 60;
    static constexpr int DefaultValidityYears = 4;
    static constexpr int ExamMonth = 5; // the exam is held on a Sunday in May

    QString examYear;         // "2023"
    QString examSubject;      // exam_subjects catalog code
    std::optional<int> score; // none until published

    // Whether the score reaches the pass mark (false while there is no score).
    bool passed() const { return score.has_value() && *score >= PassMark; }
    // The month of the exam: May of examYear; invalid unless examYear is four digits.
    YearMonth examMonth() const;
    // The last month a pass counts: the exam month `validityYears` later. Invalid when the
    // subject was not passed or the year is not readable.
    YearMonth validUntil(int validityYears = DefaultValidityYears) const;
    // Whether the pass counts in `month` (from the exam month to validUntil(), inclusive).
    bool isValidIn(YearMonth month, int validityYears = DefaultValidityYears) const;

    static QString kind() { return QStringLiteral("examScore"); }
    void write(JsonWriter &out) const; // its fields: toJson(), JsonTextWriter
    QJsonObject toJson() const;
    static ExamScore fromJson(const QJsonObject &json, Findings *problems);

    friend bool operator==(const ExamScore &, const ExamScore &) = default;
};

} // namespace dd::domain
