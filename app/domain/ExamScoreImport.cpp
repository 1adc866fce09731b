#include "domain/ExamScoreImport.h"

#include "domain/Catalogs.h"
#include "domain/ExamValidator.h"
#include "domain/Field.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

namespace dd::domain {

namespace {

using Problem = ExamScoreImport::Problem;

QString columnKey(int column)
{
    switch (column) {
    case ExamScoreImport::YearColumn:
        return Field::ExamYear;
    case ExamScoreImport::SubjectColumn:
        return Field::ExamSubject;
    case ExamScoreImport::ScoreColumn:
        return Field::Score;
    default:
        return {};
    }
}

int columnOf(const QString &fieldKey)
{
    for (int column = ExamScoreImport::YearColumn; column <= ExamScoreImport::ScoreColumn;
         ++column) {
        if (columnKey(column) == fieldKey) {
            return column;
        }
    }
    return ExamScoreImport::WholeLine;
}

// A problem of one field: "Line 3, column 2 (Exam subject): <what>".
Problem fieldProblem(int line, int column, const QString &what)
{
    const QString label =
        columnKey(column).isEmpty() ? QString::number(column) : Field::label(columnKey(column));
    //: %1 is a line number, %2 a column number, %3 the column's name, %4 what is wrong
    return Problem{
        line, column,
        ExamScoreImport::tr("Line %1, column %2 (%3): %4").arg(line).arg(column).arg(label, what)};
}

// Splits one line into fields (RFC 4180 quoting, no line breaks inside a field). On a quoting
// mistake returns false with the problem.
bool splitLine(const QString &text, int line, QStringList *fields, Problem *problem)
{
    fields->clear();
    qsizetype i = 0;
    while (true) {
        const int column = int(fields->size()) + 1;
        QString field;
        // Spaces before an opening quote are allowed (and dropped).
        qsizetype start = i;
        while (start < text.size() && text.at(start) == u' ') {
            ++start;
        }
        if (start < text.size() && text.at(start) == u'"') {
            i = start + 1;
            bool closed = false;
            while (i < text.size()) {
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            if (!closed) {
                *problem = fieldProblem(
                    line, column,
                    ExamScoreImport::tr("the double quote that opens the field is not closed."));
                return false;
            }
            while (i < text.size() && text.at(i) == u' ') {
                ++i;
            }
            if (i < text.size() && text.at(i) != u',') {
                *problem = fieldProblem(
                    line, column,
                    ExamScoreImport::tr("there is text after the closing double quote."));
                return false;
            }
        } else {
            while (i < text.size() && text.at(i) != u',') {
                if (text.at(i) == u'"') {
                    *problem = fieldProblem(
                        line, column,
                        ExamScoreImport::tr("a double quote inside the field: put the whole "
                                            "field in double quotes and double the quote."));
                    return false;
                }
                field += text.at(i++);
            }
        }
        fields->append(field.trimmed());
        if (i >= text.size()) {
            return true;
        }
        ++i; // the comma
    }
}

bool isHeader(const QStringList &fields)
{
    static const QList<QStringList> names = {
        {QStringLiteral("year"), QStringLiteral("exam year"), QStringLiteral("年度"),
         QStringLiteral("年份"), QStringLiteral("考试年度"), QStringLiteral("考试年份")},
        {QStringLiteral("subject"), QStringLiteral("exam subject"), QStringLiteral("paper"),
         QStringLiteral("科目"), QStringLiteral("考试科目"), QStringLiteral("科目代码"),
         QStringLiteral("科目名称")},
        {QStringLiteral("score"), QStringLiteral("成绩"), QStringLiteral("分数")},
    };
    if (fields.size() != names.size()) {
        return false;
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (!names.at(i).contains(fields.at(i).toLower())) {
            return false;
        }
    }
    return true;
}

} // namespace

bool ExamScoreImport::scoreFromText(const QString &text, std::optional<int> *score,
                                    Finding *problem)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *score = std::nullopt;
        return true;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,9}$"));
    if (digits.match(trimmed).hasMatch()) {
        *score = trimmed.toInt();
        return true;
    }
    if (problem) {
        //: %1 is the field "Score", %2 what was typed
        *problem = Finding::error(Field::Score, QStringLiteral("exam.scoreNotNumber"),
                                  tr("%1 is a whole number from 0 to 100, such as 72; “%2” is "
                                     "not.")
                                      .arg(Field::label(Field::Score), trimmed),
                                  trimmed);
    }
    return false;
}

