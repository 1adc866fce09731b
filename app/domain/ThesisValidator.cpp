#include "domain/ThesisValidator.h"

#include "domain/CatalogRule.h"
#include "domain/Catalogs.h"
#include "domain/DateRule.h"
#include "domain/Field.h"
#include "domain/NameRule.h"
#include "domain/RequiredRule.h"
#include "domain/TextRule.h"

#include <QRegularExpression>

namespace dd::domain {

namespace {

// A thesis date may be YYYYMMDD or YYYYMM.
Findings checkDateOrMonth(const QString &field, const QString &value,
                          const ValidationContext &context, bool required, bool allowFuture)
{
    if (value.trimmed().size() == 6) {
        return DateRule::checkMonth(field, value, context, required, allowFuture);
    }
    return DateRule::checkDate(field, value, context, required, allowFuture);
}

} // namespace

QStringList ThesisValidator::splitKeywords(const QString &keywords)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；、]"));
    QStringList result;
    for (const QString &part : keywords.split(separators)) {
        const QString word = part.trimmed();
        if (!word.isEmpty()) {
            result.append(word);
        }
    }
    return result;
}

Findings ThesisValidator::validate(const Thesis &t, const ValidationContext &context)
{
    Findings findings;
    TextRule::check(Field::ThesisTitle, t.thesisTitle, TitleMaxLength, findings);
    if (TextRule::check(Field::ThesisTitleEn, t.thesisTitleEn, TitleMaxLength, findings, false)) {
        static const QRegularExpression han(QStringLiteral(R"([\x{4E00}-\x{9FFF}])"));
        if (han.match(t.thesisTitleEn).hasMatch()) {
            findings.append(Finding::error(Field::ThesisTitleEn, QStringLiteral("thesis.titleEn"),
                                           tr("%1 must be written in English, without Chinese "
                                              "characters.")
                                               .arg(Field::label(Field::ThesisTitleEn))));
        }
    }
    if (RequiredRule::check(Field::Keywords, t.keywords, findings)) {
        const QStringList words = splitKeywords(t.keywords);
        if (words.size() < MinKeywords || words.size() > MaxKeywords) {
            findings.append(
                Finding::error(Field::Keywords, QStringLiteral("thesis.keywordCount"),
                               tr("%1: give %2 to %3 keywords separated by commas; %4 were given.")
                                   .arg(Field::label(Field::Keywords))
                                   .arg(MinKeywords)
                                   .arg(MaxKeywords)
                                   .arg(words.size()),
                               QString::number(words.size())));
        }
        static const QRegularExpression otherSeparators(QStringLiteral("[，;；、]"));
        if (otherSeparators.match(t.keywords).hasMatch()) {
            findings.append(Finding::info(
                Field::Keywords, QStringLiteral("thesis.keywordSeparator"),
                tr("%1 will be entered as \"%2\", separated by English commas as universities ask.")
                    .arg(Field::label(Field::Keywords), words.join(QLatin1Char(','))),
                words.join(QLatin1Char(','))));
        }
    }
    CatalogRule::check(Field::ThesisType, Catalogs::ThesisTypes, t.thesisType, findings);
    CatalogRule::check(Field::ThesisSource, Catalogs::ThesisSources, t.thesisSource, findings);
    if (RequiredRule::check(Field::WordCount, t.wordCount, findings)) {
        bool ok = false;
        const double count = t.wordCount.trimmed().toDouble(&ok);
        if (!ok || !(count > 0 && count < 100)) { // also refuses "nan", which toDouble() reads
            findings.append(Finding::error(
                Field::WordCount, QStringLiteral("thesis.wordCount"),
                tr("%1 is counted in units of 10,000 characters (万字), e.g. 3.5 for 35,000; "
                   "\"%2\" is not such a number.")
                    .arg(Field::label(Field::WordCount), t.wordCount.trimmed())));
        }
    }
    const Findings start =
        checkDateOrMonth(Field::ThesisStart, t.thesisStart, context, true, false);
    const Findings end = checkDateOrMonth(Field::ThesisEnd, t.thesisEnd, context, true, true);
    findings += start;
    findings += end;
    if (start.isEmpty() && end.isEmpty()) {
        findings += DateRule::checkMonthOrder(Field::ThesisStart, t.thesisStart, Field::ThesisEnd,
                                              t.thesisEnd, QStringLiteral("thesis.endBeforeStart"));
    }
    CatalogRule::check(Field::Secrecy, Catalogs::ThesisSecrecy, t.secrecy, findings);
    TextRule::check(Field::ResearchDirection, t.researchDirection, 100, findings, false);
    if (TextRule::check(Field::SupervisorName, t.supervisorName, NameRule::MaxLength, findings)) {
        findings += errorsOnly(NameRule::checkName(t.supervisorName, Field::SupervisorName));
    }
    TextRule::check(Field::SupervisorTitle, t.supervisorTitle, 50, findings, false);
    TextRule::check(Field::SupervisorEmployer, t.supervisorEmployer, 100, findings, false);
    findings += DateRule::checkDate(Field::DefenseDate, t.defenseDate, context, false, true);
    return findings;
}

Findings ThesisValidator::validate(const DefenseRequest &r, const ValidationContext &context)
{
    Findings findings;
    findings += DateRule::checkMonth(Field::CoursesPassedMonth, r.coursesPassedMonth, context);
    TextRule::check(Field::ThesisTitle, r.thesisTitle, TitleMaxLength, findings);
    if (TextRule::check(Field::SupervisorName, r.supervisorName, NameRule::MaxLength, findings)) {
        findings += errorsOnly(NameRule::checkName(r.supervisorName, Field::SupervisorName));
    }
    const Findings date =
        DateRule::checkDate(Field::DefenseDate, r.defenseDate, context, true, true);
    findings += date;
    if (date.isEmpty()) {
        findings += DateRule::checkMonthOrder(Field::CoursesPassedMonth, r.coursesPassedMonth,
                                              Field::DefenseDate, r.defenseDate,
                                              QStringLiteral("defense.beforeTests"));
        const auto months = DateRule::monthsBetween(r.coursesPassedMonth, r.defenseDate);
        if (months && *months > DefenseWithinMonths) {
            findings.append(Finding::warning(
                Field::DefenseDate, QStringLiteral("defense.lateAfterTests"),
                tr("%1 is %n month(s) after %2; the defence is due within a year of passing all "
                   "tests. Ask your institution whether the deadline still holds.",
                   nullptr, *months)
                    .arg(Field::label(Field::DefenseDate), Field::label(Field::CoursesPassedMonth)),
                QString::number(*months)));
        }
    }
    return findings;
}

} // namespace dd::domain
