#pragma once

#include "domain/Finding.h"
#include "domain/ResumeEntry.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>

namespace dd::domain {

// 个人经历 (personal history) on 填写基本信息: "填写至本年本月" — the entries must follow one
// another with no gap and no overlap, and the last one must run to the current month (or be
// left open, 至今).
//
// Month boundaries: a row that ends in the month the next one starts ("200309–200707",
// "200707–至今") is contiguous, as Chinese résumés are usually written; so is one that ends the
// month before ("200309–200706", "200707–至今"). A later start leaves a gap (the months
// between are reported); an earlier start overlaps (the shared months are reported).
class ResumeRule
{
    Q_DECLARE_TR_FUNCTIONS(ResumeRule)

public:
    static Findings check(const QList<ResumeEntry> &entries, const ValidationContext &context);

    // The entries ordered by start month (stable; rows whose start is not a month go last).
    static QList<ResumeEntry> sorted(const QList<ResumeEntry> &entries);
};

} // namespace dd::domain