ExamScoreImport::Result ExamScoreImport::parse(const QByteArray &bytes,
                                               const ValidationContext &context)
{
    Result result;
    QByteArray data = bytes;
    if (data.startsWith("\xEF\xBB\xBF")) {
        data.remove(0, 3);
    }
    const Catalog &subjects = Catalogs::instance().get(Catalogs::ExamSubjects);
    const QList<QByteArray> lines = data.split('\n');
    QHash<QString, int> seen; // "year|paper" → line
    bool first = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int line = int(i) + 1;
        QByteArray raw = lines.at(i);
        if (raw.endsWith('\r')) {
            raw.chop(1);
        }
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString text = decoder.decode(raw);
        if (decoder.hasError()) {
            result.problems.append(
                Problem{line, WholeLine,
                        tr("Line %1 is not UTF-8 text. Save the file as “CSV UTF-8” and import it "
                           "again.")
                            .arg(line)});
            continue;
        }
        if (text.trimmed().isEmpty()) {
            continue;
        }
        QStringList fields;
        Problem problem;
        if (!splitLine(text, line, &fields, &problem)) {
            result.problems.append(problem);
            first = false;
            continue;
        }
        if (std::exchange(first, false) && isHeader(fields)) {
            continue;
        }
        if (fields.size() != ColumnCount) {
            //: %1 is a line number
            result.problems.append(
                Problem{line, WholeLine,
                        tr("Line %1 has %n field(s); each line has 3: year, subject (code or "
                           "name), score.",
                           nullptr, int(fields.size()))
                            .arg(line)});
            continue;
        }

        const qsizetype before = result.problems.size();
        ExamScore score;
        score.examYear = fields.at(0);
        const QString subject = fields.at(1);
        score.examSubject = subjects.contains(subject) ? subject : subjects.codeForLabel(subject);
        if (subject.isEmpty()) {
            result.problems.append(fieldProblem(line, SubjectColumn, tr("it is empty.")));
        } else if (score.examSubject.isEmpty()) {
            result.problems.append(fieldProblem(
                line, SubjectColumn,
                //: %1 is what the file has in the subject column
                tr("“%1” is neither the code nor the name of an exam subject (such as “en” or "
                   "“英语”).")
                    .arg(subject)));
        }
        if (fields.at(2).isEmpty()) {
            result.problems.append(fieldProblem(line, ScoreColumn,
                                                tr("it is empty; the file has only published "
                                                   "scores.")));
        } else {
            Finding notNumber;
            if (!scoreFromText(fields.at(2), &score.score, &notNumber)) {
                result.problems.append(fieldProblem(line, ScoreColumn, notNumber.message));
            }
        }
        for (const Finding &finding : errorsOnly(ExamValidator::validate(score, context))) {
            const int column = columnOf(finding.field);
            // The empty or unknown subject and score are told above already.
            if ((column == SubjectColumn && score.examSubject.isEmpty())
                || (column == ScoreColumn && !score.score)) {
                continue;
            }
            result.problems.append(fieldProblem(line, column, finding.message));
        }
        if (result.problems.size() > before) {
            continue;
        }
        const QString key = score.examYear + u'|' + score.examSubject;
        if (seen.contains(key)) {
            result.problems.append(
                fieldProblem(line, SubjectColumn,
                             //: %1 is an exam paper such as "English", %2 a year, %3 a line number
                             tr("the %1 paper of %2 is already on line %3.")
                                 .arg(subjects.labelOf(score.examSubject), score.examYear)
                                 .arg(seen.value(key))));
            continue;
        }
        seen.insert(key, line);
        result.scores.append(score);
        result.lines.append(line);
    }
    if (result.problems.isEmpty() && result.scores.isEmpty()) {
        result.problems.append(
            Problem{0, WholeLine,
                    tr("The file has no scores: each line needs a year, a subject and a "
                       "score, separated by commas.")});
    }
    if (!result.problems.isEmpty()) {
        result.scores.clear();
        result.lines.clear();
    }
    return result;
}

ExamScoreImport::Merge ExamScoreImport::merge(const QList<ExamScore> &existing,
                                              const QList<ExamScore> &imported)
{
    Merge merge;
    for (const ExamScore &score : imported) {
        qsizetype match = -1;
        for (qsizetype i = 0; i < existing.size(); ++i) {
            if (existing.at(i).examYear.trimmed() == score.examYear.trimmed()
                && existing.at(i).examSubject.trimmed() == score.examSubject.trimmed()) {
                match = i;
            }
        }
        if (match < 0) {
            merge.additions.append(score);
        } else if (!(existing.at(match) == score)) {
            merge.updates.append({match, score});
        }
    }
    return merge;
}

} // namespace dd::domain
