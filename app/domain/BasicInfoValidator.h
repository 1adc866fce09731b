#pragma once

#include "domain/BasicInfo.h"
#include "domain/Finding.h"
#include "domain/ValidationContext.h"

namespace dd::domain {

// Every rule of 填写基本信息: the fields in the portal's order, the ID number against 出生日期
// and 性别, the dates in a plausible order, and the personal history (个人经历).
class BasicInfoValidator
{
public:
    static Findings validate(const BasicInfo &info, const ValidationContext &context);
};

} // namespace dd::domain
