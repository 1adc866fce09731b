#include "domain/ExamScore.h"

#include "domain/Field.h"
#include "domain/JsonReader.h"
#include "domain/JsonWriter.h"

namespace dd::domain {

YearMonth ExamScore::examMonth() const
{
    // Through the strict parser, so that only a four-digit year is read.
    const QString january = examYear + QStringLiteral("01");
    const YearMonth year = YearMonth::fromString(january);
    return year.isValid() ? YearMonth(year.year(), ExamMonth) : YearMonth();
}

YearMonth ExamScore::validUntil(int validityYears) const
{
    if (!passed()) {
        return {};
    }
    return examMonth().addYears(validityYears);
}

bool ExamScore::isValidIn(YearMonth month, int validityYears) const
{
    const YearMonth end = validUntil(validityYears);
    return end.isValid() && month.isValid() && month >= examMonth() && month <= end;
}

void ExamScore::write(JsonWriter &out) const
{
    out.text(Field::ExamYear, examYear);
    out.text(Field::ExamSubject, examSubject);
    if (score) {
        out.integer(Field::Score, *score);
    } else {
        out.null(Field::Score);
    }
}

QJsonObject ExamScore::toJson() const
{
    return JsonObjectWriter::of(*this);
}

ExamScore ExamScore::fromJson(const QJsonObject &json, Findings *problems)
{
    JsonReader in(json, problems);
    ExamScore r;
    r.examYear = in.text(Field::ExamYear);
    r.examSubject = in.text(Field::ExamSubject);
    r.score = in.optionalInteger(Field::Score);
    in.reportUnknownKeys();
    return r;
}

} // namespace dd::domain
