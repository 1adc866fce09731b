#pragma once

#include "domain/DefenseRequest.h"
#include "domain/Finding.h"
#include "domain/Thesis.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>

namespace dd::domain {

// 填报论文信息 and 申请论文答辩资格: titles, 3-5 keywords separated by commas, the catalog
// fields, the length in 10,000 characters, dates in order, and the defence due within a year
// of passing all tests (REFERENCE.md §5.1, [S]).
class ThesisValidator
{
    Q_DECLARE_TR_FUNCTIONS(ThesisValidator)

public:
    static constexpr int TitleMaxLength = 200;
    static constexpr int MinKeywords = 3;
    static constexpr int MaxKeywords = 5;
    static constexpr int DefenseWithinMonths = 12;

    static Findings validate(const Thesis &thesis, const ValidationContext &context);
    static Findings validate(const DefenseRequest &request, const ValidationContext &context);

    // "公共管理, 绩效评估 ,  政府" -> {"公共管理", "绩效评估", "政府"}, split on , ， ; ； 、
    static QStringList splitKeywords(const QString &keywords);
};

} // namespace dd::domain
