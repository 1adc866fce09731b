#include "domain/RegistrationValidator.h"

#include "domain/CatalogRule.h"
#include "domain/Catalogs.h"
#include "domain/ConfirmationRule.h"
#include "domain/EmailRule.h"
#include "domain/Field.h"
#include "domain/IdNumberRule.h"
#include "domain/NameRule.h"
#include "domain/PasswordRule.h"
#include "domain/PhoneRule.h"
#include "domain/PostalCodeRule.h"
#include "domain/TextRule.h"

namespace dd::domain {

Findings RegistrationValidator::validate(const Registration &r, const ValidationContext &context)
{
    Findings findings;
    findings += PasswordRule::checkUserName(r.userName);
    findings += PasswordRule::checkPassword(r.password);
    findings += ConfirmationRule::check(Field::Password, r.password, Field::PasswordConfirm,
                                        r.passwordConfirm);
    findings += EmailRule::check(r.email);
    findings += ConfirmationRule::check(Field::Email, r.email.trimmed().toLower(),
                                        Field::EmailConfirm, r.emailConfirm.trimmed().toLower());
    findings += PhoneRule::checkMobile(r.mobile);
    findings += NameRule::checkName(r.name);
    CatalogRule::check(Field::Country, Catalogs::Countries, r.country, findings);
    findings += IdNumberRule::checkDocument(r.idType, r.idNumber, r.idNumberConfirm, context);
    TextRule::check(Field::Address, r.address, AddressMaxLength, findings);
    findings += PostalCodeRule::check(r.postalCode);
    findings += PhoneRule::checkContactPhone(r.dayPhone, Field::DayPhone);
    findings += PhoneRule::checkContactPhone(r.eveningPhone, Field::EveningPhone);
    TextRule::check(Field::Remarks, r.remarks, RemarksMaxLength, findings, false);
    return findings;
}

} // namespace dd::domain
