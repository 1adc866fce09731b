#pragma once

#include "domain/ExamScore.h"
#include "domain/Finding.h"
#include "domain/ValidationContext.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace dd::domain {

// 成绩查询's import: scores from a CSV file with three columns — year, subject (an
// exam_subjects code or its Chinese or English name), score — read strictly, so that a file
// with any bad line imports nothing and each problem names its line and column.
//
// The file: UTF-8 (a byte-order mark is allowed), one score per line, commas between fields,
// fields in double quotes when they must ("" for a quote inside; no line breaks inside), blank
// lines ignored, and an optional first line of column names (year/年度/年份,
// subject/科目/考试科目, score/成绩/分数). Every line is checked with ExamValidator; the score
// must be a whole number; a paper may appear once per year.
class ExamScoreImport
{
    Q_DECLARE_TR_FUNCTIONS(ExamScoreImport)

public:
    static constexpr int ColumnCount = 3;
    enum Column { WholeLine = 0, YearColumn = 1, SubjectColumn = 2, ScoreColumn = 3 };

    struct Problem
    {
        int line = 0;    // 1-based; 0 for the file as a whole
        int column = 0;  // Column; WholeLine when it is not one field
        QString message; // a sentence naming the line and the column
        friend bool operator==(const Problem &, const Problem &) = default;
    };

    struct Result
    {
        QList<ExamScore> scores; // empty whenever there is a problem
        QList<int> lines;        // the line of each score
        QList<Problem> problems;
        bool ok() const { return problems.isEmpty(); }
    };

    static Result parse(const QByteArray &bytes, const ValidationContext &context);

    // A score as typed (in the form or a file): empty is "not published yet", otherwise a
    // whole number of digits (the range is ExamValidator's). Sets *score and returns true; or
    // returns false when the text is not a number, with the reason in *problem (an error on
    // Field::Score), leaving *score as it was.
    static bool scoreFromText(const QString &text, std::optional<int> *score,
                              Finding *problem = nullptr);

    // What importing `imported` into `existing` does: a score of the same year and paper as an
    // existing one replaces it (the last of them); the others are added. Unchanged ones are
    // left out.
    struct Merge
    {
        QList<std::pair<qsizetype, ExamScore>> updates; // index in `existing`, new value
        QList<ExamScore> additions;
    };
    static Merge merge(const QList<ExamScore> &existing, const QList<ExamScore> &imported);
};

} // namespace dd::domain
