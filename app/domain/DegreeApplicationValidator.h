#pragma once

#include "domain/BasicInfo.h"
#include "domain/DegreeApplication.h"
#include "domain/Finding.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>

namespace dd::domain {

// Every rule of 提交学位申请: the dependent choices (the institution in the chosen province,
// the 学科名称 in the chosen 学科门类 and of the chosen degree type, open to 同等学力 applicants),
// the optional student fields, the employer, the state code, and — when the applicant's basic
// information is given — the three years since the prior degree.
class DegreeApplicationValidator
{
    Q_DECLARE_TR_FUNCTIONS(DegreeApplicationValidator)

public:
    static constexpr int EmployerNameMaxLength = 100;
    static constexpr int StudentFieldMaxLength = 50;

    static Findings validate(const DegreeApplication &application, const ValidationContext &context,
                             const BasicInfo *basicInfo = nullptr);

    // Whether the chosen 学科 needs 填写规培、医师证书信息 (clinical medicine, stomatology and
    // traditional Chinese medicine professional degrees).
    static bool needsResidencyCertificate(const DegreeApplication &application);
};

} // namespace dd::domain
