#pragma once

#include "domain/ExamRegistration.h"
#include "domain/ExamScore.h"
#include "domain/Finding.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>

namespace dd::domain {

// 全国统考 registrations and 成绩查询 scores: the exam year, the subject and language from the
// exam_subjects catalog, the admission ticket number, scores 0-100, and the state code.
class ExamValidator
{
    Q_DECLARE_TR_FUNCTIONS(ExamValidator)

public:
    static constexpr int TicketMaxLength = 30;
    static constexpr int ExemptReasonMaxLength = 200;

    static Findings validate(const ExamRegistration &registration,
                             const ValidationContext &context);
    static Findings validate(const ExamScore &score, const ValidationContext &context);

private:
    static void checkYear(const QString &year, const ValidationContext &context,
                          Findings &findings);
};

} // namespace dd::domain
