#include "domain/AccountChangeValidator.h"

#include "domain/ConfirmationRule.h"
#include "domain/EmailRule.h"
#include "domain/Field.h"
#include "domain/PasswordRule.h"
#include "domain/PhoneRule.h"

namespace dd::domain {

Findings AccountChangeValidator::validate(const AccountChange &change)
{
    Findings findings;
    if (change.changesPassword()) {
        findings += PasswordRule::checkPassword(change.password);
        findings += ConfirmationRule::check(Field::Password, change.password,
                                            Field::PasswordConfirm, change.passwordConfirm);
    }
    // Compared as RegistrationValidator compares them: case and outer spaces do not matter.
    findings += EmailRule::check(change.email);
    findings +=
        ConfirmationRule::check(Field::Email, change.email.trimmed().toLower(), Field::EmailConfirm,
                                change.emailConfirm.trimmed().toLower());
    findings += PhoneRule::checkMobile(change.mobile);
    return findings;
}

} // namespace dd::domain
