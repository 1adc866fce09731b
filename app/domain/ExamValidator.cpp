#include "domain/ExamValidator.h"

#include "domain/AsciiPattern.h"
#include "domain/CatalogRule.h"
#include "domain/Catalogs.h"
#include "domain/ExamRegistrationStateMachine.h"
#include "domain/Field.h"
#include "domain/RequiredRule.h"
#include "domain/TextRule.h"

namespace dd::domain {

void ExamValidator::checkYear(const QString &year, const ValidationContext &context,
                              Findings &findings)
{
    if (!RequiredRule::check(Field::ExamYear, year, findings)) {
        return;
    }
    const QString text = year.trimmed();
    if (!AsciiPattern::isDigits(text, 4) || text.toInt() < 1990) { // ^\d{4}$
        findings.append(Finding::error(
            Field::ExamYear, QStringLiteral("exam.year"),
            tr("%1 must be a year of 4 digits, e.g. 2026.").arg(Field::label(Field::ExamYear))));
    } else if (context.today.isValid() && text.toInt() > context.today.year() + 1) {
        findings.append(Finding::error(Field::ExamYear, QStringLiteral("exam.yearFuture"),
                                       tr("%1 %2 is more than a year ahead; registration opens "
                                          "each March for the May exam.")
                                           .arg(Field::label(Field::ExamYear), text)));
    }
}

Findings ExamValidator::validate(const ExamRegistration &r, const ValidationContext &context)
{
    Findings findings;
    checkYear(r.examYear, context, findings);
    const bool exempt = !r.exemptReason.trimmed().isEmpty();
    CatalogRule::check(Field::ExamSubject, Catalogs::ExamSubjects, r.examSubject, findings,
                       !exempt);
    if (CatalogRule::check(Field::ExamLanguage, Catalogs::ExamSubjects, r.examLanguage, findings,
                           false)) {
        const CatalogOption *language =
            Catalogs::instance().get(Catalogs::ExamSubjects).find(r.examLanguage);
        if (language->attribute(QStringLiteral("kind")) != u"language") {
            findings.append(
                Finding::error(Field::ExamLanguage, QStringLiteral("exam.notALanguage"),
                               tr("%1: %2 is not a foreign language paper.")
                                   .arg(Field::label(Field::ExamLanguage), language->label())));
        }
    }
    if (TextRule::check(Field::TicketNumber, r.ticketNumber, TicketMaxLength, findings, false)
        && !AsciiPattern::isLettersOrDigits(QStringView(r.ticketNumber).trimmed())) {
        findings.append(Finding::error(Field::TicketNumber, QStringLiteral("exam.ticket"),
                                       tr("%1 has only digits and letters, as printed on the "
                                          "admission ticket.")
                                           .arg(Field::label(Field::TicketNumber))));
    }
    TextRule::check(Field::ExemptReason, r.exemptReason, ExemptReasonMaxLength, findings, false);
    if (!ExamRegistrationStateMachine::stateFromCode(r.state)) {
        findings.append(Finding::error(Field::State, QStringLiteral("state.unknown"),
                                       tr("%1: \"%2\" is not a state of an exam registration.")
                                           .arg(Field::label(Field::State), r.state)));
    }
    return findings;
}

Findings ExamValidator::validate(const ExamScore &s, const ValidationContext &context)
{
    Findings findings;
    checkYear(s.examYear, context, findings);
    CatalogRule::check(Field::ExamSubject, Catalogs::ExamSubjects, s.examSubject, findings);
    if (s.score && (*s.score < 0 || *s.score > 100)) {
        findings.append(Finding::error(Field::Score, QStringLiteral("exam.score"),
                                       tr("%1 must be between 0 and 100; %2 was entered.")
                                           .arg(Field::label(Field::Score))
                                           .arg(*s.score)));
    }
    return findings;
}

} // namespace dd::domain
