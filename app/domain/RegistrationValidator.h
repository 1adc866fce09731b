#pragma once

#include "domain/Finding.h"
#include "domain/Registration.h"
#include "domain/ValidationContext.h"

#include <QCoreApplication>

namespace dd::domain {

// Every rule of the portal's registration form (注册系统新用户), field by field in the
// portal's order, with the confirmation fields.
class RegistrationValidator
{
    Q_DECLARE_TR_FUNCTIONS(RegistrationValidator)

public:
    static constexpr int AddressMaxLength = 100;
    static constexpr int RemarksMaxLength = 200;

    static Findings validate(const Registration &registration, const ValidationContext &context);
};

} // namespace dd::domain
